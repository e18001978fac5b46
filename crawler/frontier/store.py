"""The crawl frontier in Redis, shared by every spider process of a crawl, on any machine.

A request is stored as a small JSON entry (url, site, kind, depth, priority),
never pickled: whoever can write to Redis cannot run code in a spider.

- ``add`` schedules a URL once per crawl across all processes (start URLs
  too): listings, feeds and sitemaps come back every crawl, articles only
  when their revisit time has passed. Seen URLs cost an 8-byte fingerprint in
  a linear hash table whose buckets grow with the crawl (crawler.frontier.seen_scripts),
  about 24 bytes each in Redis from a thousand URLs to tens of millions.
- ``pop`` hands an entry out under a lease; ``pop_with_slots`` only entries
  whose host has a free slot, with the slot (crawler.frontier.politeness); ``ack`` ends
  a lease once the page is fully handled. A process killed mid-crawl loses nothing: ``reap`` puts
  expired leases back in the queue for any process to take. A process cut off from Redis for
  longer than its leases does not fetch, renew, ack or release a page another process took over
  meanwhile: each lease is known by its expiry (``lease``), and those calls do nothing once the
  page's lease in Redis is another.
- ``finish_if_done`` ends the crawl only when nothing is queued or leased
  anywhere, so a process never closes while another still adds work.
- ``stop`` asks every process to stop: they take no new work, finish the
  pages they hold and close; ``settle_stop`` marks the crawl stopped once
  nothing is in flight. What was still queued is served by the next crawl.
"""

import hashlib
import json
import uuid
from dataclasses import dataclass

from crawler.frontier import scripts as lua
from crawler.frontier.seen_scripts import LOAD
from newswatch.shared.urls import page_identity

# What a page is to the crawl (an entry's "kind"): an article, or a page followed for its links.
KIND_LISTING, KIND_ARTICLE, KIND_FEED, KIND_SITEMAP = "listing", "article", "feed", "sitemap"
REAP_BATCH = 1000
MODE_ARTICLE, MODE_ONCE_PER_CRAWL, MODE_REVISIT, MODE_ALIAS = 0, 1, 2, 3


@dataclass(frozen=True)
class FrontierConfig:
    """Settings read: NEWSWATCH_FRONTIER_LEASE, NEWSWATCH_REVISIT_AFTER, NEWSWATCH_FRONTIER_BUCKETS (the shards
    of the seen set written before December 2026, still read), NEWSWATCH_DEDUP_TTL."""

    lease_seconds: int = 120
    revisit_seconds: int = 3600
    buckets: int = 65536
    seen_ttl: int = 30 * 24 * 3600


@dataclass(frozen=True)
class Crawl:
    id: str
    seq: int
    started: bool  # True when this process started it, False when it joined a running one


def crawl_name(spider_name, site=None):
    """The frontier a crawl shares: one per site crawled alone (``news:<site>``), the spider's name for all."""
    return f"{spider_name}:{site}" if site else spider_name


def fingerprint(url):
    """The digest a page is seen under: one for every spelling of it (newswatch.shared.urls.page_identity)."""
    return hashlib.sha1(page_identity(url).encode("utf-8")).digest()


class Frontier:
    def __init__(self, connection, keys, name, config):
        if not 1 <= config.buckets <= 65536:
            raise ValueError("NEWSWATCH_FRONTIER_BUCKETS must be between 1 and 65536")
        self.redis, self.keys, self.name, self.config = connection, keys, name, config
        self.queue_key, self.leases_key = keys.frontier_queue(name), keys.frontier_leases(name)
        self.crawl = None
        self._last_pop_answer = self.keys.frontier_pop_answer(name, "-")  # none yet
        self._scripts = {n: connection.register_script(getattr(lua, n))
                         for n in ("JOIN", "ADD_MANY", "POP_MANY", "POP_WITH_SLOTS", "RELEASE", "RENEW", "ACK", "REAP",
                                   "FINISH_IF_DONE", "STOP", "SETTLE_STOP")}
        self._leases = {}  # member -> the expiry of this process's lease of it (Redis ms, as a string)
        self.owner = uuid.uuid4().hex[:12] + "/"  # the prefix of this process's host slot tokens

    def join(self, new_crawl_id):
        """Join the running crawl of this name, or start one with ``new_crawl_id``."""
        keys = [self.keys.crawl_state(self.name), self.keys.crawl_names, self.leases_key,
                self.keys.seen_table(self.name)]
        crawl_id, seq, started = self._scripts["JOIN"](keys=keys, args=[new_crawl_id, self.name, self.config.seen_ttl])
        self.crawl = Crawl(crawl_id.decode(), int(seq), bool(started))
        return self.crawl

    def add(self, entry, max_pages, mode=MODE_ARTICLE):
        """Queue ``entry`` unless seen: 1 queued, 0 already seen, -1 over the site's page budget.

        ``mode``: MODE_ARTICLE (seen until its revisit time), MODE_ONCE_PER_CRAWL (listings,
        feeds, sitemaps), MODE_REVISIT (a scheduled revisit: due now, once per crawl) or MODE_ALIAS
        (another spelling of an article just fetched: marked seen like it, never queued).
        """
        return self.add_many([(entry, max_pages, mode)])[0][0]

    def add_many(self, batch):
        """``add`` for many (entry, max_pages, mode) at once, in one round trip: (result, member) in order."""
        if not batch:
            return []
        members = [self.member(entry) for entry, _, _ in batch]
        sites = {}  # site -> (number, max pages)
        for entry, max_pages, _ in batch:
            sites.setdefault(entry["site"], (len(sites) + 1, max_pages))
        keys = [self.queue_key, self.keys.frontier_counter(self.name), self.keys.seen_table(self.name)]
        keys += [self.keys.site_budget(self.name, self.crawl.seq, site) for site in sites]
        args = [self.crawl.seq, self.config.seen_ttl, self.config.revisit_seconds, len(sites),
                self.keys.seen_bucket_prefix(self.name), self.keys.legacy_seen_prefix(self.name), self.config.buckets,
                LOAD]
        args += [max_pages for _, max_pages in sites.values()]
        for (entry, _, mode), member in zip(batch, members):
            args += [fingerprint(entry["url"])[:8], sites[entry["site"]][0], mode, entry.get("priority", 0), member]
        return list(zip(self._scripts["ADD_MANY"](keys=keys, args=args), members))

    def pop(self):
        """The next entry (member string) under a lease, or None when the queue is empty."""
        members = self.pop_many(1)
        return members[0] if members else None

    def pop_many(self, count):
        """Up to ``count`` entries, each under a lease, in queue order."""
        expiry, *members = self._scripts["POP_MANY"](keys=self._pop_keys(uuid.uuid4().hex),
                                                     args=[self.config.lease_seconds * 1000, count])
        members = [member.decode() for member in members]
        self._leases.update(dict.fromkeys(members, expiry.decode()))
        return members

    def _pop_keys(self, token):
        """A pop's keys: the queue, the leases, where its answer is kept (Lua ANSWERED_BEFORE) and the last one's."""
        previous, self._last_pop_answer = self._last_pop_answer, self.keys.frontier_pop_answer(self.name, token)
        return [self.queue_key, self.leases_key, self._last_pop_answer, previous]

    def pop_with_slots(self, count, concurrency, default_concurrency, per_process=10**6):
        """Up to ``count`` entries whose host has a free slot, each with its lease and the slot: (queued entries,
        [(member, (in-flight key, token))]). ``concurrency``: site -> its hosts' slots (others: the default);
        ``per_process``: the most slots of one host this process holds at once (its downloader's limit)."""
        head, tail = self.keys.host_in_flight("\0").split("\0")
        token = uuid.uuid4().hex
        args = [self.config.lease_seconds * 1000, count, self.owner + token, head, tail, default_concurrency,
                per_process, self.owner]
        for site, slots in concurrency.items():
            args += [site, slots]
        queued, *out = self._scripts["POP_WITH_SLOTS"](keys=self._pop_keys(token), args=args)
        out = [item.decode() for item in out]
        taken = [(out[i], (out[i + 1], out[i + 2])) for i in range(0, len(out) - 1, 3)]
        self._leases.update((member, out[-1]) for member, _ in taken)
        return queued, taken

    def free_slots(self, slots):
        """End host slots taken with leases (POP_WITH_SLOTS) whose pages will not be fetched by this process."""
        if slots:
            with self.redis.pipeline(transaction=False) as pipe:
                for key, token in slots:
                    pipe.zrem(key, token)
                pipe.execute()

    def lease(self, member):
        """(the leases' key, the expiry of this process's lease of ``member``), None when it holds none: what the
        host politeness check reads before the page is fetched (Lua ACQUIRE_HOST)."""
        expiry = self._leases.get(member)
        return None if expiry is None else (self.leases_key, expiry)

    def release(self, members):
        """Give leased entries back unstarted, to the front of the queue (a process closing early); those
        another process holds now stay with it."""
        pairs = self._held(members)
        return self._scripts["RELEASE"](keys=[self.queue_key, self.leases_key], args=pairs) if pairs else 0

    def renew(self, member, expiry=None):
        """Extend this process's lease of ``member`` (the one of ``expiry``, the lease a request holds: by default
        the latest this process took); False when it had expired and was handed out again, or finished."""
        expiry = expiry or self._leases.get(member)
        renewed = expiry is not None and self._scripts["RENEW"](
            keys=[self.leases_key], args=[self.config.lease_seconds * 1000, member, expiry])
        latest = self._leases.get(member) in (None, expiry)  # not a newer lease this process took since
        if not renewed:
            if latest:
                self._leases.pop(member, None)
            return False
        if latest:
            self._leases[member] = renewed.decode()
        return True

    def ack(self, *members):
        """End this process's leases of ``members`` (the pages are handled; each a member, or a (member, expiry)
        pair naming the lease a request held); another process's leases, and newer ones of this process, stay."""
        if pairs := self._held(members):
            self._scripts["ACK"](keys=[self.leases_key], args=pairs)

    def _held(self, members):
        """member, expiry pairs of the leases named (and forgotten now, unless a newer one of the same member)."""
        pairs = []
        for item in members:
            member, expiry = item if isinstance(item, tuple) else (item, None)
            expiry = expiry or self._leases.get(member)
            if expiry is None:
                continue
            if self._leases.get(member) == expiry:
                del self._leases[member]
            pairs += [member, expiry]
        return pairs

    def reap(self):
        """Return expired leases to the queue; how many came back."""
        return self._scripts["REAP"](keys=[self.queue_key, self.leases_key], args=[REAP_BATCH])

    def pending(self):
        """(queued, leased) counts over all processes."""
        with self.redis.pipeline(transaction=False) as pipe:
            pipe.zcard(self.queue_key).zcard(self.leases_key)
            return tuple(pipe.execute())

    def finish_if_done(self):
        """True when nothing is queued or leased anywhere; the crawl is then marked finished."""
        keys = [self.queue_key, self.leases_key, self.keys.crawl_state(self.name)]
        return bool(self._scripts["FINISH_IF_DONE"](keys=keys, args=[self.crawl.seq]))

    def stop(self):
        """Ask every process of the running crawl to stop: True when it was running."""
        return bool(self._scripts["STOP"](keys=[self.keys.crawl_state(self.name)]))

    def settle_stop(self):
        """Mark a stopping crawl stopped once nothing is in flight (expired leases go back to the queue)."""
        self.reap()
        return bool(self._scripts["SETTLE_STOP"](keys=[self.leases_key, self.keys.crawl_state(self.name)]))

    def state(self):
        return {k.decode(): v.decode() for k, v in self.redis.hgetall(self.keys.crawl_state(self.name)).items()}

    @staticmethod
    def member(entry):
        """The queue member (JSON text) for ``entry``."""
        return json.dumps(entry, separators=(",", ":"), sort_keys=True)

    @staticmethod
    def decode(member):
        return json.loads(member)
