"""crawler.pipelines: an article's batch waits out a short Redis outage; a long one drops it, page lease kept."""

import asyncio
import threading

import pytest
from rq import Queue
from scrapy.utils.test import get_crawler

from crawler.pipelines import EnqueueArticlePipeline, EnqueueFailed
from newswatch.demo.redis_server import PrivateRedis
from newswatch.shared.items import Article
from newswatch.shared.redis_keys import RedisKeys

QUEUE = "outage-articles"


@pytest.fixture
def server():
    with PrivateRedis(appendonly=True) as redis_server:
        yield redis_server


def pipeline(server, patience, stats):
    return EnqueueArticlePipeline(server.url, QUEUE, 60, RedisKeys("nwtest"), 3600, batch_size=1,
                                  batch_seconds=0.1, stats=stats, patience=patience)


def article(n):
    return Article(url=f"http://127.0.0.1:1/news/{n}", site="local", title=f"Title {n}", body=["A paragraph."])


def test_a_batch_is_enqueued_once_redis_comes_back_within_the_patience(server):
    stats = get_crawler().stats
    enqueue = pipeline(server, 30, stats)
    port = int(server.url.rsplit(":", 1)[1].split("/")[0])
    server.stop(keep_data=True)
    outcome = {}
    thread = threading.Thread(target=lambda: outcome.update(item=asyncio.run(enqueue.process_item(article(1)))))
    thread.start()
    thread.join(timeout=6)  # longer than redis-py's own default retries (10, at most 1 s apart)
    assert thread.is_alive()  # still waiting for Redis, not dropped
    server.start(port=port)  # from this thread: the server dies with the thread that started it
    thread.join(timeout=30)
    assert outcome["item"].url.endswith("/news/1")
    assert Queue(QUEUE, connection=enqueue.queue.connection).count == 1
    assert stats.get_value("newswatch/enqueued") == 1
    assert stats.get_value("newswatch/dropped/enqueue_failed") is None
    enqueue.close_spider()


def test_a_batch_is_dropped_as_enqueue_failed_once_the_patience_is_spent(server):
    stats = get_crawler().stats
    enqueue = pipeline(server, 1, stats)
    server.stop(keep_data=True)
    with pytest.raises(EnqueueFailed, match="enqueue_failed"):
        asyncio.run(enqueue.process_item(article(2)))
    assert stats.get_value("newswatch/dropped/enqueue_failed") == 1
    enqueue.queue.connection.close()
