"""Run a worker until the article and alert queues are empty, retries included.

For the demo, the tests and one-shot runs (``newswatch worker --burst``):
an RQ burst worker stops while retries and alert digests still wait in the
scheduled registry, so this runs burst workers until nothing is queued,
scheduled or running, or the deadline passes, and moves scheduled jobs to
their queue as they fall due. (It does that itself: RQ's scheduler lock,
held by the first burst worker, would keep later ones from doing it.)
"""

import signal
import time
from contextlib import contextmanager

from rq.serializers import JSONSerializer

from workers.job_policy import open_queue
from workers.reliable import ReliableSimpleWorker
from workers.runtime import current


QUEUE_KINDS = ("articles", "alerts")  # a worker's queues, in the order it takes jobs from them


def worker_queues(connection, config, kinds=QUEUE_KINDS):
    """The queues of ``kinds`` ("articles", "alerts"), articles first: an alert waits for at most one attempt
    to a channel that hangs, never the other way round."""
    names = {"articles": config.article_queue, "alerts": config.alert_queue}
    return [open_queue(names[kind], connection) for kind in QUEUE_KINDS if kind in kinds]


@contextmanager
def own_signal_handlers():
    """RQ installs its SIGINT/SIGTERM handlers and leaves them: put ours back after each burst."""
    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)


def pending_jobs(queues):
    """Jobs queued, scheduled for a retry, taken or running, over all ``queues`` (taken: in the
    intermediate list between a worker's dequeue and its start, workers.reliable)."""
    return sum(
        queue.count
        + queue.connection.llen(queue.intermediate_queue_key)
        + queue.scheduled_job_registry.count
        + queue.started_job_registry.count
        for queue in queues
    )


def enqueue_due_jobs(queues):
    """Move scheduled jobs whose time has come (retries, digests) to their queue."""
    for queue in queues:
        registry = queue.scheduled_job_registry
        for job_id in registry.get_jobs_to_schedule(time.time()):
            job = queue.fetch_job(job_id)
            registry.remove(job_id)
            if job is not None:
                queue.enqueue_job(job)


def failed_jobs(queues):
    """Jobs in the failed registries (the dead letter) of ``queues``."""
    return sum(queue.failed_job_registry.count for queue in queues)


def retry_window(config):
    """Seconds an alert can spend waiting between its delivery retries."""
    intervals = list(config.alert_retry_intervals) or [0]
    waits = intervals + [intervals[-1]] * max(0, config.alert_retries - len(intervals))
    return sum(waits[:config.alert_retries])


def drain(connection, config, timeout=None, worker_class=ReliableSimpleWorker, kinds=QUEUE_KINDS):
    """Work the queues of ``kinds`` until nothing is pending; True when drained before ``timeout`` seconds
    (default: long enough for the longest alert-grouping window and every delivery retry, plus a minute)."""
    if timeout is None:
        longest_window = max((rule.throttle_seconds for rule in current().rules), default=0)
        timeout = longest_window + retry_window(config) + 60
    queues = worker_queues(connection, config, kinds)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        enqueue_due_jobs(queues)
        worker = worker_class(queues, connection=connection, serializer=JSONSerializer)
        with own_signal_handlers():
            worker.work(burst=True, logging_level="WARNING")
        if getattr(worker, "stopped_by", None) == signal.SIGINT:
            raise KeyboardInterrupt  # Ctrl-C: the worker finished its job and stopped, and so does the drain
        if not pending_jobs(queues):
            return True
        time.sleep(0.2)
    return False
