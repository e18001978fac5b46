"""The cluster metrics in Redis: counters by label values, and the fetch-to-alert latency histogram."""

from datetime import datetime, timedelta, timezone

import pytest

from newswatch.shared import metric_store
from newswatch.shared.metric_store import ALERTS_SENT, ARTICLES_PROCESSED, PAGES_FETCHED
from newswatch.shared.redis_keys import RedisKeys

KEYS = RedisKeys("nwtest")
NOW = datetime(2026, 3, 1, 12, 0, 0, tzinfo=timezone.utc)


def ago(seconds):
    return (NOW - timedelta(seconds=seconds)).isoformat()


def test_counters_from_several_writers_add_up_by_label_values(redis_conn):
    for amounts in ({("clashwire",): 3, ("partner-daily",): 1}, {("clashwire",): 2, ("partner-daily",): 0}):
        with redis_conn.pipeline() as pipe:
            metric_store.add_many(pipe, KEYS, PAGES_FETCHED, amounts)
            pipe.execute()
    assert metric_store.read_counters(redis_conn, KEYS, PAGES_FETCHED) == {("clashwire",): 5, ("partner-daily",): 1}


def test_a_series_with_two_labels_keeps_them_apart(redis_conn):
    metric_store.add(redis_conn, KEYS, ARTICLES_PROCESSED, ("clashwire", "update"))
    metric_store.add(redis_conn, KEYS, ARTICLES_PROCESSED, ("clashwire", "new"), 4)
    assert metric_store.read_counters(redis_conn, KEYS, ARTICLES_PROCESSED) == {
        ("clashwire", "update"): 1, ("clashwire", "new"): 4}


def test_families_are_separate_hashes(redis_conn):
    metric_store.add(redis_conn, KEYS, PAGES_FETCHED, ("default",))
    assert metric_store.read_counters(redis_conn, KEYS, ALERTS_SENT) == {}


@pytest.mark.parametrize(("seconds", "bucket"), [
    (0, "le:1"), (1, "le:1"), (1.5, "le:5"), (59.9, "le:60"), (60, "le:60"), (3600, "le:3600"), (3600.5, "le:+Inf"),
])
def test_a_latency_falls_in_the_first_bucket_that_holds_it(seconds, bucket):
    assert metric_store.bucket_of(seconds) == bucket


def test_the_histogram_reads_back_cumulative_with_its_sum(redis_conn):
    for seconds in (3, 42, 50, 7200):
        metric_store.observe_latency(redis_conn, KEYS, ago(seconds), now=NOW)
    buckets, total = metric_store.read_latency(redis_conn, KEYS)
    assert dict(buckets) == {"1": 0, "5": 1, "15": 1, "30": 1, "60": 3, "120": 3, "300": 3, "900": 3, "1800": 3,
                             "3600": 3, "+Inf": 4}
    assert total == pytest.approx(3 + 42 + 50 + 7200)
    assert redis_conn.hget(KEYS.alert_latency, "count") == b"4"


def test_an_unknown_fetch_time_is_not_observed(redis_conn):
    assert metric_store.observe_latency(redis_conn, KEYS, "", now=NOW) is None
    assert not redis_conn.exists(KEYS.alert_latency)


def test_a_fetch_time_ahead_of_this_clock_counts_as_zero_seconds(redis_conn):
    assert metric_store.observe_latency(redis_conn, KEYS, ago(-30), now=NOW) == 0.0
    assert redis_conn.hget(KEYS.alert_latency, "le:1") == b"1"


def test_a_fetch_time_without_offset_is_read_as_utc(redis_conn):
    naive = (NOW - timedelta(seconds=10)).replace(tzinfo=None).isoformat()
    assert metric_store.observe_latency(redis_conn, KEYS, naive, now=NOW) == 10.0
