"""Structured logs: one JSON object a line, with the ids of the crawl or job at hand, when asked.

NEWSWATCH_LOG_FORMAT picks the format: "text" (the default) keeps Scrapy's and
RQ's own lines; "json" puts one handler on the root logger that writes each
record as one JSON object: time (ISO 8601, UTC), level, logger, message, the
traceback (exc_info) when there is one, and the context known at that moment:
crawl_id, spider and site in a crawl; job_id, queue and worker in an RQ job.
No other field is written: what libraries attach to records (Scrapy's crawler
and spider objects, the arguments of a failed RQ job, which hold article text)
stays out of the logs.

Spiders get it from the ``JsonLogs`` add-on (settings ADDONS), workers from
``use_log_format`` at start-up.
"""

import logging

from pythonjsonlogger.json import JsonFormatter
from rq import get_current_job
from scrapy.exceptions import NotConfigured

from newswatch.shared.errors import ConfigError

LOG_FORMATS = ("text", "json")
CONTEXT_FIELDS = ("crawl_id", "spider", "site", "job_id", "queue", "worker")
FIELDS = ("time", "level", "logger", "message", *CONTEXT_FIELDS, "exc_info", "stack_info")
# At DEBUG these log the URLs they post to, and an Apprise URL carries its token in its path or query.
SECRET_BEARING_LOGGERS = ("apprise", "urllib3")


def log_format(settings):
    """NEWSWATCH_LOG_FORMAT, refused when it is neither text nor json."""
    value = settings.get("NEWSWATCH_LOG_FORMAT")
    if value not in LOG_FORMATS:
        raise ConfigError("NEWSWATCH_LOG_FORMAT", None, f"is {value!r}; use text or json")
    return value


class JsonLineFormatter(JsonFormatter):
    """python-json-logger's formatter writing FIELDS only, in that order, unknown ones left out."""

    def __init__(self):
        super().__init__(["levelname", "name", "message", *CONTEXT_FIELDS], timestamp="time",
                         rename_fields={"levelname": "level", "name": "logger"})

    def process_log_record(self, log_data):
        return {name: log_data[name] for name in FIELDS if log_data.get(name) not in (None, "")}


class LogContext(logging.Filter):
    """Adds the crawl's and the RQ job's ids to each record (never drops one)."""

    def __init__(self):
        super().__init__()
        self.crawler = None  # the crawl of this process, once Scrapy has built it

    def filter(self, record):
        spider = self.crawler.spider if self.crawler is not None else None
        if spider is not None:
            record.spider = spider.name  # Scrapy attaches the spider object itself
            record.crawl_id = getattr(spider, "crawl_id", "")  # empty until the frontier scheduler has opened
            record.site = getattr(record, "site", None) or _site_in(record.args) or getattr(spider, "site_name", None)
        job = get_current_job()
        if job is not None:  # inside a job (RQ's failure line, logged after it, names the job itself)
            record.job_id, record.queue, record.worker = job.id, job.origin, job.worker_name
        return True


def _site_in(args):
    """The site of a request or response among a record's arguments (Scrapy logs pages that way)."""
    for value in (args.values() if isinstance(args, dict) else args or ()):
        meta = getattr(value, "meta", None)  # None, not an error, for a response without its request
        if isinstance(meta, dict) and meta.get("site"):
            return meta["site"]
    return None


CONTEXT = LogContext()  # one per process, as logging's root logger is
_handler = None


def install_json_handler(level, path=None):
    """Send every record to stderr (or the file ``path``) as JSON lines at ``level`` and above."""
    global _handler  # noqa: PLW0603 (the root logger is process-wide too)
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
    _handler = logging.FileHandler(path, encoding="utf-8") if path else logging.StreamHandler()
    _handler.setFormatter(JsonLineFormatter())
    _handler.addFilter(CONTEXT)
    _handler.setLevel(level)
    root.addHandler(_handler)
    root.setLevel(logging.NOTSET)  # as Scrapy does: the handler's level decides
    for name in SECRET_BEARING_LOGGERS:
        logging.getLogger(name).setLevel(max(logging.INFO, logging.getLogger(name).level))


def use_log_format(settings):
    """For an RQ worker: JSON lines when asked (RQ then adds no handler of its own), else RQ's text."""
    if log_format(settings) == "json":
        install_json_handler(settings.get("LOG_LEVEL"))


class JsonLogs:
    """Scrapy add-on: JSON lines for the whole crawl when asked.
    Settings read: NEWSWATCH_LOG_FORMAT, LOG_ENABLED, LOG_LEVEL, LOG_FILE."""

    def __init__(self, crawler):
        CONTEXT.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        if log_format(crawler.settings) != "json":
            raise NotConfigured  # text: nothing to add, and nothing said (a reason is logged as a warning)
        return cls(crawler)

    @classmethod
    def update_pre_crawler_settings(cls, settings):
        # The one hook Scrapy runs before it sets up logging, in `scrapy crawl` and in a CrawlerProcess
        # alike: with its root handler off, ours writes every line, "Scrapy started" included.
        if log_format(settings) == "json" and settings.getbool("LOG_ENABLED"):
            settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="addon")
            install_json_handler(settings.get("LOG_LEVEL"), settings.get("LOG_FILE"))
