"""The operator walkthrough (docs/tutorial.md), run as written: newswatch installed as a wheel into a new venv,
used from a directory that is not a checkout.

Every command of the walkthrough's blocks runs, in order, in one bash script with ``set -e``, except
the lines marked ``(root)`` (apt-get, useradd, systemctl); ``sudo`` is dropped from the others. The
walkthrough's values are the test's: the checkout as SRC, the bundled demo site (served on loopback) as
the first site, a local webhook as the chat, a private Redis, and a temporary HOME, so the venv, the
wheel and the configuration all land in a temporary directory. ``newswatch monitor``, the last line,
runs until its first round of the site has ended, then gets SIGTERM. The systemd units it installed
are checked with ``systemd-analyze verify``.
"""

import os
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from newswatch.shared.settings import PROJECT_ROOT

pytestmark = pytest.mark.timeout(900)
MONITOR = "newswatch monitor"
LINK = re.compile(r"^Link: (\S+)$", re.M)


def walkthrough_blocks():
    tutorial = (PROJECT_ROOT / "docs" / "tutorial.md").read_text(encoding="utf-8")
    section = tutorial.split("<!-- walkthrough:", 1)[1].split("<!-- /walkthrough -->", 1)[0]
    return re.findall(r"```sh\n(.*?)```", section, re.S)


def walkthrough_commands():
    """The commands after the values block, one per line, as the test runs them."""
    _values, *blocks = walkthrough_blocks()
    lines = [line.strip() for block in blocks for line in block.splitlines()]
    commands = [line for line in lines if line and not line.startswith("#") and "# (root)" not in line]
    return [command.removeprefix("sudo ") for command in commands]


def test_the_walkthrough_has_a_values_block_and_ends_with_the_monitor():
    values, *_ = walkthrough_blocks()
    assert {"SRC", "NEWSWATCH_HOME", "SITE", "CHAT", "UNITS"} <= set(re.findall(r"^(\w+)=", values, re.M))
    assert walkthrough_commands()[-1] == MONITOR
    assert any("install-units" in command for command in walkthrough_commands())


def test_the_walkthrough_runs_from_a_wheel_to_an_alert_in_the_chat(redis_url, site, webhook, tmp_path):
    home = tmp_path / "home"
    work = tmp_path / "work"  # the current directory: no checkout, no scrapy.cfg
    home.mkdir()
    work.mkdir()
    values = {
        "SRC": str(PROJECT_ROOT), "NEWSWATCH_HOME": str(home / "etc-newswatch"), "SITE": site.base_url,
        "CHAT": webhook.apprise_url, "UNITS": str(home / "units"),
    }
    env = {name: value for name, value in os.environ.items() if not name.startswith(("NEWSWATCH_", "VIRTUAL_ENV"))}
    env.update(HOME=str(home), PATH=_path_without_venv(),
               PIP_CACHE_DIR=os.environ.get("PIP_CACHE_DIR", str(Path.home() / ".cache" / "pip")),
               # The test's Redis; the demo site is on loopback (refused by the SSRF guard unless allowed)
               # and its articles are months old (a first crawl alerts only on recent ones).
               NEWSWATCH_REDIS_URL=redis_url, NEWSWATCH_ALLOW_NETWORKS="127.0.0.1/32", NEWSWATCH_ALERT_MAX_AGE="0")
    commands = walkthrough_commands()
    assert commands[-1] == MONITOR
    script = "\n".join(["set -euo pipefail -x", *(f"{name}={_quote(value)}" for name, value in values.items()),
                        *commands[:-1], f"env -0 > {_quote(str(tmp_path / 'env.after'))}"])
    result = subprocess.run(["bash", "-c", script], cwd=work, env=env, capture_output=True, text=True, timeout=800)
    assert result.returncode == 0, f"{result.stdout[-4000:]}\n{result.stderr[-4000:]}"

    # Installed, not cloned: the venv's newswatch is a wheel's, in site-packages.
    venv_python = home / "newswatch-venv" / "bin" / "python"
    where = subprocess.run([str(venv_python), "-c", "import crawler, newswatch; print(crawler.__file__)"],
                           cwd=work, capture_output=True, text=True, check=True).stdout
    assert "site-packages" in where and str(PROJECT_ROOT) not in where
    # The demo ran and showed its alerts; the crawl, the worker and `alerts list` worked.
    assert ">>> ALERT (webhook)" in result.stdout
    assert "crawl " in result.stdout and "queues drained; jobs failed in this run: 0" in result.stdout
    maduro = set(site.expected()["maduro_urls"])
    # The demo alerts at a webhook of its own: the chat holds the first site's Maduro articles, each once,
    # and articles new on their story (STORY DEVELOPMENT), each once.
    links = [(m["title"], LINK.search(m["message"]).group(1)) for m in webhook.received if LINK.search(m["message"])]
    alerted = [url for title, url in links if "STORY DEVELOPMENT" not in title]
    developments = [url for title, url in links if "STORY DEVELOPMENT" in title]
    assert alerted and set(alerted) <= maduro and len(alerted) == len(set(alerted))
    assert not set(developments) & maduro and len(developments) == len(set(developments))
    for url in alerted:
        assert url.removeprefix(site.base_url) in result.stdout  # `alerts list` shows it

    # The systemd units install-units wrote run this venv's newswatch and read the env file init wrote.
    units = sorted((home / "units").glob("*.service"))
    assert [unit.name for unit in units] == ["newswatch-alert-worker.service", "newswatch-crawl.service",
                                             "newswatch-metrics.service", "newswatch-monitor.service",
                                             "newswatch-worker@.service"]
    for unit in units:
        text = unit.read_text()
        assert f"ExecStart={home}/newswatch-venv/bin/newswatch " in text
        assert f"EnvironmentFile={home}/etc-newswatch/newswatch.env" in text
    if shutil.which("systemd-analyze"):
        verify = subprocess.run(["systemd-analyze", "verify", *map(str, units)], capture_output=True, text=True)
        assert verify.returncode == 0, verify.stderr

    # The last line: the monitor, run until its first round of the site has ended.
    after = dict(entry.split("=", 1) for entry in (tmp_path / "env.after").read_text().split("\0") if "=" in entry)
    monitor = subprocess.Popen(MONITOR.split(), cwd=work, env=after, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    lines = []
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            line = monitor.stdout.readline()
            if not line:
                break
            lines.append(line)
            if re.match(r"round first-\S+ ended", line):
                break
        assert any(re.match(r"round first-\S+ ended \(exit 0\)", line) for line in lines), "".join(lines)
    finally:
        monitor.send_signal(signal.SIGTERM)
        rest = monitor.communicate(timeout=120)[0]
    assert monitor.returncode == 0, "".join(lines) + rest


def _path_without_venv():
    venv_bin = str(PROJECT_ROOT / ".venv" / "bin")
    return os.pathsep.join(part for part in os.environ["PATH"].split(os.pathsep) if part != venv_bin)


def _quote(value):
    return "'" + value.replace("'", "'\\''") + "'"
