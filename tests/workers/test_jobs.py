"""The article job: a batch with a message that does not fit is processed but for it, and fails naming it."""

from rq import Queue, SimpleWorker
from rq.registry import FailedJobRegistry
from rq.serializers import JSONSerializer

from newswatch.shared.items import Article


def message(n):
    url = f"http://x.test/news/{n}"
    return Article(url=url, canonical_url=url, site="x", title=f"Report {n}", body=[f"Paragraph {n}."]).to_message()


def test_a_refused_message_does_not_hold_back_its_batch_and_stays_in_the_dead_letter(redis_conn, worker_config):
    queue = Queue(worker_config.article_queue, connection=redis_conn, serializer=JSONSerializer)
    bad = {**message(1), "title": {"$gt": ""}}
    job = queue.enqueue("workers.jobs.process_articles", [message(0), bad, message(2)])
    SimpleWorker([queue], connection=redis_conn, serializer=JSONSerializer).work(burst=True)
    events = redis_conn.xrange(worker_config.keys.stream)
    assert len(events) == 2  # articles 0 and 2 went through
    assert job.id in FailedJobRegistry(queue=queue).get_job_ids()
    job.refresh()
    assert "1 of 3 article message(s) refused: #1: title must be a string" in job.latest_result().exc_string


def test_a_related_entry_with_a_number_for_its_category_does_not_hold_back_the_article_after_it(redis_conn,
                                                                                               worker_config):
    queue = Queue(worker_config.article_queue, connection=redis_conn, serializer=JSONSerializer)
    bad = {**message(1), "related": [{"url": "http://x.test/news/b", "title": "B", "category": 7}]}
    job = queue.enqueue("workers.jobs.process_articles", [bad, message(2)])
    SimpleWorker([queue], connection=redis_conn, serializer=JSONSerializer).work(burst=True)
    assert len(redis_conn.xrange(worker_config.keys.stream)) == 1  # article 2 went through
    job.refresh()
    assert "#0: a related entry's category and date must be strings or null" in job.latest_result().exc_string
