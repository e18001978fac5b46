"""Crawler extensions: crawl statistics kept in Redis, and spider errors sent to Sentry.

CrawlStatsToRedis adds a process's statistics to Redis when it ends, for the CLI and the demo to report
(a statistic named ``*_max`` or ``*_max_ms`` keeps the largest value of any process).
SitesLearned records, when a crawl finishes, the sites whose articles it enqueued (workers.first_crawls).
"""

import sentry_sdk
from scrapy import signals
from scrapy.exceptions import NotConfigured

from newswatch.shared.connection import connect_from_settings
from newswatch.shared.redaction import secrets_in_settings
from newswatch.shared.redis_keys import RedisKeys
from newswatch.shared.sentry import init_sentry, report_spider_error

# KEYS: stats hash   ARGV: field, value   (the field keeps the larger of its value and this one)
KEEP_MAX = """
if tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '-1') < tonumber(ARGV[2]) then
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
end
"""
REPORTED_STATS = ("response_received_count", "item_scraped_count", "item_dropped_count", "newswatch/enqueued")


class CrawlStatsToRedis:
    """Settings read: NEWSWATCH_REDIS_URL, NEWSWATCH_REDIS_RETRY_SECONDS, NEWSWATCH_KEY_PREFIX, NEWSWATCH_DEDUP_TTL."""

    def __init__(self, crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.redis = connect_from_settings(settings)
        self.keys = RedisKeys(settings.get("NEWSWATCH_KEY_PREFIX"))
        self.ttl = settings.getint("NEWSWATCH_DEDUP_TTL")
        self.keep_max = self.redis.register_script(KEEP_MAX)

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
        with self.redis.pipeline() as pipe:  # several processes share one crawl: counts add up, maxima are maxima
            for name, value in counts.items():
                if name.endswith(("_max", "_max_ms")):
                    self.keep_max(keys=[key], args=[name, int(value)], client=pipe)
                else:
                    pipe.hincrby(key, name, int(value))
            pipe.hset(key, "finish_reason", reason)
            pipe.expire(key, self.ttl)
            pipe.execute()
        self.redis.close()


class SitesLearned:
    """A site is learned once a crawl of it finished (not stopped, not wiped) with articles of it: from then on
    an old article found on it is news again. The first such crawl's id is kept, so that its own articles,
    still processed after it ended, stay quiet. Settings read: NEWSWATCH_REDIS_URL, NEWSWATCH_KEY_PREFIX."""

    PREFIX = "newswatch/enqueued_by_site/"

    def __init__(self, crawler):
        self.crawler = crawler
        self.keys = RedisKeys(crawler.settings.get("NEWSWATCH_KEY_PREFIX"))

    @classmethod
    def from_crawler(cls, crawler):
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_closed(self, spider, reason):
        sites = [name[len(self.PREFIX):] for name in self.crawler.stats.get_stats() if name.startswith(self.PREFIX)]
        if reason != "finished" or not sites:
            return
        connection = connect_from_settings(self.crawler.settings)
        with connection.pipeline(transaction=False) as pipe:
            for site in sites:
                pipe.hsetnx(self.keys.sites_learned, site, spider.crawl_id)
            pipe.execute()
        connection.close()


class SentryReporting:
    """Spider errors to Sentry, tagged with site and URL, scrubbed of secrets
    (newswatch.shared.redaction.secrets_in_settings). Settings read: NEWSWATCH_SENTRY_DSN."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not init_sentry(settings.get("NEWSWATCH_SENTRY_DSN"), "spider", secrets_in_settings(settings)):
            raise NotConfigured  # no DSN: off, and silent (a reason would be logged as a warning)
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_error, signal=signals.spider_error)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_error(self, failure, response, spider):
        report_spider_error(failure, response.url, response.meta.get("site", ""))

    def spider_closed(self, spider):
        sentry_sdk.flush(timeout=5)
