"""The baseline job: RQ's own trivial job, to compare the worker stage against.

Newswatch workers run these only when told to (NEWSWATCH_EXTRA_JOB_FUNCTIONS): a bench
that times them in ``newswatch worker`` processes adds ``BASELINE_ENV`` to their environment.
"""

BASELINE_ENV = {"NEWSWATCH_EXTRA_JOB_FUNCTIONS": "bench.jobs.noop bench.jobs.post"}


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


def noop_batch(messages):
    """The trivial job for a batch of messages (bench.bench_workers_far)."""
    return None
