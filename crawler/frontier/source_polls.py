"""Listings, feeds and sitemaps polled by what each yields: a source that only repeats others is polled rarely.

A site offers the same new articles in many places: its feed, its news sitemap, its home page and
section pages. Each round, a new article is credited to one source that gave it: a feed or sitemap
before an HTML listing, then the one fetched first; the others, fetched in full only to list it
again, are redundant. A source that answered in full with nothing new
while another source of its site yielded in that round is polled again only after
NEWSWATCH_SOURCE_BACKOFF seconds, twice as long at each such poll in a row, up to
NEWSWATCH_SOURCE_MAX_BACKOFF; a source that yields is polled every round again; a 304 changes
nothing (it says nothing about which source is first). So a site's feed or news sitemap ends up
polled each round, and its HTML listings only when they give what nothing else does, whatever order
the pages came in. A source not due is taken as unchanged: the listings and sitemaps it led to at its
last full read are followed (crawler.frontier.listing_memory), so a section page that yields is still
reached through a home page that does not.

Redis, per site: ``source_due`` (page identity -> when next due) and ``source_misses`` (page
identity -> redundant polls in a row), written when the round's process closes.
"""

import time
from collections import Counter

from scrapy import signals
from scrapy.exceptions import NotConfigured

from crawler.frontier.conditional import NotModified
from crawler.frontier.store import KIND_FEED, KIND_LISTING, KIND_SITEMAP
from crawler.middlewares import source_links_added
from newswatch.shared.connection import connect_from_settings
from newswatch.shared.redis_keys import RedisKeys
from newswatch.shared.urls import page_identity

SOURCE_KINDS = frozenset({KIND_LISTING, KIND_FEED, KIND_SITEMAP})
KIND_RANK = {KIND_FEED: 0, KIND_SITEMAP: 0, KIND_LISTING: 1}  # who is credited with an article many sources gave
SOURCE = "source"  # request meta: the listing, feed or sitemap that gave the request


class NotDue(NotModified):
    """A listing, feed or sitemap not due this round: taken as unchanged, its remembered links followed."""


class SourceSchedule:
    """When each source of a site is due, and how many redundant polls in a row it answered."""

    def __init__(self, connection, keys, backoff, max_backoff, ttl):
        self.redis, self.keys, self.backoff, self.max_backoff, self.ttl = connection, keys, backoff, max_backoff, ttl

    def is_due(self, site, url, now):
        due = self.redis.zscore(self.keys.source_due(site), page_identity(url))
        return due is None or due <= now

    def delay(self, misses):
        return 0 if misses <= 0 else min(self.max_backoff, self.backoff * 2 ** (misses - 1))

    def record(self, site, outcomes, now):
        """``outcomes``: {url: "yielded" | "redundant" | "quiet"} of the sources polled this round."""
        due_key, misses_key = self.keys.source_due(site), self.keys.source_misses(site)
        pages = {page_identity(url): outcome for url, outcome in outcomes.items()}
        with self.redis.pipeline(transaction=False) as pipe:
            for page, outcome in pages.items():
                if outcome == "yielded":
                    pipe.hdel(misses_key, page)
                elif outcome == "redundant":
                    pipe.hincrby(misses_key, page, 1)
                else:
                    pipe.hget(misses_key, page)
            counts = pipe.execute()
        due = {page: now + (0 if outcome == "yielded" else self.delay(int(count or 0)))
               for (page, outcome), count in zip(pages.items(), counts)}
        with self.redis.pipeline(transaction=False) as pipe:
            pipe.zadd(due_key, due).expire(due_key, self.ttl).expire(misses_key, self.ttl).execute()


class SourcePollingMiddleware:
    """Downloader middleware. Settings read: NEWSWATCH_SOURCE_POLLING (with NEWSWATCH_CONDITIONAL_REQUESTS
    and NEWSWATCH_CONDITIONAL_LISTINGS), NEWSWATCH_SOURCE_BACKOFF, NEWSWATCH_SOURCE_MAX_BACKOFF,
    NEWSWATCH_REDIS_URL, NEWSWATCH_KEY_PREFIX, NEWSWATCH_DEDUP_TTL."""

    def __init__(self, schedule, stats):
        self.schedule, self.stats = schedule, stats
        self.polled = {}  # url -> [site, kind, status] of the sources fetched by this process, in fetch order
        self.listed = {}  # source url -> article URLs it gave
        self.taken = set()  # article URLs the frontier took as new (or as a revisit due)

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not all(settings.getbool(name) for name in ("NEWSWATCH_SOURCE_POLLING", "NEWSWATCH_CONDITIONAL_REQUESTS",
                                                        "NEWSWATCH_CONDITIONAL_LISTINGS")):
            raise NotConfigured  # off: every source every round
        schedule = SourceSchedule(connect_from_settings(settings), RedisKeys(settings.get("NEWSWATCH_KEY_PREFIX")),
                                  settings.getint("NEWSWATCH_SOURCE_BACKOFF"),
                                  settings.getint("NEWSWATCH_SOURCE_MAX_BACKOFF"), settings.getint("NEWSWATCH_DEDUP_TTL"))
        middleware = cls(schedule, crawler.stats)
        crawler.signals.connect(middleware.source_links_added, signal=source_links_added)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def process_request(self, request):
        if request.meta.get("kind") not in SOURCE_KINDS or request.meta.get("playwright"):
            return
        if not self.schedule.is_due(request.meta["site"], request.url, time.time()):
            self.stats.inc_value("newswatch/sources/not_due")
            raise NotDue("not due: it gave nothing new that another source had not given")
        # A 304 (or a failure) never comes back through here (crawler.frontier.conditional raises it below us): a
        # source polled is quiet until its page is seen in full.
        self.polled.setdefault(request.url, [request.meta["site"], request.meta["kind"], None])

    def process_response(self, request, response):
        if request.meta.get("kind") in SOURCE_KINDS and response.status == 200 and request.url in self.polled:
            self.polled[request.url][2] = 200
        return response

    def source_links_added(self, added):
        for request, taken in added:
            self.listed.setdefault(request.meta[SOURCE], set()).add(request.url)
            if taken:
                self.taken.add(request.url)

    def yields(self):
        """Source url -> new articles credited to it: each to the first-ranked source that gave it (feeds and
        sitemaps before HTML listings, then the first fetched), whichever was read first."""
        order = {url: (KIND_RANK[kind], position) for position, (url, (_, kind, status)) in
                 enumerate(self.polled.items()) if status == 200}
        credited = Counter()
        for url in self.taken:
            givers = [source for source, urls in self.listed.items() if url in urls and source in order]
            if givers:
                credited[min(givers, key=order.get)] += 1
        return credited

    def outcomes(self):
        """{site: {url: outcome}}: redundant only where another source of the site yielded this round."""
        found, yields = {}, self.yields()
        yielding = {site for url, (site, _, _) in self.polled.items() if yields[url]}
        for url, (site, _, status) in self.polled.items():
            outcome = "yielded" if yields[url] else "redundant" if status == 200 and site in yielding else "quiet"
            found.setdefault(site, {})[url] = outcome
            self.stats.inc_value(f"newswatch/sources/{outcome}")
        return found

    def spider_closed(self, spider):
        now = time.time()
        for site, outcomes in self.outcomes().items():
            self.schedule.record(site, outcomes, now)
        self.schedule.redis.close()
