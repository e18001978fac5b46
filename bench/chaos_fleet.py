"""The spider and worker child processes of a chaos run, killed with SIGKILL and started again.

Each child runs in a session of its own, and a kill takes the whole session, as a
container kill (or systemd's KillMode=control-group) would: a forking RQ worker's
scheduler and its work horse too. Killing the child's process group is not enough:
RQ puts the work horse in a group of its own (os.setpgrp), which went on and finished
its job after its worker was gone. A killed worker leaves
its job STARTED; RQ's maintenance notices it once the worker's heartbeat has run out
(a minute and more); ``abandon_jobs_of`` stands in for that expiry at once, for that
worker's executions only, and lets RQ's own cleanup put the job back (its retry).
Likewise a killed worker that ran RQ's scheduler (the process that moves retries and
digests due later onto their queue) holds the scheduler's locks for 61 s more, and the
other workers try to take them every 120 s: ``free_scheduler_locks_of_dead`` stands in
for that expiry, so the restarted worker takes the scheduler at its start. And a job the
killed worker had taken but not started waits in its queue's intermediate list
(workers.reliable) until RQ's maintenance has seen it there for a minute:
``give_back_stranded`` stands in for that minute.
"""

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from rq import SimpleWorker, Worker
from rq.executions import Execution
from rq.scheduler import SCHEDULER_KEY_TEMPLATE, RQScheduler
from rq.serializers import JSONSerializer
from rq.utils import now

from newswatch.shared.settings import PROJECT_ROOT
from workers.job_policy import NewswatchJob

COMMANDS = {"spider": ["-m", "scrapy", "crawl", "news"], "worker": ["-m", "newswatch", "worker"],
            "alert-worker": ["-m", "newswatch", "worker", "--queue", "alerts"]}


@dataclass
class Child:
    role: str
    index: int
    process: subprocess.Popen
    log: Path
    starts: int = 1
    started: float = field(default_factory=time.monotonic)
    lived: float | None = None  # seconds from start to our SIGKILL, when we killed it

    @property
    def name(self):
        return f"{self.role}-{self.index}"

    def alive(self):
        return self.process.poll() is None


@dataclass
class Fleet:
    """``envs``: the environment of each role's processes; logs go to ``log_dir``."""

    envs: dict
    log_dir: Path
    children: list = field(default_factory=list)

    def start(self, role, count):
        for index in range(count):
            self.children.append(self._spawn(role, index, starts=1))

    def _spawn(self, role, index, starts):
        log = self.log_dir / f"{role}-{index}.{starts}.log"
        with log.open("w") as out:
            process = subprocess.Popen([sys.executable, *COMMANDS[role]], cwd=PROJECT_ROOT, env=self.envs[role],
                                       stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        return Child(role, index, process, log, starts)

    def of(self, role):
        return [child for child in self.children if child.role == role]

    def kill(self, child):
        """SIGKILL the child, then every other process of its session, and wait for the child."""
        kill_session(child.process.pid)
        child.process.wait()
        child.lived = time.monotonic() - child.started

    def restart(self, child):
        """A new process in the killed child's place (same role and index, a new log)."""
        fresh = self._spawn(child.role, child.index, starts=child.starts + 1)
        self.children[self.children.index(child)] = fresh
        return fresh

    def supervise(self):
        """Start again every child that exited with an error unkilled (a process started while Redis is down
        refuses to start), as the deploy's systemd units do (Restart=always); returns their names."""
        failed = [child for child in self.children
                  if child.process.poll() not in (None, 0) and child.lived is None]
        for child in failed:
            self.restart(child)
        return [child.name for child in failed]

    def recovered(self, child, registered):
        """A restarted worker registered with RQ (its pid in ``registered``); a restarted spider finished the
        crawl, or worked until killed again. A restart that failed (Redis was down) counts by the process the
        supervisor started in its place."""
        if child.process.returncode not in (None, 0) and child.lived is None:
            child = next(c for c in self.children if (c.role, c.index) == (child.role, child.index))
        if child.role == "worker":
            return child.process.pid in registered
        return child.process.returncode == 0 or (child.lived or 0) > 3

    def stop(self, role, timeout=30):
        """SIGTERM (a warm shutdown for RQ), then SIGKILL what is left after ``timeout`` seconds."""
        for child in self.of(role):
            if child.alive():
                child.process.terminate()
        deadline = time.monotonic() + timeout
        for child in self.of(role):
            try:
                child.process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                self.kill(child)

    def stop_all(self):
        for child in self.children:
            if child.alive():
                self.kill(child)


def worker_name(connection, pid):
    """The RQ name of the worker process ``pid`` (None before it registered)."""
    return next((worker.name for worker in Worker.all(connection=connection) if worker.pid == pid), None)


def busy_worker_pids(connection):
    return {worker.pid for worker in Worker.all(connection=connection) if worker.get_state() == "busy"}


def abandon_jobs_of(connection, queues, name):
    """Mark the executions of dead worker ``name`` as timed out, then run RQ's cleanup: their jobs go back to
    their queue (retries left) or to the failed registry. Returns how many."""
    abandoned = 0
    for queue in queues:
        registry = queue.started_job_registry
        for job_id, execution_id in registry.get_job_and_execution_ids(cleanup=False):
            try:
                owner = Execution.fetch(execution_id, job_id, connection).worker_name
            except ValueError:  # the execution just ended: nothing to abandon
                continue
            # The heartbeat's expiry, now: the entry's score is when RQ gives up on it (xx: never re-add one).
            if owner == name and connection.zadd(registry.key, {f"{job_id}:{execution_id}": 0}, xx=True, ch=True):
                abandoned += 1
        registry.cleanup()
    return abandoned


def free_scheduler_locks_of_dead(connection, queues):
    """Delete the scheduler locks of ``queues`` whose holder process is gone (this machine's); returns how many."""
    freed = 0
    for queue in queues:
        lock = RQScheduler.get_locking_key(queue.name)
        holder = connection.get(lock)
        pid = holder and connection.hget(SCHEDULER_KEY_TEMPLATE % holder.decode(), "pid")
        if holder and not (pid and alive(int(pid))):
            freed += connection.delete(lock)
    return freed


def process_stat(pid):
    """The fields of /proc/<pid>/stat after the command name (state, ppid, pgrp, session, ...); [] once gone."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return []


def alive(pid):
    """False once the process is gone, or a zombie: a killed worker's scheduler is one until init reaps it."""
    return process_stat(pid)[:1] not in ([], ["Z"])


def kill_session(leader):
    """SIGKILL session ``leader`` first (so it forks no more), then every process left in its session."""
    _kill(leader)
    for stat in Path("/proc").glob("[0-9]*/stat"):
        if process_stat(stat.parent.name)[3:4] == [str(leader)]:
            _kill(int(stat.parent.name))


def _kill(pid):
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def stranded(queues):
    """(queue name, job id) of the jobs taken from ``queues`` and not started."""
    return {(queue.name, job_id) for queue in queues for job_id in queue.intermediate_queue.get_job_ids()
            if job_id not in queue.started_job_registry}


def give_back_stranded(connection, queues, seen_before):
    """RQ's cleanup of the intermediate lists, for the jobs stranded since ``seen_before`` (a ``stranded``
    taken a moment ago: a live worker starts a job it took within milliseconds) as if a minute had passed;
    they go back to their retries. Returns how many."""
    still = stranded(queues) & seen_before
    for queue in queues:
        for name, job_id in still:
            if name == queue.name:
                connection.set(queue.intermediate_queue.get_first_seen_key(job_id), now().timestamp() - 120)
    # RQ's own worker class: newswatch's would load the workers' configuration into this process.
    worker = SimpleWorker(queues, connection=connection, serializer=JSONSerializer, job_class=NewswatchJob)
    for queue in queues:
        queue.intermediate_queue.cleanup(worker, queue)
    return len(still)
