"""The articles of a burst run, handed to the workers through the spider's own enqueue stage at a paced rate.

Article ``n`` is bench.bench_workers.synthetic_article(n): its own text, "Maduro" in the
title of every 10th. It goes through crawler.pipelines.EnqueueArticlePipeline, the spider's
last stage (batches of NEWSWATCH_BATCH_SIZE articles or NEWSWATCH_BATCH_SECONDS of waiting,
one RQ job each, with the graph and revisit writes), as a crawl hands it over. Mixed in, as
a crawl meets them:

- ``copy``: 47 articles after every 20th (a flagged one), the same article at another URL:
  one of the two is ``new`` and alerts, the other a ``duplicate`` of it, whichever a worker
  takes first;
- ``resend``: 33 articles after every 25th, the same page again, unchanged: no event, no alert.
"""

import asyncio
import time
from dataclasses import dataclass, replace

from scrapy.utils.test import get_crawler

from bench.bench_workers import synthetic_article
from crawler.pipelines import EnqueueArticlePipeline, EnqueueFailed
from newswatch.cli.common import project_settings

CRAWL_ID = "burst"
ALERT_EVERY = 10  # synthetic_article puts "Maduro" in every 10th title
COPY_EVERY, COPY_LAG = 20, 47
RESEND_EVERY, RESEND_LAG = 25, 33
TICK = 0.005  # seconds between two looks at the schedule


@dataclass(frozen=True)
class Sent:
    kind: str  # original, copy or resend
    n: int  # the original article's number
    url: str
    at: float  # time.time() of the hand-over
    phase: str


def article(n, kind="original"):
    base = replace(synthetic_article(n), crawl_id=CRAWL_ID)
    if kind != "copy":
        return base
    url = f"{base.url}-copy"
    return replace(base, url=url, canonical_url=url)


def flagged(n):
    """Article ``n`` (and its copy) matches the "Maduro" rule."""
    return n % ALERT_EVERY == 0


def traffic():
    """(kind, n) of every message of a run, in order, without end."""
    n = 0
    while True:
        yield "original", n
        if n % COPY_EVERY == COPY_LAG % COPY_EVERY and n >= COPY_LAG:
            yield "copy", n - COPY_LAG
        if n % RESEND_EVERY == RESEND_LAG % RESEND_EVERY and n >= RESEND_LAG:
            yield "resend", n - RESEND_LAG
        n += 1


def enqueue_pipeline(config):
    """The spider's enqueue stage on ``config``'s Redis and article queue, with the project's batch settings."""
    settings = project_settings()
    return EnqueueArticlePipeline(
        config.redis_url, config.article_queue, config.job_timeout, config.keys, config.dedup_ttl,
        settings.getint("NEWSWATCH_BATCH_SIZE"), settings.getfloat("NEWSWATCH_BATCH_SECONDS"), get_crawler().stats,
        [int(d) for d in settings.getlist("NEWSWATCH_REVISIT_SCHEDULE")], config.redis_retry_seconds)


class PacedProducer:
    """Hands the run's articles to the enqueue stage at a given rate; ``sent`` lists them in order."""

    def __init__(self, pipeline):
        self.pipeline = pipeline
        self.messages = traffic()
        self.sent = []
        self.refused = 0  # articles the enqueue stage dropped (Redis did not take their batch)
        self.phase = ""
        self._pending = set()

    async def run(self, phase, rate=None, count=None, stop=None):
        """Hand over ``count`` articles at once, or articles at ``rate`` per second until ``stop()`` is true;
        returns how many."""
        self.phase, handed, started = phase, 0, time.perf_counter()
        if count is not None:
            for _ in range(count):
                self._hand_over(*next(self.messages))
            await asyncio.sleep(0)
            return count
        while not stop():
            due = int((time.perf_counter() - started) * rate) + 1
            for _ in range(handed, due):
                self._hand_over(*next(self.messages))
            handed = max(handed, due)
            await asyncio.sleep(TICK)
        return handed

    def _hand_over(self, kind, n):
        item = article(n, kind)
        self.sent.append(Sent(kind, n, item.url, time.time(), self.phase))
        task = asyncio.get_running_loop().create_task(self._enqueue(item))
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    async def _enqueue(self, item):
        try:
            await self.pipeline.process_item(item)
        except EnqueueFailed:  # Redis did not take the batch: its articles will be missing from the stream
            self.refused += 1

    async def finish(self):
        """Flush the last batch and wait for every article's batch to be in Redis."""
        self.pipeline.close_spider()
        await asyncio.gather(*self._pending)
