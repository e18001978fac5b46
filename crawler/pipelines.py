"""Item pipelines: validate each article, then hand it to the workers through RQ.

ValidateArticlePipeline drops articles without a title or body, counting the
reason (stats ``newswatch/dropped/<reason>``). EnqueueArticlePipeline puts
the article message on the RQ queue as JSON; workers never unpickle.

It also records the article's related-news edges (crawler.graph) in the
same MULTI, so the graph and the queue never disagree.

Settings read: NEWSWATCH_REDIS_URL, NEWSWATCH_ARTICLE_QUEUE, NEWSWATCH_JOB_TIMEOUT,
NEWSWATCH_KEY_PREFIX, NEWSWATCH_DEDUP_TTL.
"""

from rq import Queue
from rq.serializers import JSONSerializer
from scrapy.exceptions import DropItem

from crawler.connection import connect
from crawler.graph import record_article
from crawler.redis_keys import RedisKeys

PROCESS_ARTICLE_JOB = "workers.jobs.process_article"


class ValidateArticlePipeline:
    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item):
        for reason, missing in (("missing_title", not item.title.strip()), ("missing_body", not item.body)):
            if missing:
                self.stats.inc_value(f"newswatch/dropped/{reason}")
                raise DropItem(f"{reason}: {item.url}")
        return item


class EnqueueArticlePipeline:
    def __init__(self, redis_url, queue_name, job_timeout, keys, ttl, stats):
        self.queue = Queue(queue_name, connection=connect(redis_url), serializer=JSONSerializer)
        self.job_timeout, self.keys, self.ttl, self.stats = job_timeout, keys, ttl, stats

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        return cls(
            settings.get("NEWSWATCH_REDIS_URL"),
            settings.get("NEWSWATCH_ARTICLE_QUEUE"),
            settings.getint("NEWSWATCH_JOB_TIMEOUT"),
            RedisKeys(settings.get("NEWSWATCH_KEY_PREFIX")),
            settings.getint("NEWSWATCH_DEDUP_TTL"),
            crawler.stats,
        )

    def process_item(self, item):
        with self.queue.connection.pipeline() as pipe:
            pipe.multi()
            record_article(pipe, self.keys, item, self.ttl)
            self.queue.enqueue_call(PROCESS_ARTICLE_JOB, args=(item.to_message(),), timeout=self.job_timeout,
                                    description=f"process {item.url}", pipeline=pipe)
            pipe.execute()
        self.stats.inc_value("newswatch/enqueued")
        return item

    def close_spider(self):
        self.queue.connection.close()
