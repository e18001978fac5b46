"""What a burst run samples twice a second: the article queue, the backlog, Redis's memory, and the
resident memory (VmRSS, from /proc) of every process: each worker, every child it forked, redis-server
and the producer (this process).

A worker's child that lives longer than any job (``SCHEDULER_AGE``) is RQ's scheduler; the
others are work horses, one forked per job (``horses``).
"""

import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.burst_traffic import CRAWL_ID

SCHEDULER_AGE = 10.0  # seconds; a job of one batch takes well under one
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def rss_mb(pid):
    """Resident memory of ``pid`` in MB; None once it is gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return None
    kb = next((line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")), None)
    return int(kb) / 1024 if kb else None


def _stat(pid):
    """(parent pid, seconds since boot at its start) of ``pid``, from /proc/<pid>/stat."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[1]), int(fields[19]) / CLOCK_TICKS  # the 4th and 22nd fields of the line


def descendants(root):
    """{pid: seconds since it started} of every live process under ``root``."""
    uptime = float(Path("/proc/uptime").read_text().split()[0])
    tree = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                tree[int(entry.name)] = _stat(entry.name)
            except (FileNotFoundError, ProcessLookupError):
                continue
    found, frontier = {}, [root]
    while frontier:
        parent = frontier.pop()
        for pid, (ppid, started) in tree.items():
            if ppid == parent and pid not in found:
                found[pid] = uptime - started
                frontier.append(pid)
    return found


def processed_articles(connection, keys):
    """Article messages the workers have finished, whatever their outcome (the crawl's ``events/*`` counts)."""
    counts = connection.hgetall(keys.crawl_stats(CRAWL_ID))
    return sum(int(value) for name, value in counts.items() if name.startswith(b"events/"))


@dataclass
class Sample:
    at: float  # time.monotonic()
    queued_jobs: int  # on the article queue
    alert_jobs: int  # on the alert queue
    backlog: int  # articles handed over and not yet processed
    redis_used_mb: float  # Redis's own count (INFO used_memory)
    rss: dict  # process label -> MB
    children: dict = field(default_factory=dict)  # pid -> (worker label, MB, age in s)


class Sampler(threading.Thread):
    """Samples every ``interval`` seconds until stopped. ``queues``: the article and alert queues; ``processes``:
    label -> pid (workers' labels start with "worker": their children are sampled too); ``handed()``: how many
    articles the producer has handed over."""

    def __init__(self, connection, keys, queues, processes, handed, interval=0.5):
        super().__init__(name="burst-sampler", daemon=True)
        self.connection, self.keys, self.queues = connection, keys, queues
        self.processes, self.handed, self.interval = processes, handed, interval
        self.samples = []
        self._stop_requested = threading.Event()

    def run(self):
        while not self._stop_requested.is_set():
            self.samples.append(self.sample())
            self._stop_requested.wait(self.interval)

    def sample(self):
        with self.connection.pipeline(transaction=False) as pipe:
            for queue in self.queues:
                pipe.llen(queue.key)
            pipe.info("memory")
            queued, alerts, memory = pipe.execute()
        processed = processed_articles(self.connection, self.keys)
        rss, children = {}, {}
        for label, pid in self.processes.items():
            rss[label] = rss_mb(pid)
            if label.startswith("worker"):
                for child, age in descendants(pid).items():
                    children[child] = (label, rss_mb(child), age)
        return Sample(time.monotonic(), queued, alerts, self.handed() - processed, memory["used_memory"] / 2**20, rss,
                      children)

    def stop(self):
        """Stop, with one last sample taken now."""
        self._stop_requested.set()
        self.join()
        self.samples.append(self.sample())


def schedulers(samples):
    """pid -> worker label of the children that lived longer than any job: RQ's schedulers."""
    oldest = {}
    for sample in samples:
        for pid, (label, _, age) in sample.children.items():
            oldest[pid] = (label, max(age, oldest.get(pid, (label, 0))[1]))
    return {pid: label for pid, (label, age) in oldest.items() if age >= SCHEDULER_AGE}


def horses(sample, scheduler_pids):
    """[MB] of the work horses alive at ``sample``."""
    return [mb for pid, (_, mb, _) in sample.children.items() if pid not in scheduler_pids and mb is not None]
