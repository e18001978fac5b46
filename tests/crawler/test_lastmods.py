"""An article whose sitemap <lastmod> or feed <updated> moves on is fetched again at once (crawler.frontier.lastmods)."""

import pytest
from rq import Queue
from rq.serializers import JSONSerializer

from crawler.frontier.lastmods import Lastmods, parse_date
from newswatch.demo.runner import crawl_env, run_crawl
from newswatch.shared.redis_keys import RedisKeys
from tests.crawler.polling_site import PollingSite, seeds
from workers.config import load_config

URL = "http://127.0.0.1:1/news/quay-plan"


@pytest.mark.parametrize("text, epoch", [
    ("2026-12-01T10:00:00+00:00", 1796119200),
    ("2026-12-01T06:00:00-04:00", 1796119200),
    ("2026-12-01T10:00:00Z", 1796119200),
    ("2026-12-01T10:00:00", 1796119200),  # no zone: taken as UTC
    ("2026-12-01", 1796083200),
    ("Tue, 01 Dec 2026 10:00:00 GMT", 1796119200),
    ("", None),
    ("yesterday", None),
])
def test_sitemap_and_feed_dates_are_read(text, epoch):
    assert parse_date(text) == epoch


def test_the_first_date_seen_is_kept_without_a_refetch(redis_conn):
    lastmods = Lastmods(redis_conn, RedisKeys("nwlm"), ttl=60)
    assert lastmods.moved_on("little", [(URL, "2026-12-01T10:00:00Z")]) == []


def test_a_later_date_calls_for_one_refetch_whichever_sources_give_it(redis_conn):
    lastmods = Lastmods(redis_conn, RedisKeys("nwlm"), ttl=60)
    lastmods.moved_on("little", [(URL, "2026-12-01T10:00:00Z")])
    assert lastmods.moved_on("little", [(URL, "2026-12-01T10:00:00Z")]) == []
    assert lastmods.moved_on("little", [(URL, "2026-12-01T10:05:00Z")]) == [URL]
    assert lastmods.moved_on("little", [(URL, "2026-12-01T10:05:00Z")]) == []  # the feed, after the sitemap
    assert lastmods.moved_on("little", [(URL, "2026-12-01T09:00:00Z")]) == []  # an older copy of a sitemap


@pytest.mark.integration
@pytest.mark.parametrize("feeds, sitemaps", [(True, False), (False, True)])
def test_an_article_edited_since_the_last_round_is_fetched_again_and_handed_on(redis_url, redis_conn, tmp_path,
                                                                             feeds, sitemaps):
    site = PollingSite()
    try:
        config = load_config().with_changes(redis_url=redis_url, keys=RedisKeys("nwlm"), article_queue="lm-articles")
        env = crawl_env(config, "first", seeds=seeds(tmp_path, site.base_url, feeds=feeds, sitemaps=sitemaps),
                        revisit_after=3600, conditional_listings=1, lastmod_refetch=1)
        run_crawl(env, timeout=120)
        site.log.clear()
        site.texts["/news/quay-plan"] = "A third berth was added to the plan on Tuesday."
        site.feed["/news/quay-plan"] = "2026-12-02T09:00:00+00:00"
        run_crawl({**env, "NEWSWATCH_CRAWL_ID": "second"}, timeout=120)
        assert site.fetched()["/news/quay-plan"] == [200]
        queue = Queue("lm-articles", connection=redis_conn, serializer=JSONSerializer)
        handed_on = [message["url"] for job in queue.jobs for message in job.args[0]]
        assert handed_on.count(site.base_url + "/news/quay-plan") == 2
    finally:
        site.stop()
