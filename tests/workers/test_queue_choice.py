"""`newswatch worker --queue`: a worker on one kind of queue only, so that alerts can have workers of their
own and never wait behind a burst of articles (real worker processes, real Redis, a local webhook)."""

import os
import subprocess
import sys

import pytest
from rq import Queue
from rq.serializers import JSONSerializer

from newswatch.shared.items import Article

pytestmark = pytest.mark.integration
RULES = '[[rule]]\nid = "maduro"\nany = ["Maduro"]\nthrottle_minutes = 0\n'


@pytest.fixture
def burst_worker(redis_url, worker_config, webhook, tmp_path):
    """Runs ``newswatch worker --burst`` with the test's queues, rules and webhook; returns the finished process."""
    rules = tmp_path / "rules.toml"
    rules.write_text(RULES, encoding="utf-8")
    env = {**os.environ, "NEWSWATCH_KEY_PREFIX": worker_config.keys.prefix, "NEWSWATCH_RULES": str(rules),
           "NEWSWATCH_ARTICLE_QUEUE": worker_config.article_queue, "NEWSWATCH_ALERT_QUEUE": worker_config.alert_queue,
           "NEWSWATCH_ALERT_URLS": webhook.apprise_url}

    def run(*options):
        return subprocess.run([sys.executable, "-m", "newswatch", "worker", "--burst", "--redis-url", redis_url,
                               *options], env=env, capture_output=True, text=True, timeout=120)
    return run


def queued(redis_conn, name):
    return Queue(name, connection=redis_conn, serializer=JSONSerializer).count


def test_an_article_worker_leaves_the_alerts_and_an_alert_worker_delivers_them(redis_conn, worker_config, webhook,
                                                                               burst_worker):
    article = Article(url="http://x.test/news/exile", canonical_url="http://x.test/news/exile", site="x",
                      title="Maduro's exile offer", body=["Nicolás Maduro refused exile."])
    Queue(worker_config.article_queue, connection=redis_conn, serializer=JSONSerializer).enqueue(
        "workers.jobs.process_articles", [article.to_message()])

    articles_only = burst_worker("--queue", "articles")
    assert articles_only.returncode == 0, articles_only.stderr
    assert f"queues {worker_config.article_queue}\n" in articles_only.stdout
    assert redis_conn.xlen(worker_config.keys.stream) == 1
    assert queued(redis_conn, worker_config.alert_queue) == 1 and webhook.received == []

    alerts_only = burst_worker("--queue", "alerts")
    assert alerts_only.returncode == 0, alerts_only.stderr
    assert f"queues {worker_config.alert_queue}\n" in alerts_only.stdout
    [message] = webhook.received
    assert "Maduro's exile offer" in message["title"]
    assert queued(redis_conn, worker_config.alert_queue) == 0


def test_a_worker_serves_both_queues_articles_first_by_default(worker_config, burst_worker):
    both = burst_worker()
    assert both.returncode == 0, both.stderr
    assert f"queues {worker_config.article_queue}, {worker_config.alert_queue}\n" in both.stdout


def test_an_unknown_queue_kind_is_refused(burst_worker):
    result = burst_worker("--queue", "stories")
    assert result.returncode == 2 and "'stories' is not one of 'articles', 'alerts'" in result.stderr
