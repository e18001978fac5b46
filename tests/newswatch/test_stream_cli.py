"""``newswatch stream follow``: the stream as JSON lines, each event acknowledged once printed (real Redis,
real subprocess)."""

import json
import os
import subprocess
import sys

import pytest

from newswatch.shared.redis_keys import RedisKeys
from workers.events import ArticleEvent


@pytest.fixture
def stream(redis_conn, redis_url):
    keys = RedisKeys("nwstreamcli")
    redis_conn.delete(keys.stream)
    for n in range(5):
        event = ArticleEvent("new", f"a{n}", 1, {"title": f"Article {n}", "url": f"http://x.test/{n}"},
                             "2026-12-07T00:00:00+00:00")
        redis_conn.xadd(keys.stream, event.to_stream_fields())
    env = {**os.environ, "NEWSWATCH_REDIS_URL": redis_url, "NEWSWATCH_KEY_PREFIX": keys.prefix}
    yield keys.stream, env
    redis_conn.delete(keys.stream)


def follow(env, *args):
    return subprocess.run([sys.executable, "-m", "newswatch", "stream", "follow", *args], env=env,
                          capture_output=True, text=True, timeout=60)


def test_follow_prints_each_event_once_per_group_as_json_lines_and_acknowledges_it(stream, redis_conn):
    key, env = stream
    first = follow(env, "--group", "svc", "--from", "0", "--no-wait")
    lines = [json.loads(line) for line in first.stdout.splitlines()]
    assert [line["data"]["article_id"] for line in lines] == [f"a{n}" for n in range(5)]
    assert {line["event"] for line in lines} == {"new"} and {line["schema_version"] for line in lines} == {1}
    assert redis_conn.xpending(key, "svc")["pending"] == 0
    assert follow(env, "--group", "svc", "--no-wait").stdout == ""  # the group had them all
    assert len(follow(env, "--group", "other", "--from", "0", "--no-wait").stdout.splitlines()) == 5


def test_a_follower_stopped_early_acknowledged_only_what_it_printed(stream, redis_conn):
    key, env = stream
    partial = follow(env, "--group", "svc", "--from", "0", "--count", "2", "--consumer", "c1")
    assert len(partial.stdout.splitlines()) == 2
    rest = follow(env, "--group", "svc", "--consumer", "c1", "--no-wait")
    assert [json.loads(line)["data"]["article_id"] for line in rest.stdout.splitlines()] == ["a2", "a3", "a4"]


def test_events_delivered_but_never_acknowledged_come_back_to_the_same_consumer(stream, redis_conn):
    key, env = stream
    redis_conn.xgroup_create(key, "svc", id="0")
    redis_conn.xreadgroup("svc", "c1", {key: ">"}, count=2)  # delivered to c1, which died before printing
    again = follow(env, "--group", "svc", "--consumer", "c1", "--no-wait")
    assert [json.loads(line)["data"]["article_id"] for line in again.stdout.splitlines()] == \
        ["a0", "a1", "a2", "a3", "a4"]
    assert redis_conn.xpending(key, "svc")["pending"] == 0
