"""deploy/ names only real CLI commands and settings that exist."""

import re

import pytest

from newswatch.cli.main import main
from newswatch.shared.settings import PROJECT_ROOT

DEPLOY = PROJECT_ROOT / "deploy"
FILES = sorted(p for p in DEPLOY.rglob("*") if p.is_file() and p.suffix != ".md")
READ_BY_SETTINGS = {name for path in ("newswatch/shared/settings.py", "crawler/settings.py")
                    for name in re.findall(r'_env\w*\("(NEWSWATCH_\w+)"', (PROJECT_ROOT / path).read_text())}
# Read by compose and the podman scripts themselves, not by newswatch (deploy/README.md), and the env file's name.
OUTSIDE_SETTINGS = {"NEWSWATCH_IMAGE", "NEWSWATCH_REDIS_IMAGE", "NEWSWATCH_CONFIG_DIR", "NEWSWATCH_ENV_FILE",
                    "NEWSWATCH_BASE_IMAGE", "NEWSWATCH_CONTAINERS_CONF"}


def commands_in(text):
    """The newswatch subcommands a file runs: `newswatch X` in units, `command: ["X"]` in compose."""
    found = re.findall(r"bin/newswatch (\w[\w-]*)", text)
    found += [name for name in re.findall(r'command: \["([\w-]+)"', text)
              if name not in ("redis-server", "sh") and not name.startswith("-")]
    return found


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_command_run_by_a_deploy_file_is_a_newswatch_command(path):
    for command in commands_in(path.read_text()):
        assert command in main.commands, f"{path.name} runs `newswatch {command}`, which does not exist"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_variable_a_deploy_file_sets_is_read_by_the_settings(path):
    assert set(re.findall(r"\b(NEWSWATCH_\w+)", path.read_text())) <= READ_BY_SETTINGS | OUTSIDE_SETTINGS


def test_the_deploy_files_run_the_worker_the_monitor_and_the_crawl():
    everything = "".join(path.read_text() for path in FILES)
    assert {"worker", "monitor", "crawl"} <= set(commands_in(everything))


def test_compose_binds_redis_to_loopback_with_aof_persistence():
    import yaml  # installed with apprise
    services = yaml.safe_load((DEPLOY / "compose.yaml").read_text())["services"]
    assert services["redis"]["ports"] == ["127.0.0.1:6379:6379"]
    assert "--appendonly yes" in " ".join(services["redis"]["command"])
    assert {"worker", "alert-worker", "monitor", "crawler", "metrics", "web", "rq-dashboard"} <= set(services)
    assert services["worker"]["scale"] == 2 and "scale" not in services["monitor"]  # one monitor per deployment


def test_compose_takes_the_redis_url_password_from_the_env_file_not_from_its_own_settings():
    import yaml  # installed with apprise
    services = yaml.safe_load((DEPLOY / "compose.yaml").read_text())["services"]
    for name in ("worker", "monitor", "web", "metrics"):
        assert "NEWSWATCH_REDIS_PASSWORD" not in services[name].get("environment", {})
        assert services[name]["env_file"] == ["${NEWSWATCH_ENV_FILE:-/etc/newswatch/newswatch.env}"]
    assert "requirepass" in " ".join(services["redis"]["command"])
