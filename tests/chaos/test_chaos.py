"""The chaos run, short: 300 articles through 2 spiders and 2 workers, a spider and a worker killed with SIGKILL
and started again, a work horse killed mid-job and one mid-delivery, the Redis server restarted once; no article
is lost or doubled, no alert lost, every repeated alert announced, nothing left stuck.

The full run (10,000 articles, more kills) is on demand: ``.venv/bin/python -m bench.chaos``.
"""

import pytest

from bench.chaos import CHAOS_PREFIX, run_chaos
from newswatch.shared.redis_keys import RedisKeys

pytestmark = [pytest.mark.integration, pytest.mark.chaos]


def test_kills_and_a_redis_restart_lose_and_double_nothing_and_announce_every_repeat():
    # 30 requests/s: the crawl lasts long enough (about 10 s) for the kills to land in the middle of it.
    result = run_chaos(articles=300, kills=2, horse_kills=2, lease=5, rate=30, timeout=150)

    assert result.ok, result.figures()
    assert {kill.split("-")[0] for kill in result.kills} == {"spider", "worker"}  # one of each, killed mid-crawl
    assert result.recoveries == 2 and result.redis_restarts == 1
    mid_job, mid_delivery = result.horse_kills_landed("mid-job"), result.horse_kills_landed("mid-delivery")
    assert mid_job and mid_delivery, result.figures()  # the job STARTED, its horse alive, RQ retried it
    assert result.alerts_expected == 30 and not result.alerts_missing
    assert result.alerts_received == 30 + len(result.alerts_repeats)
    # The channel had taken the alert when its horse was killed: it went out again, announced, with the same key.
    repeated = {repeat.key for repeat in result.alerts_repeats if repeat.announced}
    alert_ids = {RedisKeys(CHAOS_PREFIX).alert_of_delivery_job(kill.job_id) for kill in mid_delivery}
    assert {f"nw-{alert}-default-0" for alert in alert_ids} <= repeated, result.figures()

