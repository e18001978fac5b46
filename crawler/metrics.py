"""Spider extension adding this process's pages fetched, failed and articles enqueued, by site, to the cluster metrics.

Counts are kept in memory and their deltas added to Redis (newswatch.shared.metric_store) every
FLUSH_SECONDS and when the spider closes, in one MULTI: a scrape sees a crawl progress while
it runs, and a process killed between two flushes loses at most FLUSH_SECONDS of counts.
Pages failed are read from the ``newswatch/site_failed/<site>`` stats the spider's errback keeps.
"""

import logging
from collections import Counter

import redis
from scrapy import signals
from twisted.internet import task

from newswatch.shared.connection import connect_from_settings, redact_url
from newswatch.shared.items import PageStatus
from newswatch.shared.metric_store import ARTICLES_ENQUEUED, PAGES_FAILED, PAGES_FETCHED, add_many
from newswatch.shared.redis_keys import RedisKeys

logger = logging.getLogger(__name__)
FLUSH_SECONDS = 5
FAILED_STAT = "newswatch/site_failed/"


class MetricsToRedis:
    """Settings read: NEWSWATCH_REDIS_URL, NEWSWATCH_REDIS_RETRY_SECONDS, NEWSWATCH_KEY_PREFIX."""

    def __init__(self, crawler):
        settings = crawler.settings
        self.stats = crawler.stats
        self.redis_url = settings.get("NEWSWATCH_REDIS_URL")
        self.redis = connect_from_settings(settings)
        self.keys = RedisKeys(settings.get("NEWSWATCH_KEY_PREFIX"))
        self.fetched, self.enqueued = Counter(), Counter()  # not yet in Redis
        self.failed_reported = Counter()  # the site_failed stats as last added to Redis
        self.loop = task.LoopingCall(self.flush)

    @classmethod
    def from_crawler(cls, crawler):
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.response_received, signal=signals.response_received)
        crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self):
        self.loop.start(FLUSH_SECONDS, now=False)

    def response_received(self, request):
        site = request.meta.get("site")
        if site:  # robots.txt requests belong to no site
            self.fetched[site] += 1

    def item_scraped(self, item):
        # Sent once every pipeline took the item: EnqueueArticlePipeline has put it on the queue.
        if not isinstance(item, PageStatus):  # a page found gone or moved is not an article enqueued
            self.enqueued[item.site] += 1

    def spider_closed(self):
        if self.loop.running:
            self.loop.stop()
        self.flush()
        self.redis.close()

    def flush(self):
        """Add the counts since the last flush; kept for the next one when Redis does not answer."""
        failed_now = Counter({name[len(FAILED_STAT):]: value for name, value in self.stats.get_stats().items()
                              if name.startswith(FAILED_STAT)})
        failed = failed_now - self.failed_reported
        if not (self.fetched or self.enqueued or failed):
            return
        try:
            with self.redis.pipeline() as pipe:
                for family, counts in ((PAGES_FETCHED, self.fetched), (PAGES_FAILED, failed),
                                       (ARTICLES_ENQUEUED, self.enqueued)):
                    add_many(pipe, self.keys, family, {(site,): n for site, n in counts.items()})
                pipe.execute()
        except (redis.ConnectionError, redis.TimeoutError) as exc:
            logger.warning("metrics not added to Redis at %s (kept for the next try): %s", redact_url(self.redis_url),
                           exc)
            return
        # The call blocks the reactor's only thread: nothing was counted since the pipeline was built.
        self.fetched, self.enqueued, self.failed_reported = Counter(), Counter(), failed_now
