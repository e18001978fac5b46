"""Which Redis this is: every process notices a wiped Redis once, and the wipe is recorded once (real Redis)."""

import pytest

from newswatch.shared.instance import RedisInstance, RedisWiped


@pytest.fixture
def keys(worker_config):
    return worker_config.keys


def test_processes_joining_one_redis_share_its_instance(redis_conn, keys):
    first, second = RedisInstance(redis_conn, keys, "spider"), RedisInstance(redis_conn, keys, "worker")
    assert first.join() == second.join()
    first.check()  # nothing changed: nothing raised


def test_a_wipe_is_seen_by_every_process_once_and_recorded_once(redis_conn, keys):
    spider, worker = RedisInstance(redis_conn, keys, "spider"), RedisInstance(redis_conn, keys, "worker")
    lost = spider.join()
    worker.join()
    redis_conn.flushdb()
    with pytest.raises(RedisWiped, match="gone"):
        spider.check()
    with pytest.raises(RedisWiped, match="replaced"):  # the spider joined the new instance first
        worker.check()
    spider.check()
    worker.check()  # each told once
    [wipe] = spider.wipes()
    assert wipe["lost"] == lost and wipe["seen_by"].startswith("spider@")


def test_checks_are_spaced_unless_asked_at_once(redis_conn, keys):
    instance = RedisInstance(redis_conn, keys, "worker")
    instance.join()
    instance.check(spaced=True)
    redis_conn.flushdb()
    instance.check(spaced=True)  # within CHECK_SECONDS of the last look: not looked
    with pytest.raises(RedisWiped):
        instance.check()
