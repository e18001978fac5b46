"""Self-monitoring checks against a real Redis, each alert delivered to a local webhook.

One alert when a condition opens, one when it clears, none in between,
however often the check runs; a channel that is down gets the alert later.
"""

import time

import pytest

from crawler.seeds import SiteConfig
from newswatch.monitor.watch_alerts import WatchAlerts
from newswatch.monitor.watchdog import WatchConfig, Watchdog
from workers.events import ArticleEvent

SITES = {"wire": SiteConfig(name="wire", base_url="http://127.0.0.1:1", start_urls=())}


@pytest.fixture
def watchdog(redis_conn, worker_config, webhook):
    alerts = WatchAlerts(redis_conn, worker_config.keys, {"default": [webhook.apprise_url]}, "default")
    return Watchdog(redis_conn, worker_config.keys, SITES, WatchConfig(min_silence=60, max_backlog=100), alerts)


def titles(webhook):
    return [message["title"] for message in webhook.received]


def round_stats(pages=20, article_pages=10, articles=10, errors=0):
    return {"response_received_count": pages, "newswatch/article_pages": article_pages,
            "newswatch/enqueued": articles, "newswatch/errors/TimeoutError": errors}


def new_article_event():
    return ArticleEvent("new", "a1", 1, {"site": "wire", "title": "Fresh", "url": "http://127.0.0.1:1/news/a"},
                        "2026-11-25T00:00:00+00:00")


def test_a_site_is_silent_after_the_minimum_silence_and_alerts_once(watchdog, webhook):
    watchdog.watch_from("wire", now=1000)
    watchdog.check_silence(now=1050)
    assert titles(webhook) == []
    for now in (1061, 1100, 5000):
        watchdog.check_silence(now)
    assert titles(webhook) == ["wire: no new article for 1 min"]


def test_a_new_article_clears_the_silence_with_one_more_alert(watchdog, webhook):
    watchdog.watch_from("wire", now=1000)
    watchdog.check_silence(now=2000)
    watchdog.saw_events([new_article_event()], now=2001)
    watchdog.saw_events([new_article_event()], now=2002)
    assert titles(webhook) == ["wire: no new article for 16.7 min", "wire: publishing again"]


def test_the_usual_gap_between_new_articles_stretches_the_silence_allowed(watchdog, webhook):
    watchdog.watch_from("wire", now=0)
    watchdog.round_finished("wire", round_stats())
    watchdog.saw_events([new_article_event()], now=1000)
    watchdog.saw_events([new_article_event()], now=4600)  # usual gap: 3600 s, so silent after 4 x 3600
    watchdog.check_silence(now=4600 + 3 * 3600)
    assert titles(webhook) == []
    watchdog.check_silence(now=4600 + 4 * 3600 + 1)
    assert titles(webhook) == ["wire: no new article for 4 h"]


def test_a_round_with_article_pages_but_few_articles_is_a_yield_drop(watchdog, webhook):
    watchdog.round_finished("wire", round_stats(article_pages=10, articles=10))
    watchdog.round_finished("wire", round_stats(article_pages=10, articles=2))
    watchdog.round_finished("wire", round_stats(article_pages=10, articles=1))
    watchdog.round_finished("wire", round_stats(article_pages=10, articles=10))
    assert titles(webhook) == ["wire: extraction yield dropped to 20%", "wire: extraction yield back to 100%"]


def test_a_round_with_no_article_pages_says_nothing_about_yield(watchdog, webhook):
    watchdog.round_finished("wire", round_stats(article_pages=10, articles=10))
    watchdog.round_finished("wire", round_stats(pages=5, article_pages=0, articles=0))  # all 304 or no news
    assert titles(webhook) == []


def test_an_error_rate_jump_alerts_but_a_few_errors_do_not(watchdog, webhook):
    watchdog.round_finished("wire", round_stats(pages=100, errors=2))
    assert titles(webhook) == []
    watchdog.round_finished("wire", round_stats(pages=30, errors=20))
    watchdog.round_finished("wire", round_stats(pages=30, errors=20))
    watchdog.round_finished("wire", round_stats(pages=100, errors=0))
    assert titles(webhook) == ["wire: 40% of fetches failed", "wire: fetches succeed again (0% failed)"]


def test_a_backlog_alerts_above_the_bound_and_clears_below_half_of_it(watchdog, webhook):
    for waiting in (50, 101, 150, 60, 50):
        watchdog.check_backlog("articles", waiting)
    assert titles(webhook) == ["queue articles: 101 articles waiting", "queue articles: backlog cleared"]


def test_an_alert_the_channel_refused_is_delivered_once_it_is_back(watchdog, webhook, redis_conn, worker_config):
    webhook.fail_with = 500
    watchdog.check_backlog("articles", 500)
    assert watchdog.alerts.deliver_pending() == 1
    pending = redis_conn.hgetall(worker_config.keys.watch_pending)
    assert len(pending) == 1 and b"channel(s) failed: default#0" in next(iter(pending.values()))
    webhook.fail_with = None
    assert watchdog.alerts.deliver_pending() == 1  # backing off: not tried again at once
    assert watchdog.alerts.deliver_pending(now=time.time() + 600) == 0
    assert titles(webhook) == ["queue articles: 500 articles waiting"]


def test_a_yield_that_stays_low_stays_alerted_rather_than_becoming_the_usual(watchdog, webhook):
    watchdog.round_finished("wire", round_stats(article_pages=10, articles=10))
    for _ in range(20):
        watchdog.round_finished("wire", round_stats(article_pages=10, articles=1))
    assert titles(webhook) == ["wire: extraction yield dropped to 10%"]


def test_silence_is_judged_only_once_a_round_ended_since_the_monitor_began_acting(watchdog, webhook, redis_conn,
                                                                                 worker_config):
    watchdog.watch_from("wire", now=0)
    redis_conn.hset(worker_config.keys.monitor_site("wire"), "last_finished", 500)  # a round before an outage
    watchdog.check_silence(now=90_000, rounds_since=80_000)  # monitors were all down meanwhile
    assert titles(webhook) == []
    redis_conn.hset(worker_config.keys.monitor_site("wire"), "last_finished", 80_100)
    watchdog.check_silence(now=90_000, rounds_since=80_000)
    assert titles(webhook) == ["wire: no new article for 1 d"]


def test_a_condition_goes_out_as_an_apprise_warning_and_its_clearing_as_a_success(watchdog, webhook):
    watchdog.watch_from("wire", now=1000)
    watchdog.check_silence(now=2000)
    watchdog.saw_events([new_article_event()], now=2001)
    assert [message["type"] for message in webhook.received] == ["warning", "success"]
