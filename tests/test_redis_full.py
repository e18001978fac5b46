"""Redis full (maxmemory reached, noeviction) while a crawl and a worker run: back-pressure, not failure.

What used to happen: workers exited within a second, article jobs burned their retries in under a
second and landed in the failed registry, spiders hung in "Closing spider". Now every process
waits for memory as it would for a Redis gone away (NEWSWATCH_REDIS_RETRY_SECONDS), says so once
in its log, `status` says Redis is full, and everything resumes by itself once memory is freed:
every article reaches the stream once, no job failed, no retry spent.
"""

import subprocess
import sys
import time

import pytest
import redis
from rq import Worker
from rq.registry import FailedJobRegistry

from newswatch.demo.runner import crawl_env, demo_base_urls
from newswatch.demo.redis_server import PrivateRedis
from newswatch.shared.connection import connect
from newswatch.shared.redis_keys import RedisKeys
from newswatch.shared.settings import PROJECT_ROOT
from newswatch.status import collect_status
from tests.processes import wait_until
from workers import runtime
from workers.config import load_config
from workers.draining import drain
from workers.events import ArticleEvent
from workers.job_policy import open_queue

pytestmark = pytest.mark.integration
PATIENCE_SECONDS = 90
FULL_SECONDS = 8
HEADROOM = 4 * 2**20


@pytest.fixture
def server():
    with PrivateRedis(appendonly=False) as redis_server:
        yield redis_server


@pytest.fixture
def config(server, tmp_path):
    rules = tmp_path / "rules.toml"
    rules.write_text("", encoding="utf-8")
    config = load_config().with_changes(redis_url=server.url, keys=RedisKeys("nwfull"), article_queue="full-articles",
                                        alert_queue="full-alerts", rules_path=str(rules), channels={},
                                        redis_retry_seconds=PATIENCE_SECONDS)
    runtime.configure(config)
    yield config
    runtime.reset()


def fill(server):
    """Set maxmemory a little above what is used, and fill it: from now on writes are refused (OOM)."""
    filler = redis.Redis.from_url(server.url)
    filler.config_set("maxmemory-policy", "noeviction")
    filler.config_set("maxmemory", int(filler.info("memory")["used_memory"]) + HEADROOM)
    count = 0
    try:
        while True:
            filler.set(f"filler:{count}", b"x" * 65536)
            count += 1
    except redis.exceptions.OutOfMemoryError:
        pass
    return filler, count


def test_a_full_redis_makes_everyone_wait_and_lose_nothing_when_memory_is_freed(server, config, site, tmp_path):
    seeds = tmp_path / "slow.toml"
    seeds.write_text((PROJECT_ROOT / "seeds" / "demo.toml").read_text().replace("rate = 200", "rate = 8"))
    env = crawl_env(config, "full", seeds=seeds, base_urls=demo_base_urls(site), alert_queue=config.alert_queue,
                    rules=config.rules_path, redis_retry_seconds=PATIENCE_SECONDS, revisit_after=0,
                    conditional_requests=0)
    connection = connect(server.url)
    worker_log, crawl_log = tmp_path / "worker.log", tmp_path / "crawl.log"
    with worker_log.open("w") as wlog, crawl_log.open("w") as clog:
        worker = subprocess.Popen([sys.executable, "-m", "newswatch", "worker"], cwd=PROJECT_ROOT, env=env,
                                  stdout=wlog, stderr=subprocess.STDOUT, start_new_session=True)
        crawl = subprocess.Popen([sys.executable, "-m", "scrapy", "crawl", "news"], cwd=PROJECT_ROOT, env=env,
                                 stdout=clog, stderr=subprocess.STDOUT)
        try:
            wait_until(lambda: Worker.all(connection=connection), "the worker to start", timeout=30)
            wait_until(lambda: connection.xlen(config.keys.stream) >= 3, "the first articles on the stream",
                       timeout=60)
            filler, filled = fill(server)
            time.sleep(FULL_SECONDS)
            assert worker.poll() is None and crawl.poll() is None  # nobody gave up or crashed
            assert collect_status(connection, config)["redis"]["full"]
            failed = FailedJobRegistry(queue=open_queue(config.article_queue, connection))
            assert failed.count == 0

            filler.delete(*[f"filler:{n}" for n in range(filled)])  # memory freed: all resume by themselves
            assert crawl.wait(timeout=180) == 0, crawl_log.read_text()[-3000:]
            assert drain(connection, config, timeout=120)
            assert worker.poll() is None
        finally:
            crawl.kill()
            worker.kill()
            worker.wait()
    assert not collect_status(connection, config)["redis"]["full"]
    assert failed.count == 0
    events = [ArticleEvent.from_stream_fields(f) for _, f in connection.xrange(config.keys.stream)]
    expected = site.expected(1)
    assert sorted(e.article["canonical_url"] for e in events) == sorted([*expected["articles"],
                                                                         *expected["partner_urls"]])
    worker_output, crawl_output = worker_log.read_text(), crawl_log.read_text()
    assert "is full (maxmemory)" in worker_output + crawl_output
    assert "Traceback" not in worker_output + crawl_output, (worker_output + crawl_output)[-3000:]
    connection.close()


def test_a_transaction_under_watch_waits_for_memory_instead_of_spinning(server):
    """redis-py gives a WATCHed transaction up at the first OOM answer (WatchError) and the caller tries again at
    once: each OOM answer now waits its back-off first, so the loop turns a few times a second, not thousands."""
    connection = connect(server.url, patience=PATIENCE_SECONDS)
    filler, filled = fill(server)
    attempts, deadline = 0, time.monotonic() + 3
    with connection.pipeline() as pipe:
        while time.monotonic() < deadline:
            attempts += 1
            try:
                pipe.watch("article")
                pipe.multi()
                pipe.set("article", "x" * 65536)
                pipe.execute()
                break
            except redis.exceptions.WatchError:
                continue
    assert 1 < attempts < 60  # it was full all along, and waited between tries
    filler.delete(*[f"filler:{n}" for n in range(filled)])
    with connection.pipeline() as pipe:
        pipe.watch("article")
        pipe.multi()
        pipe.set("article", "x")
        assert pipe.execute() == [True]
    connection.close()
