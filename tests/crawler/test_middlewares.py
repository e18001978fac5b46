"""crawler.middlewares.FrontierAckMiddleware: a page's lease ends once its article left the pipeline, unless
the article could not be enqueued: then the lease is kept, so the page is fetched again."""

import pytest
from scrapy import Spider, signals
from scrapy.exceptions import DropItem
from scrapy.http import Request, Response
from scrapy.utils.test import get_crawler

from crawler.middlewares import FrontierAckMiddleware
from crawler.pipelines import EnqueueFailed
from newswatch.shared.items import Article

URL = "http://127.0.0.1:1/news/a"


class AckedRequests:
    """Stands for the frontier scheduler's ``ack``: records which pages ended their lease."""

    def __init__(self):
        self.urls = []

    def ack(self, request):
        self.urls.append(request.url)


@pytest.mark.parametrize(("signal", "exception", "acked"), [
    (signals.item_scraped, None, [URL]),
    (signals.item_dropped, DropItem("missing_title"), [URL]),  # judged and refused: no need to fetch it again
    (signals.item_dropped, EnqueueFailed("enqueue_failed"), []),  # lost on the way to Redis: fetched again
])
def test_the_lease_ends_once_the_article_is_done_unless_its_enqueue_failed(signal, exception, acked):
    crawler = get_crawler(Spider)
    crawler.spider = Spider("news")
    crawler.spider.frontier = AckedRequests()
    middleware = FrontierAckMiddleware.from_crawler(crawler)
    response = Response(URL, request=Request(URL))
    item = Article(url=URL, site="local", title="A", body=["B"])
    assert list(middleware.process_spider_output(response, [item])) == [item]
    assert crawler.spider.frontier.urls == []  # the article is still in the pipeline
    extra = {"exception": exception} if exception else {}
    crawler.signals.send_catch_log(signal, item=item, response=response, spider=crawler.spider, **extra)
    assert crawler.spider.frontier.urls == acked
