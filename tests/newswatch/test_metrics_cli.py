"""``newswatch metrics`` scraped over HTTP after the real pipeline ran: two crawls of the bundled site (edition 1,
then 2) by the real spider, drained by workers, alerts at a local webhook. The figures served must be those the
crawls, the stream and the webhook saw."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import Counter
from contextlib import contextmanager

import pytest
from prometheus_client.parser import text_string_to_metric_families

from newswatch.demo.runner import crawl_env, demo_base_urls, run_crawl
from newswatch.demo.redis_server import PrivateRedis, free_port
from newswatch.shared.connection import connect
from newswatch.shared.redis_keys import RedisKeys
from newswatch.demo.webhook_receiver import WebhookReceiver
from workers import runtime
from workers.config import load_config
from workers.draining import drain
from workers.events import ArticleEvent

pytestmark = pytest.mark.integration
CLI = [sys.executable, "-m", "newswatch"]
PREFIX, ARTICLE_QUEUE, ALERT_QUEUE = "nwmetrics", "metrics-articles", "metrics-alerts"
ENV = {**os.environ, "NEWSWATCH_KEY_PREFIX": PREFIX, "NEWSWATCH_ARTICLE_QUEUE": ARTICLE_QUEUE,
       "NEWSWATCH_ALERT_QUEUE": ALERT_QUEUE}
OUTCOMES = ("new", "update", "duplicate")


@pytest.fixture(scope="module")
def pipeline(redis_url, demo_site, tmp_path_factory):
    """What the two crawls left: crawl stats, robots.txt fetches, stream events, webhook messages, alert records."""
    rules = tmp_path_factory.mktemp("rules") / "rules.toml"
    rules.write_text('[[rule]]\nid = "maduro"\nany = ["Maduro"]\nthrottle_minutes = 0\n', encoding="utf-8")
    connection = connect(redis_url)
    connection.flushdb()
    stats, robots = Counter(), 0
    with WebhookReceiver() as webhook:
        config = load_config().with_changes(
            redis_url=redis_url, keys=RedisKeys(PREFIX), rules_path=str(rules), article_queue=ARTICLE_QUEUE,
            alert_queue=ALERT_QUEUE, channels={"default": [webhook.apprise_url]}, alert_retry_intervals=(1, 1, 1))
        runtime.configure(config)
        started = time.monotonic()
        for edition in (1, 2):
            demo_site.edition = edition
            demo_site.reset_hits()
            crawl_id = f"metrics-edition{edition}"
            run_crawl(crawl_env(config, crawl_id, base_urls=demo_base_urls(demo_site), revisit_after=0), timeout=300)
            assert drain(connection, config, timeout=120), "queues did not drain"
            robots += sum(n for (_, path), n in demo_site.hits().items() if path == "/robots.txt")
            stats.update({k.decode(): int(v) for k, v in connection.hgetall(config.keys.crawl_stats(crawl_id)).items()
                          if k != b"finish_reason"})
        events = [ArticleEvent.from_stream_fields(f) for _, f in connection.xrange(config.keys.stream)]
        statuses = Counter(connection.hget(config.keys.alert(a.decode()), "status").decode()
                           for a in connection.lrange(config.keys.alert_log, 0, -1))
        yield {"stats": stats, "robots": robots, "events": events, "received": list(webhook.received),
               "statuses": statuses, "seconds": time.monotonic() - started, "connection": connection}
    runtime.reset()
    connection.flushdb()
    connection.close()


@contextmanager
def serving(redis_url):
    """``newswatch metrics`` on a free port, as (process, URL of /metrics); stopped afterwards."""
    port = free_port()
    command = [*CLI, "metrics", "--port", str(port), "--redis-url", redis_url]
    with subprocess.Popen(command, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as process:
        try:
            yield process, f"http://127.0.0.1:{port}/metrics"
        finally:
            if process.poll() is None:
                process.terminate()
            process.wait(timeout=10)


def scrape(url, timeout=30):
    """{(sample name, frozenset of labels): value} from ``url``, retried while the server starts."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                assert response.status == 200
                text = response.read().decode()
                break
        except urllib.error.URLError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
    return {(s.name, frozenset(s.labels.items())): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def total(samples, name, **labels):
    """The sum of the samples named ``name`` whose labels include ``labels``."""
    return sum(v for (n, sample_labels), v in samples.items() if n == name and set(labels.items()) <= sample_labels)


@pytest.fixture(scope="module")
def samples(pipeline, redis_url):
    with serving(redis_url) as (_, url):
        return scrape(url)


def test_redis_answered_the_scrape(samples):
    assert total(samples, "newswatch_up") == 1


def test_pages_fetched_by_site_are_the_crawls_responses_robots_txt_aside(samples, pipeline):
    for site in ("clashwire", "partner-daily"):
        assert total(samples, "newswatch_pages_fetched_total", site=site) > 0
    assert total(samples, "newswatch_pages_fetched_total") == \
        pipeline["stats"]["response_received_count"] - pipeline["robots"]
    assert total(samples, "newswatch_pages_failed_total") == 0


def test_articles_enqueued_are_the_crawls_articles(samples, pipeline):
    assert total(samples, "newswatch_articles_enqueued_total") == pipeline["stats"]["newswatch/enqueued"] > 0


def test_new_updated_and_duplicate_articles_are_the_events_in_the_stream_by_site(samples, pipeline):
    published = Counter((e.article["site"], e.event) for e in pipeline["events"] if e.event in OUTCOMES)
    served = Counter({(site, outcome): total(samples, "newswatch_articles_processed_total", site=site, outcome=outcome)
                      for site, outcome in published})
    assert served == published
    assert {outcome: total(samples, "newswatch_articles_processed_total", outcome=outcome) for outcome in OUTCOMES} \
        == {outcome: sum(n for (_, o), n in published.items() if o == outcome) for outcome in OUTCOMES}
    assert published[("partner-daily", "duplicate")] == 1 and published[("clashwire", "update")] == 1


def test_unchanged_refetches_are_the_workers_own_count(samples, pipeline):
    assert total(samples, "newswatch_articles_processed_total", outcome="unchanged") == \
        pipeline["stats"]["events/unchanged"] > 0


def test_alerts_sent_are_the_messages_the_webhook_received(samples, pipeline):
    assert total(samples, "newswatch_alerts_sent_total", channel="default") == len(pipeline["received"]) > 0
    assert total(samples, "newswatch_alerts_failed_total") == 0


def test_every_delivered_alert_has_its_fetch_to_alert_latency(samples, pipeline):
    count = total(samples, "newswatch_fetch_to_alert_seconds_count")
    assert count == pipeline["statuses"]["sent"] == len(pipeline["received"])
    assert total(samples, "newswatch_fetch_to_alert_seconds_bucket", le="+Inf") == count
    assert 0 < total(samples, "newswatch_fetch_to_alert_seconds_sum") / count < pipeline["seconds"]


def test_drained_queues_and_the_stream_are_read_live(samples, pipeline):
    for queue in (ARTICLE_QUEUE, ALERT_QUEUE):
        assert total(samples, "newswatch_queue_jobs", queue=queue) == 0
    assert total(samples, "newswatch_frontier_requests", crawl="news") == 0
    assert total(samples, "newswatch_stream_events") == len(pipeline["events"])


def test_once_prints_the_same_figures(samples, redis_url):
    result = subprocess.run([*CLI, "metrics", "--once", "--redis-url", redis_url], env=ENV, capture_output=True,
                            text=True, timeout=60, check=True)
    printed = {(s.name, frozenset(s.labels.items())): s.value
               for family in text_string_to_metric_families(result.stdout) for s in family.samples}
    assert printed == samples


def test_a_service_managers_sigterm_stops_it_cleanly(redis_url):
    with serving(redis_url) as (process, url):
        scrape(url)
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0


def test_redis_going_away_while_serving_turns_up_to_0_without_a_crash():
    with PrivateRedis() as server, serving(server.url) as (process, url):
        assert scrape(url)[("newswatch_up", frozenset())] == 1
        server.stop()
        assert scrape(url) == {("newswatch_up", frozenset()): 0}
        assert process.poll() is None


def test_redis_unreachable_at_start_exits_3_without_the_password():
    url = f"redis://operator:s3cret-pass@127.0.0.1:{free_port()}/0"
    result = subprocess.run([*CLI, "metrics", "--once", "--redis-url", url], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 3
    assert "cannot reach Redis at redis://operator:***@127.0.0.1:" in result.stderr
    assert "s3cret-pass" not in result.stderr + result.stdout


@contextmanager
def port_taken():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield sock.getsockname()[1]


def test_a_port_already_taken_is_refused_with_the_address(redis_url):
    with port_taken() as port:
        result = subprocess.run([*CLI, "metrics", "--port", str(port), "--redis-url", redis_url], env=ENV,
                                capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert f"cannot serve on 127.0.0.1:{port}" in result.stderr
