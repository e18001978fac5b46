"""The operator CLI driven as a user would: a subprocess, its exit code and output."""

import json
import os
import subprocess
import sys

import pytest

from newswatch.demo.redis_server import free_port

CLI = [sys.executable, "-m", "newswatch"]


def run(*args, env=None, timeout=60):
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=timeout, env=env)


def unreachable_redis_url():
    return f"redis://operator:s3cret-pass@127.0.0.1:{free_port()}/0"


def test_crawl_with_redis_unreachable_names_the_url_without_password_and_exits_3():
    result = run("crawl", "--redis-url", unreachable_redis_url())
    assert result.returncode == 3
    assert "cannot reach Redis at redis://operator:***@127.0.0.1:" in result.stderr
    assert "s3cret-pass" not in result.stderr + result.stdout


def env_with(**variables):
    return {**os.environ, **variables}


def test_worker_with_redis_unreachable_exits_3():
    result = run("worker", "--burst", "--redis-url", unreachable_redis_url(),
                 env=env_with(NEWSWATCH_ALERT_URLS="json://127.0.0.1:9/"))
    assert result.returncode == 3
    assert "cannot reach Redis" in result.stderr and "s3cret-pass" not in result.stderr + result.stdout


def test_worker_without_an_alert_channel_refuses_to_start(redis_url):
    result = run("worker", "--burst", "--redis-url", redis_url, env=env_with(NEWSWATCH_ALERT_URLS=""))
    assert result.returncode == 4
    assert "rule 'maduro': channel(s) default have no Apprise URL" in result.stderr
    assert "NEWSWATCH_ALERT_URLS" in result.stderr


def test_crawl_of_an_unknown_site_is_refused_with_the_known_ones(redis_url):
    result = run("crawl", "--site", "nosuchsite", "--redis-url", redis_url)
    assert result.returncode == 2
    assert "unknown site 'nosuchsite'" in result.stderr and "clashwire" in result.stderr


def test_crawl_with_a_bad_seeds_file_names_file_and_reason(tmp_path, redis_url):
    seeds = tmp_path / "bad.toml"
    seeds.write_text('[[site]]\nname = "x"\n', encoding="utf-8")
    result = run("crawl", "--seeds", str(seeds), "--redis-url", redis_url)
    assert result.returncode == 4
    assert str(seeds) in result.stderr and "base_url" in result.stderr


def test_alerts_dead_lists_nothing_on_an_empty_redis(redis_url, redis_conn):
    result = run("alerts", "dead", "--json", "--redis-url", redis_url,
                 env=env_with(NEWSWATCH_ALERT_URLS="json://127.0.0.1:9/"))
    assert result.returncode == 0
    assert '"count": 0' in result.stdout


def test_alerts_retry_needs_ids_or_all(redis_url):
    result = run("alerts", "retry", "--redis-url", redis_url)
    assert result.returncode == 2 and "give alert ids to retry, or --all" in result.stderr


def test_alerts_test_in_json_gives_every_rule_its_terms():
    result = run("alerts", "test", "--json", "Nicolás Maduro's lawyers, not Madurodam")
    assert result.returncode == 0
    assert json.loads(result.stdout)["maduro"] == ["Maduro", "Nicolás Maduro"]


def test_alerts_test_names_the_terms_found():
    result = run("alerts", "test", "--rule", "maduro", "Nicolás Maduro's lawyers, not Madurodam")
    assert result.returncode == 0
    assert "Nicolás Maduro" in result.stdout


@pytest.mark.parametrize("command", [["status"], ["crawl"], ["stop"], ["graph", "export"], ["alerts", "list"],
                                     ["queue", "peek"], ["metrics"], ["worker", "--burst"]])
@pytest.mark.parametrize("url", ["redis://operator:s3cret-pass@x:notaport", "localhost:6379"])
def test_a_malformed_redis_url_is_refused_in_one_line_with_exit_2(command, url):
    """A URL that is not one is bad usage (exit 2), not an unreachable Redis (3): nothing was tried."""
    result = run(*command, "--redis-url", url, env=env_with(NEWSWATCH_ALERT_URLS="json://127.0.0.1:9/"))
    assert result.returncode == 2, result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith("error: invalid Redis URL ") and "NEWSWATCH_REDIS_URL" in line
    assert "s3cret-pass" not in result.stderr + result.stdout
