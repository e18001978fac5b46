"""Conditional refetches: validators kept in a real Redis, 304s from the bundled site in real crawls.

The unit tests drive the middleware with real Scrapy requests and responses; the crawl tests run
the real spider three times against the bundled site: edition 1, edition 1 again, then edition 2.
"""

import pytest
from rq import Queue
from rq.serializers import JSONSerializer
from scrapy import signals
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from crawler.frontier.conditional import WRITE_BATCH, ConditionalRequestsMiddleware, NotModified, Validators
from crawler.frontier.scheduler import pages_leased
from crawler.middlewares import page_handled
from newswatch.demo.runner import crawl_env, demo_base_urls, run_crawl
from newswatch.demo.site import EDITED_SLUG, content
from newswatch.shared.connection import connect
from newswatch.shared.redis_keys import RedisKeys
from workers import runtime
from workers.config import load_config
from workers.draining import drain
from workers.events import ArticleEvent

URL = "http://127.0.0.1:8000/news/a-story"
ETAG = b'W/"3f2a9c"'
LAST_MODIFIED = b"Sun, 04 Jan 2026 08:00:00 GMT"
CONDITIONAL = (b"If-None-Match", b"If-Modified-Since")


@pytest.fixture
def crawler(redis_url, redis_conn):
    return get_crawler(settings_dict={
        "NEWSWATCH_CONDITIONAL_REQUESTS": 1, "NEWSWATCH_REDIS_URL": redis_url, "NEWSWATCH_KEY_PREFIX": "nwcond",
        "NEWSWATCH_FRONTIER_BUCKETS": 16, "NEWSWATCH_DEDUP_TTL": 3600, "NEWSWATCH_CONDITIONAL_LISTINGS": 1})


@pytest.fixture
def middleware(crawler):
    middleware = ConditionalRequestsMiddleware.from_crawler(crawler)
    yield middleware
    middleware.store.redis.close()


def article_request(url=URL, **meta):
    return Request(url, meta={"site": "demo", "kind": "article", **meta})


def respond(request, status=200, **headers):
    return HtmlResponse(request.url, status=status, headers=headers, body=b"<html></html>", request=request)


def fetched_and_enqueued(middleware, crawler, request, **headers):
    """The page is fetched (200 with ``headers``) and its article leaves the item pipeline."""
    middleware.process_request(request)
    response = middleware.process_response(request, respond(request, **headers))
    crawler.signals.send_catch_log(signals.item_scraped, item={}, response=response, spider=None)
    return response


def sent_headers(request):
    return {name: request.headers.get(name) for name in CONDITIONAL if name in request.headers}


def test_a_url_without_validators_is_requested_unconditionally(middleware):
    request = article_request()
    middleware.process_request(request)
    assert sent_headers(request) == {}


@pytest.mark.parametrize(("stored", "sent"), [
    ({"ETag": ETAG}, {b"If-None-Match": ETAG}),
    ({"Last-Modified": LAST_MODIFIED}, {b"If-Modified-Since": LAST_MODIFIED}),
    ({"ETag": ETAG, "Last-Modified": LAST_MODIFIED}, {b"If-None-Match": ETAG, b"If-Modified-Since": LAST_MODIFIED}),
])
def test_a_refetch_carries_the_validators_of_the_last_fetch(middleware, crawler, stored, sent):
    fetched_and_enqueued(middleware, crawler, article_request(), **stored)
    refetch = article_request()
    middleware.process_request(refetch)
    assert sent_headers(refetch) == sent
    assert crawler.stats.get_value("newswatch/conditional/sent") == 1


def test_a_304_to_a_conditional_refetch_ends_it_as_not_modified_and_is_counted(middleware, crawler):
    fetched_and_enqueued(middleware, crawler, article_request(), ETag=ETAG)
    refetch = article_request()
    middleware.process_request(refetch)
    with pytest.raises(NotModified) as raised:
        middleware.process_response(refetch, respond(refetch, status=304))
    assert isinstance(raised.value, IgnoreRequest)  # the spider's errback acks it and logs "not fetched"
    assert crawler.stats.get_value("newswatch/not_modified") == 1
    assert crawler.stats.get_value("newswatch/site_not_modified/demo") == 1


def test_a_304_to_a_request_that_was_not_conditional_is_passed_on(middleware, crawler):
    request = article_request()
    middleware.process_request(request)
    response = respond(request, status=304)
    assert middleware.process_response(request, response) is response
    assert crawler.stats.get_value("newswatch/not_modified") is None


def test_new_validators_from_a_server_that_ignored_the_conditions_replace_the_old(middleware, crawler):
    fetched_and_enqueued(middleware, crawler, article_request(), ETag=ETAG, **{"Last-Modified": LAST_MODIFIED})
    fetched_and_enqueued(middleware, crawler, article_request(), ETag=b'"v2"')
    assert middleware.store.get(URL) == Validators(etag=b'"v2"')


def test_validators_are_forgotten_when_the_server_stops_sending_them(middleware, crawler):
    fetched_and_enqueued(middleware, crawler, article_request(), ETag=ETAG)
    fetched_and_enqueued(middleware, crawler, article_request())
    assert middleware.store.get(URL) is None


def test_validators_are_kept_only_once_the_article_has_left_the_pipeline(middleware):
    request = article_request()
    middleware.process_request(request)
    middleware.process_response(request, respond(request, ETag=ETAG))  # fetched, never enqueued
    assert middleware.store.get(URL) is None


def test_an_etag_too_long_for_a_compact_hash_is_not_kept_but_the_date_is(middleware, crawler, redis_conn):
    long_etag = b'"' + b"e" * 80 + b'"'
    fetched_and_enqueued(middleware, crawler, article_request(), ETag=long_etag, **{"Last-Modified": LAST_MODIFIED})
    refetch = article_request()
    middleware.process_request(refetch)
    assert sent_headers(refetch) == {b"If-Modified-Since": LAST_MODIFIED}
    assert crawler.stats.get_value("newswatch/conditional/etag_too_long") == 1
    middleware.store.flush()
    assert {redis_conn.object("encoding", key) for key in redis_conn.keys("nwcond:validators:*")} == {b"listpack"}


def test_a_redirected_request_carries_its_own_urls_validators_not_the_originals(middleware, crawler):
    fetched_and_enqueued(middleware, crawler, article_request(), ETag=ETAG)
    request = article_request()
    middleware.process_request(request)
    redirected = request.replace(url="http://127.0.0.1:8000/news/moved")  # as RedirectMiddleware builds it
    middleware.process_request(redirected)
    assert sent_headers(redirected) == {}


def test_pages_rendered_in_chromium_are_never_conditional(middleware, crawler):
    fetched_and_enqueued(middleware, crawler, article_request(), ETag=ETAG)
    request = article_request(playwright=True)  # Chromium aborts a navigation answered 304
    middleware.process_request(request)
    assert sent_headers(request) == {}
    assert middleware.process_response(request, respond(request, status=304)).status == 304


@pytest.mark.parametrize("kind", ["listing", "feed", "sitemap"])
def test_listings_feeds_and_sitemaps_are_refetched_conditionally_once_handled(middleware, crawler, kind):
    request = Request(URL, meta={"site": "demo", "kind": kind})
    middleware.process_request(request)
    response = middleware.process_response(request, respond(request, ETag=ETAG))
    assert middleware.store.get(URL) is None
    crawler.signals.send_catch_log(page_handled, response=response)  # every link it gave is queued
    middleware.memory.remember(URL, [])  # the spider remembers where a listing or sitemap leads (none here)
    refetch = Request(URL, meta={"site": "demo", "kind": kind})
    middleware.process_request(refetch)
    assert sent_headers(refetch) == {b"If-None-Match": ETAG}
    with pytest.raises(NotModified):
        middleware.process_response(refetch, respond(refetch, status=304))


@pytest.mark.parametrize("kind", ["listing", "sitemap"])
def test_a_304_listing_with_nothing_remembered_of_it_is_asked_again_in_full(middleware, crawler, kind):
    request = Request(URL, meta={"site": "demo", "kind": kind})
    middleware.process_request(request)
    crawler.signals.send_catch_log(page_handled, response=middleware.process_response(request, respond(
        request, ETag=ETAG)))
    refetch = Request(URL, meta={"site": "demo", "kind": kind})
    middleware.process_request(refetch)
    again = middleware.process_response(refetch, respond(refetch, status=304))
    assert isinstance(again, Request) and again.url == URL
    middleware.process_request(again)
    assert sent_headers(again) == {}  # in full: where it leads is read again
    assert crawler.stats.get_value("newswatch/conditional/unremembered") == 1


def test_a_listing_fetched_but_not_handled_keeps_no_validators(middleware):
    request = Request(URL, meta={"site": "demo", "kind": "listing"})
    middleware.process_request(request)
    middleware.process_response(request, respond(request, ETag=ETAG))  # its links never queued (process killed)
    assert middleware.store.get(URL) is None


def test_listings_are_never_conditional_unless_the_setting_says_so(redis_url, redis_conn):
    crawler = get_crawler(settings_dict={"NEWSWATCH_CONDITIONAL_REQUESTS": 1, "NEWSWATCH_REDIS_URL": redis_url,
                                         "NEWSWATCH_KEY_PREFIX": "nwcond", "NEWSWATCH_FRONTIER_BUCKETS": 16,
                                         "NEWSWATCH_DEDUP_TTL": 3600})
    middleware = ConditionalRequestsMiddleware.from_crawler(crawler)
    request = Request(URL, meta={"site": "demo", "kind": "listing"})
    crawler.signals.send_catch_log(page_handled, response=middleware.process_response(request, respond(
        request, ETag=ETAG)))
    refetch = Request(URL, meta={"site": "demo", "kind": "listing"})
    middleware.process_request(refetch)
    assert sent_headers(refetch) == {}
    middleware.store.redis.close()


def test_the_middleware_is_off_when_the_setting_is_0(redis_url):
    crawler = get_crawler(settings_dict={"NEWSWATCH_CONDITIONAL_REQUESTS": 0, "NEWSWATCH_REDIS_URL": redis_url})
    with pytest.raises(NotConfigured):
        ConditionalRequestsMiddleware.from_crawler(crawler)


# --- real crawls of the bundled site --------------------------------------------------------

class Crawl:
    """What one crawl left: its stats, what the site saw, and the articles it enqueued."""

    def __init__(self, connection, config, crawl_id, site):
        stats = connection.hgetall(config.keys.crawl_stats(crawl_id))
        self.stats = {k.decode(): int(v) for k, v in stats.items() if k != b"finish_reason"}
        self.conditional, self.not_modified = site.conditional_hits(), site.not_modified_hits()
        queue = Queue(config.article_queue, connection=connection, serializer=JSONSerializer)
        self.enqueued = {message["url"] for job in queue.jobs for message in job.args[0]}


@pytest.fixture(scope="module")
def crawls(redis_url, demo_site, tmp_path_factory):
    rules = tmp_path_factory.mktemp("rules") / "no-rules.toml"
    rules.write_text("", encoding="utf-8")
    config = load_config().with_changes(redis_url=redis_url, keys=RedisKeys("nwcond"), article_queue="cond-articles",
                                        alert_queue="cond-alerts", rules_path=str(rules))
    connection = connect(redis_url)
    connection.flushdb()
    runtime.configure(config)
    done = []
    for number, edition in enumerate((1, 1, 2), start=1):
        demo_site.edition = edition
        demo_site.reset_hits()
        crawl_id = f"conditional-{number}"
        run_crawl(crawl_env(config, crawl_id, base_urls=demo_base_urls(demo_site), revisit_after=0), timeout=240)
        done.append(Crawl(connection, config, crawl_id, demo_site))
        assert drain(connection, config, timeout=120), "queues did not drain"
    events = [ArticleEvent.from_stream_fields(fields) for _, fields in connection.xrange(config.keys.stream)]
    in_flight = [key for key in connection.keys("nwcond:polite:*:inflight") if connection.zcard(key)]
    yield {"crawls": done, "events": events, "expected": demo_site.expected(1), "in_flight": in_flight}
    runtime.reset()
    connection.flushdb()
    connection.close()


def paths(urls):
    return {"/" + url.split("/", 3)[3] for url in urls}


def listed_over_http(expected):
    """Main-site article paths a revisit rediscovers on listings and fetches without Chromium."""
    return paths(set(expected["listed_urls"]) - set(expected["js_urls"]))


@pytest.mark.integration
def test_the_first_crawl_keeps_validators_of_every_article_fetched_over_http(crawls):
    first, expected = crawls["crawls"][0], crawls["expected"]
    over_http = len(expected["articles"]) - len(expected["js_urls"]) + len(expected["partner_urls"])
    assert first.stats["newswatch/conditional/stored"] == over_http
    assert first.conditional == {} and "newswatch/not_modified" not in first.stats


@pytest.mark.integration
def test_a_revisit_of_an_unchanged_site_gets_a_304_for_every_article_fetched_over_http(crawls):
    second, expected = crawls["crawls"][1], crawls["expected"]
    answered_304 = {path for (site, path) in second.not_modified if site == "main"}
    assert answered_304 == listed_over_http(expected)
    assert second.conditional == second.not_modified
    assert second.stats["newswatch/site_not_modified/clashwire"] == len(answered_304)
    assert second.stats["newswatch/not_modified"] == len(answered_304) + len(expected["partner_urls"])
    assert "newswatch/errors/NotModified" not in second.stats


@pytest.mark.integration
def test_articles_answered_304_are_not_enqueued(crawls):
    second, expected = crawls["crawls"][1], crawls["expected"]
    assert second.enqueued and second.enqueued <= set(expected["js_urls"])  # Chromium pages: always in full


@pytest.mark.integration
def test_after_an_edit_the_edited_article_is_fetched_in_full_and_is_an_update(crawls):
    third, expected = crawls["crawls"][2], crawls["expected"]
    edited = expected["edited_url"]
    assert paths([edited]) <= set(path for _, path in third.conditional) - set(p for _, p in third.not_modified)
    assert edited in third.enqueued
    updates = [e for e in crawls["events"] if e.event == "update"]
    assert [e.article["canonical_url"] for e in updates] == [edited]


@pytest.mark.integration
def test_pages_listing_the_edited_headline_as_related_news_change_too(crawls):
    third, expected = crawls["crawls"][2], crawls["expected"]
    arts = content.articles(1)
    changed = {arts[slug].path for slug in arts if EDITED_SLUG in arts[slug].related} | paths([expected["edited_url"]])
    fetched_in_full = {path for (site, path) in third.conditional - third.not_modified if site == "main"}
    answered_304 = {path for (site, path) in third.not_modified if site == "main"}
    assert len(fetched_in_full) > 1 and fetched_in_full <= changed
    assert answered_304 and answered_304.isdisjoint(changed)


@pytest.mark.integration
def test_no_host_slot_is_left_held_after_the_304s(crawls):
    assert crawls["in_flight"] == []


def test_validators_are_written_to_redis_in_batches_and_when_the_spider_closes(middleware, crawler, redis_conn):
    for n in range(WRITE_BATCH - 1):
        fetched_and_enqueued(middleware, crawler, article_request(f"{URL}-{n}"), ETag=ETAG)
    assert redis_conn.keys("nwcond:validators:*") == []
    assert middleware.store.get(f"{URL}-0") == Validators(etag=ETAG)  # a write waiting is read back
    fetched_and_enqueued(middleware, crawler, article_request(f"{URL}-last"), ETag=ETAG)
    assert sum(redis_conn.hlen(key) for key in redis_conn.keys("nwcond:validators:*")) == WRITE_BATCH
    fetched_and_enqueued(middleware, crawler, article_request(), ETag=ETAG)
    crawler.signals.send_catch_log(signals.spider_closed, spider=None, reason="finished")
    assert sum(redis_conn.hlen(key) for key in redis_conn.keys("nwcond:validators:*")) == WRITE_BATCH + 1
    assert all(redis_conn.ttl(key) > 0 for key in redis_conn.keys("nwcond:validators:*"))


def test_a_write_waiting_for_its_batch_is_forgotten_with_the_page(middleware, crawler, redis_conn):
    fetched_and_enqueued(middleware, crawler, article_request(), ETag=ETAG)
    middleware.store.forget(URL)
    middleware.store.flush()
    assert middleware.store.get(URL) is None
    assert redis_conn.keys("nwcond:validators:*") == []


def test_validators_of_pages_just_leased_are_read_in_one_round_trip(middleware, crawler, monkeypatch):
    fetched_and_enqueued(middleware, crawler, article_request(), ETag=ETAG)
    middleware.store.flush()
    entries = [{"url": URL, "site": "demo", "kind": "article"}, {"url": f"{URL}-new", "site": "demo", "kind": "article"}]
    crawler.signals.send_catch_log(pages_leased, entries=entries)
    monkeypatch.setattr(middleware.store.redis, "hget", lambda *args: pytest.fail("read one by one"))
    refetch, new = article_request(), article_request(f"{URL}-new")
    middleware.process_request(refetch)
    middleware.process_request(new)
    assert sent_headers(refetch) == {b"If-None-Match": ETAG}
    assert sent_headers(new) == {}
