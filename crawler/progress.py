"""Live progress of a crawl for the operator at the terminal: one line every few seconds.

Pages, articles enqueued, failed fetches, the shared frontier (queued and in
flight across every process of the crawl) and the jobs of the article queue
waiting for workers (each holds a batch of articles). Off unless NEWSWATCH_PROGRESS_INTERVAL is set (``newswatch crawl`` sets it).
"""

import logging
import sys

import redis
from rq import Queue
from rq.serializers import JSONSerializer
from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task

from newswatch.shared.redis_keys import queue_names


logger = logging.getLogger(__name__)


class CrawlProgress:
    """Settings read: NEWSWATCH_PROGRESS_INTERVAL, NEWSWATCH_ARTICLE_QUEUE, NEWSWATCH_LOG_FORMAT (with json
    logs, progress lines are log records too, so that stderr stays one JSON object a line)."""

    def __init__(self, crawler, interval, queue_name, as_log=False):
        self.crawler, self.interval, self.queue_name, self.as_log = crawler, interval, queue_name, as_log
        self.loop = None

    @classmethod
    def from_crawler(cls, crawler):
        interval = crawler.settings.getfloat("NEWSWATCH_PROGRESS_INTERVAL")
        if interval <= 0:
            raise NotConfigured  # off; a reason would be logged as a warning at every crawl
        extension = cls(crawler, interval, queue_names(crawler.settings)[0],
                        as_log=crawler.settings.get("NEWSWATCH_LOG_FORMAT") == "json")
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider):
        self.loop = task.LoopingCall(self.report, spider)
        self.loop.start(self.interval, now=False)

    def spider_closed(self, spider, reason):
        if self.loop and self.loop.running:
            self.loop.stop()
        self.report(spider, final=reason)

    def report(self, spider, final=None):
        line = progress_line(spider, self.crawler.stats.get_stats(), self._pending(spider), final)
        if self.as_log:
            logger.info(line)
        else:
            print(line, file=sys.stderr, flush=True)

    def _pending(self, spider):
        """(frontier queued, frontier in flight, jobs waiting for workers); None when Redis does not answer."""
        scheduler = spider.frontier
        try:
            queued, leased = scheduler.frontier.pending()
            waiting = Queue(self.queue_name, connection=scheduler.frontier.redis, serializer=JSONSerializer).count
        except redis.RedisError:  # a progress line must never break the crawl
            return None
        return queued, leased, waiting


def progress_line(spider, stats, pending, final=None):
    errors = sum(v for k, v in stats.items() if k.startswith("newswatch/errors/"))
    line = (f"progress {spider.crawl_id}: {stats.get('response_received_count', 0)} pages, "
            f"{stats.get('newswatch/enqueued', 0)} articles, {errors} errors")
    if pending is None:
        line += "; Redis not answering"
    else:
        line += f"; frontier {pending[0]} queued, {pending[1]} in flight; {pending[2]} jobs waiting for workers"
    return line + (f"; {final}" if final else "")
