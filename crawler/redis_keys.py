"""Every Redis key newswatch writes, under one configurable prefix.

Nothing else builds key strings. Keys that grow carry a TTL
(``NEWSWATCH_DEDUP_TTL``) or a bound (``NEWSWATCH_MAX_VERSIONS``,
``NEWSWATCH_STREAM_MAXLEN``). RQ's own keys (``rq:*``) are RQ's.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class RedisKeys:
    prefix: str = "nw"

    # Downstream stream of processed events (bounded by MAXLEN).
    @property
    def stream(self):
        return f"{self.prefix}:stream:events"

    # Which article first carried this exact content (TTL: dedup retention).
    def content_owner(self, content_fp):
        return f"{self.prefix}:content:{content_fp}"

    # Current state of one canonical article: substance fingerprint, version (TTL).
    def article(self, article_id):
        return f"{self.prefix}:article:{article_id}"

    # Past versions of one article, newest first (bounded list, TTL).
    def versions(self, article_id):
        return f"{self.prefix}:article:{article_id}:versions"

    # Set once when an alert is decided for (rule, article version) (TTL).
    def alert_decision(self, rule_id, article_id, version):
        return f"{self.prefix}:alerted:{rule_id}:{article_id}:{version}"

    # One alert: what it says and how its delivery went (TTL).
    def alert(self, alert_id):
        return f"{self.prefix}:alert:{alert_id}"

    # Recent alert ids, newest first (bounded list).
    @property
    def alert_log(self):
        return f"{self.prefix}:alerts:recent"

    # Counters of one crawl (pages, items, drops) and of the workers (events).
    def crawl_stats(self, crawl_id):
        return f"{self.prefix}:stats:crawl:{crawl_id}"
