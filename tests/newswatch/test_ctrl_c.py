"""Ctrl-C on the long-running commands: they stop cleanly and exit 1, the run did not end by itself
(README, "Exit codes"; only ``demo`` says 130).

The terminal sends SIGINT to the whole foreground process group: the command, its crawl
rounds, its work horse. So do these tests.
"""

import os
import signal

import pytest

from newswatch.shared.settings import PROJECT_ROOT
from tests.newswatch.test_monitor import Running, monitor_env

DRIVER_NOISE = ("[asyncio] ERROR: Future exception was never retrieved", "future: <Future finished exception=",
                "Exception: Connection closed while reading from the driver")


def slow_seeds(tmp_path):
    """The demo seeds at one page a second: the crawl is still running when Ctrl-C comes."""
    seeds = tmp_path / "slow.toml"
    seeds.write_text((PROJECT_ROOT / "seeds" / "demo.toml").read_text().replace("rate = 200", "rate = 1"))
    return seeds


@pytest.mark.parametrize("command, started", [
    (["crawl", "--site", "clashwire"], "progress "),
    (["monitor", "--site", "clashwire"], "round clashwire-"),
    (["worker"], "Listening on"),  # RQ's line once its signal handlers are in place
])
def test_ctrl_c_stops_a_long_running_command_with_exit_1(worker_config, redis_conn, site, webhook, tmp_path,
                                                         command, started):
    running = Running(*command, env=monitor_env(worker_config, site, webhook, seeds=slow_seeds(tmp_path)))
    try:
        running.wait_for(started)
        os.killpg(running.process.pid, signal.SIGINT)
        assert running.process.wait(90) == 1, "\n".join(running.lines[-20:])
    finally:
        running.stop(signal.SIGKILL)
    # Chromium's Playwright driver is in the terminal's process group too: the same Ctrl-C ends it, and a
    # launch or render it was doing may be logged as failed, even after click's last line (asyncio, at exit).
    own = [line for line in running.lines if not any(noise in line for noise in DRIVER_NOISE)]
    assert "Aborted!" in own[-1], "\n".join(running.lines[-20:])
