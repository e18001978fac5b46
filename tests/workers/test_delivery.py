"""Alert delivery through Apprise to a real local webhook, with RQ retries."""

import json

from rq import Queue, SimpleWorker
from rq.registry import FailedJobRegistry
from rq.serializers import JSONSerializer

from crawler.items import Article
from workers.alerts import decode_alert
from workers.draining import drain

MADURO_ARTICLE = Article(url="http://x.test/news/exile", canonical_url="http://x.test/news/exile", site="x",
                         title="Maduro's exile offer", body=["Nicolás Maduro refused exile."], source="Clash Report")


def enqueue_article(redis_conn, config, article=MADURO_ARTICLE):
    queue = Queue(config.article_queue, connection=redis_conn, serializer=JSONSerializer)
    queue.enqueue("workers.jobs.process_article", article.to_message())


def alerts(redis_conn, config):
    return [decode_alert(redis_conn.hgetall(config.keys.alert(a.decode())))
            for a in redis_conn.lrange(config.keys.alert_log, 0, -1)]


def work_once(redis_conn, config):
    queues = [Queue(n, connection=redis_conn, serializer=JSONSerializer) for n in (config.article_queue, config.alert_queue)]
    SimpleWorker(queues, connection=redis_conn, serializer=JSONSerializer).work(burst=True, logging_level="ERROR")


def test_an_alert_reaches_the_webhook_with_headline_source_and_link(redis_conn, worker_config, webhook):
    enqueue_article(redis_conn, worker_config)
    assert drain(redis_conn, worker_config, timeout=30)
    [message] = webhook.received
    assert "Maduro's exile offer" in message["title"]
    assert "Source: Clash Report" in message["message"]
    assert "Link: http://x.test/news/exile" in message["message"]
    [alert] = alerts(redis_conn, worker_config)
    assert alert["status"] == "sent" and alert["attempts"] == 1


def test_webhook_down_then_up_delivers_once_and_shows_the_failure_meanwhile(redis_conn, worker_config, webhook):
    webhook.fail_with = 500
    enqueue_article(redis_conn, worker_config)
    work_once(redis_conn, worker_config)
    [alert] = alerts(redis_conn, worker_config)
    assert alert["status"] == "retrying"
    assert "default#0" in alert["last_error"]
    assert webhook.received == [] and webhook.attempts == 1

    webhook.fail_with = None
    assert drain(redis_conn, worker_config, timeout=30)
    assert len(webhook.received) == 1
    [alert] = alerts(redis_conn, worker_config)
    assert alert["status"] == "sent" and alert["attempts"] == 2


def test_a_channel_down_for_good_ends_in_the_dead_letter_registry(redis_conn, worker_config, webhook):
    webhook.fail_with = 503
    enqueue_article(redis_conn, worker_config)
    assert drain(redis_conn, worker_config, timeout=30)
    [alert] = alerts(redis_conn, worker_config)
    assert alert["status"] == "failed" and alert["attempts"] == worker_config.alert_retries + 1
    assert FailedJobRegistry(worker_config.alert_queue, connection=redis_conn).get_job_ids() == [alert["id"]]


def test_a_served_channel_is_not_sent_the_alert_again_when_another_fails(redis_conn, worker_config, webhook):
    config = worker_config.with_changes(channels={"default": [webhook.apprise_url, "json://127.0.0.1:9/?cto=1"]})
    from workers import runtime
    runtime.configure(config)
    enqueue_article(redis_conn, config)
    assert drain(redis_conn, config, timeout=30)
    [alert] = alerts(redis_conn, config)
    assert len(webhook.received) == 1
    assert alert["delivered"] == ["default#0"] and alert["status"] == "failed"


def test_alert_records_never_hold_the_channel_urls(redis_conn, worker_config, webhook):
    enqueue_article(redis_conn, worker_config)
    assert drain(redis_conn, worker_config, timeout=30)
    [alert] = alerts(redis_conn, worker_config)
    assert str(webhook.apprise_url.split("?")[0].split("//")[1]) not in json.dumps(alert)
