"""Scrapy middlewares of newswatch.

FrontierAckMiddleware (spider middleware) ends a request's frontier lease
only once its page is fully handled: every link it yielded is queued and
its article, if any, has left the item pipeline. A process killed before
that leaves the lease to expire, and the page is fetched again elsewhere;
so does a page whose article could not be enqueued (EnqueueFailed). A page
handed on under its own lease (a JS shell sent to Chromium) keeps it.

RobotsTxtGuard (downloader middleware) fixes a race in Scrapy 2.19's
RobotsTxtMiddleware: requests that waited for a host's robots.txt while it
downloaded received no parser and were let through, disallowed or not. It
also keeps each host's robots.txt in Redis for NEWSWATCH_ROBOTS_TTL seconds,
so a monitor round (a process of its own) does not fetch it again each time.
"""

from scrapy import signals
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.http import Request
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler
from twisted.internet.defer import Deferred

from crawler.pipelines import EnqueueFailed
from newswatch.shared.connection import connect_from_settings
from newswatch.shared.redis_keys import RedisKeys

# Sent with ``response`` once a page is fully handled, as its lease ends (crawler.frontier.conditional stores the
# validators of listings, feeds and sitemaps then).
page_handled = object()
# Sent with ``added``, (request, taken) pairs of the requests a listing, feed or sitemap gave, as the
# frontier decides on them: taken is True for one not seen before, or a revisit due (crawler.frontier.source_polls).
source_links_added = object()


class FrontierAckMiddleware:
    def __init__(self, crawler):
        self.crawler = crawler
        self.open_parts = {}  # id(response) -> [parts not yet done, response, lease kept]
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(self.item_done, signal=signal)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _start(self, response):
        self.open_parts[id(response)] = [1, response, False]  # the callback itself

    def _done(self, response, keep_lease=False):
        parts = self.open_parts.get(id(response))
        if parts is None:
            return
        parts[0] -= 1
        parts[2] = parts[2] or keep_lease
        if parts[0] == 0:
            del self.open_parts[id(response)]
            frontier = getattr(self.crawler.spider, "frontier", None)
            if frontier is not None and not parts[2]:
                frontier.ack(response.request)
            if not parts[2]:
                self.crawler.signals.send_catch_log(page_handled, response=response)

    def _count(self, response, output):
        parts = self.open_parts.get(id(response))
        if parts is None:
            return
        if not isinstance(output, Request):
            parts[0] += 1
        elif output.meta.get("frontier_member") is not None \
                and output.meta.get("frontier_member") == response.meta.get("frontier_member"):
            parts[2] = True  # the same page, still to be handled: its lease goes on

    def process_spider_output(self, response, result):
        self._start(response)
        try:
            for output in result:
                self._count(response, output)
                yield output
        finally:
            self._done(response)

    async def process_spider_output_async(self, response, result):
        self._start(response)
        try:
            async for output in result:
                self._count(response, output)
                yield output
        finally:
            self._done(response)

    def item_done(self, item, response, exception=None, **kwargs):
        if response is not None:
            self._done(response, keep_lease=isinstance(exception, EnqueueFailed))


class RobotsTxtGuard(RobotsTxtMiddleware):
    """Settings read: ROBOTSTXT_OBEY, NEWSWATCH_ROBOTS_TTL, NEWSWATCH_REDIS_URL, NEWSWATCH_KEY_PREFIX."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.ttl = crawler.settings.getint("NEWSWATCH_ROBOTS_TTL")
        self.redis = connect_from_settings(crawler.settings) if self.ttl > 0 else None
        self.keys = RedisKeys(crawler.settings.get("NEWSWATCH_KEY_PREFIX"))

    async def robot_parser(self, request):
        netloc = urlparse_cached(request).netloc
        if self.redis is not None and netloc not in self._parsers:
            body = self.redis.get(self.keys.robots(netloc))
            if body is not None:  # fetched by an earlier round
                self._parsers[netloc] = build_from_crawler(self._parserimpl, self.crawler, body)
                self._stats.inc_value("newswatch/robots_txt/reused")
        parser = await super().robot_parser(request)
        current = self._parsers.get(urlparse_cached(request).netloc, parser)
        return parser if isinstance(current, Deferred) else current

    async def _parse_robots(self, response, netloc, request):
        if self.redis is not None and response.status < 500:  # a 404 means "allowed" for as long
            self.redis.set(self.keys.robots(netloc), response.body, ex=self.ttl)
        await super()._parse_robots(response, netloc, request)
