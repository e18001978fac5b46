"""Cluster-wide metrics held in Redis: what each counter counts, how processes add to them, how they are read.

Spiders and workers are many short-lived processes on several machines, so none of them can
serve its own counters for long: each adds to shared Redis hashes (HINCRBY, on a pipeline it
runs anyway), and ``newswatch metrics`` reads the sums at scrape time. A hash field holds the
label values of one series, joined by tabs. The fetch-to-alert latency is a histogram with
fixed buckets: one field per bucket (not cumulative), plus the sum and the count.
"""

from dataclasses import dataclass
from datetime import datetime, timezone

LABEL_SEPARATOR = "\t"
# Seconds from fetching an article to delivering its alert: a minute is good, an hour is late.
LATENCY_BUCKETS = (1, 5, 15, 30, 60, 120, 300, 900, 1800, 3600)


@dataclass(frozen=True)
class CounterFamily:
    name: str  # the hash under RedisKeys.metric_counter, and the metric's name after "newswatch_"
    documentation: str
    labels: tuple[str, ...]


PAGES_FETCHED = CounterFamily("pages_fetched", "Pages fetched (responses received, robots.txt aside), by site.",
                              ("site",))
PAGES_FAILED = CounterFamily("pages_failed", "Pages whose fetch failed after its retries, by site.", ("site",))
ARTICLES_ENQUEUED = CounterFamily("articles_enqueued", "Articles the spiders handed to the workers, by site.",
                                  ("site",))
ARTICLES_PROCESSED = CounterFamily(
    "articles_processed", "Articles the workers processed, by site and outcome (new, update, duplicate, unchanged).",
    ("site", "outcome"))
ALERTS_SENT = CounterFamily("alerts_sent", "Alert messages a channel URL took (a digest is one message), by channel.",
                            ("channel",))
ALERTS_FAILED = CounterFamily("alerts_failed", "Alert delivery attempts a channel URL refused (each retry counts), "
                              "by channel.", ("channel",))
COUNTERS = (PAGES_FETCHED, PAGES_FAILED, ARTICLES_ENQUEUED, ARTICLES_PROCESSED, ALERTS_SENT, ALERTS_FAILED)


def add(pipe, keys, family, labels, amount=1):
    """Add ``amount`` to the series of ``family`` with these label values, on ``pipe``."""
    pipe.hincrby(keys.metric_counter(family.name), LABEL_SEPARATOR.join(labels), amount)


def add_many(pipe, keys, family, amounts):
    """``add`` for each (label values) -> amount of ``amounts``, skipping zeros."""
    for labels, amount in amounts.items():
        if amount:
            add(pipe, keys, family, labels, amount)


def bucket_of(seconds):
    """The field of the first bucket holding ``seconds``; "le:+Inf" past the last bound."""
    bound = next((b for b in LATENCY_BUCKETS if seconds <= b), None)
    return f"le:{bound}" if bound is not None else "le:+Inf"


def observe_latency(pipe, keys, fetched_at, now=None):
    """Add the seconds since ``fetched_at`` (ISO 8601) to the latency histogram; nothing when unknown."""
    try:
        fetched = datetime.fromisoformat(fetched_at)
    except (TypeError, ValueError):  # an alert raised before alerts carried fetched_at
        return None
    if fetched.tzinfo is None:
        fetched = fetched.replace(tzinfo=timezone.utc)
    seconds = max(((now or datetime.now(timezone.utc)) - fetched).total_seconds(), 0.0)  # clocks of hosts differ
    pipe.hincrby(keys.alert_latency, bucket_of(seconds), 1)
    pipe.hincrby(keys.alert_latency, "count", 1)
    pipe.hincrbyfloat(keys.alert_latency, "sum", seconds)
    return seconds


def read_counters(connection, keys, family):
    """{(label values): count} of one family."""
    raw = connection.hgetall(keys.metric_counter(family.name))
    return {tuple(field.decode().split(LABEL_SEPARATOR)): int(value) for field, value in raw.items()}


def read_latency(connection, keys):
    """(cumulative [(bound, count)] ending with "+Inf", sum of seconds) of the latency histogram."""
    raw = {field.decode(): value for field, value in connection.hgetall(keys.alert_latency).items()}
    cumulative, total = [], 0
    for bound in (*LATENCY_BUCKETS, "+Inf"):
        total += int(raw.get(f"le:{bound}", 0))
        cumulative.append((str(bound), total))
    return cumulative, float(raw.get("sum", 0))
