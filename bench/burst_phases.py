"""The phases of a burst run: what the workers can do, then steady, burst, and steady again until drained.

- ``trivial_rate``: RQ's trivial job in batches like the articles', the floor of the workers;
- ``capacity``: a standing backlog of articles, handed over at once: how fast the workers process
  them, and how fast with their alerts delivered (the alert queue waits for the article queue);
- ``steady``: the steady rate (by default a third of that capacity); the highest article queue
  seen is its steady level;
- ``burst``: ``factor`` times the steady rate;
- ``after``: the steady rate until the article queue is back to its steady level, and as long again
  as the first steady phase.
"""

import asyncio
import time
from dataclasses import dataclass

from rq import Queue

from bench.burst_report import Phase
from bench.burst_sampler import processed_articles
from bench.burst_traffic import article
from bench.chaos import wait_for
from workers.draining import pending_jobs

STEADY_SHARE = 1 / 3  # of the measured capacity, when no steady rate is given
BATCH = 20  # messages per trivial job, as the enqueue stage's default batch


@dataclass
class Plan:
    """What a run does: rates in articles/s, times in seconds, memory in MB."""

    steady_rate: float | None = None
    factor: float = 10
    seconds: float = 30
    burst_seconds: float = 10
    workers: int = 2
    alert_workers: int = 0  # more workers, on the alert queue only
    capacity: int = 1000
    rss_bound: float = 25
    timeout: float = 900


class QueueWatch:
    """Looks at the article queue at most every 0.1 s: its highest level, and when it came back to it."""

    def __init__(self, connection, queue, keys):
        self.connection, self.queue, self.keys = connection, queue, keys
        self.level, self.looked, self.back_at, self.processed_then = 0, 0.0, None, 0

    def observe(self):
        if time.monotonic() - self.looked >= 0.1:
            self.looked = time.monotonic()
            self.level = max(self.level, self.queue.count)

    def back_to(self, level):
        """True once the queue is at ``level`` or below (noting when, and the articles processed by then)."""
        if self.back_at is None and time.monotonic() - self.looked >= 0.1:
            self.looked = time.monotonic()
            if self.queue.count <= level:
                self.back_at, self.processed_then = self.looked, processed_articles(self.connection, self.keys)
        return self.back_at is not None


def trivial_rate(connection, queue, count):
    """Messages/s through the workers in RQ's trivial job, ``BATCH`` a job, from enqueue to the last one done."""
    messages = [article(n).to_message() for n in range(BATCH)]
    jobs = max(1, count // BATCH)
    started = time.monotonic()
    queue.enqueue_many([Queue.prepare_data("bench.jobs.noop", args=(messages,)) for _ in range(jobs)])
    if not wait_for(lambda: not pending_jobs([queue]), 120, step=0.02):
        raise RuntimeError("the workers did not finish RQ's trivial jobs within 120 s")
    return jobs * BATCH / (time.monotonic() - started)


async def measure_capacity(plan, producer, watch, caught_up, figures, deadline):
    """A standing backlog of ``plan.capacity`` articles: how fast they are processed, and their alerts delivered."""
    started = time.monotonic()
    handed = await producer.run("capacity", count=plan.capacity)
    while processed_articles(watch.connection, watch.keys) < handed and time.monotonic() < deadline:
        await asyncio.sleep(0.02)
    figures.article_capacity = handed / (time.monotonic() - started)
    while not caught_up() and time.monotonic() < deadline:
        await asyncio.sleep(0.02)
    figures.capacity = handed / (time.monotonic() - started)
    figures.phases.append(Phase("capacity", started, time.monotonic(), handed, None))


async def drive(plan, producer, watch, caught_up, figures, deadline, out):
    """The phases: a standing backlog, steady, burst, steady until drained and ``plan.seconds`` more.
    ``caught_up()``: every article handed over is processed and its alert delivered."""
    await measure_capacity(plan, producer, watch, caught_up, figures, deadline)
    rate = plan.steady_rate or max(1, round(figures.capacity * STEADY_SHARE))
    out(f"steady rate {rate:g}/s, burst {rate * plan.factor:g}/s")
    for name, target, seconds in (("steady", rate, plan.seconds), ("burst", rate * plan.factor, plan.burst_seconds)):
        start, end = time.monotonic(), min(time.monotonic() + seconds, deadline)
        look = watch.observe if name == "steady" else (lambda: None)  # the queue's steady level
        handed = await producer.run(name, target, stop=lambda end=end, look=look: look() or time.monotonic() >= end)
        figures.phases.append(Phase(name, start, time.monotonic(), handed, target))
    figures.burst_end = start = time.monotonic()
    level, processed_before = max(1, watch.level), processed_articles(watch.connection, watch.keys)
    handed = await producer.run("after", rate, stop=lambda: watch.back_to(level) and time.monotonic()
                                >= watch.back_at + plan.seconds or time.monotonic() >= deadline)
    figures.phases.append(Phase("after", start, time.monotonic(), handed, rate))
    if watch.back_at is not None:
        figures.drained_at = watch.back_at
        figures.drain_rate = (watch.processed_then - processed_before) / max(watch.back_at - start, 1e-9)
    await producer.finish()
