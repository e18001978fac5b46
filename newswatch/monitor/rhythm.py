"""Each site's publishing rhythm, learned from its rounds, and the round interval it calls for.

A poll that finds nothing new still costs a request (a 304 at best), so a site is polled about as
often as it publishes: with NEWSWATCH_MONITOR_POLLS_PER_ARTICLE at 0.5, a site publishing every 20 s
is polled every 40 s. Its rate is the new pages the stream saw (new articles, and duplicates and
story developments, which are new pages too) over the time they came in,
both summed over its rounds with older rounds fading (half weight after HALF_LIFE seconds); the
site's first round (which finds what was there before) counts for neither. The interval stays within
[NEWSWATCH_MONITOR_MIN_INTERVAL, the site's interval]: never slower than the operator asked, never
faster than the floor set for politeness. 0 turns it off. State per site in its ``monitor_site``
hash: ``rhythm_count`` (new since the last round started), ``rhythm_at``, ``rhythm_articles``,
``rhythm_seconds`` (the faded sums).
"""

HALF_LIFE = 3600.0


class Rhythm:
    def __init__(self, connection, keys, polls_per_article, min_interval):
        self.redis, self.keys = connection, keys
        self.polls_per_article, self.min_interval = polls_per_article, min_interval

    def saw_new(self, site):
        """A page ``site`` had not published before reached the stream."""
        self.redis.hincrby(self.keys.monitor_site(site), "rhythm_count", 1)

    def round_started(self, site, now):
        """Learn from the new articles since the last round started; returns the rate (articles/s) or None."""
        key = self.keys.monitor_site(site)
        count, at, articles, seconds = self.redis.hmget(key, "rhythm_count", "rhythm_at", "rhythm_articles",
                                                        "rhythm_seconds")
        update = {"rhythm_count": 0, "rhythm_at": now}
        if at is None:
            update["rhythm_at"] = -1  # the first round: what it finds was there before; learn from the next
        elif float(at) > 0 and now > float(at):
            elapsed = now - float(at)
            fade = 0.5 ** (elapsed / HALF_LIFE)
            articles = float(articles or 0) * fade + int(count or 0)
            seconds = float(seconds or 0) * fade + elapsed
            update.update(rhythm_articles=articles, rhythm_seconds=seconds)
        self.redis.hset(key, mapping=update)
        return float(articles) / float(seconds) if seconds and float(seconds) > 0 else None

    def interval(self, site_interval, rate):
        """The round interval for a site publishing ``rate`` articles a second (None: not known yet)."""
        if not self.polls_per_article or not rate:
            return site_interval
        wanted = 1.0 / (rate * self.polls_per_article)
        return max(self.min_interval, min(site_interval, wanted))
