"""Backtests against a real Redis: articles stored by the worker stage, rules run over them afterwards.

The ``newswatch alerts`` commands are driven through click's runner on their own group.
"""

import json

import pytest
from click.testing import CliRunner

from crawler.items import Article
from crawler.redis_keys import RedisKeys
from newswatch.alerts_cli import alerts
from newswatch.cli import project_settings
from newswatch.redis_server import free_port
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


# --- newswatch alerts backtest / test ----------------------------------------------------------------

@pytest.fixture
def stored(redis_conn, worker_config):
    """EXILE, PARK and REGULATOR stored under the key prefix the CLI reads from the project settings."""
    config = worker_config.with_changes(keys=RedisKeys(project_settings().get("NEWSWATCH_KEY_PREFIX")))
    processor = ArticleProcessor(redis_conn, config, [])
    return [processor.process(a) for a in (EXILE, PARK, REGULATOR)]


@pytest.fixture
def rules_file(tmp_path):
    path = tmp_path / "rules.toml"
    path.write_text('[[rule]]\nid = "maduro"\nany = ["Maduro", "Nicolás Maduro"]\nnone = ["mango"]\n'
                    'all = ["refused"]\nseverity = "high"\nchannels = ["nowhere"]\n'
                    '[[rule]]\nid = "nuclear"\nany = ["nuclear regulator"]\n'
                    '[[rule]]\nid = "related"\nany = ["Maduro"]\nfields = ["related"]\n', encoding="utf-8")
    return path


def cli(*args):
    return CliRunner().invoke(alerts, list(args))


def test_the_backtest_command_prints_a_line_per_would_be_alert_and_a_count(stored, rules_file, redis_url):
    result = cli("backtest", "--rules", str(rules_file), "--redis-url", redis_url)
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        f"[HIGH] maduro: Exile offer (v1) {EXILE.url} - Maduro, Nicolás Maduro, refused",
        f"[MEDIUM] nuclear: Regulator loses phone (v1) {REGULATOR.url} - nuclear regulator",
        "2 would-be alert(s) from 3 rule(s)",
    ]
    assert "rule 'related' reads only related titles" in result.stderr


def test_the_backtest_command_tests_one_rule_as_json(stored, rules_file, redis_url):
    result = cli("backtest", "--rules", str(rules_file), "--redis-url", redis_url, "--rule", "nuclear", "--json")
    document = json.loads(result.stdout)
    assert (document["count"], document["alerts"][0]["url"], document["notes"]) == (1, REGULATOR.url, {})


def test_the_backtest_command_says_when_nothing_is_stored(redis_conn, rules_file, redis_url):
    result = cli("backtest", "--rules", str(rules_file), "--redis-url", redis_url)
    assert result.exit_code == 0 and "no stored article under prefix" in result.stderr


@pytest.mark.parametrize(("args", "message"), [
    (["--rule", "nope"], "no rule 'nope' in"),
    (["--rule", "related"], "rule 'related' reads only related titles"),
])
def test_the_backtest_command_refuses_a_rule_it_cannot_run(rules_file, redis_url, args, message):
    result = cli("backtest", "--rules", str(rules_file), "--redis-url", redis_url, *args)
    assert result.exit_code == 2 and message in result.stderr


def test_the_backtest_command_refuses_invalid_rules_with_exit_4(tmp_path, redis_url):
    path = tmp_path / "bad.toml"
    path.write_text('[[rule]]\nid = "a"\nany = ["x"]\nthrottle_minutes = -5\n', encoding="utf-8")
    result = cli("backtest", "--rules", str(path), "--redis-url", redis_url)
    assert result.exit_code == 4
    assert f"{path}: rule 'a': throttle_minutes must be" in result.stderr


def test_the_backtest_command_with_redis_unreachable_exits_3(rules_file):
    result = cli("backtest", "--rules", str(rules_file), "--redis-url", f"redis://127.0.0.1:{free_port()}/0")
    assert result.exit_code == 3 and "cannot reach Redis" in result.stderr


@pytest.mark.parametrize(("text", "line"), [
    ("Nicolás Maduro refused again", "maduro: Maduro, Nicolás Maduro, refused"),
    ("Maduro refused a mango", "maduro: no match (excluded by mango)"),
    ("Maduro spoke", "maduro: no match (all needs refused too)"),
    ("Madurodam refused", "maduro: no match"),
])
def test_the_test_command_prints_the_terms_a_text_brings(rules_file, text, line):
    result = cli("test", "--rules", str(rules_file), "--rule", "maduro", text)
    assert (result.exit_code, result.stdout) == (0, line + "\n")


def test_the_test_command_tries_every_rule_and_reads_related_scoped_ones_too(rules_file):
    result = cli("test", "--rules", str(rules_file), "Maduro refused")
    assert result.stdout.splitlines() == ["maduro: Maduro, refused", "nuclear: no match", "related: Maduro"]


def test_the_test_command_reads_standard_input_for_a_dash(rules_file):
    result = CliRunner().invoke(alerts, ["test", "--rules", str(rules_file), "--rule", "nuclear", "-"],
                                input="The Nuclear Regulator said so.\n")
    assert result.stdout == "nuclear: nuclear regulator\n"


def test_the_test_command_uses_the_project_rules_by_default():
    result = cli("test", "--rule", "maduro", "Maduro Moros spoke")
    assert result.stdout == "maduro: Maduro, Nicolás Maduro\n"
