"""Trimming the downstream stream without taking events from a consumer group that has not had them.

XADD's own MAXLEN cut whatever was oldest: a consumer group 1,000 events behind a stream
capped at 100 got 100, and 900 vanished without a word. So events are appended
untrimmed and, after each batch, trimmed here:
- to about NEWSWATCH_STREAM_MAXLEN when every group has been delivered all but the
  newest MAXLEN events (their ``lag``), as before;
- else only below the position of the group furthest behind (XTRIM MINID): what every
  group has been delivered, until the stream reaches NEWSWATCH_STREAM_HARD_CAP;
- past the hard cap the oldest events go (memory is finite), and each group is told
  exactly how many it never had: counted per group (``stream:dropped``), shown by
  ``status`` and the metrics, and raised once as the ``stream_lag`` self-monitoring
  condition, cleared when the group has caught up within MAXLEN.
Events delivered but not acknowledged stay too (a consumer that died can claim them). The
bound is an id, not a count, so events other workers add meanwhile never move it; one
worker trims at a time. Readers without a group (XREAD from an id they keep) are served
by MAXLEN as before.
"""

import logging

from workers.wipes import watch_alerts

logger = logging.getLogger(__name__)


TRIM_STEP = 10_000  # the most events one batch trims: a group that caught up is trimmed after over batches
LOCK_SECONDS = 10  # one worker trims at a time; another finds the lock taken and leaves it


class StreamTrimmer:
    def __init__(self, connection, config):
        self.redis, self.config, self.keys = connection, config, config.keys
        self.key = config.keys.stream

    def groups(self):
        """Each consumer group: name, last delivered id, lag (None when Redis cannot tell), pending, and the
        first event it may still need (its oldest unacknowledged one, else the one after its last delivered)."""
        if not self.redis.exists(self.key):
            return []
        found = []
        for g in self.redis.xinfo_groups(self.key):
            name, last = g["name"].decode(), g["last-delivered-id"].decode()
            oldest = self.redis.xpending(self.key, name)["min"] if g["pending"] else None
            found.append({"name": name, "last_delivered": last, "lag": g.get("lag"), "pending": g["pending"],
                          "needs_from": oldest.decode() if oldest else _next_id(last)})
        return found

    def trim(self):
        """Trim what no group still needs, keeping about MAXLEN events, never more than the hard cap."""
        if self.redis.xlen(self.key) <= self.config.stream_maxlen:  # most batches: one command, no lock
            return 0
        if not self.redis.set(self.keys.stream_trim_lock, 1, nx=True, ex=LOCK_SECONDS):
            return 0
        try:
            return self._trim()
        finally:
            self.redis.delete(self.keys.stream_trim_lock)

    def _trim(self):
        maxlen, cap = self.config.stream_maxlen, max(self.config.stream_hard_cap, self.config.stream_maxlen)
        length = self.redis.xlen(self.key)
        if length <= maxlen:
            return 0
        groups = self.groups()
        for group in groups:
            if group["lag"] is not None and group["lag"] <= maxlen:
                self._caught_up(group)
        if length > cap:
            self._drop_oldest(length - cap, groups)
            groups = self.groups()
        oldest = self.redis.xrange(self.key, count=min(length - maxlen, TRIM_STEP))
        if not oldest:
            return 0
        # By id, not by count: events added meanwhile by other workers never move the bound.
        bound = min([_next_id(oldest[-1][0].decode()), *(g["needs_from"] for g in groups)], key=_id_key)
        return self.redis.xtrim(self.key, minid=bound, approximate=True)

    def _drop_oldest(self, count, groups):
        """Remove the ``count`` oldest events, counting for each group those it had not been delivered."""
        oldest = [entry_id.decode() for entry_id, _ in self.redis.xrange(self.key, count=count)]
        for group in groups:
            missed = sum(_id_key(entry) > _id_key(group["last_delivered"]) for entry in oldest)
            if missed:
                self.redis.hincrby(self.keys.stream_dropped, group["name"], missed)
                logger.error("stream %s over its hard cap (%d): %d events dropped before consumer group %s read "
                             "them", self.key, self.config.stream_hard_cap, missed, group["name"])
                self._lagging(group, missed)
        self.redis.xtrim(self.key, minid=_next_id(oldest[-1]), approximate=False)

    def _lagging(self, group, missed):
        total = int(self.redis.hget(self.keys.stream_dropped, group["name"]) or 0)
        watch_alerts(self.redis, self.config).open(
            "stream_lag", group["name"], f"stream consumer group {group['name']} is losing events",
            f"Consumer group {group['name']} of {self.key} fell over NEWSWATCH_STREAM_HARD_CAP "
            f"({self.config.stream_hard_cap}) events behind: {missed} events were dropped before it read them "
            f"({total} so far; `newswatch status` shows its lag). Start more consumers or raise the cap.")

    def _caught_up(self, group):
        watch_alerts(self.redis, self.config).close(
            "stream_lag", group["name"], f"stream consumer group {group['name']} caught up",
            f"Consumer group {group['name']} is within NEWSWATCH_STREAM_MAXLEN of the stream's end again.")

def _id_key(entry_id):
    millis, _, seq = entry_id.partition("-")
    return int(millis), int(seq or 0)


def _next_id(entry_id):
    millis, seq = _id_key(entry_id)
    return f"{millis}-{seq + 1}"
