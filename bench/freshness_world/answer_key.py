"""Scoring a monitor's alerts against the freshness world's ground truth.

    from bench.freshness_world.answer_key import score
    result = score(site.ground_truth(include_initial=True), alerts, site.requests())

Definitions (see README.md):
* target events: ground-truth events of kind "new" or "edit" whose article mentions Maduro
  (headline, summary or body) after the event;
* URLs are compared by path (scheme, host, port, fragment and a trailing slash ignored);
* per URL, target events are taken in time order and each is matched to the first alert for
  that URL at or after its time that no earlier event has taken (an alert credits one event);
  latency = alert time - event time;
* alerts that match nothing are false alerts: "irrelevant" when the URL has no target event
  (or the alert precedes the URL's first target event), "duplicate" otherwise.  Alerts for
  articles that existed before the run and mentioned Maduro then ("initial" entries, present
  only with ground_truth(include_initial=True)) and had no target event are reported
  as "preexisting" and not counted as false;
* requests per new article = all logged requests / number of "new" events (any topic).
"""

from __future__ import annotations

import math
from datetime import datetime
from urllib.parse import urlsplit

__all__ = ["score", "url_key", "percentile"]


def url_key(url):
    """Path (plus query) of a URL, without a trailing slash, used to compare URLs."""
    parts = urlsplit(str(url))
    path = parts.path or "/"
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    return path + (f"?{parts.query}" if parts.query else "")


def _t(value):
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, datetime):
        return value.timestamp()
    text = str(value).strip()
    try:
        return float(text)
    except ValueError:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def percentile(values, q):
    """Linear-interpolation percentile (numpy's default); None for an empty list."""
    if not values:
        return None
    xs = sorted(values)
    pos = (len(xs) - 1) * q / 100.0
    lo, hi = math.floor(pos), math.ceil(pos)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def score(ground_truth, alerts, requests=None, *, tolerance_s=0.0):
    """Score alerts {url, time, kind} against ground-truth events.

    ground_truth: list of event dicts (kind, url, time, mentions_maduro, ...), e.g.
        site.ground_truth() or site.ground_truth(include_initial=True).
    alerts: list of dicts {"url", "time" (epoch s or ISO 8601), "kind" ("new"/"updated")}.
    requests: site.requests() (a list) or a request count; optional.
    tolerance_s: an alert up to this many seconds before an event may still match it.

    Returns a dict:
      events, detected, detection_rate, missed (list of event dicts), matches (list),
      latency_p50, latency_p95, latency_max, latency_mean (seconds, None if nothing detected),
      false_alerts (int), false_alert_details (alerts + "reason"), preexisting_alerts (int),
      by_kind {"new": {events, detected}, "edit": {...}}, kind_mismatches (int),
      requests, new_articles, requests_per_new_article.
    """
    gt = [dict(e) for e in ground_truth]
    targets = sorted((e for e in gt if e.get("kind") in ("new", "edit") and e.get("mentions_maduro")),
                     key=lambda e: _t(e["time"]))
    preexisting = {url_key(e["url"]) for e in gt if e.get("kind") == "initial" and e.get("mentions_maduro")}

    events_by_url = {}
    for e in targets:
        events_by_url.setdefault(url_key(e["url"]), []).append(e)
    alerts_by_url = {}
    for i, a in enumerate(alerts):
        alerts_by_url.setdefault(url_key(a["url"]), []).append((_t(a["time"]), i, a))
    for lst in alerts_by_url.values():
        lst.sort(key=lambda x: (x[0], x[1]))

    matched_alerts = set()
    matches, missed = [], []
    for key, evs in events_by_url.items():
        als = alerts_by_url.get(key, [])
        k = 0
        for e in evs:
            et = _t(e["time"])
            while k < len(als) and als[k][0] < et - tolerance_s:
                k += 1
            if k < len(als):
                at, idx, a = als[k]
                matched_alerts.add(idx)
                matches.append({"url": e["url"], "kind": e["kind"], "event_time": et, "alert_time": at,
                                "latency_s": at - et, "alert_kind": a.get("kind"),
                                "headline": e.get("headline")})
                k += 1
            else:
                missed.append(e)

    false_details, n_pre = [], 0
    for key, als in alerts_by_url.items():
        evs = events_by_url.get(key)
        for at, idx, a in als:
            if idx in matched_alerts:
                continue
            if evs is None:
                if key in preexisting:
                    n_pre += 1
                    continue
                reason = "irrelevant"
            elif at < _t(evs[0]["time"]) - tolerance_s:
                reason = "irrelevant"
            else:
                reason = "duplicate"
            false_details.append(dict(a, reason=reason))
    false_details.sort(key=lambda a: _t(a["time"]))

    lat = [m["latency_s"] for m in matches]
    by_kind = {}
    for kind in ("new", "edit"):
        by_kind[kind] = {"events": sum(e["kind"] == kind for e in targets),
                         "detected": sum(m["kind"] == kind for m in matches)}
    expected_alert_kind = {"new": "new", "edit": "updated"}
    kind_mismatches = sum(1 for m in matches
                          if m["alert_kind"] is not None and m["alert_kind"] != expected_alert_kind[m["kind"]])

    if requests is None:
        n_req = None
    elif isinstance(requests, int):
        n_req = requests
    else:
        n_req = len(requests)
    n_new = sum(e.get("kind") == "new" for e in gt)
    rpa = (n_req / n_new) if (n_req is not None and n_new) else None

    matches.sort(key=lambda m: m["event_time"])
    return {
        "events": len(targets),
        "detected": len(matches),
        "detection_rate": (len(matches) / len(targets)) if targets else None,
        "missed": missed,
        "matches": matches,
        "latency_p50": percentile(lat, 50),
        "latency_p95": percentile(lat, 95),
        "latency_max": max(lat) if lat else None,
        "latency_mean": (sum(lat) / len(lat)) if lat else None,
        "false_alerts": len(false_details),
        "false_alert_details": false_details,
        "preexisting_alerts": n_pre,
        "by_kind": by_kind,
        "kind_mismatches": kind_mismatches,
        "requests": n_req,
        "new_articles": n_new,
        "requests_per_new_article": rpa,
    }
