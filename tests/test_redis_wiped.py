"""Redis restarted empty while a crawl and a worker run (a private redis-server without persistence).

What used to happen: the crawl closed as "stopped" with exit 0, `status` said no worker was alive,
nobody was told, and the next crawl alerted the whole archive again. Now: the crawl stops with a
clear error and exit code 6, the worker registers again and raises one self-monitoring alert, and
the next crawl, a first crawl again, learns the months-old articles without alerting.
"""

import json
import subprocess
import sys
import time

import pytest
from rq import Worker

from newswatch.demo.runner import crawl_env, demo_base_urls, run_crawl
from newswatch.demo.redis_server import PrivateRedis
from newswatch.shared.connection import connect
from newswatch.shared.redis_keys import RedisKeys
from newswatch.shared.settings import PROJECT_ROOT
from tests.processes import wait_until
from workers import runtime
from workers.config import load_config
from workers.draining import drain

pytestmark = pytest.mark.integration
RULES = '[[rule]]\nid = "maduro"\nany = ["Maduro"]\nthrottle_minutes = 0\n'
MAX_AGE = 48 * 3600  # the default: the bundled site's articles are months old


@pytest.fixture
def server():
    with PrivateRedis(appendonly=False) as redis_server:
        yield redis_server


@pytest.fixture
def config(server, tmp_path, webhook):
    rules = tmp_path / "rules.toml"
    rules.write_text(RULES, encoding="utf-8")
    config = load_config().with_changes(redis_url=server.url, keys=RedisKeys("nwwipe"), article_queue="wipe-articles",
                                        alert_queue="wipe-alerts", rules_path=str(rules),
                                        channels={"default": [webhook.apprise_url]}, alert_max_age=MAX_AGE)
    runtime.configure(config)
    yield config
    runtime.reset()


def wipe(server):
    """Restart the server on the same port without its data."""
    port = int(server.url.rsplit(":", 1)[1].split("/")[0])
    server.stop(keep_data=False)
    server.start(port=port)


def environment(config, site, tmp_path, crawl_id):
    seeds = tmp_path / "slow.toml"  # a gentler rate: the crawl still runs when Redis is wiped
    seeds.write_text((PROJECT_ROOT / "seeds" / "demo.toml").read_text().replace("rate = 200", "rate = 8"))
    return crawl_env(config, crawl_id, seeds=seeds, base_urls=demo_base_urls(site), alert_queue=config.alert_queue,
                     rules=config.rules_path, alert_urls=config.channels["default"][0], alert_max_age=MAX_AGE,
                     redis_retry_seconds=30)


def test_a_wiped_redis_stops_the_crawl_is_told_once_and_floods_nobody_afterwards(server, config, site, webhook,
                                                                                 tmp_path):
    env = environment(config, site, tmp_path, "before-wipe")
    connection = connect(server.url, patience=30)
    worker_log, crawl_log = (tmp_path / "worker.log").open("w"), tmp_path / "crawl.log"
    worker = subprocess.Popen([sys.executable, "-m", "newswatch", "worker"], cwd=PROJECT_ROOT, env=env,
                              stdout=worker_log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_until(lambda: Worker.all(connection=connection), "the worker to start", timeout=30)
        with crawl_log.open("w") as log:
            crawl = subprocess.Popen([sys.executable, "-m", "newswatch", "crawl", "--quiet"], cwd=PROJECT_ROOT,
                                     env=env, stdout=log, stderr=subprocess.STDOUT)
            try:
                wait_until(lambda: sum(n for (_, path), n in site.hits().items() if path.startswith("/news/")) >= 3,
                           "the crawl to fetch its first articles", timeout=30)
                wipe(server)
                exit_code = crawl.wait(timeout=60)
            finally:
                crawl.kill()
        output = crawl_log.read_text()
        assert exit_code == 6, output[-3000:]
        assert "Redis was wiped" in output and "Traceback" not in output, output[-3000:]

        wait_until(lambda: len(Worker.all(connection=connection)) == 1, "the worker to register again", timeout=40)
        wait_until(lambda: webhook.received, "the self-monitoring alert", timeout=30)
        [wipe_record] = [json.loads(raw) for raw in connection.lrange(config.keys.wipes, 0, -1)]
        assert wipe_record["seen_by"].startswith(("worker@", "spider@"))

        # The next crawl is the site's first again: the archive is learned, not alerted.
        run_crawl(environment(config, site, tmp_path, "after-wipe") | {"NEWSWATCH_SEEDS": str(PROJECT_ROOT / "seeds"
                                                                                             / "demo.toml")})
        assert drain(connection, config, timeout=120)
        time.sleep(2)  # an alert queued late would be in flight now
    finally:
        worker.kill()
        worker.wait()
        worker_log.close()
    titles = [message["title"] for message in webhook.received]
    assert titles == ["Redis was wiped: crawls stopped, queued work lost"], titles  # one alert, no flood
    stats = connection.hgetall(config.keys.crawl_stats("after-wipe"))
    assert int(stats[b"events/new"]) > 20 and int(stats[b"alerts/withheld_old"]) >= 6
    assert b"Maduro" not in b"".join(connection.lrange(config.keys.alert_log, 0, -1))
    connection.close()
