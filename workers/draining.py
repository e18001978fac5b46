"""Run a worker until the article and alert queues are empty, retries included.

For the demo, the tests and one-shot runs (``newswatch worker --burst``):
an RQ burst worker stops while retries still wait in the scheduled
registry, so this runs burst workers (with the scheduler) until nothing is
queued, scheduled or running, or the deadline passes.
"""

import time

from rq import Queue, SimpleWorker
from rq.registry import ScheduledJobRegistry, StartedJobRegistry
from rq.serializers import JSONSerializer


def worker_queues(connection, config):
    return [Queue(name, connection=connection, serializer=JSONSerializer)
            for name in (config.article_queue, config.alert_queue)]


def pending_jobs(queues):
    """Jobs queued, scheduled for a retry or running, over all ``queues``."""
    return sum(
        queue.count
        + ScheduledJobRegistry(queue=queue).count
        + StartedJobRegistry(queue=queue).count
        for queue in queues
    )


def drain(connection, config, timeout=300.0, worker_class=SimpleWorker):
    """Work the queues until nothing is pending; True when drained before ``timeout`` seconds."""
    queues = worker_queues(connection, config)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        worker = worker_class(queues, connection=connection, serializer=JSONSerializer)
        worker.work(burst=True, with_scheduler=True, logging_level="WARNING")
        if not pending_jobs(queues):
            return True
        time.sleep(0.5)
    return False
