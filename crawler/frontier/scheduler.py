"""Scrapy scheduler backed by the shared Redis frontier (crawler.frontier.store).

The spider turns requests into JSON entries and back (``frontier_entry`` /
``request_from_frontier``), so nothing is pickled. A retry of a request this
process already holds, or a redirect to another spelling of the same page,
stays local and renews the lease; a redirect to another page is a new entry
(seen once like any link: a shortlink's target already fetched is not fetched
again) and ends the lease of the URL that redirected. Other spellings of an
article just fetched (its shortlink, AMP page, the URL a link used) are marked
seen (``mark_seen``). The spider stays open while any process of the crawl has
work queued or leased.

Redis is spoken to in batches: new requests are added ADD_BATCH at a time
(and whenever this process looks for work), acks are sent after the adds
that precede them. Entries are leased with a slot of their host
(crawler.frontier.politeness), as many as the downloader can start (at most
POP_BATCH): a process never holds a page that waits for a host whose slots
other processes hold. Measured: ``newswatch/frontier/lease_wait_max_ms``, the
longest a leased page waited from its lease to the downloader, and
``newswatch/frontier/unstarted_per_host_max``, the most pages of one host this
process held leased and not started. A process killed
with buffers unsent loses nothing: the pages whose links were in the buffer
still hold their leases, so they are fetched again.

A crawl of one site has a frontier of its own (``news:<site>``), so crawls
of different sites run side by side; a crawl of every site is ``news``.
When the crawl is asked to stop (``newswatch stop``), the process takes no
new work, finishes the pages it holds and closes with reason ``stopped``.
When Redis was wiped under it (newswatch.shared.instance), the frontier is gone: the
process takes no new work, sends the articles in hand, and closes with reason
``redis_wiped`` (``newswatch crawl`` exits 6).

Settings read: NEWSWATCH_REDIS_URL, NEWSWATCH_REDIS_RETRY_SECONDS, NEWSWATCH_KEY_PREFIX, NEWSWATCH_CRAWL_ID,
NEWSWATCH_FRONTIER_LEASE, NEWSWATCH_REVISIT_AFTER, NEWSWATCH_FRONTIER_BUCKETS,
NEWSWATCH_DEDUP_TTL, NEWSWATCH_REVISIT_SCHEDULE.
"""

import time
import uuid
from collections import Counter, OrderedDict, deque

from scrapy import signals
from scrapy.exceptions import CloseSpider, DontCloseSpider

from crawler.frontier.politeness import DEFAULT_CONCURRENCY
from crawler.frontier.revisits import RevisitSchedule
from crawler.frontier.store import MODE_ALIAS, MODE_ARTICLE, MODE_ONCE_PER_CRAWL, MODE_REVISIT, Frontier, FrontierConfig
from crawler.middlewares import source_links_added
from newswatch.shared.connection import connect_from_settings
from newswatch.shared.instance import RedisInstance, RedisWiped
from newswatch.shared.redis_keys import RedisKeys
from newswatch.shared.urls import page_identity

REAP_EVERY_SECONDS = 5.0
STOP_CHECK_SECONDS = 1.0
ADD_BATCH, POP_BATCH, ACK_BATCH = 500, 32, 128
OWN_REQUESTS_KEPT = 20_000
ACK_DELAY_SECONDS = 0.5
# Sent with ``entries`` (the frontier entries, url, site, kind...) of each batch leased, before their requests
# start: crawler.frontier.conditional reads their validators in one round trip.
pages_leased = object()
SLOTS_RETRY_SECONDS = 0.05
IDLE_ASK_SECONDS = 0.5


class FrontierScheduler:
    def __init__(self, crawler, frontier, new_crawl_id, revisits):
        self.crawler, self.frontier, self.new_crawl_id, self.revisits = crawler, frontier, new_crawl_id, revisits
        self.stats = crawler.stats
        self.held = deque()  # retries and redirects of requests this process already holds
        self.leased = deque()  # (member, host slot, lease time): taken from the frontier, not started yet
        self.unstarted = Counter()  # host -> entries leased by this process whose fetch has not started
        self.to_add, self.to_ack, self.to_free = [], [], []
        # Requests this process queued, by member: taken back without rebuilding them from JSON.
        self.own = OrderedDict()
        self.spider = None
        self.concurrency = {}  # site -> its hosts' slots
        self.per_domain = 10**6  # the most slots of one host this process holds (its downloader's limit)
        self._wake = None  # the timer of _ask_again
        self._reaped_at = self._flushed_at = self._stop_checked_at = 0.0
        self.stopping = False
        self.finished = False  # the crawl was finished by another process: closing is not a stop
        self.wiped = None
        self.instance = RedisInstance(frontier.redis, frontier.keys, "spider")

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        config = FrontierConfig(
            lease_seconds=settings.getint("NEWSWATCH_FRONTIER_LEASE"),
            revisit_seconds=settings.getint("NEWSWATCH_REVISIT_AFTER"),
            buckets=settings.getint("NEWSWATCH_FRONTIER_BUCKETS"),
            seen_ttl=settings.getint("NEWSWATCH_DEDUP_TTL"),
        )
        connection = connect_from_settings(settings)
        keys = RedisKeys(settings.get("NEWSWATCH_KEY_PREFIX"))
        frontier = Frontier(connection, keys, crawler.spider.crawl_name, config)
        revisits = RevisitSchedule(connection, keys, [int(d) for d in settings.getlist("NEWSWATCH_REVISIT_SCHEDULE")],
                                   config.seen_ttl)
        return cls(crawler, frontier, settings.get("NEWSWATCH_CRAWL_ID") or uuid.uuid4().hex[:12], revisits)

    def open(self, spider):
        self.spider = spider
        self.instance.join()
        crawl = self.frontier.join(self.new_crawl_id)
        spider.crawl_id = crawl.id
        spider.frontier = self
        spider.logger.info("%s crawl %s (seq %d)", "started" if crawl.started else "joined", crawl.id, crawl.seq)
        self.crawler.signals.connect(self.on_idle, signal=signals.spider_idle)
        self.crawler.signals.connect(self.on_reached_downloader, signal=signals.request_reached_downloader)
        self.crawler.signals.connect(self.on_left_downloader, signal=signals.request_left_downloader)
        self.concurrency = {name: site.concurrency for name, site in spider.sites.items()}
        self.per_domain = self.crawler.settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN")  # what it fetches at once

    def close(self, reason):
        if self._wake is not None and self._wake.active():
            self._wake.cancel()
        self.flush()
        self._release_leased()
        self.frontier.redis.close()

    def _release_leased(self):
        """Give back the entries taken and not started, with their host slots."""
        returned = self.frontier.release([member for member, _, _ in self.leased])
        self.frontier.free_slots([slot for _, slot, _ in self.leased if slot])
        for member, _, _ in self.leased:
            self.unstarted[_host(member)] -= 1
        self.leased.clear()
        if returned:
            self.stats.inc_value("newswatch/frontier/released", returned)

    def flush(self):
        """Send buffered adds, then buffered acks: a page's lease never ends before its links are queued."""
        if self.wiped:  # the frontier is gone: nothing of it is written into the new instance
            self.to_add, self.to_ack = [], []
            return
        if self.to_add:
            results = self.frontier.add_many([(entry, max_pages, mode) for entry, max_pages, mode, _ in self.to_add])
            for (outcome, member), (*_, request) in zip(results, self.to_add):
                if outcome == 1:
                    self._keep(member, request)
            # what the listings, feeds and sitemaps gave, new or not (crawler.frontier.source_polls)
            added = [(request, outcome == 1) for (outcome, _), (*_, request) in zip(results, self.to_add)
                     if request is not None and request.meta.get("source")]
            if added:
                self.crawler.signals.send_catch_log(source_links_added, added=added)
            outcomes = Counter(_outcome(outcome, mode, request) for (outcome, _), (_, _, mode, request)
                               in zip(results, self.to_add))
            for outcome, name in ((1, "frontier/queued"), (0, "frontier/seen"), (-1, "frontier/over_budget"),
                                  ("alias", "frontier/aliases"), ("redirect", "skipped/redirect_to_seen")):
                if outcomes[outcome]:
                    self.stats.inc_value(f"newswatch/{name}", outcomes[outcome])
            self.to_add = []
        if self.to_ack:
            self.frontier.ack(*self.to_ack)
            self.frontier.free_slots(self.to_free)
            self.to_ack, self.to_free = [], []
        self._flushed_at = time.monotonic()

    def has_pending_requests(self):
        if self._stop_requested():
            return bool(self.held)
        if self.held or self.leased or self.to_add:
            return True
        if self.to_ack:
            self.flush()
        return any(self.frontier.pending())  # not cached: a stale "yes" would hold the close for a heartbeat

    def enqueue_request(self, request):
        member = request.meta.get("frontier_member")
        if member is not None:  # a retry or redirect of a request we hold
            if page_identity(request.url) == page_identity(Frontier.decode(member)["url"]):
                if not self.frontier.renew(member, _expiry(request)):  # cut off longer than the lease: another
                    self.stats.inc_value("newswatch/frontier/lease_lost")  # process took the page over, or
                    return False  # finished it (or this one took it again, under another lease)
                request.meta["frontier_lease"] = self.frontier.lease(member)
                self.held.append(request)
                return True
            del request.meta["frontier_member"]  # redirected to another page: queued as one, after which
            self.to_ack.append((member, _expiry(request)))  # the lease of the URL that redirected ends (flush:
            request.meta.pop("frontier_lease", None)  # adds, then acks)
        entry = self.spider.frontier_entry(request)
        mode = MODE_REVISIT if request.meta.get("revisit") else MODE_ARTICLE if entry["kind"] == "article" \
            else MODE_ONCE_PER_CRAWL
        self.to_add.append((entry, self.spider.sites[entry["site"]].max_pages, mode, request))
        if len(self.to_add) >= ADD_BATCH:
            self.flush()
        return True

    def next_request(self):
        if self.held:
            return self.held.popleft()
        if self._stop_requested():
            return None
        if not self.leased:
            self.flush()
            self._reap_now_and_then()
            self.leased.extend(self._lease())
            if not self.leased:
                return None
            self.stats.inc_value("newswatch/frontier/leased", len(self.leased))
            self.crawler.signals.send_catch_log(pages_leased, entries=[Frontier.decode(m) for m, _, _ in self.leased])
        member, slot, leased_at = self.leased.popleft()
        request = self.own.pop(member, None) or self.spider.request_from_frontier(Frontier.decode(member))
        request.meta.update(frontier_member=member, frontier_slot=slot, frontier_leased_at=leased_at,
                            frontier_lease=self.frontier.lease(member))
        return request

    def _count_leased(self, taken):
        for member, _ in taken:
            self.unstarted[_host(member)] += 1
        if taken:
            self.stats.max_value("newswatch/frontier/unstarted_per_host_max", max(self.unstarted.values()))

    def _count_started(self, request):
        """The request's fetch started, or never will: it no longer waits in this process."""
        if request.meta.pop("frontier_leased_at", None) is not None:
            self.unstarted[_host(request.meta["frontier_member"])] -= 1

    def _lease(self):
        """Entries to start now, each with its host slot; outside a crawl (the frontier bench), plain leases."""
        now = time.monotonic()
        if not self.crawler.crawling:
            return [(member, None, now) for member in self.frontier.pop_many(POP_BATCH)]
        downloader = self.crawler.engine.downloader
        startable = max(1, min(POP_BATCH, downloader.total_concurrency - len(downloader.active)))
        queued, taken = self.frontier.pop_with_slots(startable, self.concurrency, DEFAULT_CONCURRENCY,
                                                     self.per_domain)
        if queued and not taken:  # their hosts' slots are taken: ask again soon, not at the engine's heartbeat
            self._ask_again(SLOTS_RETRY_SECONDS)
        elif not taken:  # nothing queued yet, or all leased by others: they may add work any moment (a joining
            self._ask_again(IDLE_ASK_SECONDS)  # process left to the engine's 5 s heartbeat missed whole crawls)
        self._count_leased(taken)
        return [(member, slot, now) for member, slot in taken]

    def _ask_again(self, delay):
        # Scrapy has no public call for this: its engine otherwise asks every 5 s (its slot's heartbeat). A timer of
        # our own: the engine's call, once scheduled later, would ignore the engine's own "now" meanwhile.
        slot = getattr(self.crawler.engine, "_slot", None)
        if slot is None:
            return
        from twisted.internet import reactor  # the one Scrapy installed (importing it earlier would install one)

        if delay <= 0:
            slot.nextcall.schedule()
        elif self._wake is None or not self._wake.active() or self._wake.getTime() > reactor.seconds() + delay:
            if self._wake is not None and self._wake.active():
                self._wake.cancel()
            self._wake = reactor.callLater(delay, slot.nextcall.schedule)

    def on_left_downloader(self, request, spider):
        # Its host slot was just freed (crawler.frontier.politeness): lease again now, not once the page is parsed.
        self._ask_again(0)

    def on_reached_downloader(self, request, spider):
        leased_at = request.meta.get("frontier_leased_at")
        if leased_at is not None:
            self.stats.max_value("newswatch/frontier/lease_wait_max_ms", int((time.monotonic() - leased_at) * 1000))
            self._count_started(request)

    def mark_seen(self, urls, site):
        """Other spellings of an article just fetched: seen from now on as the article is, never queued."""
        max_pages = self.spider.sites[site].max_pages
        self.to_add.extend(({"url": url, "site": site, "kind": "article"}, max_pages, MODE_ALIAS, None)
                           for url in urls)

    def _keep(self, member, request):
        self.own[member] = request
        if len(self.own) > OWN_REQUESTS_KEPT:
            self.own.popitem(last=False)

    def ack(self, request):
        """The request is fully handled (its links queued, its article enqueued): end its lease."""
        member = request.meta.get("frontier_member")
        if member is not None:
            self._count_started(request)
            self.to_ack.append((member, _expiry(request)))
            if request.meta.get("frontier_slot"):  # never went through the downloader (crawler.frontier.politeness)
                self.to_free.append(request.meta.pop("frontier_slot"))
            if len(self.to_ack) >= ACK_BATCH or time.monotonic() - self._flushed_at > ACK_DELAY_SECONDS:
                self.flush()

    def _reap_now_and_then(self):
        now = time.monotonic()
        if now - self._reaped_at > REAP_EVERY_SECONDS:
            self._reaped_at = now
            returned = self.frontier.reap()
            if returned:
                self.stats.inc_value("newswatch/frontier/leases_expired", returned)

    def revisits_due(self, site):
        """URLs of ``site``'s articles due for a revisit (each taken once, by one process)."""
        return self.revisits.take_due(site)

    def enroll_revisits(self, site, urls, client=None):
        self.revisits.enroll(site, urls, client=client)

    def _stop_requested(self):
        """True once the crawl is asked to stop; leased entries not started go back at once."""
        now = time.monotonic()
        if not self.stopping and now - self._stop_checked_at > STOP_CHECK_SECONDS:
            self._stop_checked_at = now
            status, seq = self.frontier.redis.hmget(self.frontier.keys.crawl_state(self.frontier.name), "status", "seq")
            if self._wiped(at_once=status is None):  # a crawl without state: wiped, or expired
                return True
            # "stopped" too: another process may already have settled the stop; a new seq: our crawl is over
            self.stopping = status != b"running" or int(seq or 0) != self.frontier.crawl.seq
            self.finished = status == b"finished" and int(seq or 0) == self.frontier.crawl.seq
            if self.stopping:
                self.spider.logger.info("crawl %s %s: finishing the pages in hand", self.spider.crawl_id,
                                        "was finished by another process" if self.finished else "is stopping")
                self.flush()
                self._release_leased()
        return self.stopping

    def _wiped(self, at_once):
        """True once Redis was found wiped: its frontier, leases and seen sets are gone, so nothing of it is
        written back (it would be a crawl without state); the articles in hand still go to the workers."""
        try:
            self.instance.check(spaced=not at_once)
            return False
        except RedisWiped as wiped:
            self.wiped = self.stopping = True
            self.spider.logger.error("crawl %s: %s: stopping", self.spider.crawl_id, wiped)
            self.stats.set_value("newswatch/redis_wiped", 1)
            self.held.clear()
            self.leased.clear()  # and flush() sends nothing more
            return True

    def on_idle(self, spider):
        self.flush()
        self._stop_checked_at = 0.0  # the crawl's state as it is now, before calling it finished: a Redis wiped
        self._stop_requested()  # a moment ago has lost the frontier too, and would look like a crawl done
        if self.wiped:
            raise CloseSpider("redis_wiped")
        if self.stopping:
            self.frontier.settle_stop()
            raise CloseSpider("finished" if self.finished else "stopped")
        self._reaped_at = 0.0
        self._reap_now_and_then()
        if not self.frontier.finish_if_done():
            raise DontCloseSpider


def _outcome(result, mode, request):
    """How an add is counted: its result, or "alias", or "redirect" for a redirect to a page already seen."""
    if mode == MODE_ALIAS:
        return "alias"
    if result == 0 and request is not None and request.meta.get("redirect_urls"):
        return "redirect"
    return result


def _expiry(request):
    """The expiry of the lease ``request`` holds (None: the latest this process took of its page)."""
    lease = request.meta.get("frontier_lease")
    return lease[1] if lease else None


def _host(member):
    """The host of a frontier entry, as crawler.frontier.politeness names it."""
    return Frontier.decode(member)["url"].split("/")[2].lower()
