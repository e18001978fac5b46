"""deploy/ names only real CLI commands and settings that exist."""

import re

import pytest

from crawler.settings import PROJECT_ROOT
from newswatch.cli import main

DEPLOY = PROJECT_ROOT / "deploy"
FILES = sorted(p for p in DEPLOY.rglob("*") if p.is_file() and p.suffix != ".md")
READ_BY_SETTINGS = set(re.findall(r'_env\w*\("(NEWSWATCH_\w+)"', (PROJECT_ROOT / "crawler" / "settings.py").read_text()))


def commands_in(text):
    """The newswatch subcommands a file runs: `newswatch X` in units, `command: ["X"]` in compose."""
    found = re.findall(r"bin/newswatch (\w[\w-]*)", text)
    found += [name for name in re.findall(r'command: \["([\w-]+)"', text) if name not in ("redis-server", "sh")]
    return found


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_command_run_by_a_deploy_file_is_a_newswatch_command(path):
    for command in commands_in(path.read_text()):
        assert command in main.commands, f"{path.name} runs `newswatch {command}`, which does not exist"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_variable_a_deploy_file_sets_is_read_by_the_settings(path):
    assert set(re.findall(r"\b(NEWSWATCH_\w+)", path.read_text())) <= READ_BY_SETTINGS


def test_the_deploy_files_run_the_worker_the_monitor_and_the_crawl():
    everything = "".join(path.read_text() for path in FILES)
    assert {"worker", "monitor", "crawl"} <= set(commands_in(everything))


def test_compose_binds_redis_to_loopback_with_aof_persistence():
    import yaml  # installed with apprise
    services = yaml.safe_load((DEPLOY / "compose.yaml").read_text())["services"]
    assert services["redis"]["ports"] == ["127.0.0.1:6379:6379"]
    assert "--appendonly" in services["redis"]["command"]
    assert {"worker", "monitor", "crawler", "rq-dashboard"} <= set(services)
    assert "replicas" not in services["monitor"].get("deploy", {})  # one monitor per deployment
