"""What the workers add to the cluster metrics: articles by site and outcome, alert messages by channel, latency."""

from datetime import datetime, timedelta, timezone

from rq import Queue, SimpleWorker
from rq.serializers import JSONSerializer

from newswatch.shared import metric_store
from newswatch.shared.items import Article
from newswatch.shared.metric_store import ALERTS_FAILED, ALERTS_SENT, ARTICLES_PROCESSED
from workers import runtime
from workers.delivery import deliver
from workers.draining import drain
from workers.processing import ArticleProcessor
from workers.rules import Rule


def article(**changes):
    values = dict(url="http://x.test/news/exile", canonical_url="http://x.test/news/exile", site="x",
                  title="Maduro offered exile", summary="S", body=["Maduro refused.", "Talks failed."],
                  published_at="2026-01-05", crawl_id="c1")
    return Article(**{**values, **changes})


def counts(redis_conn, config, family):
    return metric_store.read_counters(redis_conn, config.keys, family)


def latency(redis_conn, config):
    buckets, total = metric_store.read_latency(redis_conn, config.keys)
    return dict(buckets), total


def test_each_article_is_counted_by_site_and_outcome(redis_conn, worker_config):
    processor = ArticleProcessor(redis_conn, worker_config, [Rule("maduro", ("Maduro",))])
    processor.process(article())
    processor.process(article())
    processor.process(article(url="http://y.test/story/1", canonical_url="http://y.test/story/1", site="y"))
    processor.process(article(body=["Maduro refused.", "Talks failed.", "A new offer came."]))
    assert counts(redis_conn, worker_config, ARTICLES_PROCESSED) == {
        ("x", "new"): 1, ("x", "unchanged"): 1, ("y", "duplicate"): 1, ("x", "update"): 1}


def test_an_article_without_crawl_id_is_still_counted(redis_conn, worker_config):
    ArticleProcessor(redis_conn, worker_config, []).process(article(crawl_id=""))
    assert counts(redis_conn, worker_config, ARTICLES_PROCESSED) == {("x", "new"): 1}


def enqueue(redis_conn, config, message):
    Queue(config.article_queue, connection=redis_conn, serializer=JSONSerializer).enqueue(
        "workers.jobs.process_article", message)


def fetched_ago(seconds):
    return (datetime.now(timezone.utc) - timedelta(seconds=seconds)).isoformat(timespec="seconds")


def test_a_delivered_alert_counts_one_message_and_its_fetch_to_alert_latency(redis_conn, worker_config, webhook):
    enqueue(redis_conn, worker_config, article(fetched_at=fetched_ago(42)).to_message())
    assert drain(redis_conn, worker_config, timeout=30)
    assert len(webhook.received) == 1
    assert counts(redis_conn, worker_config, ALERTS_SENT) == {("default",): 1}
    assert counts(redis_conn, worker_config, ALERTS_FAILED) == {}
    buckets, total = latency(redis_conn, worker_config)
    assert (buckets["30"], buckets["60"], buckets["+Inf"]) == (0, 1, 1)
    assert 42 <= total < 60


def test_a_delivery_run_again_after_success_counts_nothing_more(redis_conn, worker_config, webhook):
    enqueue(redis_conn, worker_config, article(fetched_at=fetched_ago(5)).to_message())
    assert drain(redis_conn, worker_config, timeout=30)
    [alert_id] = [a.decode() for a in redis_conn.lrange(worker_config.keys.alert_log, 0, -1)]
    deliver(redis_conn, worker_config, alert_id)  # as when a worker died after recording the delivery
    assert len(webhook.received) == 1
    assert counts(redis_conn, worker_config, ALERTS_SENT) == {("default",): 1}
    assert latency(redis_conn, worker_config)[0]["+Inf"] == 1


def test_refused_attempts_count_by_channel_and_latency_waits_for_the_delivery(redis_conn, worker_config, webhook):
    webhook.fail_with = 500
    enqueue(redis_conn, worker_config, article(fetched_at=fetched_ago(5)).to_message())
    queues = [Queue(n, connection=redis_conn, serializer=JSONSerializer)
              for n in (worker_config.article_queue, worker_config.alert_queue)]
    SimpleWorker(queues, connection=redis_conn, serializer=JSONSerializer).work(burst=True, logging_level="ERROR")
    assert counts(redis_conn, worker_config, ALERTS_FAILED) == {("default",): 1}
    assert latency(redis_conn, worker_config)[0]["+Inf"] == 0

    webhook.fail_with = None
    assert drain(redis_conn, worker_config, timeout=30)
    assert counts(redis_conn, worker_config, ALERTS_SENT) == {("default",): 1}
    assert counts(redis_conn, worker_config, ALERTS_FAILED) == {("default",): 1}
    assert latency(redis_conn, worker_config)[0]["+Inf"] == 1


def test_a_channel_down_for_good_counts_every_attempt_and_no_latency(redis_conn, worker_config):
    config = worker_config.with_changes(channels={"default": ["json://127.0.0.1:9/?cto=1"]})  # nothing listens on 9
    runtime.configure(config)
    enqueue(redis_conn, config, article(fetched_at=fetched_ago(5)).to_message())
    assert drain(redis_conn, config, timeout=30)
    assert counts(redis_conn, config, ALERTS_FAILED) == {("default",): config.alert_retries + 1}
    assert counts(redis_conn, config, ALERTS_SENT) == {}
    assert latency(redis_conn, config)[0]["+Inf"] == 0
