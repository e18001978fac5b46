"""When each monitored site's next round is due, kept in Redis so it survives restarts.

A round is planned at its site's interval plus a random jitter (seeds
``interval`` / ``jitter``, else NEWSWATCH_MONITOR_INTERVAL / _JITTER), so
rounds of many sites do not all fall on the same second. Sites new to the
schedule are due at once; sites gone from the seeds leave it.
"""

import random


class SiteSchedule:
    def __init__(self, connection, keys, sites, default_interval, default_jitter):
        self.redis, self.key = connection, keys.monitor_schedule
        self.sites, self.default_interval, self.default_jitter = sites, default_interval, default_jitter

    def sync(self, now):
        """Add the seeds' sites not yet scheduled (due now); drop those no longer in the seeds."""
        scheduled = {name.decode() for name in self.redis.zrange(self.key, 0, -1)}
        with self.redis.pipeline() as pipe:
            for name in set(self.sites) - scheduled:
                pipe.zadd(self.key, {name: now}, nx=True)
            for name in scheduled - set(self.sites):
                pipe.zrem(self.key, name)
            pipe.execute()

    def due(self, now):
        return [name.decode() for name in self.redis.zrangebyscore(self.key, "-inf", now)]

    def plan_next(self, name, now, interval=None):
        """Schedule the site's next round after this one (``interval``: instead of the site's); returns when
        it is due."""
        site = self.sites[name]
        interval = interval or site.interval or self.default_interval
        jitter = self.default_jitter if site.jitter is None else site.jitter
        due = now + interval + random.uniform(0, jitter)
        self.redis.zadd(self.key, {name: due}, xx=True)
        return due

    def interval_of(self, name):
        """The site's own interval (seeds ``interval``, else NEWSWATCH_MONITOR_INTERVAL)."""
        return self.sites[name].interval or self.default_interval

    def next_rounds(self):
        """{site: epoch seconds of its next round}."""
        return {name.decode(): score for name, score in self.redis.zrange(self.key, 0, -1, withscores=True)}
