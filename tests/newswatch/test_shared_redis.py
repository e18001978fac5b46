"""Two deployments on one Redis database, told apart by their key prefix alone.

Their queues are named after the prefix, so neither's worker ever takes the other's articles; a
worker set to use a queue another prefix uses refuses to start (exit 4) rather than process that
deployment's articles into its own keys.
"""

import os
import subprocess
import sys

from rq import Queue
from rq.serializers import JSONSerializer

from newswatch.shared.items import Article
from newswatch.shared.redis_keys import QUEUE_OWNERS, RedisKeys
from workers.events import ArticleEvent


def deployment_env(redis_url, prefix, webhook, **settings):
    env = {key: value for key, value in os.environ.items()
           if key not in ("NEWSWATCH_ARTICLE_QUEUE", "NEWSWATCH_ALERT_QUEUE")}
    return {**env, "NEWSWATCH_REDIS_URL": redis_url, "NEWSWATCH_KEY_PREFIX": prefix,
            "NEWSWATCH_ALERT_URLS": webhook.apprise_url, **settings}


def worker_burst(env):
    return subprocess.run([sys.executable, "-m", "newswatch", "worker", "--burst"], env=env, capture_output=True,
                          text=True, timeout=120, stdin=subprocess.DEVNULL)


def enqueue_article(connection, queue_name, slug):
    message = Article(url=f"http://127.0.0.1:1/news/{slug}", site="s", title=f"Maduro {slug}",
                      body=[f"Maduro spoke about {slug} today."]).to_message()
    Queue(queue_name, connection=connection, serializer=JSONSerializer).enqueue_call(
        "workers.jobs.process_articles", args=([message],))


def stream_urls(connection, prefix):
    return [ArticleEvent.from_stream_fields(fields).article["url"]
            for _, fields in connection.xrange(RedisKeys(prefix).stream)]


def test_each_deployments_worker_takes_only_its_own_articles(redis_conn, redis_url, webhook):
    enqueue_article(redis_conn, "red-articles", "for-red")
    enqueue_article(redis_conn, "blue-articles", "for-blue")
    blue = worker_burst(deployment_env(redis_url, "blue", webhook))
    assert blue.returncode == 0, blue.stderr
    assert "queues blue-articles, blue-alerts" in blue.stdout
    assert stream_urls(redis_conn, "blue") == ["http://127.0.0.1:1/news/for-blue"]
    assert stream_urls(redis_conn, "red") == []
    assert Queue("red-articles", connection=redis_conn).count == 1  # still waiting for red's worker
    red = worker_burst(deployment_env(redis_url, "red", webhook))
    assert red.returncode == 0, red.stderr
    assert stream_urls(redis_conn, "red") == ["http://127.0.0.1:1/news/for-red"]
    assert stream_urls(redis_conn, "blue") == ["http://127.0.0.1:1/news/for-blue"]
    assert redis_conn.keys("rq:job:red-*") and redis_conn.keys("rq:job:blue-*")  # each alert's delivery job


def test_a_worker_set_to_another_prefixs_queue_refuses_to_start(redis_conn, redis_url, webhook):
    assert worker_burst(deployment_env(redis_url, "red", webhook)).returncode == 0
    enqueue_article(redis_conn, "red-articles", "for-red")
    stray = worker_burst(deployment_env(redis_url, "blue", webhook, NEWSWATCH_ARTICLE_QUEUE="red-articles"))
    assert stray.returncode == 4
    assert "queue 'red-articles' belongs to the deployment with key prefix 'red', not 'blue'" in stray.stderr
    assert Queue("red-articles", connection=redis_conn).count == 1
    assert redis_conn.hget(QUEUE_OWNERS, "red-articles") == b"red"
