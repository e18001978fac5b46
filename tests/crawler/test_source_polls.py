"""Listings, feeds and sitemaps are polled by what they yield (crawler.frontier.source_polls).

A site on 127.0.0.1 (tests/crawler/polling_site.py) lists its articles in a feed and on its home page;
its section page lists articles that nothing else does. Crawled as monitor rounds are, one after the
other, with conditional listings and source polling on.
"""

import time

import pytest

from crawler.frontier.source_polls import SourceSchedule
from newswatch.demo.runner import crawl_env, run_crawl
from newswatch.shared.redis_keys import RedisKeys
from tests.crawler.polling_site import PollingSite, seeds
from workers.config import load_config

pytestmark = pytest.mark.integration


@pytest.fixture
def site():
    served = PollingSite()
    yield served
    served.stop()


def rounds(site, redis_url, tmp_path, **settings):
    """A function running one more crawl round of ``site``, as the monitor does."""
    config = load_config().with_changes(redis_url=redis_url, keys=RedisKeys("nwpoll"), article_queue="poll-articles")
    env = crawl_env(config, "round-0", seeds=seeds(tmp_path, site.base_url), revisit_after=3600,
                    conditional_listings=1, source_polling=1, **settings)
    count = iter(range(1, 1000))

    def run():
        site.log.clear()
        run_crawl({**env, "NEWSWATCH_CRAWL_ID": f"round-{next(count)}"}, timeout=120)
        return site.fetched()
    return run


def test_a_home_page_listing_only_what_the_feed_gave_is_not_fetched_next_round(site, redis_url, redis_conn, tmp_path):
    next_round = rounds(site, redis_url, tmp_path)
    first = next_round()  # the feed and the home page both give the article, in whichever order they come
    assert first["/rss.xml"] == [200] and first["/"] == [200]

    site.feed["/news/new-berths"] = "2026-12-01T11:00:00+00:00"
    second = next_round()
    assert "/" not in second  # it only repeated the feed, which is credited first: backed off
    assert second["/rss.xml"] == [200] and second["/news/new-berths"] == [200]


def test_a_section_page_that_alone_lists_some_articles_is_still_read_each_round(site, redis_url, redis_conn,
                                                                              tmp_path):
    next_round = rounds(site, redis_url, tmp_path)
    next_round()
    site.local.append("/news/ferry-strike")
    second = next_round()
    # the home page is not due, but the section page it led to is followed as if it had answered 304
    assert "/" not in second and second["/section/local"] == [200] and second["/news/ferry-strike"] == [200]

    site.local.append("/news/library-hours")
    third = next_round()
    assert third["/section/local"] == [200] and third["/news/library-hours"] == [200]


def test_a_source_answering_304_keeps_being_polled(site, redis_url, redis_conn, tmp_path):
    next_round = rounds(site, redis_url, tmp_path)
    next_round()
    assert next_round()["/rss.xml"] == [304]
    assert next_round()["/rss.xml"] == [304]


def test_a_backed_off_source_is_polled_again_once_its_back_off_has_passed(site, redis_url, redis_conn, tmp_path):
    next_round = rounds(site, redis_url, tmp_path, source_backoff=30)  # a round may take seconds on a busy machine
    next_round()
    ended = time.monotonic()
    assert "/" not in next_round()
    time.sleep(max(0.0, 30.5 - (time.monotonic() - ended)))
    assert next_round()["/"] == [304]


def test_robots_txt_is_fetched_once_for_many_rounds(site, redis_url, redis_conn, tmp_path):
    next_round = rounds(site, redis_url, tmp_path)
    assert next_round()["/robots.txt"] == [200]
    assert "/robots.txt" not in next_round()
    assert redis_conn.ttl("nwpoll:robots:" + site.base_url.removeprefix("http://")) > 3000


@pytest.mark.parametrize("misses, delay", [(0, 0), (1, 1800), (2, 3600), (3, 7200), (5, 21600), (40, 21600)])
def test_the_back_off_doubles_at_each_redundant_poll_up_to_its_ceiling(redis_conn, misses, delay):
    schedule = SourceSchedule(redis_conn, RedisKeys("nwpoll"), backoff=1800, max_backoff=21600, ttl=60)
    assert schedule.delay(misses) == delay


def test_a_source_that_yields_again_is_due_at_once(redis_conn):
    schedule = SourceSchedule(redis_conn, RedisKeys("nwpoll"), backoff=1800, max_backoff=21600, ttl=60)
    url = "http://127.0.0.1:1/"
    schedule.record("little", {url: "redundant"}, now=1000.0)
    schedule.record("little", {url: "quiet"}, now=1000.0)  # a 304 while backed off: still backed off
    assert not schedule.is_due("little", url, now=2000.0) and schedule.is_due("little", url, now=2800.0)
    schedule.record("little", {url: "yielded"}, now=2800.0)
    assert schedule.is_due("little", url, now=2800.0)
    schedule.record("little", {url: "redundant"}, now=2800.0)
    assert schedule.is_due("little", url, now=2800.0 + 1800)  # the count started again
