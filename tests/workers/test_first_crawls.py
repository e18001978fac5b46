"""Old news is not news: until a crawl of a site has finished, what is found on it older than
NEWSWATCH_ALERT_MAX_AGE is learned without alerting; everything else alerts as before (real Redis).
A crawl that finishes marks its sites learned (crawler.extensions.SitesLearned, run for real in
tests/test_redis_wiped.py); here ``finished`` does what it writes."""

from datetime import datetime, timedelta, timezone

import pytest

from newswatch.shared.items import Article
from workers.events import ArticleEvent
from workers.processing import ArticleProcessor
from workers.rules import Rule

RULES = [Rule("maduro", ("Maduro",))]
DAY = 24 * 3600


def ago(hours):
    return (datetime.now(timezone.utc) - timedelta(hours=hours)).isoformat(timespec="seconds")


def article(slug, published_at, crawl_id="first", site="x"):
    return Article(url=f"http://{site}.test/news/{slug}", canonical_url=f"http://{site}.test/news/{slug}", site=site,
                   title=f"Maduro {slug}", body=[f"Maduro said {slug} on the record."], published_at=published_at,
                   crawl_id=crawl_id)


@pytest.fixture
def processor(redis_conn, worker_config):
    return ArticleProcessor(redis_conn, worker_config.with_changes(alert_max_age=2 * DAY), RULES)


def finished(redis_conn, config, crawl_id, site="x"):
    redis_conn.hsetnx(config.keys.sites_learned, site, crawl_id)


def alerted(outcome):
    return bool(outcome.alerts)


def test_a_sites_first_crawl_learns_old_articles_without_alerting_and_alerts_recent_and_undated_ones(
        processor, redis_conn, worker_config):
    assert not alerted(processor.process(article("archive", "2025-08-08")))
    assert not alerted(processor.process(article("last-week", ago(24 * 7))))
    assert alerted(processor.process(article("this-morning", ago(3))))
    assert alerted(processor.process(article("undated", None)))  # no date: never a silent miss
    assert alerted(processor.process(article("bad-date", "Monday")))
    events = [ArticleEvent.from_stream_fields(f).event for _, f in redis_conn.xrange(worker_config.keys.stream)]
    assert events == ["new"] * 5  # learned: published downstream like any article
    stats = redis_conn.hgetall(worker_config.keys.crawl_stats("first"))
    assert int(stats[b"alerts/withheld_old"]) == 2


def test_once_a_crawl_of_the_site_finished_an_old_article_found_later_alerts(processor, redis_conn, worker_config):
    processor.process(article("recent", ago(1), crawl_id="first"))
    assert not alerted(processor.process(article("archive", "2025-08-08", crawl_id="second")))  # first not done
    finished(redis_conn, worker_config, "first")
    assert alerted(processor.process(article("found-late", "2025-08-08", crawl_id="third")))


def test_the_finished_crawls_own_articles_still_in_the_queue_stay_quiet(processor, redis_conn, worker_config):
    finished(redis_conn, worker_config, "first")
    assert not alerted(processor.process(article("archive", "2025-08-08", crawl_id="first")))


def test_each_site_is_learned_on_its_own(processor, redis_conn, worker_config):
    finished(redis_conn, worker_config, "first", site="x")
    assert not alerted(processor.process(article("archive", "2025-08-08", crawl_id="second", site="y")))


def test_an_old_article_learned_quietly_alerts_when_it_changes(processor, redis_conn, worker_config):
    processor.process(article("archive", "2025-08-08"))
    finished(redis_conn, worker_config, "first")
    changed = article("archive", "2025-08-08", crawl_id="second")
    changed.body = ["Maduro said archive on the record.", "A new paragraph: Maduro answered."]
    outcome = processor.process(changed)
    assert outcome.event == "update" and alerted(outcome)


def test_after_redis_is_wiped_every_site_is_learned_again(processor, redis_conn, worker_config):
    finished(redis_conn, worker_config, "first")
    redis_conn.flushdb()  # the wipe: nothing remembered
    assert not alerted(processor.process(article("archive", "2025-08-08", crawl_id="after-wipe")))


def test_a_window_of_zero_alerts_old_articles_too(redis_conn, worker_config):
    processor = ArticleProcessor(redis_conn, worker_config.with_changes(alert_max_age=0), RULES)
    assert alerted(processor.process(article("archive", "2025-08-08")))
