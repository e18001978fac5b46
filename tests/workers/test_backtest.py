"""Backtests against a real Redis: articles stored by the worker stage, rules run over them afterwards.

"""


import pytest

from newswatch.shared.items import Article
from newswatch.shared.redis_keys import RedisKeys
from workers.backtest import backtest, limitations
from workers.processing import ArticleProcessor
from workers.rules import Rule

MADURO = Rule("maduro", ("Maduro", "Nicolás Maduro"), severity="high")
NUCLEAR = Rule("nuclear", ("nuclear regulator",))


def article(slug, title, body, fetched_at="2026-01-05T10:00:00+00:00"):
    url = f"http://x.test/news/{slug}"
    return Article(url=url, canonical_url=url, site="x", title=title, body=body, fetched_at=fetched_at)


EXILE = article("exile", "Exile offer", ["Nicolás Maduro refused.", "Talks failed."])
PARK = article("park", "Madurodam grows", ["The miniature park opened a harbour."])
REGULATOR = article("regulator", "Regulator loses phone", ["Japan's nuclear regulator lost a phone."])


@pytest.fixture
def store(redis_conn, worker_config):
    """Stores articles as the worker stage does, raising no alert (no rules): backtests run on what it kept."""
    processor = ArticleProcessor(redis_conn, worker_config, [])
    return lambda *articles: [processor.process(a) for a in articles]


def run(redis_conn, worker_config, rules, limit=None):
    return backtest(redis_conn, worker_config.keys, rules, limit)


def test_a_backtest_reports_what_each_rule_would_have_alerted(store, redis_conn, worker_config):
    [exile, _, _] = store(EXILE, PARK, REGULATOR)
    [hit] = run(redis_conn, worker_config, [MADURO])
    assert hit == {"rule": "maduro", "severity": "high", "article_id": exile.article_id, "version": 1,
                   "url": EXILE.url, "title": "Exile offer", "terms": ["Maduro", "Nicolás Maduro"],
                   "fetched_at": EXILE.fetched_at}


def test_hits_come_in_rule_order(store, redis_conn, worker_config):
    store(EXILE, PARK, REGULATOR)
    assert [hit["rule"] for hit in run(redis_conn, worker_config, [NUCLEAR, MADURO])] == ["nuclear", "maduro"]


def test_within_a_rule_the_newest_fetch_comes_first(store, redis_conn, worker_config):
    store(article("old", "Maduro then", ["Old."], "2026-01-04T10:00:00+00:00"),
          article("new", "Maduro now", ["New."], "2026-01-06T10:00:00+00:00"))
    assert [hit["title"] for hit in run(redis_conn, worker_config, [MADURO])] == ["Maduro now", "Maduro then"]


def test_the_latest_version_is_what_a_backtest_reads(store, redis_conn, worker_config):
    mentioned = article("later", "Talks", ["Talks went on."])
    store(mentioned, article("later", "Talks", ["Talks went on.", "Maduro left."]))
    dropped = article("dropped", "Talks", ["Maduro stayed."])
    store(dropped, article("dropped", "Talks", ["Nobody stayed."]))
    assert [(h["url"], h["version"]) for h in run(redis_conn, worker_config, [MADURO])] == [(mentioned.url, 2)]


def test_a_duplicate_is_not_backtested_twice(store, redis_conn, worker_config):
    copy = article("copy", "Another headline", EXILE.body)
    [original, duplicate] = store(EXILE, copy)
    assert duplicate.event == "duplicate"
    assert [hit["article_id"] for hit in run(redis_conn, worker_config, [MADURO])] == [original.article_id]


def test_a_backtest_raises_no_alert(store, redis_conn, worker_config):
    store(EXILE)
    run(redis_conn, worker_config, [MADURO])
    assert redis_conn.llen(worker_config.keys.alert_log) == 0


def test_the_limit_bounds_the_articles_read(store, redis_conn, worker_config):
    store(*(article(f"m{n}", f"Maduro {n}", [f"Maduro said {n}."]) for n in range(5)))
    assert len(run(redis_conn, worker_config, [MADURO], limit=3)) == 3


def test_articles_under_another_prefix_are_not_read(store, redis_conn, worker_config):
    store(EXILE)
    assert backtest(redis_conn, RedisKeys("elsewhere"), [MADURO]) == []


def test_a_rule_reading_only_related_titles_is_left_out_and_said_to_be(store, redis_conn, worker_config):
    store(EXILE)
    related_only = Rule("related", ("Maduro",), fields=("related",))
    assert run(redis_conn, worker_config, [related_only]) == []
    assert "not backtested" in limitations([related_only])["related"]


def test_a_rule_reading_related_and_more_is_tested_on_the_rest_and_said_to_be(store, redis_conn, worker_config):
    store(EXILE)
    partly = Rule("partly", ("Maduro",), fields=("body", "related"))
    assert len(run(redis_conn, worker_config, [partly])) == 1
    assert limitations([partly, MADURO]) == {"partly": "related titles are not kept with versions: tested on body only"}
