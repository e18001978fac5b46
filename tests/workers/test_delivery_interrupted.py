"""A work horse killed while a channel holds its POST, as the kernel's OOM killer would kill it.

Delivery to an outside service cannot be exactly once; it is at least once, told truthfully:
the channel took the alert, the worker never learnt it, so the alert goes out again, marked
"possible repeat", with the same idempotency key, and the record counts both attempts.
"""

import json
import os
import signal
import subprocess
import sys

import pytest

from newswatch.shared.items import Article
from tests.processes import newest_child, wait_until
from workers.alerts import decode_alert
from workers.attempts import REPEATS
from workers.processing import ArticleProcessor
from workers.rules import load_rules

pytestmark = pytest.mark.integration
RULES = '[[rule]]\nid = "maduro"\nany = ["Maduro"]\nthrottle_minutes = 0\n'


def test_an_alert_whose_delivery_was_cut_off_goes_out_again_as_a_possible_repeat_with_the_same_key(
        redis_url, redis_conn, worker_config, webhook, tmp_path):
    rules = tmp_path / "rules.toml"
    rules.write_text(RULES, encoding="utf-8")
    config = worker_config.with_changes(rules_path=str(rules), alert_timeout=30.0)
    article = Article(url="http://x.test/news/exile", canonical_url="http://x.test/news/exile", site="x",
                      title="Maduro speaks from exile", body=["Maduro spoke on Monday."])
    [ident] = ArticleProcessor(redis_conn, config, load_rules(rules, config.channels)).process(article).alerts
    webhook.stall = "take"  # the channel takes the alert and its answer never comes
    env = {**os.environ, "NEWSWATCH_KEY_PREFIX": config.keys.prefix, "NEWSWATCH_RULES": str(rules),
           "NEWSWATCH_ARTICLE_QUEUE": config.article_queue, "NEWSWATCH_ALERT_QUEUE": config.alert_queue,
           "NEWSWATCH_ALERT_URLS": webhook.apprise_url, "NEWSWATCH_ALERT_RETRY_INTERVALS": "1 1 1",
           "NEWSWATCH_ALERT_TIMEOUT": "30"}
    worker = subprocess.Popen([sys.executable, "-m", "newswatch", "worker", "--queue", "alerts", "--redis-url",
                               redis_url], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    try:
        wait_until(lambda: len(webhook.received) == 1, "the channel to take the alert")
        webhook.stall = None
        os.kill(newest_child(worker.pid), signal.SIGKILL)  # the work horse, mid-delivery
        wait_until(lambda: len(webhook.received) == 2, "the alert to go out again")
        wait_until(lambda: decode_alert(redis_conn.hgetall(config.keys.alert(ident)))["status"] == "sent",
                   "the record to say sent")
    finally:
        os.killpg(worker.pid, signal.SIGKILL)
        worker.wait()

    first, again = webhook.received
    assert not first["title"].startswith("[POSSIBLE REPEAT]") and again["title"].startswith("[POSSIBLE REPEAT]")
    keys = [headers["Idempotency-Key"] for headers in webhook.headers]
    assert keys[0] == keys[1] == first["idempotency_key"] == again["idempotency_key"] == f"nw-{ident}-default-0"
    assert (first["possible_repeat"], again["possible_repeat"]) == ("no", "yes")
    record = decode_alert(redis_conn.hgetall(config.keys.alert(ident)))
    assert record["attempts"] == 2 and json.loads(record[REPEATS]) == ["default#0"]


def test_an_alert_whose_answer_timed_out_goes_out_again_as_a_possible_repeat(redis_conn, worker_config, webhook,
                                                                             tmp_path):
    """The channel took the POST and its answer never came: the attempt failed ("timeout") but may have
    delivered, so the retry says it may be a repeat, with the same key. An HTTP error is an answer: no."""
    from workers.delivery import DeliveryFailed, deliver  # noqa: PLC0415
    rules = tmp_path / "rules.toml"
    rules.write_text(RULES, encoding="utf-8")
    config = worker_config.with_changes(rules_path=str(rules), alert_timeout=1.0)
    article = Article(url="http://x.test/news/exile", canonical_url="http://x.test/news/exile", site="x",
                      title="Maduro speaks from exile", body=["Maduro spoke on Monday."])
    [ident] = ArticleProcessor(redis_conn, config, load_rules(rules, config.channels)).process(article).alerts
    webhook.stall = "take"
    with pytest.raises(DeliveryFailed):
        deliver(redis_conn, config, ident)
    webhook.stall = None
    deliver(redis_conn, config, ident)
    first, again = webhook.received
    assert (first["possible_repeat"], again["possible_repeat"]) == ("no", "yes")
    assert again["title"].startswith("[POSSIBLE REPEAT]") and first["idempotency_key"] == again["idempotency_key"]
