"""Item pipelines: validate each article, then hand it to the workers through RQ.

ValidateArticlePipeline drops articles without a title or body, counting the
reason (stats ``newswatch/dropped/<reason>``). EnqueueArticlePipeline puts
article messages on the RQ queue as JSON (workers never unpickle), in batches
of up to NEWSWATCH_BATCH_SIZE articles or NEWSWATCH_BATCH_SECONDS of waiting,
one job per batch, with the batch's related-news edges (crawler.graph) in the
same MULTI. An article leaves the pipeline only once its batch is in Redis,
so the page's frontier lease is never released before (crawler.middlewares).
A Redis that goes away is waited for, the batch retried with back-off, for up to
NEWSWATCH_REDIS_RETRY_SECONDS (newswatch.shared.connection); only then are its articles
dropped with reason ``enqueue_failed`` (EnqueueFailed), and the crawl goes on:
their pages keep their leases, so they are fetched again once the leases expire.
Enqueued articles are put on the revisit schedule (crawler.frontier.revisits) in the same MULTI.

Settings read: NEWSWATCH_REDIS_URL, NEWSWATCH_REDIS_RETRY_SECONDS, NEWSWATCH_ARTICLE_QUEUE, NEWSWATCH_JOB_TIMEOUT,
NEWSWATCH_KEY_PREFIX, NEWSWATCH_DEDUP_TTL, NEWSWATCH_BATCH_SIZE, NEWSWATCH_BATCH_SECONDS,
NEWSWATCH_REVISIT_SCHEDULE.
"""

import asyncio
import logging

import redis
from rq import Queue, Retry
from rq.serializers import JSONSerializer
from scrapy.exceptions import DropItem

from crawler.frontier.revisits import RevisitSchedule
from crawler.graph import record_article
from newswatch.shared.connection import connect, redact_url
from newswatch.shared.items import PageStatus
from newswatch.shared.job_names import PROCESS_ARTICLES
from newswatch.shared.redis_keys import RedisKeys, queue_names

logger = logging.getLogger(__name__)
JOB_RETRIES = 3  # a worker killed mid-job: the job runs again (its effects are idempotent)
SEND_ATTEMPTS = 2  # a batch sent again at once when Redis lost its scripts meanwhile


class EnqueueFailed(DropItem):
    """The article's batch did not reach Redis: its page keeps its frontier lease, to be fetched again."""


class ValidateArticlePipeline:
    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item):
        if isinstance(item, PageStatus):
            return item  # a page gone or moved: nothing to validate but its shape
        for reason, missing in (("missing_title", not item.title.strip()), ("missing_body", not item.body)):
            if missing:
                self.stats.inc_value(f"newswatch/dropped/{reason}")
                raise DropItem(f"{reason}: {item.url}")
        return item


class EnqueueArticlePipeline:
    def __init__(self, redis_url, queue_name, job_timeout, keys, ttl, batch_size, batch_seconds, stats,
                 revisit_delays=(), patience=0):
        self.queue = Queue(queue_name, connection=connect(redis_url, patience=patience), serializer=JSONSerializer)
        self.revisits = RevisitSchedule(self.queue.connection, keys, revisit_delays, ttl)
        self.redis_url = redact_url(redis_url)
        self.job_timeout, self.keys, self.ttl, self.stats = job_timeout, keys, ttl, stats
        self.batch_size, self.batch_seconds = batch_size, batch_seconds
        self.batch, self.batch_done, self.timer = [], None, None

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        return cls(
            settings.get("NEWSWATCH_REDIS_URL"),
            queue_names(settings)[0],
            settings.getint("NEWSWATCH_JOB_TIMEOUT"),
            RedisKeys(settings.get("NEWSWATCH_KEY_PREFIX")),
            settings.getint("NEWSWATCH_DEDUP_TTL"),
            settings.getint("NEWSWATCH_BATCH_SIZE"),
            settings.getfloat("NEWSWATCH_BATCH_SECONDS"),
            crawler.stats,
            [int(d) for d in settings.getlist("NEWSWATCH_REVISIT_SCHEDULE")],
            settings.getint("NEWSWATCH_REDIS_RETRY_SECONDS"),
        )

    async def process_item(self, item):
        if self.batch_done is None:
            self.batch_done = asyncio.get_running_loop().create_future()
            self.timer = asyncio.get_running_loop().call_later(self.batch_seconds, self.flush)
        done = self.batch_done
        self.batch.append(item)
        if len(self.batch) >= self.batch_size:
            self.flush()
        if not await done:
            self.stats.inc_value("newswatch/dropped/enqueue_failed")
            raise EnqueueFailed(f"enqueue_failed: Redis at {self.redis_url} did not take the batch: {item.url}")
        return item

    def flush(self):
        """Enqueue the waiting batch as one job; its articles' futures learn whether it worked."""
        batch, done = self.batch, self.batch_done
        self.batch, self.batch_done = [], None
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        if not batch:
            return
        for attempt in range(SEND_ATTEMPTS):
            try:
                self._send(batch)
                break
            except redis.exceptions.NoScriptError as exc:  # Redis restarted while the transaction was retried: scripts reload
                if attempt == SEND_ATTEMPTS - 1:
                    self._give_up(batch, done, exc)
                    return
            except redis.exceptions.RedisError as exc:  # any other: the batch is given up, never left hanging
                self._give_up(batch, done, exc)
                return
        articles = [item for item in batch if not isinstance(item, PageStatus)]
        self.stats.inc_value("newswatch/enqueued", len(articles))
        for item in articles:  # a finished crawl's sites are learned (crawler.extensions.SitesLearned)
            self.stats.inc_value(f"newswatch/enqueued_by_site/{item.site}")
        for item in batch:
            if isinstance(item, PageStatus):
                self.stats.inc_value(f"newswatch/page_status/{item.status}")
        done.set_result(True)

    def _send(self, batch):
        """The batch's graph records, revisits and job, in one transaction."""
        articles = [item for item in batch if not isinstance(item, PageStatus)]
        # a page found gone comes back on the revisit schedule, so that a later crawl can confirm it (already
        # on it, it keeps its place)
        revisited = articles + [item for item in batch if isinstance(item, PageStatus) and item.status == "removed"]
        with self.queue.connection.pipeline() as pipe:
            pipe.multi()
            for item in articles:
                record_article(pipe, self.keys, item, self.ttl)
            for site in {item.site for item in revisited}:
                self.revisits.enroll(site, [item.url for item in revisited if item.site == site], client=pipe)
            self.queue.enqueue_call(PROCESS_ARTICLES, args=([item.to_message() for item in batch],),
                                    timeout=self.job_timeout, retry=Retry(max=JOB_RETRIES), pipeline=pipe,
                                    description=f"process {len(batch)} articles")
            pipe.execute()

    def _give_up(self, batch, done, exc):
        """Every article of the batch is dropped as enqueue_failed: its page keeps its lease, to be fetched again."""
        logger.warning("could not enqueue %d articles at %s: %s", len(batch), self.redis_url, exc)
        self.stats.inc_value("newswatch/errors/enqueue")
        done.set_result(False)

    def close_spider(self):
        self.flush()
        self.queue.connection.close()
