"""A job taken from the queues is never lost, even when its worker dies before starting it.

RQ's own dequeue of several queues (BLPOP) leaves such a job in no list at all; the
reliable workers move it into its queue's intermediate list, and RQ's maintenance
gives it back to its retries.
"""

import threading
import time
from datetime import timedelta

import pytest
from rq import Queue, Retry
from rq.exceptions import DequeueTimeout
from rq.registry import StartedJobRegistry
from rq.serializers import JSONSerializer
from rq.utils import now

from newswatch.shared.connection import connect
from newswatch.shared.items import Article
from tests.reply_dropping_proxy import ReplyDroppingProxy
from workers.draining import drain, pending_jobs, worker_queues
from workers.events import ArticleEvent
from workers.reliable import (BEAT_SPACING_SECONDS, MAINTENANCE_SECONDS, ReliableQueue, ReliableSimpleWorker,
                              ReliableWorker)

pytestmark = pytest.mark.integration


def enqueue_article(queue, n=1):
    message = Article(url=f"http://127.0.0.1:1/news/kept-{n}", site="s", title=f"Kept {n}", body=["A paragraph."],
                      crawl_id="reliable").to_message()
    return queue.enqueue("workers.jobs.process_articles", [message], retry=Retry(max=2))


def intermediate(queue):
    return [job_id.decode() for job_id in queue.connection.lrange(queue.intermediate_queue_key, 0, -1)]


def stream_urls(redis_conn, config):
    return [ArticleEvent.from_stream_fields(f).article["url"] for _, f in redis_conn.xrange(config.keys.stream)]


def test_rq_own_dequeue_of_two_queues_keeps_no_trace_of_the_job_it_took(redis_conn, worker_config):
    # Why workers.reliable exists: a worker killed right after this pop loses the job for good.
    articles, alerts = worker_queues(redis_conn, worker_config)
    job = enqueue_article(articles)
    taken, _ = Queue.dequeue_any([articles, alerts], None, connection=redis_conn, serializer=JSONSerializer)
    assert taken.id == job.id
    assert articles.count == 0 and intermediate(articles) == [] and StartedJobRegistry(queue=articles).count == 0


def test_a_job_taken_by_a_worker_that_died_before_starting_it_waits_in_the_intermediate_list(redis_conn,
                                                                                             worker_config):
    articles, alerts = worker_queues(redis_conn, worker_config)
    job = enqueue_article(articles)
    taken, queue = ReliableQueue.dequeue_any([alerts, articles], None, connection=redis_conn,
                                             serializer=JSONSerializer)
    assert (taken.id, queue.name) == (job.id, articles.name)
    assert intermediate(articles) == [job.id]
    assert pending_jobs([articles, alerts]) == 1  # a drain does not call it done


@pytest.mark.parametrize("waiting", ["queued", "arriving"])
def test_a_take_whose_answer_was_lost_is_answered_again_not_served_anew(redis_conn, redis_url, worker_config,
                                                                        waiting):
    """Redis moved the job into the intermediate list, then went away before the answer came back; redis-py
    sends the take again. A take served anew would start the next job and leave the first unstarted in the
    intermediate list, by nobody, until RQ's maintenance gave it back a minute or more later
    (tests/test_redis_outage.py met it in CI). ``arriving``: the job comes while the worker waits for one."""
    port = int(redis_url.rsplit(":", 1)[1].split("/")[0])
    articles, alerts = worker_queues(redis_conn, worker_config)
    with ReplyDroppingProxy(port, marker=articles.key.encode(), only_found=True) as proxy:
        far = connect(redis_url.replace(f":{port}/", f":{proxy.port}/"), patience=10)
        worker = ReliableSimpleWorker([articles, alerts], connection=far, serializer=JSONSerializer)
        assert worker.dequeue_job_and_maintain_ttl(None) is None  # nothing yet; scripts loaded
        first, second = enqueue_article(articles, 1), enqueue_article(articles, 2)
        later = None
        if waiting == "arriving":
            redis_conn.delete(articles.key)
            later = threading.Timer(0.3, lambda: redis_conn.rpush(articles.key, first.id, second.id))
            later.start()
        proxy.arm()
        try:
            taken, queue = worker.dequeue_job_and_maintain_ttl(10)
        finally:
            if later:
                later.cancel()
        assert proxy.dropped.is_set()
        assert (taken.id, queue.name) == (first.id, articles.name)
        assert intermediate(articles) == [first.id]
        assert [job_id.decode() for job_id in redis_conn.lrange(articles.key, 0, -1)] == [second.id]
        taken, _ = worker.dequeue_job_and_maintain_ttl(None)
        assert taken.id == second.id
        far.close()


def test_rq_maintenance_gives_the_stranded_job_back_and_it_runs(redis_conn, worker_config):
    articles, alerts = worker_queues(redis_conn, worker_config)
    enqueue_article(articles)
    ReliableQueue.dequeue_any([articles, alerts], None, connection=redis_conn, serializer=JSONSerializer)
    worker = ReliableSimpleWorker([articles, alerts], connection=redis_conn, serializer=JSONSerializer)
    assert worker.maintenance_interval == MAINTENANCE_SECONDS

    worker.clean_registries()  # first sighting: RQ waits a minute before calling it stranded
    assert intermediate(articles) != []
    seen = articles.intermediate_queue.get_first_seen_key(intermediate(articles)[0])
    redis_conn.set(seen, (now() - timedelta(minutes=2)).timestamp())  # the minute, passed
    worker.clean_registries()

    assert intermediate(articles) == []
    assert drain(redis_conn, worker_config, timeout=30)
    assert stream_urls(redis_conn, worker_config) == ["http://127.0.0.1:1/news/kept-1"]


def test_a_worker_takes_jobs_in_queue_order_and_leaves_nothing_in_the_intermediate_lists(redis_conn, worker_config):
    articles, alerts = worker_queues(redis_conn, worker_config)
    enqueue_article(articles, 1)
    enqueue_article(articles, 2)
    assert drain(redis_conn, worker_config, timeout=30)
    assert stream_urls(redis_conn, worker_config) == ["http://127.0.0.1:1/news/kept-1",
                                                      "http://127.0.0.1:1/news/kept-2"]
    assert intermediate(articles) == [] and intermediate(alerts) == []


def test_an_idle_worker_sees_a_job_arriving_on_any_of_its_queues(redis_conn, worker_config):
    articles, alerts = worker_queues(redis_conn, worker_config)
    later = threading.Timer(0.3, lambda: enqueue_article(alerts))  # not the queue it blocks on
    later.start()
    try:
        taken, queue = ReliableQueue.dequeue_any([articles, alerts], 10, connection=redis_conn,
                                                 serializer=JSONSerializer)
    finally:
        later.cancel()
    assert queue.name == alerts.name and intermediate(alerts) == [taken.id]


def test_an_idle_worker_gets_a_dequeue_timeout_when_nothing_comes(redis_conn, worker_config):
    started = time.monotonic()
    with pytest.raises(DequeueTimeout):
        ReliableQueue.dequeue_any(worker_queues(redis_conn, worker_config), 1, connection=redis_conn,
                                  serializer=JSONSerializer)
    assert time.monotonic() - started >= 1


def test_a_worker_writes_its_heartbeat_at_most_once_a_second_for_the_same_expiry(redis_conn, worker_config):
    # RQ beats three to five times around each job: the repeats were a third of its Redis commands per job.
    worker = ReliableSimpleWorker(worker_queues(redis_conn, worker_config), connection=redis_conn,
                                  serializer=JSONSerializer)
    worker.register_birth()
    worker.heartbeat()
    redis_conn.hset(worker.key, "last_heartbeat", "written before")
    worker.heartbeat()
    assert redis_conn.hget(worker.key, "last_heartbeat") == b"written before"
    worker.heartbeat(timeout=100)  # another expiry is asked for: written at once
    assert redis_conn.hget(worker.key, "last_heartbeat") != b"written before"
    assert 0 < redis_conn.ttl(worker.key) <= 100
    redis_conn.hset(worker.key, "last_heartbeat", "written before")
    time.sleep(BEAT_SPACING_SECONDS)
    worker.heartbeat(timeout=100)
    assert redis_conn.hget(worker.key, "last_heartbeat") != b"written before"


def test_a_worker_writes_its_state_only_when_it_changes(redis_conn, worker_config):
    worker = ReliableSimpleWorker(worker_queues(redis_conn, worker_config), connection=redis_conn,
                                  serializer=JSONSerializer)
    worker.register_birth()
    worker.set_state("idle")
    redis_conn.hset(worker.key, "state", "written before")
    worker.set_state("idle")
    assert redis_conn.hget(worker.key, "state") == b"written before"
    worker.set_state("busy")
    assert redis_conn.hget(worker.key, "state") == b"busy" and worker.get_state() == "busy"
    redis_conn.delete(worker.key)
    worker.register_birth()  # a key made again (a wiped Redis): its state is written again
    worker.set_state("busy")
    assert redis_conn.hget(worker.key, "state") == b"busy"


def test_after_a_forked_job_the_worker_writes_its_state_and_expiry_again(redis_conn, worker_config):
    # The work horse, a forked copy of the worker, wrote "busy" and a short expiry into the worker's key:
    # the worker's next "idle" and beat must not be skipped as repeats of what it wrote before the job.
    articles, _ = worker_queues(redis_conn, worker_config)
    job = enqueue_article(articles)
    worker = ReliableWorker([articles], connection=redis_conn, serializer=JSONSerializer)
    worker.register_birth()
    worker.set_state("idle")
    worker.heartbeat()
    worker.execute_job(job, articles)
    worker.set_state("idle")
    worker.heartbeat()
    assert redis_conn.hget(worker.key, "state") == b"idle"
    assert redis_conn.ttl(worker.key) > 100
    assert stream_urls(redis_conn, worker_config) == ["http://127.0.0.1:1/news/kept-1"]
