"""Redis behind Sentinel, for real: a primary, a replica and three sentinels on loopback
(tests/sentinel_group.py), and NEWSWATCH_REDIS_URL in its Sentinel form
(``redis+sentinel://host:port,.../primary-name/db``).

Every process finds the primary through the sentinels: the spider, the RQ worker and the CLI. When
the primary dies (SIGKILL) the sentinels promote the replica, and a client waiting out the outage
(NEWSWATCH_REDIS_RETRY_SECONDS) carries on against it, with one log line when Redis stops answering
and one when it answers again.
"""

import logging
import subprocess
import sys
import threading
import time
from collections import Counter

import pytest

from newswatch.demo.runner import crawl_env, demo_base_urls
from newswatch.shared.connection import connect
from newswatch.shared.redis_keys import RedisKeys
from newswatch.shared.settings import PROJECT_ROOT
from tests.processes import slow_seeds, wait_until
from tests.sentinel_group import SentinelGroup, port_of
from workers import runtime
from workers.config import load_config
from workers.events import ArticleEvent

pytestmark = pytest.mark.integration
PATIENCE_SECONDS = 60


@pytest.fixture
def group():
    with SentinelGroup() as sentinel_group:
        yield sentinel_group


def test_a_client_follows_the_promoted_replica_with_one_line_each_way(group, caplog):
    client = connect(group.url, patience=PATIENCE_SECONDS)
    client.set("before", "kept")
    assert client.wait(1, 5000) == 1  # on the replica too
    replica_port = port_of(group.replica.url)

    group.kill_primary()
    started = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="newswatch.shared.connection"):
        client.incr("after")  # waits until the sentinels have promoted the replica
    took = time.monotonic() - started

    assert group.primary_port() == replica_port
    assert client.info("server")["tcp_port"] == replica_port
    assert client.get("before") == b"kept" and client.get("after") == b"1"
    lines = [record.getMessage() for record in caplog.records if record.name == "newswatch.shared.connection"]
    assert len(lines) == 2 and "does not answer" in lines[0] and "answers again" in lines[1], lines
    assert took < 30, f"the failover took {took:.1f} s"


def test_a_command_in_flight_when_the_primary_dies_is_sent_again_to_the_promoted_replica(group):
    # redis-py's own retry reconnects such a command straight to the address it had: the dead primary.
    client = connect(group.url, patience=PATIENCE_SECONDS)
    replica_port = port_of(group.replica.url)
    answer = []
    blocked = threading.Thread(target=lambda: answer.append(client.blpop(["waiting"], timeout=3)))
    blocked.start()
    time.sleep(0.5)  # BLPOP is now on the primary, waiting

    group.kill_primary()
    blocked.join(timeout=PATIENCE_SECONDS + 10)

    assert answer == [None], "the BLPOP gave up instead of waiting on the promoted replica"
    assert client.info("server")["tcp_port"] == replica_port


def test_a_malformed_sentinel_url_is_one_clear_error(group):
    result = subprocess.run([sys.executable, "-m", "newswatch", "status", "--redis-url",
                             group.url.replace("/nwprimary/0", "")], cwd=PROJECT_ROOT, capture_output=True, text=True)
    assert result.returncode == 2
    assert "names the primary after the hosts" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("failover", [False, True], ids=["steady", "primary-killed-mid-crawl"])
def test_spider_worker_and_cli_run_through_sentinel(group, site, tmp_path, failover):
    rules = tmp_path / "rules.toml"
    rules.write_text("", encoding="utf-8")
    config = load_config().with_changes(redis_url=group.url, keys=RedisKeys("nwsen"), article_queue="sen-articles",
                                        alert_queue="sen-alerts", rules_path=str(rules))
    runtime.configure(config)
    try:
        env = crawl_env(config, "sentinel", base_urls=demo_base_urls(site), redis_retry_seconds=PATIENCE_SECONDS,
                        rules=str(rules),
                        **({"seeds": slow_seeds(tmp_path)} if failover else {}))
        crawl_log = tmp_path / "crawl.log"
        with crawl_log.open("w") as log:
            crawl = subprocess.Popen([sys.executable, "-m", "scrapy", "crawl", "news"], cwd=PROJECT_ROOT, env=env,
                                     stdout=log, stderr=subprocess.STDOUT)
            try:
                if failover:
                    wait_until(lambda: sum(n for (_, path), n in site.hits().items() if path.startswith("/news/")) >= 3,
                               "the crawl's first articles", 30)
                    group.kill_primary()
                returncode = crawl.wait(timeout=180)
            finally:
                crawl.kill()
                crawl.wait(timeout=30)
        output = crawl_log.read_text()
        assert returncode == 0, output[-3000:]
        assert "Traceback" not in output, output[-3000:]
        if failover:
            assert "does not answer" in output and "answers again" in output

        worker = subprocess.run([sys.executable, "-m", "newswatch", "worker", "--burst"], cwd=PROJECT_ROOT, env=env,
                                capture_output=True, text=True, timeout=300)
        assert worker.returncode == 0, worker.stderr[-3000:]
        status = subprocess.run([sys.executable, "-m", "newswatch", "status"], cwd=PROJECT_ROOT, env=env,
                                capture_output=True, text=True, timeout=60)
        assert status.returncode == 0, status.stderr[-3000:]

        connection = connect(group.url)
        events = [ArticleEvent.from_stream_fields(fields) for _, fields in connection.xrange(config.keys.stream)]
        expected = site.expected(1)
        assert sorted(e.article["canonical_url"] for e in events) == sorted([*expected["articles"],
                                                                             *expected["partner_urls"]])
        assert set(Counter(e.article_id for e in events).values()) == {1}
        connection.close()
    finally:
        runtime.reset()

