"""The decaying revisit schedule: each article comes back at each delay after first sight, once."""

import subprocess
import sys
import time
from urllib.parse import urlsplit

import pytest

from crawler.frontier.revisits import RevisitSchedule
from newswatch.demo.runner import crawl_env, demo_base_urls
from newswatch.shared.redis_keys import RedisKeys
from newswatch.shared.settings import PROJECT_ROOT

KEYS = RedisKeys("nwtest")
URL = "http://127.0.0.1/news/a"


def schedule(redis_conn, delays):
    return RevisitSchedule(redis_conn, KEYS, delays, ttl=3600)


def test_an_enrolled_article_is_not_due_before_its_first_delay(redis_conn):
    revisits = schedule(redis_conn, [60, 3600])
    revisits.enroll("s", [URL])
    assert revisits.take_due("s") == []


def test_an_article_comes_back_once_per_step_then_never(redis_conn):
    # Steps 3 s apart: a machine slow for a moment must not make the second step due already.
    revisits = schedule(redis_conn, [1, 4])
    enrolled = time.monotonic()
    revisits.enroll("s", [URL])
    sleep_until(enrolled + 1.1)
    assert revisits.take_due("s") == [URL]
    assert revisits.take_due("s") == []  # taken: not due again until the next step
    sleep_until(enrolled + 4.1)
    assert revisits.take_due("s") == [URL]
    time.sleep(1.0)
    assert revisits.take_due("s") == []  # past the last step


def sleep_until(moment):
    time.sleep(max(0.0, moment - time.monotonic()))


def test_the_next_step_counts_from_first_sight_not_from_the_revisit(redis_conn):
    revisits = schedule(redis_conn, [1, 2])
    revisits.enroll("s", [URL])
    time.sleep(2.1)  # a late round: both steps have passed
    assert revisits.take_due("s") == [URL]
    assert revisits.take_due("s") == [URL]  # the second step was due already
    assert revisits.take_due("s") == []


def test_enrolling_again_keeps_the_article_in_its_place(redis_conn):
    revisits = schedule(redis_conn, [1, 60])
    revisits.enroll("s", [URL])
    time.sleep(1.1)
    assert revisits.take_due("s") == [URL]
    revisits.enroll("s", [URL])  # seen again on a listing
    time.sleep(1.1)
    assert revisits.take_due("s") == []


def test_sites_have_separate_schedules(redis_conn):
    revisits = schedule(redis_conn, [1])
    revisits.enroll("a", [URL])
    time.sleep(1.1)
    assert revisits.take_due("b") == []
    assert revisits.take_due("a") == [URL]


def test_an_empty_schedule_revisits_nothing(redis_conn):
    revisits = schedule(redis_conn, [])
    revisits.enroll("s", [URL])
    assert redis_conn.exists(KEYS.revisit_due("s")) == 0


@pytest.mark.parametrize("delays", [[3600, 600], [0, 60], [-5]])
def test_a_schedule_must_be_increasing_positive_delays(redis_conn, delays):
    with pytest.raises(ValueError, match="NEWSWATCH_REVISIT_SCHEDULE"):
        schedule(redis_conn, delays)


def crawl_site(worker_config, site, **settings):
    """A real crawl of the bundled site's main host, in a child process."""
    env = crawl_env(worker_config, "", base_urls=demo_base_urls(site), **settings)
    subprocess.run([sys.executable, "-m", "scrapy", "crawl", "news", "-a", "site=clashwire"], cwd=PROJECT_ROOT,
                   env=env, timeout=300, check=True)


def article_hits(site):
    return {path: n for path, n in site.hits().items() if path[1].startswith(("/news/", "/live/"))}


@pytest.mark.parametrize("schedule, refetched", [("1 3600", True), ("", False)])
def test_a_round_fetches_the_articles_due_on_the_schedule_and_only_those(worker_config, redis_conn, site, schedule,
                                                                         refetched):
    crawl_site(worker_config, site, revisit_schedule=schedule, revisit_after=3600)
    first = article_hits(site)
    assert first and set(first.values()) == {1}
    time.sleep(1.2)
    site.reset_hits()
    crawl_site(worker_config, site, revisit_schedule=schedule, revisit_after=3600)
    again = article_hits(site)
    if refetched:  # every article enqueued was due after 1 s, though REVISIT_AFTER is an hour
        enrolled = redis_conn.hkeys(worker_config.keys.revisit_steps("clashwire"))
        assert {path for _, path in again} == {urlsplit(url.decode()).path for url in enrolled}
        assert len(again) >= len(first) - 3  # all but the pages that gave no article (a PDF, no title...)
    else:
        assert again == {}
