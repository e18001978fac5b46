"""Per-host politeness held across every spider process, on any machine, through Redis.

Before a request starts, it takes one of the host's in-flight slots (at
most the site's ``concurrency`` across all processes) and the host's next
start time (one request every 1/``rate`` seconds across all processes). A
slot held by a process that died expires after NEWSWATCH_FRONTIER_LEASE. The slot is freed as
soon as the transfer ends (Scrapy's request_left_downloader signal), before middlewares nearer the
downloader may turn the response into an error that never comes back through this one (a
decompression bomb, a redirect loop): such pages would otherwise hold their host's slots until the
lease expires, stalling the host. A freed slot is sent to Redis with this process's next request to
the same host, in the same call, or on its own after RELEASE_DELAY: one round trip a page, not two.

Settings read: NEWSWATCH_REDIS_URL, NEWSWATCH_REDIS_RETRY_SECONDS, NEWSWATCH_KEY_PREFIX,
NEWSWATCH_FRONTIER_LEASE.
"""

import asyncio
import uuid

from scrapy import signals

from crawler import frontier_scripts as lua
from crawler.connection import connect_from_settings
from crawler.redis_keys import RedisKeys

DEFAULT_RATE, DEFAULT_CONCURRENCY = 2.0, 2
RELEASE_DELAY = 0.05  # seconds a freed slot may wait for the host's next request before it is sent alone


class HostPolitenessMiddleware:
    def __init__(self, connection, keys, lease_seconds, crawler):
        self.redis, self.keys, self.crawler = connection, keys, crawler
        self.lease_ms = lease_seconds * 1000
        self.acquire = connection.register_script(lua.ACQUIRE_HOST)
        self.to_free = {}  # in-flight key -> tokens of slots whose transfer ended, not yet freed in Redis
        self._free_later = None
        crawler.signals.connect(self.transfer_ended, signal=signals.request_left_downloader)
        crawler.signals.connect(self.free_slots, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        return cls(connect_from_settings(settings), RedisKeys(settings.get("NEWSWATCH_KEY_PREFIX")),
                   settings.getint("NEWSWATCH_FRONTIER_LEASE"), crawler)

    def limits(self, request):
        site = getattr(self.crawler.spider, "sites", {}).get(request.meta.get("site"))
        return (site.rate, site.concurrency) if site else (DEFAULT_RATE, DEFAULT_CONCURRENCY)

    async def process_request(self, request):
        # A redirect or retry is a copy of a request whose response never came back through this
        # middleware (the chain stops at the middleware that returned the copy): free its slot first.
        self._release(request)
        host = request.url.split("/")[2].lower()
        rate, concurrency = self.limits(request)
        token = uuid.uuid4().hex
        keys = [self.keys.host_in_flight(host), self.keys.host_next_slot(host)]
        args = [concurrency, int(1000 / rate), token, self.lease_ms]
        while wait_ms := self.acquire(keys=keys, args=args + self.to_free.pop(keys[0], [])):
            self.crawler.stats.inc_value("newswatch/politeness/waits")
            await asyncio.sleep(wait_ms / 1000)
        request.meta["polite_slot"] = (keys[0], token)

    def _release(self, request):
        slot = request.meta.pop("polite_slot", None)
        if slot:
            self.to_free.setdefault(slot[0], []).append(slot[1])
            if self._free_later is None:
                self._free_later = asyncio.get_running_loop().call_later(RELEASE_DELAY, self.free_slots)

    def free_slots(self):
        """Free in Redis the slots no request to their host has taken with it yet."""
        if self._free_later is not None:
            self._free_later.cancel()
            self._free_later = None
        to_free, self.to_free = self.to_free, {}
        if to_free:
            with self.redis.pipeline(transaction=False) as pipe:
                for key, tokens in to_free.items():
                    pipe.zrem(key, *tokens)
                pipe.execute()

    def transfer_ended(self, request, spider):
        self._release(request)

    def process_response(self, request, response):
        self._release(request)
        return response

    def process_exception(self, request, exception):
        self._release(request)
