"""The ``newswatch alerts backtest`` and ``test`` commands, driven through click's runner on their own group."""

import json

import pytest
from click.testing import CliRunner

from crawler.redis_keys import RedisKeys
from newswatch.alerts_cli import alerts
from newswatch.cli import project_settings
from newswatch.redis_server import free_port
from tests.workers.test_backtest import EXILE, PARK, REGULATOR
from workers.processing import ArticleProcessor

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
