"""A bug in extraction loses one page, counted as a drop with its reason, never the crawl or a silent page."""

import logging
from collections import Counter
from types import SimpleNamespace

from scrapy.http import HtmlResponse, Request

from crawler.extraction.variants import identify
from crawler.seeds import SiteConfig
from crawler.spiders import article_pages
from crawler.spiders.article_pages import ArticlePages


class Stats(Counter):
    def inc_value(self, key, count=1):
        self[key] += count


def test_an_exception_in_extraction_is_a_drop_named_extraction_error(monkeypatch, caplog):
    site = SiteConfig(name="t", base_url="http://x.test/", start_urls=())
    response = HtmlResponse("http://x.test/news/a", body=b"<html><body><p>x</p></body></html>",
                            request=Request("http://x.test/news/a"))
    spider = SimpleNamespace(crawler=SimpleNamespace(stats=Stats()), logger=logging.getLogger("news"))

    def broken(*_):
        raise AttributeError("'_Comment' object has no attribute 'itertext'")

    monkeypatch.setattr(article_pages, "extract_fields", broken)
    assert ArticlePages.article(spider, response, site, identify(response, site)) is None
    assert spider.crawler.stats == {"newswatch/dropped/extraction_error": 1}
    assert "dropped http://x.test/news/a: extraction_error" in caplog.text and "_Comment" in caplog.text
