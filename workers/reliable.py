"""RQ workers that no kill -9 can lose a job from, whatever the number of queues they work.

RQ takes a job from several queues with BLPOP: a worker killed between that pop and
the job's entry in the StartedJobRegistry loses the job for good, with nothing left
to retry it (the chaos run lost a batch of 5 articles so). For one queue RQ moves
the job into the queue's intermediate list instead (LMOVE), and its maintenance
gives a job left there by a dead worker back to its retries after a minute ("Job was
stuck in intermediate queue"). ReliableQueue does that for any number of queues:
one Lua script (TAKE) moves the first job of the queues, in priority order, and when
there is none the worker waits a moment on the first queue. The worker classes remove
the job from the intermediate list as they start it.

A take is answered once (Lua TAKE): its answer is kept until the worker's next take
and sent again when the same take comes back, as it does when Redis went away after
running it and before the answer reached the worker (redis-py sends the command
again). Served anew, it would start the next job and leave the first unstarted in
the intermediate list until RQ's maintenance gave it back, a minute or more later.
The blocking wait takes nothing (BLMOVE of a queue onto itself, LEFT to LEFT, moves
no job): sent twice, it does no harm.

A job whose worker was killed while it ran stays in the StartedJobRegistry until its
heartbeat runs out and some worker's maintenance sees it. With RQ's timers that took
about 400 s: the heartbeat outlived the job by 60 s, and an idle worker ran its
maintenance only between dequeue timeouts of 405 s. ReliableWorker beats every
``HEARTBEAT_SECONDS`` with ``HEARTBEAT_GRACE`` to spare, and every worker waits at
most ``MAINTENANCE_SECONDS`` for a job before its maintenance, which runs as often:
such a job is back on its queue within 10 + 15 + 15 = 40 s of the kill.
ReliableSimpleWorker runs the job in its own process and cannot beat during it: RQ's
bound (the job's timeout + 60 s) stays. A job left in an intermediate list (a worker
killed between dequeue and start) is given back by RQ after a minute there.

They also run nothing but newswatch's own job functions (workers.job_policy): any
other job is refused before it starts, logged, and left in the failed registry. And
they notice a wiped Redis (newswatch.shared.instance) at their next heartbeat: they register
again, so ``status`` still sees them, and raise the self-monitoring alert once.
"""

import importlib
import time
import uuid

from apprise.manager_plugins import NotificationManager
from rq import Queue, SimpleWorker, Worker
from rq.exceptions import DequeueTimeout, NoSuchJobError
from rq.job import Job, JobStatus
from rq.results import Result

from newswatch.shared.instance import RedisInstance, RedisWiped
from workers.job_policy import NewswatchJob, refusal
from workers.runtime import current
from workers.wipes import announce_wipe

POLL_SECONDS = 0.5  # an idle worker blocks this long on its first queue before looking at the others again
MAINTENANCE_SECONDS = 15  # RQ's registry cleanup, and an idle worker's longest wait for a job (RQ: 600 and 405)
HEARTBEAT_SECONDS = 10  # a forking worker's beat while its work horse runs (RQ: 30)
HEARTBEAT_GRACE = 15  # how long a job outlives its worker's last beat (RQ: 60)
# RQ beats (HSET and EXPIRE of the worker's key) three to five times around each job and writes "idle" twice:
# a beat asking for the same expiry as one less than this long ago, or the state already written, is skipped.
BEAT_SPACING_SECONDS = 1.0


# KEYS: this take's answer, the previous take's answer, then per queue in order: the queue, its intermediate
# list   ARGV: how long the answer is kept (ms)   Returns the queue's place (from 0) and the job id, or nil.
TAKE = """
local kept = redis.call('GET', KEYS[1])
if kept then return cjson.decode(kept) end
redis.call('DEL', KEYS[2])
for i = 3, #KEYS, 2 do
  local job_id = redis.call('LMOVE', KEYS[i], KEYS[i + 1], 'LEFT', 'RIGHT')
  if job_id then
    local out = {(i - 3) / 2, job_id}
    redis.call('SET', KEYS[1], cjson.encode(out), 'PX', ARGV[1])
    return out
  end
end
return nil
"""
TAKE_ANSWER_SECONDS = 600  # past any resend: a worker waits out an outage for NEWSWATCH_REDIS_RETRY_SECONDS


class Taker:
    """One worker's takes (Lua TAKE), each answer kept until the next take."""

    def __init__(self, connection, keys, name):
        self.keys, self.name = keys, name
        self._script = connection.register_script(TAKE)
        self._last_answer = keys.worker_take_answer(name, "-")  # none yet

    def take(self, queues):
        """(queue, job id) of the first job of ``queues`` (in order), moved into its intermediate list; or None."""
        previous, self._last_answer = self._last_answer, self.keys.worker_take_answer(self.name, uuid.uuid4().hex)
        keys = [self._last_answer, previous]
        for queue in queues:
            keys += [queue.key, queue.intermediate_queue_key]
        found = self._script(keys=keys, args=[TAKE_ANSWER_SECONDS * 1000])
        return None if found is None else (queues[found[0]], found[1])


class ReliableQueue(Queue):
    taker = None  # a worker's own (ReliableQueue.of): without one, each dequeue keeps its answer under a name of its own

    @classmethod
    def of(cls, taker):
        """This class, taking with ``taker``."""
        return type(cls.__name__, (cls,), {"taker": taker})

    @classmethod
    def dequeue_any(cls, queues, timeout, connection, job_class=None, serializer=None, death_penalty_class=None):
        """The first job of ``queues`` (in order), moved into its queue's intermediate list; None at once
        when ``timeout`` is None and nothing waits, DequeueTimeout after ``timeout`` seconds otherwise."""
        job_class = job_class or Job
        taker = cls.taker or Taker(connection, current().config.keys, uuid.uuid4().hex)
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            while found := taker.take(queues):
                queue, job_id = found
                if job := _fetch(job_class, job_id, queue, connection, serializer):
                    return job, queue
            if deadline is None:
                return None
            left = deadline - time.monotonic()
            if left <= 0:
                raise DequeueTimeout(timeout, [queue.key for queue in queues])
            first = queues[0]
            connection.blmove(first.key, first.key, min(POLL_SECONDS, left), "LEFT", "LEFT")  # a wait: moves nothing


def _fetch(job_class, job_id, queue, connection, serializer):
    """The job, or None (and its id dropped from the intermediate list) when it no longer exists."""
    try:
        return job_class.fetch(job_id.decode(), connection=connection, serializer=serializer)
    except NoSuchJobError:
        connection.lrem(queue.intermediate_queue_key, 1, job_id)
        return None


class _Reliable:
    queue_class = ReliableQueue
    job_class = NewswatchJob

    def __init__(self, queues, *args, **kwargs):
        kwargs.setdefault("maintenance_interval", MAINTENANCE_SECONDS)
        kwargs.setdefault("job_monitoring_interval", HEARTBEAT_SECONDS)
        # `rq worker -w workers.reliable.ReliableWorker` passes RQ's own Job class: the guard stays on.
        if not issubclass(kwargs.get("job_class") or NewswatchJob, NewswatchJob):
            kwargs["job_class"] = NewswatchJob
        # By name: RQ builds them as ReliableQueue, with the worker's serializer.
        super().__init__([queue if isinstance(queue, str) else queue.name for queue in queues], *args, **kwargs)
        self.instance = RedisInstance(self.connection, current().config.keys, "worker")
        self.queue_class = ReliableQueue.of(Taker(self.connection, current().config.keys, self.name))
        self.stopped_by = None  # the signal that asked for a warm shutdown: SIGINT (Ctrl-C) or SIGTERM

    def request_stop(self, signum, frame):
        self.stopped_by = signum
        super().request_stop(signum, frame)

    def heartbeat(self, timeout=None, pipeline=None):
        beat = (timeout or self.worker_ttl + 60, time.monotonic())
        last = getattr(self, "_last_beat", None)
        if last is not None and last[0] == beat[0] and beat[1] - last[1] < BEAT_SPACING_SECONDS:
            return  # the key's expiry ends at most BEAT_SPACING_SECONDS earlier than asked
        self._last_beat = beat
        super().heartbeat(timeout, pipeline=pipeline)
        if pipeline is None:  # not from inside RQ's own transaction
            self._check_instance()

    def set_state(self, state, pipeline=None):
        if state != getattr(self, "_state_written", None):
            self._state_written = state
            super().set_state(state, pipeline=pipeline)

    def register_birth(self):
        self._last_beat = self._state_written = None  # a new key: nothing of it written yet
        super().register_birth()

    def _check_instance(self):
        try:
            self.instance.check(spaced=True)
        except RedisWiped as wiped:
            self.log.error("Worker %s: %s; registering again", self.name, wiped)
            self.connection.delete(self.key)
            self.register_birth()
            announce_wipe(self.connection, current().config, wiped)

    @property
    def dequeue_timeout(self):
        return MAINTENANCE_SECONDS

    def work(self, burst=False, **kwargs):
        self._listens = not burst
        return super().work(burst=burst, **kwargs)

    def subscribe(self):
        # RQ's command channel (kill a work horse, shut down) is for long-lived workers: a burst worker,
        # seconds long, skips it (a connection and a listener thread less per round of workers.draining).
        if getattr(self, "_listens", True):
            super().subscribe()

    def execute_job(self, job, queue):
        if (reason := refusal(job, current().config.job_functions)) is None:
            try:
                return super().execute_job(job, queue)
            finally:  # a forking worker's work horse wrote the key's state and expiry from its own copy
                self._last_beat = self._state_written = None
        self.log.error("Worker %s: refused job %s from queue %s: %s", self.name, job.id, queue.name, reason)
        refused = f"JobRefused: {reason}"
        with self.connection.pipeline() as pipe:
            job.set_status(JobStatus.FAILED, pipeline=pipe)
            queue.failed_job_registry.add(job, ttl=job.failure_ttl, exc_string=refused, pipeline=pipe)
            Result.create_failure(job, job.failure_ttl, refused, worker_name=self.name, pipeline=pipe)
            pipe.lrem(queue.intermediate_queue_key, 1, job.id)
            pipe.execute()
        return None

    def prepare_job_execution(self, job, remove_from_intermediate_queue=False):
        # RQ only removes it when the worker has one queue: the job is in the started registry from now on.
        super().prepare_job_execution(job, remove_from_intermediate_queue=True)


class ReliableWorker(_Reliable, Worker):
    """RQ's forking Worker (a work horse per job), with ReliableQueue's dequeue. The job modules and
    Apprise's plugins are imported once, before the first fork, instead of in every work horse (about
    56 + 120 ms a job: what held alert delivery back in the load burst)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        importlib.import_module("workers.jobs")
        NotificationManager().load_modules()

    def get_heartbeat_ttl(self, job):
        left = job.timeout - self.current_job_working_time if job.timeout and job.timeout > 0 else HEARTBEAT_SECONDS
        return max(int(min(left, self.job_monitoring_interval)), 0) + HEARTBEAT_GRACE  # a job past its timeout


class ReliableSimpleWorker(_Reliable, SimpleWorker):
    """RQ's SimpleWorker (jobs in the worker's own process), with ReliableQueue's dequeue."""
