"""Scrapy scheduler backed by the shared Redis frontier (crawler.frontier).

The spider turns requests into JSON entries and back (``frontier_entry`` /
``request_from_frontier``), so nothing is pickled. A retry or redirect of a
request this process already holds stays local and renews the lease. The
spider stays open while any process of the crawl has work queued or leased.

Settings read: NEWSWATCH_REDIS_URL, NEWSWATCH_KEY_PREFIX, NEWSWATCH_CRAWL_ID,
NEWSWATCH_FRONTIER_LEASE, NEWSWATCH_REVISIT_AFTER, NEWSWATCH_FRONTIER_BUCKETS,
NEWSWATCH_DEDUP_TTL.
"""

import time
import uuid
from collections import deque

from scrapy import signals
from scrapy.exceptions import DontCloseSpider

from crawler.connection import connect
from crawler.frontier import Frontier, FrontierConfig
from crawler.redis_keys import RedisKeys

PENDING_CACHE_SECONDS = 0.5
REAP_EVERY_SECONDS = 5.0


class FrontierScheduler:
    def __init__(self, crawler, frontier, new_crawl_id):
        self.crawler, self.frontier, self.new_crawl_id = crawler, frontier, new_crawl_id
        self.stats = crawler.stats
        self.local = deque()
        self.spider = None
        self._pending_at, self._pending = 0.0, (0, 0)
        self._reaped_at = 0.0

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        config = FrontierConfig(
            lease_seconds=settings.getint("NEWSWATCH_FRONTIER_LEASE"),
            revisit_seconds=settings.getint("NEWSWATCH_REVISIT_AFTER"),
            buckets=settings.getint("NEWSWATCH_FRONTIER_BUCKETS"),
            seen_ttl=settings.getint("NEWSWATCH_DEDUP_TTL"),
        )
        connection = connect(settings.get("NEWSWATCH_REDIS_URL"))
        frontier = Frontier(connection, RedisKeys(settings.get("NEWSWATCH_KEY_PREFIX")), crawler.spidercls.name, config)
        return cls(crawler, frontier, settings.get("NEWSWATCH_CRAWL_ID") or uuid.uuid4().hex[:12])

    def open(self, spider):
        self.spider = spider
        crawl = self.frontier.join(self.new_crawl_id)
        spider.crawl_id = crawl.id
        spider.frontier = self
        spider.logger.info("%s crawl %s (seq %d)", "started" if crawl.started else "joined", crawl.id, crawl.seq)
        self.crawler.signals.connect(self.on_idle, signal=signals.spider_idle)

    def close(self, reason):
        self.frontier.redis.close()

    def has_pending_requests(self):
        if self.local:
            return True
        now = time.monotonic()
        if now - self._pending_at > PENDING_CACHE_SECONDS:
            self._pending, self._pending_at = self.frontier.pending(), now
        return any(self._pending)

    def enqueue_request(self, request):
        if "frontier_member" in request.meta:  # a retry or redirect of a request we hold
            self.frontier.renew(request.meta["frontier_member"])
            self.local.append(request)
            return True
        entry = self.spider.frontier_entry(request)
        outcome = self.frontier.add(entry, self.spider.sites[entry["site"]].max_pages,
                                    revisit=entry["kind"] == "article")
        self.stats.inc_value({1: "newswatch/frontier/queued", 0: "newswatch/frontier/seen"}.get(
            outcome, "newswatch/frontier/over_budget"))
        if outcome == 1:
            self._pending_at = 0.0
        return outcome == 1

    def next_request(self):
        if self.local:
            return self.local.popleft()
        self._reap_now_and_then()
        member = self.frontier.pop()
        if member is None:
            return None
        request = self.spider.request_from_frontier(Frontier.decode(member))
        request.meta["frontier_member"] = member
        self.stats.inc_value("newswatch/frontier/leased")
        return request

    def ack(self, request):
        """The request is fully handled (its links queued, its article enqueued): end its lease."""
        member = request.meta.get("frontier_member")
        if member is not None:
            self.frontier.ack(member)
            self._pending_at = 0.0

    def _reap_now_and_then(self):
        now = time.monotonic()
        if now - self._reaped_at > REAP_EVERY_SECONDS:
            self._reaped_at = now
            returned = self.frontier.reap()
            if returned:
                self.stats.inc_value("newswatch/frontier/leases_expired", returned)

    def on_idle(self, spider):
        self._reaped_at = 0.0
        self._reap_now_and_then()
        if not self.frontier.finish_if_done():
            raise DontCloseSpider
