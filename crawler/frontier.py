"""The crawl frontier in Redis, shared by every spider process of a crawl, on any machine.

A request is stored as a small JSON entry (url, site, kind, depth, priority),
never pickled: whoever can write to Redis cannot run code in a spider.

- ``add`` schedules a URL once per crawl across all processes (start URLs
  too): listings, feeds and sitemaps come back every crawl, articles only
  when their revisit time has passed. Seen URLs cost a 6-byte fingerprint in
  a sharded hash (listpack-encoded), about 20 bytes each in Redis.
- ``pop`` hands an entry out under a lease; ``ack`` ends it once the page is
  fully handled. A process killed mid-crawl loses nothing: ``reap`` puts
  expired leases back in the queue for any process to take.
- ``finish_if_done`` ends the crawl only when nothing is queued or leased
  anywhere, so a process never closes while another still adds work.
"""

import hashlib
import json
from dataclasses import dataclass

from crawler import frontier_scripts as lua

ONCE_PER_CRAWL = -1
REAP_BATCH = 1000


@dataclass(frozen=True)
class FrontierConfig:
    """Settings read: NEWSWATCH_FRONTIER_LEASE, NEWSWATCH_REVISIT_AFTER, NEWSWATCH_FRONTIER_BUCKETS,
    NEWSWATCH_DEDUP_TTL."""

    lease_seconds: int = 120
    revisit_seconds: int = 3600
    buckets: int = 65536
    seen_ttl: int = 30 * 24 * 3600


@dataclass(frozen=True)
class Crawl:
    id: str
    seq: int
    started: bool  # True when this process started it, False when it joined a running one


def fingerprint(url):
    return hashlib.sha1(url.encode("utf-8")).digest()


class Frontier:
    def __init__(self, connection, keys, name, config):
        if not 1 <= config.buckets <= 65536:
            raise ValueError("NEWSWATCH_FRONTIER_BUCKETS must be between 1 and 65536")
        self.redis, self.keys, self.name, self.config = connection, keys, name, config
        self.queue_key, self.leases_key = keys.frontier_queue(name), keys.frontier_leases(name)
        self.crawl = None
        self._scripts = {n: connection.register_script(getattr(lua, n))
                         for n in ("JOIN", "ADD", "POP", "RENEW", "REAP", "FINISH_IF_DONE")}

    def join(self, new_crawl_id):
        """Join the running crawl of this name, or start one with ``new_crawl_id``."""
        crawl_id, seq, started = self._scripts["JOIN"](keys=[self.keys.crawl_state(self.name)], args=[new_crawl_id])
        self.crawl = Crawl(crawl_id.decode(), int(seq), bool(started))
        return self.crawl

    def add(self, entry, max_pages, revisit=True):
        """Queue ``entry`` unless seen: 1 queued, 0 already seen, -1 over the site's page budget."""
        digest = fingerprint(entry["url"])
        bucket = int.from_bytes(digest[:2], "big") % self.config.buckets
        revisit_seconds = self.config.revisit_seconds if revisit else ONCE_PER_CRAWL
        keys = [self.keys.frontier_seen(self.name, format(bucket, "04x")), self.queue_key,
                self.keys.site_budget(self.name, self.crawl.seq, entry["site"]), self.keys.frontier_counter(self.name)]
        args = [digest[2:8], self.crawl.seq, revisit_seconds, max_pages, entry.get("priority", 0),
                json.dumps(entry, separators=(",", ":"), sort_keys=True), self.config.seen_ttl]
        return self._scripts["ADD"](keys=keys, args=args)

    def pop(self):
        """The next entry (member string) under a lease, or None when the queue is empty."""
        member = self._scripts["POP"](keys=[self.queue_key, self.leases_key], args=[self.config.lease_seconds * 1000])
        return member.decode() if member is not None else None

    def renew(self, member):
        """Extend a lease; False when it had expired and been handed out again."""
        return bool(self._scripts["RENEW"](keys=[self.leases_key], args=[self.config.lease_seconds * 1000, member]))

    def ack(self, member):
        self.redis.zrem(self.leases_key, member)

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

    def state(self):
        return {k.decode(): v.decode() for k, v in self.redis.hgetall(self.keys.crawl_state(self.name)).items()}

    @staticmethod
    def decode(member):
        return json.loads(member)
