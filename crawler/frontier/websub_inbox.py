"""What WebSub hands between processes: the hubs feeds advertise, and the feeds hubs push.

The spider notes the hub a feed advertises when it reads the feed in full (``<atom:link rel="hub">``);
the monitor subscribes to it (newswatch.monitor.websub), receives the feeds the hub pushes and
leaves them here; a push round of the site takes them and reads them as if it had fetched them.
Redis: ``websub_hubs`` (topic -> hub), ``websub_inbox`` (a bounded list of feed bodies),
``websub_ready`` (the sites with pushed feeds waiting).
"""

INBOX_BOUND = 50  # pushed feeds kept per site until a round reads them: later ones list the earlier articles
INBOX_TTL = 24 * 3600


class WebSubInbox:
    def __init__(self, connection, keys, ttl):
        self.redis, self.keys, self.ttl = connection, keys, ttl

    def note_hub(self, site, topic, hub):
        """A feed read in full advertised ``hub`` for ``topic`` (its own address)."""
        key = self.keys.websub_hubs(site)
        with self.redis.pipeline(transaction=False) as pipe:
            pipe.hset(key, topic, hub).expire(key, self.ttl).execute()

    def hubs(self, site):
        """{topic: hub} of the site's feeds."""
        return {topic.decode(): hub.decode() for topic, hub in self.redis.hgetall(self.keys.websub_hubs(site)).items()}

    def push(self, site, topic, body):
        """A feed the hub pushed: kept for the site's next push round, the site marked ready."""
        key = self.keys.websub_inbox(site)
        with self.redis.pipeline() as pipe:
            pipe.rpush(key, topic.encode() + b"\n" + body).ltrim(key, -INBOX_BOUND, -1).expire(key, INBOX_TTL)
            pipe.sadd(self.keys.websub_ready, site).execute()

    def ready(self):
        """The sites with pushed feeds waiting."""
        return sorted(site.decode() for site in self.redis.smembers(self.keys.websub_ready))

    def take_ready(self, site):
        """True when ``site`` was ready (and is no more): one caller starts its push round."""
        return bool(self.redis.srem(self.keys.websub_ready, site))

    def take(self, site):
        """The (topic, body) pairs pushed for ``site``, oldest first, taken by one round only."""
        key = self.keys.websub_inbox(site)
        with self.redis.pipeline() as pipe:
            raw, _ = pipe.lrange(key, 0, -1).delete(key).execute()
        return [(topic.decode(), body) for topic, _, body in (item.partition(b"\n") for item in raw)]
