"""What the freshness bench reads in a site's request log: rounds, fetch latency, edits caught.

The world's answer key (bench/freshness_world/answer_key.py) scores alerts, which only Maduro
articles raise; the request log tells more: when every new article was first fetched after its
publication, whether every edit was fetched after it was made, and where the requests went.
Times are the site's clock (the bench pauses it during the warm-up).
"""

from collections import Counter

from bench.freshness_world.answer_key import percentile, url_key

ROUND_GAP_SECONDS = 5.0  # requests closer than this belong to one round


def rounds(requests, gap=ROUND_GAP_SECONDS):
    """The log cut into rounds: lists of requests with no pause longer than ``gap`` inside."""
    found = []
    for request in sorted(requests, key=lambda r: r["time"]):
        if not found or request["time"] - found[-1][-1]["time"] > gap:
            found.append([])
        found[-1].append(request)
    return found


def describe_round(requests, start):
    """``+37 s: 3 requests: sitemap 304, feed 200, article 200 x1``."""
    counts = Counter((r["kind"], r["status"]) for r in requests)
    parts = ", ".join(f"{kind} {status}" + (f" x{n}" if n > 1 else "") for (kind, status), n in sorted(counts.items()))
    return f"+{requests[0]['time'] - start:5.0f} s: {len(requests):3d} requests: {parts}"


def first_fetches(requests, events):
    """Seconds from each event to the first full fetch (200) of its page at or after it; None: never."""
    fetched = {}
    for request in sorted(requests, key=lambda r: r["time"]):
        if request["status"] == 200 and request["kind"] == "article":
            fetched.setdefault(url_key(request["path"]), []).append(request["time"])
    delays = []
    for event in events:
        times = [t for t in fetched.get(url_key(event["path"]), []) if t >= event["time"]]
        delays.append(times[0] - event["time"] if times else None)
    return delays


def log_figures(requests, truth, measured_from):
    """Figures of the log from ``measured_from`` (site time) on: requests, per new article, fetch latency, edits."""
    measured = [r for r in requests if r["time"] >= measured_from]
    new = [e for e in truth if e["kind"] == "new"]
    edits = [e for e in truth if e["kind"] == "edit"]
    new_delays = [d for d in first_fetches(measured, new) if d is not None]
    edit_delays = first_fetches(measured, edits)
    caught = [d for d in edit_delays if d is not None]
    return {"measured_requests": len(measured), "measured_304": sum(r["status"] == 304 for r in measured),
            "measured_per_new": round(len(measured) / len(new), 2) if new else None,
            "new_fetched": len(new_delays), "fetch_p50": percentile(new_delays, 50),
            "fetch_p95": percentile(new_delays, 95), "edits": len(edits), "edits_caught": len(caught),
            "edit_fetch_p50": percentile(caught, 50),
            "by_kind": dict(Counter(f"{r['kind']} {r['status']}" for r in measured))}
