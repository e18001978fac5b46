"""The scrapy-redis baseline: its shared scheduler and dupefilter, trafilatura on each article, items to Redis.

Run with ``scrapy runspider`` outside the project (so none of newswatch's settings apply), as
bench.bench_crawl does, with REDIS_URL set: scrapy-redis's Scheduler and RFPDupeFilter keep the
queue and the seen fingerprints in that Redis, so several processes share one crawl. It follows
every link of the site as newswatch does (listings and articles, related links included), calls
``trafilatura.extract`` on each article page and yields the text, which scrapy-redis's
RedisPipeline pushes to a Redis list (``<spider>:items``), as newswatch's pipeline enqueues its
articles.

scrapy-redis leaves a process with an empty share of the queue idle until the engine's next
heartbeat (5 s), and closes it then: ``start`` waits instead until the shared queue has work, so
that a second process joins the crawl at once rather than sit out its first seconds (a kindness to
the baseline, which its users would have to write themselves).
"""

import asyncio
import re
import time
from urllib.parse import urlsplit

import scrapy
import trafilatura
from scrapy_redis.connection import get_redis_from_settings
from scrapy_redis.defaults import SCHEDULER_QUEUE_KEY as QUEUE_KEY

ARTICLE = re.compile(r"^/news/")
JOIN_WAIT_SECONDS = 10


class ScrapyRedisNewsSpider(scrapy.Spider):
    name = "scrapy-redis-news"
    custom_settings = {
        "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_PERSIST": True,  # else the first process to close deletes the queue the other still uses
        "ITEM_PIPELINES": {"scrapy_redis.pipelines.RedisPipeline": 300},
    }

    def __init__(self, start_url, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.start_url = start_url
        self.allowed_domains = [urlsplit(start_url).hostname]

    async def start(self):
        yield scrapy.Request(self.start_url)  # filtered in all but the first process (RFPDupeFilter)
        server = get_redis_from_settings(self.crawler.settings)
        queue_key = self.crawler.settings.get("SCHEDULER_QUEUE_KEY", QUEUE_KEY) % {"spider": self.name}
        deadline = time.monotonic() + JOIN_WAIT_SECONDS
        while not server.zcard(queue_key) and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        server.close()

    def parse(self, response):
        yield from response.follow_all(css="a")
        if ARTICLE.search(urlsplit(response.url).path):
            yield {"url": response.url, "text": trafilatura.extract(response.text, url=response.url)}
