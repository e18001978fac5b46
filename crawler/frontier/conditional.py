"""Conditional refetches: a page unchanged since the last fetch costs a bodiless 304.

Articles are refetched conditionally; with NEWSWATCH_CONDITIONAL_LISTINGS, listing pages, feeds
and sitemaps too (a monitor round with nothing new then costs 304s, not full pages). A listing or sitemap index answered 304 is
followed as it was last read (crawler.frontier.listing_memory): the listings it leads to may have changed;
one answered 304 with nothing remembered of it is fetched again in full at once.

The validators of a page (ETag, Last-Modified) are kept in Redis, in sharded hashes
like the frontier's seen set: the field is a 6-byte URL fingerprint, the value the
Last-Modified time in epoch seconds and the ETag (about 60 bytes of Redis a URL once shards
hold several URLs; bench/bench_revisit.py measures it). A refetch carries If-None-Match /
If-Modified-Since; a 304 to it ends the request with NotModified (an IgnoreRequest: the
spider acks it and logs "not fetched"), counted as ``newswatch/not_modified`` and
``newswatch/site_not_modified/<site>``. A 304 to a request that carried no validators is an
error like any other and goes on to the spider.

Validators are written only once the page has been handed on: an article page once its article
has left the item pipeline (enqueued), any other page once every link it gave is queued
(FrontierAckMiddleware's ``page_handled``), WRITE_BATCH at a time and when the spider closes. A page
fetched but never handed on (process killed, enqueue failed), or whose validators were still waiting for
their batch when the process was killed, is fetched in full again.
Pages rendered in Chromium are never made conditional: Chromium aborts a navigation answered
304 (net::ERR_ABORTED, it has no cached copy to show), which scrapy-playwright reports as a
failed download, indistinguishable from other aborts.
"""

import hashlib
from dataclasses import dataclass
from email.utils import formatdate, mktime_tz, parsedate_tz

from scrapy import signals
from scrapy.exceptions import IgnoreRequest, NotConfigured

from crawler.frontier.listing_memory import ListingMemory
from crawler.frontier.scheduler import pages_leased
from crawler.frontier.store import KIND_ARTICLE, KIND_FEED, KIND_LISTING, KIND_SITEMAP
from crawler.middlewares import page_handled
from newswatch.shared.connection import connect_from_settings
from newswatch.shared.items import GONE_HTTP, MOVED_HTTP
from newswatch.shared.redis_keys import RedisKeys
from newswatch.shared.urls import page_identity

CONDITIONAL_HEADERS = (b"If-None-Match", b"If-Modified-Since")
# Redis keeps a hash compact (listpack) while each value fits hash-max-listpack-value (64 bytes
# by default); a longer ETag is not kept, so one site's long ETags cannot inflate every shard.
MAX_VALUE_BYTES = 64
SENT, TO_STORE = "conditional_sent", "conditional_to_store"  # request meta keys
CONDITIONAL_KINDS = frozenset({KIND_ARTICLE, KIND_LISTING, KIND_FEED, KIND_SITEMAP})
UNCONDITIONAL = "conditional_off"  # request meta: fetch in full whatever is stored
WRITE_BATCH = 64  # validators written to Redis together: one round trip instead of one a page
READ_AHEAD_KEPT = 1000  # validators read ahead for requests not started yet, at most


class NotModified(IgnoreRequest):
    """The server answered 304 to a conditional refetch: the copy already handed on is current."""


@dataclass(frozen=True)
class Validators:
    etag: bytes = b""
    last_modified: int | None = None  # epoch seconds

    @classmethod
    def from_headers(cls, headers):
        """The validators a response carries, or None when it carries none."""
        parsed = parsedate_tz((headers.get(b"Last-Modified") or b"").decode("latin-1"))
        found = cls((headers.get(b"ETag") or b"").strip(), mktime_tz(parsed) if parsed else None)
        return found if found.etag or found.last_modified is not None else None

    @property
    def etag_fits(self):
        return len(self._encode(self.etag)) <= MAX_VALUE_BYTES

    def encode(self):
        """``<last-modified> <etag>``, either part possibly empty; an ETag too long to fit is left out."""
        return self._encode(self.etag if self.etag_fits else b"")

    def _encode(self, etag):
        return (b"" if self.last_modified is None else str(self.last_modified).encode()) + b" " + etag

    @classmethod
    def decode(cls, raw):
        modified, _, etag = raw.partition(b" ")
        return cls(etag, int(modified) if modified else None)

    def headers(self):
        found = {}
        if self.etag:
            found[b"If-None-Match"] = self.etag
        if self.last_modified is not None:
            found[b"If-Modified-Since"] = formatdate(self.last_modified, usegmt=True).encode()
        return found


class ValidatorStore:
    """Validators by URL: read ahead for a batch of pages in one round trip (``prefetch``), else one HGET; writes
    sent together, WRITE_BATCH at a time (and by ``flush``).

    A write waiting in the batch is read back from it. A process killed with writes unsent loses them: those
    pages are fetched in full once more, which is what happens to a page fetched but never handed on.
    """

    def __init__(self, connection, keys, buckets, ttl, batch=1):
        self.redis, self.keys, self.buckets, self.ttl, self.batch = connection, keys, buckets, ttl, batch
        self.unsent = {}  # (hash key, field) -> encoded validators
        self.read_ahead = {}  # (hash key, field) -> encoded validators or None, read by ``prefetch``, used once

    def slot(self, url):
        """(hash key, field) holding the validators of ``url``, whichever spelling of the page it is."""
        digest = hashlib.sha1(page_identity(url).encode("utf-8")).digest()
        bucket = int.from_bytes(digest[:2], "big") % self.buckets
        return self.keys.validators(format(bucket, "04x")), digest[2:8]

    def get(self, url):
        slot = self.slot(url)
        if slot in self.unsent:
            raw = self.unsent[slot]
        elif slot in self.read_ahead:
            raw = self.read_ahead.pop(slot)
        else:
            raw = self.redis.hget(*slot)
        return Validators.decode(raw) if raw is not None else None

    def prefetch(self, urls):
        """Read the validators of ``urls`` in one round trip, for the next ``get`` of each."""
        slots = [self.slot(url) for url in urls]
        if not slots:
            return
        with self.redis.pipeline(transaction=False) as pipe:
            for slot in slots:
                pipe.hget(*slot)
            values = pipe.execute()
        if len(self.read_ahead) > READ_AHEAD_KEPT:  # requests that never started (a process stopping)
            self.read_ahead.clear()
        self.read_ahead.update(zip(slots, values))

    def put(self, url, validators):
        value = validators.encode()
        if value.strip():
            self.unsent[self.slot(url)] = value
            if len(self.unsent) >= self.batch:
                self.flush()

    def flush(self):
        """Send the writes waiting, in one round trip."""
        if not self.unsent:
            return
        with self.redis.pipeline(transaction=False) as pipe:
            for (key, field), value in self.unsent.items():
                pipe.hset(key, field, value)
            for key in {key for key, _ in self.unsent}:
                pipe.expire(key, self.ttl)
            pipe.execute()
        self.unsent = {}

    def forget(self, url):
        slot = self.slot(url)
        self.unsent.pop(slot, None)
        self.read_ahead.pop(slot, None)
        self.redis.hdel(*slot)


class ConditionalRequestsMiddleware:
    """Settings read: NEWSWATCH_CONDITIONAL_REQUESTS, NEWSWATCH_REDIS_URL, NEWSWATCH_REDIS_RETRY_SECONDS,
    NEWSWATCH_KEY_PREFIX, NEWSWATCH_FRONTIER_BUCKETS, NEWSWATCH_DEDUP_TTL."""

    def __init__(self, store, stats, memory, kinds=frozenset({KIND_ARTICLE})):
        self.store, self.stats, self.memory, self.kinds = store, stats, memory, kinds

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not settings.getbool("NEWSWATCH_CONDITIONAL_REQUESTS"):
            raise NotConfigured  # switched off: silent (a reason would be logged as a warning)
        connection, keys = connect_from_settings(settings), RedisKeys(settings.get("NEWSWATCH_KEY_PREFIX"))
        ttl = settings.getint("NEWSWATCH_DEDUP_TTL")
        store = ValidatorStore(connection, keys, settings.getint("NEWSWATCH_FRONTIER_BUCKETS"), ttl, WRITE_BATCH)
        kinds = CONDITIONAL_KINDS if settings.getbool("NEWSWATCH_CONDITIONAL_LISTINGS") else frozenset({KIND_ARTICLE})
        middleware = cls(store, crawler.stats, ListingMemory(connection, keys, ttl), kinds)
        crawler.signals.connect(middleware.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(middleware.page_handled, signal=page_handled)
        crawler.signals.connect(middleware.pages_leased, signal=pages_leased)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def applies_to(self, request):
        return request.meta.get("kind") in self.kinds and not request.meta.get("playwright")

    def pages_leased(self, entries):
        """Pages this process is about to fetch: their validators read in one round trip, not one each."""
        self.store.prefetch([entry["url"] for entry in entries
                             if entry.get("kind") in self.kinds and not entry.get("browser")])

    def process_request(self, request):
        if not self.applies_to(request) or request.meta.get(UNCONDITIONAL):
            return
        if request.meta.pop(SENT, None) is not None:  # a retry or redirect: its URL's own validators, if any
            for name in CONDITIONAL_HEADERS:
                request.headers.pop(name, None)
        validators = self.store.get(request.url)
        if validators is not None:
            request.headers.update(validators.headers())
            request.meta[SENT] = validators
            self.stats.inc_value("newswatch/conditional/sent")

    def process_response(self, request, response):
        if not self.applies_to(request):
            return response
        if response.status == 304 and SENT in request.meta:
            if request.meta.get("kind") in (KIND_LISTING, KIND_SITEMAP) and self.memory.recall(request.url) is None:
                # Unchanged, but where it leads is not remembered: read it in full again, now.
                self.stats.inc_value("newswatch/conditional/unremembered")
                meta = {name: value for name, value in request.meta.items() if name != SENT}
                return request.replace(meta={**meta, UNCONDITIONAL: True}, headers={
                    name: value for name, value in request.headers.items() if name not in CONDITIONAL_HEADERS})
            self.stats.inc_value("newswatch/not_modified")
            self.stats.inc_value(f"newswatch/site_not_modified/{request.meta.get('site', '')}")
            raise NotModified("not modified since the last fetch (304)")
        if response.status == 200:
            fresh = Validators.from_headers(response.headers)
            if fresh is not None:
                request.meta[TO_STORE] = fresh
            elif SENT in request.meta:  # the server dropped its validators: stop sending stale ones
                self.store.forget(request.url)
        elif response.status in GONE_HTTP or response.status in MOVED_HTTP:
            # a page gone or moved: if it comes back, it is fetched in full, so that the worker sees it back
            # (a 304 would say nothing) and drops its "gone" note (workers.page_status)
            self.store.forget(request.url)
        return response

    def item_scraped(self, item, response, **kwargs):
        """The article is enqueued: from now on an unchanged page may be answered 304."""
        self._store(response)

    def page_handled(self, response):
        """Every link of a listing, feed or sitemap is queued: from now on an unchanged one may be answered 304."""
        if response.meta.get("kind") != KIND_ARTICLE:
            self._store(response)

    def _store(self, response):
        validators = response.meta.get(TO_STORE) if response is not None else None
        sent = response.meta.get(SENT) if validators is not None else None
        if validators is not None and (sent is None or sent.encode() != validators.encode()):
            self.store.put(response.url, validators)
            self.stats.inc_value("newswatch/conditional/stored")
            if not validators.etag_fits:
                self.stats.inc_value("newswatch/conditional/etag_too_long")

    def spider_closed(self, spider):
        self.store.flush()
        self.store.redis.close()
