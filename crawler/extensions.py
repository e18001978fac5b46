"""Crawl statistics added to Redis when a spider process ends, for the CLI and the demo to report.

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
        counts = {name: stats.get(name, 0) for name in REPORTED_STATS}
        counts.update({name: value for name, value in stats.items() if name.startswith("newswatch/")})
        key = self.keys.crawl_stats(spider.crawl_id)
        with self.redis.pipeline() as pipe:  # several processes share one crawl: counts add up
            for name, value in counts.items():
                pipe.hincrby(key, name, int(value))
            pipe.hset(key, "finish_reason", reason)
            pipe.expire(key, self.ttl)
            pipe.execute()
        self.redis.close()
