"""Alert delivery through Apprise to a real local webhook, with RQ retries."""

import json
import time

import pytest
from rq import Queue, SimpleWorker
from rq.registry import FailedJobRegistry
from rq.serializers import JSONSerializer

from newswatch.shared.items import Article, RelatedLink
from workers import runtime
from workers.alerts import decode_alert
from workers.channel_health import failing_channels
from workers.draining import drain, enqueue_due_jobs, worker_queues

MADURO_ARTICLE = Article(url="http://x.test/news/exile", canonical_url="http://x.test/news/exile", site="x",
                         title="Maduro's exile offer", body=["Nicolás Maduro refused exile."], source="Clash Report")


def enqueue_article(redis_conn, config, article=MADURO_ARTICLE):
    queue = Queue(config.article_queue, connection=redis_conn, serializer=JSONSerializer)
    queue.enqueue("workers.jobs.process_article", article.to_message())


def alerts(redis_conn, config):
    return [decode_alert(redis_conn.hgetall(config.keys.alert(a.decode())))
            for a in redis_conn.lrange(config.keys.alert_log, 0, -1)]


def work_once(redis_conn, config, queue_names=None):
    queue_names = queue_names or (config.article_queue, config.alert_queue)
    queues = [Queue(n, connection=redis_conn, serializer=JSONSerializer) for n in queue_names]
    SimpleWorker(queues, connection=redis_conn, serializer=JSONSerializer).work(burst=True, logging_level="ERROR")


def failing_errors(redis_conn, config):
    return {target: info["error"] for target, info in failing_channels(redis_conn, config.keys).items()}


@pytest.fixture
def quick_timeout(worker_config):
    """Delivery attempts given up after one second (the webhook holds a stalled request for a minute)."""
    config = worker_config.with_changes(alert_timeout=1.0)
    runtime.configure(config)
    return config


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
    assert failing_errors(redis_conn, worker_config) == {"default#0": "HTTP 500"}

    webhook.fail_with = None
    assert drain(redis_conn, worker_config, timeout=30)
    assert len(webhook.received) == 1
    [alert] = alerts(redis_conn, worker_config)
    assert alert["status"] == "sent" and alert["attempts"] == 2
    assert failing_errors(redis_conn, worker_config) == {}


@pytest.mark.parametrize("stall", ["hang", "trickle"])
def test_a_webhook_that_hangs_or_trickles_loses_the_attempt_at_the_alert_timeout(redis_conn, quick_timeout, webhook,
                                                                                 stall):
    webhook.stall = stall
    enqueue_article(redis_conn, quick_timeout)
    work_once(redis_conn, quick_timeout)
    assert webhook.stalled == 1  # the worker moved on while the webhook still held the request
    [alert] = alerts(redis_conn, quick_timeout)
    assert alert["status"] == "retrying" and alert["attempts"] == 1
    assert failing_errors(redis_conn, quick_timeout) == {"default#0": "timeout"}


def test_a_hanging_webhook_that_heals_gets_the_alert_once_and_is_failing_no_more(redis_conn, quick_timeout, webhook):
    webhook.stall = "hang"
    enqueue_article(redis_conn, quick_timeout)
    work_once(redis_conn, quick_timeout)
    first = failing_channels(redis_conn, quick_timeout.keys)["default#0"]
    time.sleep(1.1)  # the retry falls due
    enqueue_due_jobs(worker_queues(redis_conn, quick_timeout))
    work_once(redis_conn, quick_timeout)
    second = failing_channels(redis_conn, quick_timeout.keys)["default#0"]
    assert second["since"] == first["since"] and second["last"] > first["last"]

    webhook.stall = None
    assert drain(redis_conn, quick_timeout, timeout=30)
    assert len(webhook.received) == 1
    [alert] = alerts(redis_conn, quick_timeout)
    assert alert["status"] == "sent" and alert["attempts"] == 3
    assert failing_errors(redis_conn, quick_timeout) == {}


def test_a_webhook_that_never_answers_ends_in_the_dead_letter_still_named_failing(redis_conn, quick_timeout, webhook):
    webhook.stall = "hang"
    enqueue_article(redis_conn, quick_timeout)
    assert drain(redis_conn, quick_timeout, timeout=60)
    [alert] = alerts(redis_conn, quick_timeout)
    assert alert["status"] == "failed" and alert["attempts"] == quick_timeout.alert_retries + 1
    assert FailedJobRegistry(quick_timeout.alert_queue, connection=redis_conn).get_job_ids() == [
        quick_timeout.keys.delivery_job(alert["id"])]
    assert failing_errors(redis_conn, quick_timeout) == {"default#0": "timeout"}
    assert webhook.received == []


def test_a_delivery_job_has_room_for_every_channel_url_to_time_out(redis_conn, worker_config, webhook):
    config = worker_config.with_changes(alert_timeout=2.5, channels={"default": [webhook.apprise_url] * 3})
    runtime.configure(config)
    enqueue_article(redis_conn, config)
    work_once(redis_conn, config, [config.article_queue])
    [job] = Queue(config.alert_queue, connection=redis_conn, serializer=JSONSerializer).get_jobs()
    assert job.timeout == config.job_timeout + 8  # three URLs of 2.5 s each, rounded up


def test_a_channel_down_for_good_ends_in_the_dead_letter_registry(redis_conn, worker_config, webhook):
    webhook.fail_with = 503
    enqueue_article(redis_conn, worker_config)
    assert drain(redis_conn, worker_config, timeout=30)
    [alert] = alerts(redis_conn, worker_config)
    assert alert["status"] == "failed" and alert["attempts"] == worker_config.alert_retries + 1
    assert FailedJobRegistry(worker_config.alert_queue, connection=redis_conn).get_job_ids() == [
        worker_config.keys.delivery_job(alert["id"])]


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


def test_page_text_reaches_a_markdown_channel_as_literal_text(redis_conn, worker_config, webhook):
    host, port = webhook.apprise_url.split("//")[1].split("/")[0].split(":")
    mattermost = f"mmost://{host}:{port}/abcdefghijklmnopqrstuvwxyz?cto=2&rto=5"
    from workers import runtime
    runtime.configure(worker_config.with_changes(channels={"default": [mattermost]}))
    hostile = Article(url="http://x.test/news/h", canonical_url="http://x.test/news/h", site="x",
                      title="Maduro: [urgent](http://evil.example) *now*", body=["Maduro spoke."])
    enqueue_article(redis_conn, worker_config, hostile)
    assert drain(redis_conn, worker_config, timeout=30)
    [message] = webhook.received
    assert r"\[urgent\]\(http://evil\.example\) \*now\*" in message["text"]
    assert "[urgent](http" not in message["text"]


def test_a_json_webhook_gets_the_text_unchanged(redis_conn, worker_config, webhook):
    hostile = Article(url="http://x.test/news/h", canonical_url="http://x.test/news/h", site="x",
                      title="Maduro: <b>[urgent]</b> *now*", body=["Maduro spoke."])
    enqueue_article(redis_conn, worker_config, hostile)
    assert drain(redis_conn, worker_config, timeout=30)
    assert "Maduro: <b>[urgent]</b> *now*" in webhook.received[0]["title"]


def test_alerts_on_one_story_within_the_window_go_out_as_one_grouped_message(redis_conn, worker_config, webhook,
                                                                             tmp_path):
    from workers import runtime
    from workers.rules import Rule
    rule = Rule("maduro", ("Maduro",), throttle_minutes=0.05)  # a 3-second window
    runtime.current().rules[:] = [rule]
    topics = ["Venezuela", "Nicolás Maduro", "Caracas"]
    urls = [f"http://x.test/news/maduro-{n}" for n in range(3)]
    for n, url in enumerate(urls):
        related = [RelatedLink(other, "Maduro in Caracas") for other in urls[:n]]
        enqueue_article(redis_conn, worker_config, Article(
            url=url, canonical_url=url, site="x", title=f"Maduro in Caracas, part {n}", topics=topics,
            body=[f"Maduro spoke in Caracas, Venezuela, for the {n}th time."], related=related))
    assert drain(redis_conn, worker_config, timeout=60)
    first, digest = webhook.received
    assert first["message"].count("Link: ") == 1 and urls[0] in first["message"]
    assert digest["title"] == "[MEDIUM] maduro: Maduro in Caracas, part 1 (and 1 more)"  # named by its matches
    assert [line for line in digest["message"].splitlines() if line.startswith("Link: ")] == \
        [f"Link: {urls[1]}", f"Link: {urls[2]}"]
    assert {alert["status"] for alert in alerts(redis_conn, worker_config)} == {"sent"}


def test_dead_lettered_alerts_are_listed_and_sent_once_the_channel_is_back(redis_conn, worker_config, webhook):
    from workers.dead_letters import dead_alerts, retry_dead
    webhook.fail_with = 503
    enqueue_article(redis_conn, worker_config)
    assert drain(redis_conn, worker_config, timeout=30)
    [entry] = dead_alerts(redis_conn, worker_config)
    assert entry["alert"]["status"] == "failed" and "default#0" in entry["alert"]["last_error"]

    webhook.fail_with = None
    assert retry_dead(redis_conn, worker_config) == [entry["job_id"]]
    assert drain(redis_conn, worker_config, timeout=30)
    assert len(webhook.received) == 1
    assert dead_alerts(redis_conn, worker_config) == []
    [alert] = alerts(redis_conn, worker_config)
    assert alert["status"] == "sent"


def test_an_alert_links_to_its_page_in_the_web_view_when_the_public_url_is_set(redis_conn, worker_config, webhook):
    config = worker_config.with_changes(public_url="https://newswatch.example.test")
    runtime.configure(config)
    enqueue_article(redis_conn, config)
    assert drain(redis_conn, config, timeout=30)
    [alert] = alerts(redis_conn, config)
    [message] = webhook.received
    assert f"Open: https://newswatch.example.test/alerts/{alert['id']}" in message["message"]


@pytest.mark.parametrize("severity, notify_type", [("low", "info"), ("medium", "info"), ("high", "warning"),
                                                   ("critical", "failure")])
def test_an_alert_goes_out_with_the_apprise_type_of_its_rules_severity(redis_conn, worker_config, webhook, tmp_path,
                                                                        severity, notify_type):
    """Chats colour and filter by Apprise's type: medium, the default severity, stays plain info."""
    rules = tmp_path / "rules.toml"
    rules.write_text(f'[[rule]]\nid = "maduro"\nany = ["Maduro"]\nseverity = "{severity}"\n', encoding="utf-8")
    config = worker_config.with_changes(rules_path=str(rules))
    runtime.configure(config)
    enqueue_article(redis_conn, config)
    assert drain(redis_conn, config, timeout=30)
    [message] = webhook.received
    assert message["type"] == notify_type
