"""Which jobs a newswatch worker runs: the project's own job functions, and nothing else.

An RQ job is a function's dotted name plus arguments. Whoever can write to Redis can
queue one naming any importable function (``os.system``), or attach callbacks and
webhooks to one of ours, and a plain RQ worker imports and runs them. A newswatch
worker checks every job it takes, on every queue, before anything of it is imported:
a job that is not one of ours (newswatch.shared.job_names) is refused, logged with its
function's name, and left in the failed registry without retries (an operator may
name more functions: NEWSWATCH_EXTRA_JOB_FUNCTIONS). NewswatchJob is
the second lock: it imports no other function, even on paths that skip the worker's
check (RQ's registry cleanup runs a job's failure callback, in any process that counts a
registry: ``newswatch status`` too). Every process opens the queues with ``open_queue``.
"""

from rq import Queue
from rq.exceptions import DeserializationError
from rq.job import Job
from rq.serializers import JSONSerializer

from newswatch.shared.errors import JobRefused
from workers.runtime import current

SHOWN_NAME_CHARS = 200  # a refused job's function name, as logged: it is written by whoever wrote the job


def refusal(job, allowed):
    """Why ``job`` must not run, or None when it calls one of the ``allowed`` functions as newswatch's jobs do."""
    try:
        name, instance = job.func_name, job.instance
    except DeserializationError:
        return "its data is not newswatch's JSON"
    if name not in allowed:
        return f"function {str(name)[:SHOWN_NAME_CHARS]!r} is not a newswatch job function"
    if instance is not None:
        return "it names an object to call its function on"
    if job._success_callback_name or job._failure_callback_name or job._stopped_callback_name:
        return "it carries callbacks, which newswatch jobs never have"
    if job.webhooks:
        return "it carries webhooks, which newswatch jobs never have"
    return None


class NewswatchJob(Job):
    """RQ's Job that imports only newswatch's job functions, and never a callback or a webhook."""

    @property
    def func(self):
        if (reason := refusal(self, current().config.job_functions)) is not None:
            raise JobRefused(f"job {self.id} refused: {reason}")
        return super().func

    @property
    def success_callback(self):
        return None

    @property
    def failure_callback(self):
        return None

    @property
    def stopped_callback(self):
        return None

    def send_webhooks(self, status, *, exc_string=None):
        """Newswatch jobs have none; one written into Redis is not sent."""


def open_queue(name, connection):
    """A queue of newswatch's jobs: JSON, and NewswatchJob for it and its registries."""
    return Queue(name, connection=connection, serializer=JSONSerializer, job_class=NewswatchJob)
