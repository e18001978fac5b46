"""Work horses killed with SIGKILL in the middle of their job, as the kernel's OOM killer would: a chaos run's
kills of the processes that do the work.

A forking RQ worker runs each job in a work horse, in a process group of the horse's
own (RQ calls os.setpgrp). Here the horse alone is killed; its worker sees it die
("Work-horse terminated unexpectedly") and gives the job back to its retries at once.
Two moments are aimed at:

- mid-job: a worker busy with a batch of articles, which must still reach the stream
  exactly once when the batch runs again;
- mid-delivery: a worker whose alert the webhook holds. From the kill's moment in the
  schedule until a POST comes, the receiver takes each POST and leaves it unanswered
  (``stall = "take"``): the channel has the alert and the worker cannot know, so its
  re-send must be marked a possible repeat.

A kill counts as landed when, just before it, the job was STARTED and still its
worker's current job and the horse alive, and just after it RQ used one of the job's
retries.
"""

import os
import signal
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from rq import Worker
from rq.exceptions import NoSuchJobError
from rq.job import JobStatus
from rq.serializers import JSONSerializer

from bench.chaos_fleet import alive, process_stat
from workers.job_policy import NewswatchJob

POLL_SECONDS = 0.02
RETRY_SECONDS = 10  # how long a worker may take to see its horse dead and retry the job
SETTLE_SECONDS = 0.3  # a POST answered ends its job within this; a held one's job stays STARTED
ATTEMPTS = 5  # kills tried until one lands (the job may end between the last look and the kill)
MOMENTS = ("mid-job", "mid-delivery")


@dataclass
class HorseKill:
    moment: str  # "mid-job" or "mid-delivery"
    worker: str  # the fleet child whose horse it was
    job_id: str
    horse: int
    progress: float
    retries_left: int | None  # the job's, just before the kill
    started: bool = False  # the job STARTED and its worker's current job, just before the kill
    horse_alive: bool = False  # just before the kill
    retried: bool = False  # RQ used one of the job's retries, just after

    @property
    def landed(self):
        return self.started and self.horse_alive and self.retried

    def __str__(self):
        verdict = "STARTED, horse alive; retried by RQ" if self.landed else (
            f"NOT landed: job STARTED {self.started}, horse alive {self.horse_alive}, retried {self.retried}")
        return (f"work horse {self.horse} of {self.worker} {self.moment} at {self.progress:.0%} of the crawl "
                f"(job {self.job_id}: {verdict})")


def work_horse(pid):
    """The work horse of forking worker ``pid``: its child leading a process group of its own (the scheduler,
    forked too, stays in the worker's group); None between jobs."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return None
    return next((int(child) for child in children if process_stat(child)[2:3] == [child]), None)


def jobs_in_progress(connection, fleet, queue_name):
    """(fleet child, RQ worker, job) for each live worker whose current job comes from ``queue_name``."""
    by_pid = {worker.pid: worker for worker in Worker.all(connection=connection)}
    found = []
    for child in fleet.of("worker"):
        worker = by_pid.get(child.process.pid)
        job_id = worker and child.alive() and worker.get_current_job_id()
        if not job_id:
            continue
        try:
            job = NewswatchJob.fetch(job_id, connection=connection, serializer=JSONSerializer)
        except NoSuchJobError:
            continue
        if job.origin == queue_name:
            found.append((child, worker, job))
    return found


def kill_horse(child, worker, job, moment, progress):
    """SIGKILL the horse of ``worker`` if it is still on ``job``: the HorseKill, or None (nothing killed) when
    the job has ended or its horse is gone."""
    horse = work_horse(child.process.pid)
    if horse is None:
        return None
    kill = HorseKill(moment, child.name, job.id, horse, progress, job.retries_left)
    kill.started = job.get_status(refresh=True) == JobStatus.STARTED and worker.get_current_job_id() == job.id
    kill.horse_alive = alive(horse)
    if not (kill.started and kill.horse_alive):
        return None
    os.kill(horse, signal.SIGKILL)
    return kill


def confirm(kill, connection):
    """``kill.retried``: RQ used one of the job's retries within RETRY_SECONDS."""
    deadline = time.monotonic() + RETRY_SECONDS
    while time.monotonic() < deadline:
        job = NewswatchJob.fetch(kill.job_id, connection=connection, serializer=JSONSerializer)
        if kill.retries_left is not None and (job.retries_left or 0) < kill.retries_left:
            kill.retried = True
            break
        time.sleep(POLL_SECONDS)
    return kill


class HorseKiller:
    """Horse kills armed at their moment of the schedule, each fired at the first chance ``check`` sees: a worker
    busy with a batch of articles (mid-job), an alert POST held by the webhook (mid-delivery). Waiting for it
    never holds up the rest of the schedule. ``kills``: the HorseKills tried."""

    def __init__(self, connection, fleet, queues, webhook, rng, progress):
        self.connection, self.fleet, self.webhook, self.rng, self.progress = connection, fleet, webhook, rng, progress
        self.queue_names = dict(zip(MOMENTS, (queue.name for queue in queues)))  # workers.draining: articles first
        self.armed, self.tries, self.kills = Counter(), Counter(), []
        self.seen = 0  # webhook messages received before the webhook began to hold them

    def arm(self, moment):
        self.armed[moment] += 1
        self._hold_posts()

    def check(self):
        """Fire each armed kill whose chance has come; one that did not land is tried again, ATTEMPTS times."""
        for moment in [moment for moment in MOMENTS if self.armed[moment]]:
            kills = self._mid_job() if moment == "mid-job" else self._mid_delivery()
            self.kills += kills
            self.tries[moment] += bool(kills)
            if any(kill.landed for kill in kills) or self.tries[moment] >= ATTEMPTS:
                self.armed[moment] -= 1
                self.tries[moment] = 0
        self._hold_posts()

    def disarm(self):
        """Stop holding POSTs; returns how many armed kills never had their chance."""
        self.webhook.stall = None
        return sum(self.armed.values())

    def _hold_posts(self):
        """While a mid-delivery kill is armed, the webhook takes each alert POST and leaves it unanswered."""
        if self.armed["mid-delivery"] and self.webhook.stall is None:
            self.seen, self.webhook.stall = len(self.webhook.received), "take"

    def _mid_job(self):
        busy = jobs_in_progress(self.connection, self.fleet, self.queue_names["mid-job"])
        kill = busy and kill_horse(*self.rng.choice(busy), "mid-job", self.progress())
        return [confirm(kill, self.connection)] if kill else []

    def _mid_delivery(self):
        """Once a POST is held: stop holding, let the POSTs answered meanwhile end, kill the horses still waiting
        on theirs (all of them: a held POST left alone would time out)."""
        if len(self.webhook.received) <= self.seen:
            return []
        self.webhook.stall = None
        time.sleep(SETTLE_SECONDS)
        held = {alert_id(message) for message in self.webhook.received[self.seen:]}
        kills = [kill_horse(child, worker, job, "mid-delivery", self.progress()) for child, worker, job
                 in jobs_in_progress(self.connection, self.fleet, self.queue_names["mid-delivery"])
                 if job.args and job.args[0] in held]  # a delivery job's argument is its alert's id
        return [confirm(kill, self.connection) for kill in kills if kill]


def alert_id(message):
    """The alert id in a webhook message's idempotency key, ``nw-<alert id>-<channel>-<n>``."""
    return message.get("idempotency_key", "").removeprefix("nw-").rsplit("-", 2)[0]
