"""Which Redis this is: a marker written at first use, so that every process notices a wiped Redis.

A Redis restarted without its data (no persistence, a failover to an empty replica,
FLUSHALL) answers as if nothing had happened: crawls lose their frontier and look
"stopped", workers lose their registrations, dedup state is gone. Each long-running
process joins the instance when it starts (SET NX of a random id) and checks now and
then that the id is still there. Whoever first sees it gone or changed records the
wipe once (SET NX keyed by the lost id) for ``status``; each process then says so in
its own way (a crawl stops with ``redis_wiped``, a worker registers again and raises
the self-monitoring alert) and joins the new instance.
"""

import json
import logging
import socket
import time
import uuid

logger = logging.getLogger(__name__)
WIPES_KEPT = 20
CHECK_SECONDS = 5.0  # how often a process looks (one GET)


class RedisWiped(Exception):
    def __init__(self, lost, found):
        super().__init__(f"Redis was wiped: its instance marker {lost} is {'replaced by ' + found if found else 'gone'}"
                         f" (restarted without its data?); the queues, frontiers and dedup state it held are lost")
        self.lost, self.found = lost, found


class RedisInstance:
    def __init__(self, connection, keys, process):
        self.redis, self.keys, self.process = connection, keys, process
        self.id, self._checked_at = None, 0.0

    def join(self):
        """The instance's id, written now if this is its first use."""
        marker = json.dumps({"id": uuid.uuid4().hex[:16], "since": time.time(), "by": self._who()})
        self.redis.set(self.keys.instance, marker, nx=True)
        self.id = self.current()
        return self.id

    def current(self):
        raw = self.redis.get(self.keys.instance)
        return json.loads(raw)["id"] if raw else None

    def check(self, spaced=False):
        """Raise RedisWiped (once per wipe, then joined to the new instance) if the marker changed; with
        ``spaced``, look at most every CHECK_SECONDS (callers in a loop)."""
        clock = time.monotonic()
        if spaced and clock - self._checked_at < CHECK_SECONDS:
            return
        self._checked_at = clock
        found = self.current()
        if self.id is None or found == self.id:
            self.id = self.id or self.join()
            return
        lost = self.id
        self.join()
        self.record_wipe(lost)
        raise RedisWiped(lost, found)

    def record_wipe(self, lost):
        """The wipe, once whoever sees it first: for ``status`` and the self-monitoring alert."""
        wipe = json.dumps({"lost": lost, "found": self.id, "at": time.time(), "seen_by": self._who()})
        if self.redis.set(self.keys.wipe_seen(lost), 1, nx=True, ex=7 * 24 * 3600):
            self.redis.lpush(self.keys.wipes, wipe)
            self.redis.ltrim(self.keys.wipes, 0, WIPES_KEPT - 1)

    def wipes(self):
        return [json.loads(raw) for raw in self.redis.lrange(self.keys.wipes, 0, -1)]

    def _who(self):
        return f"{self.process}@{socket.gethostname()}"
