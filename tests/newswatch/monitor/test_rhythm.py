"""A site's rounds come about as often as it publishes, within the floor and the site's interval."""

import pytest

from newswatch.monitor.rhythm import Rhythm
from newswatch.shared.redis_keys import RedisKeys


def rhythm(redis_conn, polls_per_article=0.5, min_interval=30):
    return Rhythm(redis_conn, RedisKeys("nwrhythm"), polls_per_article, min_interval)


def test_what_the_first_round_finds_is_not_taken_for_the_sites_rhythm(redis_conn):
    learner = rhythm(redis_conn)
    assert learner.round_started("meridian", 1000.0) is None
    for _ in range(40):  # the articles that were there before
        learner.saw_new("meridian")
    assert learner.round_started("meridian", 1060.0) is None
    for _ in range(3):
        learner.saw_new("meridian")
    assert learner.round_started("meridian", 1120.0) == pytest.approx(3 / 60)


def test_the_rate_is_the_articles_over_the_time_of_the_rounds_older_ones_fading(redis_conn):
    learner = rhythm(redis_conn)
    learner.round_started("meridian", 0.0)
    learner.round_started("meridian", 100.0)
    for _ in range(6):
        learner.saw_new("meridian")
    assert learner.round_started("meridian", 160.0) == pytest.approx(0.1)
    assert learner.round_started("meridian", 220.0) == pytest.approx(0.05, rel=0.02)  # a round with nothing new
    assert learner.round_started("meridian", 220.0 + 4 * 3600) < 0.05 / 8  # hours of silence


@pytest.mark.parametrize("rate, polls_per_article, site_interval, interval", [
    (None, 0.5, 60, 60),      # not known yet: the site's interval
    (0.0, 0.5, 60, 60),       # nothing published lately
    (3 / 60, 0.5, 60, 40),    # 3 a minute, one poll per two articles
    (1 / 60, 0.5, 60, 60),    # slower than the site's interval asks: never slower than it
    (1.0, 0.5, 60, 30),       # a flood: never under the floor
    (3 / 60, 0.0, 60, 60),    # off
])
def test_the_interval_follows_the_rate(redis_conn, rate, polls_per_article, site_interval, interval):
    assert rhythm(redis_conn, polls_per_article).interval(site_interval, rate) == pytest.approx(interval)
