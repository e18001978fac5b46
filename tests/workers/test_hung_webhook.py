"""A webhook that hangs, with a real worker process: articles go on reaching the stream, the alerts wait
and are retried, status names the failing channel; once the webhook heals, each alert arrives once."""

import os
import signal
import subprocess
import sys
import time

import pytest
from rq import Queue
from rq.serializers import JSONSerializer

from newswatch.shared.items import Article
from newswatch.status import collect_status, status_lines
from workers.alerts import decode_alert

pytestmark = pytest.mark.integration
ARTICLES = 4
RULES = '[[rule]]\nid = "maduro"\nany = ["Maduro"]\nthrottle_minutes = 0\n'


def article(n):
    url = f"http://x.test/news/maduro-{n}"
    return Article(url=url, canonical_url=url, site="x", title=f"Maduro speaks, day {n}",
                   body=[f"On day {n} Maduro spoke again."])


def wait_until(condition, what, timeout=60):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"gave up waiting for {what}"
        time.sleep(0.05)


def alert_records(redis_conn, config):
    return [decode_alert(redis_conn.hgetall(config.keys.alert(ident.decode())))
            for ident in redis_conn.lrange(config.keys.alert_log, 0, -1)]


@pytest.fixture
def worker_process(redis_url, worker_config, webhook, tmp_path):
    """``newswatch worker`` (RQ's forking worker, its scheduler for the retries): attempts given up after one
    second, retried every second, 30 times."""
    rules = tmp_path / "rules.toml"
    rules.write_text(RULES, encoding="utf-8")
    config = worker_config.with_changes(rules_path=str(rules))
    env = {**os.environ, "NEWSWATCH_KEY_PREFIX": config.keys.prefix, "NEWSWATCH_RULES": str(rules),
           "NEWSWATCH_ARTICLE_QUEUE": config.article_queue, "NEWSWATCH_ALERT_QUEUE": config.alert_queue,
           "NEWSWATCH_ALERT_URLS": webhook.apprise_url, "NEWSWATCH_ALERT_TIMEOUT": "1",
           "NEWSWATCH_ALERT_RETRIES": "30", "NEWSWATCH_ALERT_RETRY_INTERVALS": "1"}
    # A session of its own, so that stopping it takes RQ's scheduler (a forked child) along.
    worker = subprocess.Popen([sys.executable, "-m", "newswatch", "worker", "--redis-url", redis_url], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    yield config
    os.killpg(worker.pid, signal.SIGKILL)
    worker.wait()


def test_articles_get_past_a_hanging_webhook_and_each_alert_arrives_once_it_heals(redis_conn, worker_process,
                                                                                  webhook):
    config = worker_process
    webhook.stall = "hang"
    queue = Queue(config.article_queue, connection=redis_conn, serializer=JSONSerializer)
    for n in range(ARTICLES):
        queue.enqueue("workers.jobs.process_article", article(n).to_message())
        wait_until(lambda done=n + 1: redis_conn.xlen(config.keys.stream) == done, f"article {n} on the stream")
        # Every attempt so far is still held by the webhook: the worker let go of each one by itself.
        assert webhook.stalled == webhook.attempts
        # And it is in (or just out of) an attempt now: the next article gets through only once it lets go.
        wait_until(lambda tried=n + 1: webhook.attempts >= tried, f"an attempt to deliver alert {n}")

    # An attempt is counted before it is sent (workers.attempts); its outcome, once it ends.
    wait_until(lambda: [a["status"] for a in alert_records(redis_conn, config)] == ["retrying"] * ARTICLES,
               "an attempt at every alert, ended")
    assert webhook.received == [] and webhook.stalled == webhook.attempts
    status = collect_status(redis_conn, config)
    assert status["alerts"]["retrying"] == ARTICLES
    assert status["alert_channels_failing"]["default#0"]["error"] == "timeout"
    assert next(line for line in status_lines(status) if "failing" in line).startswith(
        "  channel default#0 failing: timeout since ")

    webhook.stall = None
    wait_until(lambda: {a["status"] for a in alert_records(redis_conn, config)} == {"sent"}, "every alert sent")
    links = sorted(message["message"].split("Link: ")[1].split()[0] for message in webhook.received)
    assert links == sorted(article(n).url for n in range(ARTICLES))  # each alert exactly once
    status = collect_status(redis_conn, config)
    assert status["alert_channels_failing"] == {}
    assert not [line for line in status_lines(status) if "failing" in line]
