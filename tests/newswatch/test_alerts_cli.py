"""``newswatch alerts``: ``backtest`` and ``test`` through click's runner on their own group;
``list``, ``show`` and ``dead`` in a subprocess, on alerts raised and delivered by real workers."""

import json

import pytest
from click.testing import CliRunner

from newswatch.shared.items import Article
from newswatch.shared.redis_keys import RedisKeys
from newswatch.cli.alerts import alerts
from newswatch.cli.main import project_settings
from newswatch.demo.redis_server import free_port
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


# ``alerts list``, ``show`` and ``dead``, run as an operator would against alerts raised by real workers.

def exile(title="Maduro offered exile", body=("Maduro refused.", "Talks failed."), source="Clash Report"):
    url = "http://x.test/news/exile"
    return Article(url=url, canonical_url=url, site="clashwire", title=title, summary="Talks in Caracas.",
                   body=list(body), source=source, published_at="2026-01-05")


def as_json(result):
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def updated(operator):
    """An article alerted on, then updated (new headline, one paragraph added): two alerts, both sent."""
    operator.enqueue_articles(exile().to_message())
    operator.work()
    operator.enqueue_articles(exile(title="Maduro rejected exile", body=["Maduro refused.", "Talks failed.",
                                                                         "The army stood by him."]).to_message())
    operator.work()
    return operator


def test_alerts_list_gives_recent_alerts_newest_first_with_their_delivery(updated, webhook):
    document = as_json(updated.run("alerts", "list", "--json"))
    assert (document["count"], document["expired"]) == (2, 0)
    newest, oldest = document["alerts"]
    assert (newest["version"], newest["event"], oldest["version"], oldest["event"]) == (2, "update", 1, "new")
    assert newest["id"] == f"maduro-{newest['article_id']}-v2"
    assert (newest["rule"], newest["severity"], newest["source"], newest["title"], newest["url"]) == (
        "maduro", "high", "Clash Report", "Maduro rejected exile", "http://x.test/news/exile")
    assert newest["story"]["id"] and newest["created_at"] >= oldest["created_at"]
    assert (newest["status"], newest["attempts"], newest["last_error"]) == ("sent", 1, "")
    assert newest["delivery"] == [{"channel": "default", "targets": 1, "delivered": ["default#0"], "state": "sent"}]
    assert len(webhook.received) == 2


def test_alerts_list_limit_keeps_the_newest(updated):
    [alert] = as_json(updated.run("alerts", "list", "--limit", "1", "--json"))["alerts"]
    assert alert["version"] == 2


def test_alerts_list_as_text_gives_each_alert_and_a_count(updated):
    result = updated.run("alerts", "list")
    lines = result.stdout.splitlines()
    assert "[HIGH] maduro update  sent, 1 attempt(s)" in lines[0]
    assert lines[1] == "    Clash Report: Maduro rejected exile  http://x.test/news/exile"
    assert lines[-1] == "2 alert(s)"


def test_alerts_list_shows_why_a_delivery_failed(operator, webhook):
    webhook.fail_with = 500
    operator.enqueue_articles(exile().to_message())
    operator.work()
    [alert] = as_json(operator.run("alerts", "list", "--json"))["alerts"]
    assert (alert["status"], alert["attempts"]) == ("failed", operator.config.alert_retries + 1)
    assert alert["last_error"] == "channel(s) failed: default#0"
    assert alert["delivery"] == [{"channel": "default", "targets": 1, "delivered": [], "state": "failed"}]
    dead = as_json(operator.run("alerts", "dead", "--json"))
    assert dead["count"] == 1 and dead["dead"][0]["job_id"] == operator.config.keys.delivery_job(alert["id"])


def test_alerts_show_of_an_update_gives_the_version_it_fired_on_and_the_field_diff(updated):
    newest = as_json(updated.run("alerts", "list", "--limit", "1", "--json"))["alerts"][0]
    detail = as_json(updated.run("alerts", "show", newest["id"], "--json"))
    assert detail["alert"]["id"] == newest["id"]
    assert detail["fired_on"]["version"] == 2
    assert detail["fired_on"]["substance"]["body"] == ["Maduro refused.", "Talks failed.", "The army stood by him."]
    assert detail["previous_version"] == 1
    diff = detail["diff"]
    assert diff["kind"] == "new_paragraphs"
    assert diff["title"] == {"before": "Maduro offered exile", "after": "Maduro rejected exile"}
    assert (diff["paragraphs_added"], diff["paragraphs_removed"], diff["summary"]) == (
        ["The army stood by him."], [], None)
    assert detail["notes"] == []


def test_alerts_show_of_a_new_article_has_no_diff(updated):
    oldest = as_json(updated.run("alerts", "list", "--json"))["alerts"][-1]
    detail = as_json(updated.run("alerts", "show", oldest["id"], "--json"))
    assert (detail["fired_on"]["version"], detail["previous_version"], detail["diff"]) == (1, None, None)
    assert detail["fired_on"]["substance"]["title"] == "Maduro offered exile"


def test_alerts_show_as_text_gives_the_alert_the_version_and_what_changed(updated):
    newest = as_json(updated.run("alerts", "list", "--limit", "1", "--json"))["alerts"][0]
    lines = updated.run("alerts", "show", newest["id"]).stdout.splitlines()
    assert lines[0] == f"alert {newest['id']}  [HIGH] rule maduro, update of v2, matched Maduro"
    assert "  default: sent (1/1 target(s))" in lines
    assert "  | The army stood by him." in lines
    changes = lines[lines.index("changes since v1:") + 1:]
    assert changes == ["Paragraphs added", "headline: “Maduro offered exile” → “Maduro rejected exile”",
                       "+ The army stood by him."]


def test_alerts_show_says_when_the_version_before_is_no_longer_stored(updated):
    newest = as_json(updated.run("alerts", "list", "--limit", "1", "--json"))["alerts"][0]
    updated.connection.ltrim(updated.config.keys.versions(newest["article_id"]), 0, 0)
    detail = as_json(updated.run("alerts", "show", newest["id"], "--json"))
    assert detail["diff"] is None and "Paragraphs added" in detail["changes"]
    assert detail["notes"] == ["version 1 is no longer stored: the changes shown are those recorded when the "
                               "alert was raised"]


def test_alerts_show_of_an_unknown_id_says_how_to_list_the_ids(operator):
    result = operator.run("alerts", "show", "maduro-nosuch-v1")
    assert result.returncode == 2
    assert "no alert 'maduro-nosuch-v1'" in result.stderr and "newswatch alerts list" in result.stderr


def test_alerts_list_on_an_empty_redis_is_an_empty_list(operator):
    assert as_json(operator.run("alerts", "list", "--json")) == {"alerts": [], "count": 0, "expired": 0}


@pytest.mark.parametrize("command", [["list"], ["show", "maduro-x-v1"], ["dead"]])
def test_alerts_read_commands_with_redis_unreachable_exit_3(operator, command):
    result = operator.run("alerts", *command, "--json", "--redis-url", f"redis://127.0.0.1:{free_port()}/0")
    assert result.returncode == 3 and "cannot reach Redis" in result.stderr and result.stdout == ""


# ``alerts ack``, ``mute`` and ``snooze``: what on-call staff do, recorded with who and when.

def test_alerts_ack_records_who_and_shows_it_in_list_and_status(updated):
    newest = as_json(updated.run("alerts", "list", "--limit", "1", "--json"))["alerts"][0]
    result = updated.run("alerts", "ack", newest["id"], "--by", "ana", "--note", "calling the desk")
    assert result.returncode == 0 and result.stdout.strip() == f"{newest['id']} acknowledged by ana"
    assert updated.run("alerts", "ack", newest["id"], "--by", "bob").stdout.strip().endswith("already acknowledged")
    acked = as_json(updated.run("alerts", "list", "--limit", "1", "--json"))["alerts"][0]["acknowledged"]
    assert (acked["by"], acked["note"]) == ("ana", "calling the desk") and acked["at"]
    assert "    acknowledged by ana at " in updated.run("alerts", "list", "--limit", "1").stdout
    assert "1 acknowledged" in updated.run("status").stdout


def test_alerts_ack_of_an_unknown_id_exits_2(operator):
    result = operator.run("alerts", "ack", "no-such-alert", "--by", "ana")
    assert result.returncode == 2 and "no alert 'no-such-alert'" in result.stderr


def test_alerts_mute_and_snooze_show_in_status_until_lifted(updated):
    story = as_json(updated.run("alerts", "list", "--limit", "1", "--json"))["alerts"][0]["story"]["id"]
    muted = updated.run("alerts", "mute", story, "--for", "2h", "--by", "ana", "--note", "desk has it")
    assert muted.returncode == 0 and muted.stdout.startswith(f"{story}: muted by ana until ")
    assert updated.run("alerts", "snooze", "maduro", "--for", "30m", "--by", "bob").returncode == 0
    status = updated.run("status").stdout
    assert f"muted story {story} by ana until" in status and "(desk has it)" in status
    assert "snoozed rule maduro by bob until" in status
    assert updated.run("alerts", "unmute", story, "--by", "ana").stdout.strip() == f"{story} unmuted"
    assert f"muted story {story}" not in updated.run("status").stdout


def test_alerts_mute_refuses_a_duration_that_is_not_one(operator):
    result = operator.run("alerts", "mute", "st-x", "--for", "forever")
    assert result.returncode == 2 and "90s, 30m, 2h, 1d" in result.stderr


def test_alerts_mute_and_snooze_of_an_unknown_story_or_rule_exit_2(operator):
    assert operator.run("alerts", "mute", "st-nosuch", "--for", "1h").returncode == 2
    result = operator.run("alerts", "snooze", "nosuchrule", "--for", "1h")
    assert result.returncode == 2 and "no rule 'nosuchrule'" in result.stderr
