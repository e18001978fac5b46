import logging

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.logformatter import LogFormatter

from crawler import logformatter
from crawler.logformatter import NewswatchLogFormatter, is_written


@pytest.fixture
def logger_at(monkeypatch):
    """An isolated logger (no propagation) passing every level, as Scrapy leaves its loggers, with one handler at
    the given level, standing for Scrapy's."""
    logger = logging.getLogger("nwtest.scrapy.core")
    logger.setLevel(logging.DEBUG)
    monkeypatch.setattr(logger, "propagate", False)
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.setattr(logformatter, "ENGINE_LOGGER", logger.name)
    monkeypatch.setattr(logformatter, "SCRAPER_LOGGER", logger.name)

    def at(level):
        handler = logging.NullHandler()
        handler.setLevel(level)
        logger.handlers = [handler]
        return logger
    yield at
    logger.setLevel(logging.NOTSET)


def page():
    request = Request("http://site.test/news/a")
    return request, HtmlResponse(request.url, body=b"<html></html>", request=request)


def test_crawled_and_scraped_lines_are_not_built_when_no_handler_writes_debug(logger_at):
    logger_at(logging.WARNING)
    request, response = page()
    assert NewswatchLogFormatter().crawled(request, response) is None
    assert NewswatchLogFormatter().scraped({"url": request.url}, response) is None


def test_crawled_and_scraped_lines_are_scrapys_own_when_a_handler_writes_debug(logger_at):
    logger_at(logging.DEBUG)
    request, response = page()
    assert NewswatchLogFormatter().crawled(request, response) == LogFormatter().crawled(request, response, None)
    assert NewswatchLogFormatter().scraped({"a": 1}, response) == LogFormatter().scraped({"a": 1}, response, None)


@pytest.mark.parametrize(("handler_level", "level", "written"), [
    (logging.WARNING, logging.DEBUG, False),
    (logging.WARNING, logging.WARNING, True),
    (logging.NOTSET, logging.DEBUG, True),
])
def test_is_written_asks_the_handlers_levels(logger_at, handler_level, level, written):
    logger = logger_at(handler_level)
    assert is_written(logger.name, level) is written


def test_without_any_handler_logging_s_last_resort_decides(logger_at):
    logger = logger_at(logging.DEBUG)
    logger.handlers = []
    assert is_written(logger.name, logging.DEBUG) is False
    assert is_written(logger.name, logging.ERROR) is True
