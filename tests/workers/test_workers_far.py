"""Workers with Redis far away (bench.bench_workers_far, short): every article once, no lock in the way."""

import multiprocessing
import time

from rq import Queue
from rq.serializers import JSONSerializer

from bench.bench_workers import synthetic_article
from bench.bench_workers_far import BATCH, worker_process
from bench.latency_proxy import LatencyProxy
from newswatch.shared.redis_keys import RedisKeys
from workers.fingerprints import article_id

ARTICLES = 120
DELAY = 0.0005


def test_the_proxy_adds_its_delay_each_way_to_every_round_trip(redis_url, redis_conn):
    port = int(redis_url.rsplit(":", 1)[1].split("/")[0])
    with LatencyProxy(port, DELAY) as proxy:
        far = type(redis_conn).from_url(redis_url.replace(f":{port}", f":{proxy.port}"))
        far.ping()
        started = time.perf_counter()
        for _ in range(20):
            far.ping()
        assert (time.perf_counter() - started) / 20 >= 2 * DELAY
        far.close()


def test_workers_far_from_redis_process_every_article_once_and_place_each_in_a_story(redis_url, redis_conn):
    port, keys = int(redis_url.rsplit(":", 1)[1].split("/")[0]), RedisKeys("nwfar")
    articles = [synthetic_article(n) for n in range(ARTICLES)]
    messages = [article.to_message() for article in articles]
    queue = Queue("nwfar-far", connection=redis_conn, serializer=JSONSerializer)
    queue.enqueue_many([Queue.prepare_data("workers.jobs.process_articles", args=(messages[i:i + BATCH],))
                        for i in range(0, ARTICLES, BATCH)])
    spawn = multiprocessing.get_context("spawn")
    ready, go = spawn.Semaphore(0), spawn.Event()
    with LatencyProxy(port, DELAY) as proxy:
        far = redis_url.replace(f":{port}", f":{proxy.port}")
        workers = [spawn.Process(target=worker_process, args=(far, "nwfar", "nwfar-far", ready, go)) for _ in range(3)]
        for worker in workers:
            worker.start()
        assert all(ready.acquire(timeout=60) for _ in workers)
        go.set()
        for worker in workers:
            worker.join(timeout=120)
    assert [worker.exitcode for worker in workers] == [0] * len(workers)
    assert queue.count == 0 and queue.failed_job_registry.count == 0
    events = [fields[b"event"].decode() for _, fields in redis_conn.xrange(keys.stream)]
    assert sorted(events) == ["new"] * ARTICLES
    assert all(redis_conn.exists(keys.story_of(article_id(article))) for article in articles)
