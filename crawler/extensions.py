"""Crawl statistics kept in Redis when a crawl ends, for the CLI and the demo to report.

Settings read: NEWSWATCH_REDIS_URL, NEWSWATCH_KEY_PREFIX, NEWSWATCH_DEDUP_TTL.
"""

from scrapy import signals

from crawler.connection import connect
from crawler.redis_keys import RedisKeys

REPORTED_STATS = ("response_received_count", "item_scraped_count", "item_dropped_count", "newswatch/enqueued")


class CrawlStatsToRedis:
    def __init__(self, crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.redis = connect(settings.get("NEWSWATCH_REDIS_URL"))
        self.keys = RedisKeys(settings.get("NEWSWATCH_KEY_PREFIX"))
        self.ttl = settings.getint("NEWSWATCH_DEDUP_TTL")

    @classmethod
    def from_crawler(cls, crawler):
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_closed(self, spider, reason):
        stats = self.crawler.stats.get_stats()
        values = {name: stats.get(name, 0) for name in REPORTED_STATS}
        values.update({name: value for name, value in stats.items() if name.startswith("newswatch/")})
        values["finish_reason"] = reason
        key = self.keys.crawl_stats(spider.crawl_id)
        self.redis.hset(key, mapping={name: str(value) for name, value in values.items()})
        self.redis.expire(key, self.ttl)
        self.redis.close()
