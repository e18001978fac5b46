"""The frontier's seen set against a real Redis: a linear hash table that grows with the crawl."""

import time

import pytest

from crawler.frontier.seen_scripts import LOAD
from crawler.frontier.store import MODE_ALIAS, Frontier, FrontierConfig, fingerprint
from newswatch.shared.redis_keys import RedisKeys

KEYS = RedisKeys("nwtest")
SCRAPY_REDIS_BYTES_PER_URL = 83  # its SET of 40-character hex SHA1s, measured at 1k to 1M URLs (bench_frontier)


def entry(n, site="s"):
    return {"url": f"http://127.0.0.1:1/news/{n}", "site": site, "kind": "article", "depth": 0, "priority": 0}


@pytest.fixture
def frontier(redis_conn):
    frontier = Frontier(redis_conn, KEYS, "news", FrontierConfig())
    frontier.join("crawl-a")
    return frontier


def add(frontier, numbers, mode=0):
    results = []
    numbers = list(numbers)
    for start in range(0, len(numbers), 500):
        batch = [(entry(n), 10**9, mode) for n in numbers[start:start + 500]]
        results += [result for result, _ in frontier.add_many(batch)]
    return results


def buckets(redis_conn):
    return redis_conn.keys(KEYS.seen_bucket_prefix("news") + "*")


def table(redis_conn):
    return {k.decode(): int(v) for k, v in redis_conn.hgetall(KEYS.seen_table("news")).items()}


@pytest.mark.parametrize("urls", [1, LOAD, LOAD + 1, 10 * LOAD + 7, 3000])
def test_the_table_has_one_bucket_per_load_of_urls_and_every_url_stays_seen(frontier, redis_conn, urls):
    assert add(frontier, range(urls)) == [1] * urls
    state = table(redis_conn)
    assert state["count"] == urls
    assert 2 ** state["level"] + state["split"] == max(1, -(-urls // LOAD))
    assert add(frontier, range(urls)) == [0] * urls


def test_buckets_stay_small_enough_for_redis_to_keep_them_compact(frontier, redis_conn):
    add(frontier, range(5000))
    sizes = [redis_conn.hlen(key) for key in buckets(redis_conn)]
    assert max(sizes) <= 2 * LOAD + 40 < 128  # hash-max-listpack-entries
    assert {redis_conn.object("encoding", key) for key in buckets(redis_conn)} == {b"listpack"}


@pytest.mark.parametrize("urls", [1000, 10_000])
def test_a_seen_url_costs_less_redis_memory_than_in_scrapy_redis(frontier, redis_conn, urls):
    add(frontier, range(urls), mode=MODE_ALIAS)
    keys = [*buckets(redis_conn), KEYS.seen_table("news")]
    used = sum(redis_conn.memory_usage(key, samples=0) for key in keys)
    assert used / urls < SCRAPY_REDIS_BYTES_PER_URL / 2


def test_a_split_keeps_the_lifetime_its_entries_had(frontier, redis_conn):
    add(frontier, range(2 * LOAD))  # two buckets: 0 and 1
    bucket = KEYS.seen_bucket_prefix("news")
    redis_conn.expire(bucket + "0", 100)  # as if last written long ago
    odd = next(n for n in range(2 * LOAD, 100 * LOAD) if fingerprint(entry(n)["url"])[3] % 2)
    add(frontier, [odd])  # into bucket 1; the entries are now past two per bucket: bucket 0 splits into 0 and 2
    assert sorted(k.decode().rsplit(":", 1)[1] for k in buckets(redis_conn)) == ["0", "1", "2"]
    assert redis_conn.ttl(bucket + "0") <= 100 and redis_conn.ttl(bucket + "2") <= 100
    assert redis_conn.ttl(bucket + "1") > 100


def legacy_write(redis_conn, url, due_minute, seq):
    """A seen URL as the version before December 2026 wrote it: 65,536 shards of 6-byte fingerprints."""
    digest = fingerprint(url)
    shard = KEYS.legacy_seen_prefix("news") + format(int.from_bytes(digest[:2], "big"), "04x")
    redis_conn.hset(shard, digest[2:8], due_minute * 1_000_000 + seq)
    redis_conn.expire(shard, 3600)
    return shard, digest[2:8]


def test_urls_seen_before_the_upgrade_stay_seen_and_move_into_the_table(redis_conn):
    redis_conn.hset(KEYS.crawl_state("news"), mapping={"id": "old", "seq": 1, "status": "finished"})
    now_minute = int(time.time() // 60)
    fresh = legacy_write(redis_conn, entry("fresh")["url"], now_minute + 60, 1)
    legacy_write(redis_conn, entry("due")["url"], now_minute - 1, 1)
    frontier = Frontier(redis_conn, KEYS, "news", FrontierConfig())
    assert frontier.join("crawl-b").seq == 2
    assert add(frontier, ["fresh", "due", "new"]) == [0, 1, 1]
    assert not redis_conn.hexists(*fresh)
    assert table(redis_conn)["count"] == 3


def test_a_new_deployment_never_reads_the_old_layout(frontier, redis_conn):
    legacy_write(redis_conn, entry("x")["url"], int(time.time() // 60) + 60, 1)
    assert add(frontier, ["x"]) == [1]
