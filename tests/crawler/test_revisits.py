"""The decaying revisit schedule: each article comes back at each delay after first sight, once."""

import time

import pytest

from crawler.redis_keys import RedisKeys
from crawler.revisits import RevisitSchedule

KEYS = RedisKeys("nwtest")
URL = "http://127.0.0.1/news/a"


def schedule(redis_conn, delays):
    return RevisitSchedule(redis_conn, KEYS, delays, ttl=3600)


def test_an_enrolled_article_is_not_due_before_its_first_delay(redis_conn):
    revisits = schedule(redis_conn, [60, 3600])
    revisits.enroll("s", [URL])
    assert revisits.take_due("s") == []


def test_an_article_comes_back_once_per_step_then_never(redis_conn):
    revisits = schedule(redis_conn, [1, 2])
    revisits.enroll("s", [URL])
    time.sleep(1.1)
    assert revisits.take_due("s") == [URL]
    assert revisits.take_due("s") == []  # taken: not due again until the next step
    time.sleep(1.0)
    assert revisits.take_due("s") == [URL]
    time.sleep(1.5)
    assert revisits.take_due("s") == []  # past the last step


def test_the_next_step_counts_from_first_sight_not_from_the_revisit(redis_conn):
    revisits = schedule(redis_conn, [1, 2])
    revisits.enroll("s", [URL])
    time.sleep(2.1)  # a late round: both steps have passed
    assert revisits.take_due("s") == [URL]
    assert revisits.take_due("s") == [URL]  # the second step was due already
    assert revisits.take_due("s") == []


def test_enrolling_again_keeps_the_article_in_its_place(redis_conn):
    revisits = schedule(redis_conn, [1, 60])
    revisits.enroll("s", [URL])
    time.sleep(1.1)
    assert revisits.take_due("s") == [URL]
    revisits.enroll("s", [URL])  # seen again on a listing
    time.sleep(1.1)
    assert revisits.take_due("s") == []


def test_sites_have_separate_schedules(redis_conn):
    revisits = schedule(redis_conn, [1])
    revisits.enroll("a", [URL])
    time.sleep(1.1)
    assert revisits.take_due("b") == []
    assert revisits.take_due("a") == [URL]


def test_an_empty_schedule_revisits_nothing(redis_conn):
    revisits = schedule(redis_conn, [])
    revisits.enroll("s", [URL])
    assert redis_conn.exists(KEYS.revisit_due("s")) == 0


@pytest.mark.parametrize("delays", [[3600, 600], [0, 60], [-5]])
def test_a_schedule_must_be_increasing_positive_delays(redis_conn, delays):
    with pytest.raises(ValueError, match="NEWSWATCH_REVISIT_SCHEDULE"):
        schedule(redis_conn, delays)
