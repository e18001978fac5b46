"""The site schedule in Redis: new sites due at once, rounds planned at interval plus jitter, gone sites dropped."""

import pytest

from crawler.seeds import SiteConfig
from newswatch.monitor.schedule import SiteSchedule
from newswatch.shared.redis_keys import RedisKeys

KEYS = RedisKeys("nwtest")


def site(name, **monitoring):
    return SiteConfig(name=name, base_url="http://127.0.0.1:1", start_urls=(), **monitoring)


@pytest.fixture
def schedule(redis_conn):
    sites = {"own": site("own", interval=60, jitter=0), "default": site("default")}
    return SiteSchedule(redis_conn, KEYS, sites, default_interval=900, default_jitter=30)


def test_sites_new_to_the_schedule_are_due_at_once(schedule):
    schedule.sync(now=1000)
    assert sorted(schedule.due(now=1000)) == ["default", "own"]


def test_a_round_is_planned_at_the_sites_interval_plus_up_to_its_jitter(schedule):
    schedule.sync(now=1000)
    assert schedule.plan_next("own", now=1000) == 1060
    assert 1900 <= schedule.plan_next("default", now=1000) <= 1930
    assert schedule.due(now=1059) == [] and schedule.due(now=1060) == ["own"]


def test_the_schedule_survives_a_new_monitor(schedule, redis_conn):
    schedule.sync(now=1000)
    schedule.plan_next("own", now=1000)
    successor = SiteSchedule(redis_conn, KEYS, schedule.sites, 900, 30)
    successor.sync(now=1010)  # known sites keep their time
    assert successor.next_rounds()["own"] == 1060


def test_sites_gone_from_the_seeds_leave_the_schedule(schedule, redis_conn):
    schedule.sync(now=1000)
    SiteSchedule(redis_conn, KEYS, {"own": schedule.sites["own"]}, 900, 30).sync(now=1001)
    assert list(schedule.next_rounds()) == ["own"]
