"""The baseline job: RQ's own trivial job, to compare the worker stage against."""


def noop(message):
    return None


def post(url, title):
    """A trivial job that posts one JSON message to a webhook: the floor under alert latency."""
    import json  # noqa: PLC0415
    import urllib.request  # noqa: PLC0415
    request = urllib.request.Request(url, data=json.dumps({"title": title, "message": ""}).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=5) as response:
        return response.status
