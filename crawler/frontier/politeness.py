"""Per-host politeness held across every spider process, on any machine, through Redis.

Before a request starts, it takes one of the host's in-flight slots (at
most the site's ``concurrency`` across all processes) and the host's next
start time (one request every 1/``rate`` seconds across all processes). A
slot held by a process that died expires after NEWSWATCH_FRONTIER_LEASE. The slot is freed as
soon as the transfer ends (Scrapy's request_left_downloader signal), before middlewares nearer the
downloader may turn the response into an error that never comes back through this one (a
decompression bomb, a redirect loop): such pages would otherwise hold their host's slots until the
lease expires, stalling the host.

A page leased from the frontier comes with its slot already taken (``frontier_slot``, taken by the
frontier's POP_WITH_SLOTS with the lease): it waits only for the host's next start time. A
robots.txt fetch (once per host and process) does not wait for a slot: the pages waiting for it may
hold them all. A leased page is fetched only while its lease is still this process's (``frontier_lease``,
checked in the same call): a process cut off from Redis for longer than its leases comes back to pages
that others took over or finished, and drops them (``newswatch/frontier/lease_lost``).
Counted: ``newswatch/politeness/waits`` (every wait), ``newswatch/politeness/slot_waits`` (waits
for a host whose slots were all taken).

Settings read: NEWSWATCH_REDIS_URL, NEWSWATCH_REDIS_RETRY_SECONDS, NEWSWATCH_KEY_PREFIX,
NEWSWATCH_FRONTIER_LEASE.
"""

import asyncio
import uuid

from scrapy import signals
from scrapy.exceptions import IgnoreRequest

from crawler.frontier import scripts as lua
from newswatch.shared.connection import connect_from_settings
from newswatch.shared.redis_keys import RedisKeys

DEFAULT_RATE, DEFAULT_CONCURRENCY = 2.0, 2
ROBOTS_TXT_CONCURRENCY = 10**6  # one fetch per host and process: never queued behind the pages waiting for it


class LeaseLost(IgnoreRequest):
    """The page's lease expired while this process was cut off, and another process took the page over."""


class HostPolitenessMiddleware:
    def __init__(self, connection, keys, lease_seconds, crawler):
        self.redis, self.keys, self.crawler = connection, keys, crawler
        self.lease_ms = lease_seconds * 1000
        self.acquire = connection.register_script(lua.ACQUIRE_HOST)
        crawler.signals.connect(self.transfer_ended, signal=signals.request_left_downloader)

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        return cls(connect_from_settings(settings), RedisKeys(settings.get("NEWSWATCH_KEY_PREFIX")),
                   settings.getint("NEWSWATCH_FRONTIER_LEASE"), crawler)

    def limits(self, request):
        site = getattr(self.crawler.spider, "sites", {}).get(request.meta.get("site"))
        return (site.rate, site.concurrency) if site else (DEFAULT_RATE, DEFAULT_CONCURRENCY)

    async def process_request(self, request):
        reserved = request.meta.pop("frontier_slot", None)
        # A redirect or retry is a copy of a request whose response never came back through this
        # middleware (the chain stops at the middleware that returned the copy): free its slot first.
        self._release(request)
        host = request.url.split("/")[2].lower()
        rate, concurrency = self.limits(request)
        if request.meta.get("dont_obey_robotstxt") and request.url.endswith("/robots.txt"):
            concurrency = ROBOTS_TXT_CONCURRENCY
        keys = [self.keys.host_in_flight(host), self.keys.host_next_slot(host)]
        if reserved and reserved[0] != keys[0]:
            self.redis.zrem(*reserved)
            reserved = None
        token = reserved[1] if reserved else self._owner() + uuid.uuid4().hex
        args = [concurrency, int(1000 / rate), token, self.lease_ms]
        if lease := request.meta.get("frontier_lease"):
            keys, args = [*keys, lease[0]], [*args, request.meta["frontier_member"], lease[1]]
        while wait_ms := self.acquire(keys=keys, args=args):
            if wait_ms == b"lost":
                if reserved:
                    self.redis.zrem(*reserved)
                self.crawler.stats.inc_value("newswatch/frontier/lease_lost")
                raise LeaseLost(f"lease_lost: another process took {request.url} over while this one was "
                                    f"cut off from Redis")
            self.crawler.stats.inc_value("newswatch/politeness/waits")
            if wait_ms < 0:
                self.crawler.stats.inc_value("newswatch/politeness/slot_waits")
            await asyncio.sleep(abs(wait_ms) / 1000)
        request.meta["polite_slot"] = (keys[0], token)

    def _owner(self):
        """This process's slot-token prefix: its slots count against its share of a host (Lua POP_WITH_SLOTS)."""
        frontier = getattr(getattr(self.crawler.spider, "frontier", None), "frontier", None)
        return getattr(frontier, "owner", "")

    def _release(self, request):
        """Free the request's host slot: the one it took here, or the one it was leased with (dropped before)."""
        for name in ("polite_slot", "frontier_slot"):
            slot = request.meta.pop(name, None)
            if slot:
                self.redis.zrem(*slot)

    def transfer_ended(self, request, spider):
        self._release(request)

    def process_response(self, request, response):
        self._release(request)
        return response

    def process_exception(self, request, exception):
        self._release(request)
