"""The collector of ``newswatch metrics`` against a real Redis: what a scrape shows, read at scrape time."""

from datetime import datetime, timedelta, timezone

import pytest
from prometheus_client import generate_latest
from prometheus_client.parser import text_string_to_metric_families
from rq import Queue, SimpleWorker
from rq.serializers import JSONSerializer

from newswatch.metrics import metrics_registry
from newswatch.demo.redis_server import PrivateRedis
from newswatch.shared import metric_store
from newswatch.shared.connection import connect


def scrape(connection, config):
    """{(sample name, frozenset of labels): value} of one scrape, parsed as Prometheus parses it."""
    text = generate_latest(metrics_registry(connection, config)).decode()
    return {(sample.name, frozenset(sample.labels.items())): sample.value
            for family in text_string_to_metric_families(text) for sample in family.samples}


def value(samples, name, **labels):
    return samples[(name, frozenset(labels.items()))]


def test_redis_answering_is_up_1(redis_conn, worker_config):
    assert value(scrape(redis_conn, worker_config), "newswatch_up") == 1


def test_counters_added_by_any_process_are_served_with_their_labels(redis_conn, worker_config):
    keys = worker_config.keys
    metric_store.add(redis_conn, keys, metric_store.PAGES_FETCHED, ("clashwire",), 7)
    metric_store.add(redis_conn, keys, metric_store.PAGES_FETCHED, ("partner-daily",), 2)
    metric_store.add(redis_conn, keys, metric_store.ARTICLES_PROCESSED, ("clashwire", "duplicate"))
    metric_store.add(redis_conn, keys, metric_store.ALERTS_FAILED, ("pager",), 3)
    samples = scrape(redis_conn, worker_config)
    assert value(samples, "newswatch_pages_fetched_total", site="clashwire") == 7
    assert value(samples, "newswatch_pages_fetched_total", site="partner-daily") == 2
    assert value(samples, "newswatch_articles_processed_total", site="clashwire", outcome="duplicate") == 1
    assert value(samples, "newswatch_alerts_failed_total", channel="pager") == 3
    assert not [key for key in samples if key[0] == "newswatch_alerts_sent_total"]


def test_the_latency_histogram_is_served_cumulative_with_sum_and_count(redis_conn, worker_config):
    now = datetime.now(timezone.utc)
    for seconds in (3, 200, 5000):
        metric_store.observe_latency(redis_conn, worker_config.keys, (now - timedelta(seconds=seconds)).isoformat(),
                                     now=now)
    samples = scrape(redis_conn, worker_config)
    bucket = lambda le: value(samples, "newswatch_fetch_to_alert_seconds_bucket", le=le)  # noqa: E731
    assert (bucket("1.0"), bucket("5.0"), bucket("300.0"), bucket("3600.0"), bucket("+Inf")) == (0, 1, 2, 2, 3)
    assert value(samples, "newswatch_fetch_to_alert_seconds_count") == 3
    assert value(samples, "newswatch_fetch_to_alert_seconds_sum") == pytest.approx(5203)


def test_queue_depths_and_dead_letters_are_read_live(redis_conn, worker_config):
    articles = Queue(worker_config.article_queue, connection=redis_conn, serializer=JSONSerializer)
    alerts = Queue(worker_config.alert_queue, connection=redis_conn, serializer=JSONSerializer)
    alerts.enqueue("workers.jobs.deliver_alert", "no-such-alert")  # fails: the alert record does not exist
    SimpleWorker([alerts], connection=redis_conn, serializer=JSONSerializer).work(burst=True, logging_level="ERROR")
    for _ in range(2):
        articles.enqueue("workers.jobs.process_articles", [])
    samples = scrape(redis_conn, worker_config)
    assert value(samples, "newswatch_queue_jobs", queue=articles.name, state="queued") == 2
    assert value(samples, "newswatch_queue_jobs", queue=alerts.name, state="queued") == 0
    assert value(samples, "newswatch_queue_jobs", queue=alerts.name, state="failed") == 1
    assert value(samples, "newswatch_workers", queue=articles.name) == 0


def test_frontier_and_stream_are_read_live(redis_conn, worker_config):
    keys = worker_config.keys
    redis_conn.zadd(keys.frontier_queue("news"), {"a": 1, "b": 2, "c": 3})
    redis_conn.zadd(keys.frontier_leases("news"), {"d": 1})
    redis_conn.sadd(keys.crawl_names, "news:clashwire")
    redis_conn.zadd(keys.frontier_queue("news:clashwire"), {"e": 1})
    redis_conn.xadd(keys.stream, {"event": "new"})
    samples = scrape(redis_conn, worker_config)
    assert value(samples, "newswatch_frontier_requests", crawl="news", state="queued") == 3
    assert value(samples, "newswatch_frontier_requests", crawl="news", state="leased") == 1
    assert value(samples, "newswatch_frontier_requests", crawl="news:clashwire", state="queued") == 1
    assert value(samples, "newswatch_stream_events") == 1


def test_a_scrape_writes_nothing(redis_conn, worker_config):
    Queue(worker_config.article_queue, connection=redis_conn, serializer=JSONSerializer).enqueue(
        "workers.jobs.process_articles", [])
    before = sorted(redis_conn.keys("*"))
    scrape(redis_conn, worker_config)
    assert sorted(redis_conn.keys("*")) == before


def test_a_scrape_while_redis_is_away_says_up_0_and_nothing_else(worker_config):
    with PrivateRedis() as server:
        connection = connect(server.url, socket_timeout=2)
        metric_store.add(connection, worker_config.keys, metric_store.PAGES_FETCHED, ("clashwire",))
    samples = scrape(connection, worker_config)
    assert samples == {("newswatch_up", frozenset()): 0}
