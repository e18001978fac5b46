"""The chaos run, short: 300 articles through 2 spiders and 2 workers, a spider and a worker killed with SIGKILL
and started again, the Redis server restarted once; nothing is lost, nothing is doubled, nothing is left stuck.

The full run (10,000 articles, more kills) is on demand: ``.venv/bin/python -m bench.chaos``.
"""

import pytest

from bench.chaos import run_chaos

pytestmark = [pytest.mark.integration, pytest.mark.chaos]


def test_kills_and_a_redis_restart_lose_and_double_nothing():
    # 30 requests/s: the crawl lasts long enough (about 10 s) for the kills to land in the middle of it.
    result = run_chaos(articles=300, kills=2, lease=5, rate=30, timeout=150)

    assert result.ok, result.figures()
    assert {kill.split("-")[0] for kill in result.kills} == {"spider", "worker"}  # one of each, killed mid-crawl
    assert result.recoveries == 2 and result.redis_restarts == 1
    assert result.alerts_expected == 30 and result.alerts_received == 30
