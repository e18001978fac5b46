"""A Redis that goes away during a run, for real: a private redis-server (AOF on, so a restart keeps the
frontier and the queues) is stopped for a few seconds and restarted on the same port while the real spider
crawls the bundled site in a child process, then while a ``newswatch worker`` child waits for jobs.

Spider and worker wait for it (NEWSWATCH_REDIS_RETRY_SECONDS), resume, and lose nothing: the crawl
finishes, every article of the site reaches the stream exactly once, and nobody logs tracebacks.
"""

import subprocess
import sys
import time
from collections import Counter

import pytest
from rq import Worker

from newswatch.demo.runner import crawl_env, demo_base_urls
from newswatch.demo.redis_server import PrivateRedis
from newswatch.shared.connection import connect
from newswatch.shared.redis_keys import RedisKeys
from newswatch.shared.settings import PROJECT_ROOT
from tests.processes import slow_seeds, wait_until
from workers import runtime
from workers.config import load_config
from workers.draining import pending_jobs, worker_queues
from workers.events import ArticleEvent

pytestmark = pytest.mark.integration
OUTAGE_SECONDS = 4
PATIENCE_SECONDS = 60


@pytest.fixture
def server():
    with PrivateRedis(appendonly=True) as redis_server:
        yield redis_server


@pytest.fixture
def config(server, tmp_path):
    rules = tmp_path / "rules.toml"  # no alert rules: this is about articles
    rules.write_text("", encoding="utf-8")
    config = load_config().with_changes(redis_url=server.url, keys=RedisKeys("nwout"), article_queue="out-articles",
                                        alert_queue="out-alerts", rules_path=str(rules), channels={},
                                        redis_retry_seconds=PATIENCE_SECONDS)
    runtime.configure(config)
    yield config
    runtime.reset()


def outage(server, seconds=OUTAGE_SECONDS):
    """Stop the server, data kept, and start it again on the same port ``seconds`` later."""
    port = int(server.url.rsplit(":", 1)[1].split("/")[0])
    server.stop(keep_data=True)
    time.sleep(seconds)
    server.start(port=port)


def article_events(connection, config):
    return [ArticleEvent.from_stream_fields(fields) for _, fields in connection.xrange(config.keys.stream)]


def queue_state(queues):
    """What is left where, for a failure message."""
    return {queue.name: {"queued": queue.count, "taken": queue.connection.llen(queue.intermediate_queue_key),
                         "scheduled": queue.scheduled_job_registry.get_job_ids(),
                         "started": queue.started_job_registry.get_job_ids()} for queue in queues}


def start_worker(config, log):
    env = crawl_env(config, "", alert_queue=config.alert_queue, rules=config.rules_path,
                    redis_retry_seconds=PATIENCE_SECONDS)
    return subprocess.Popen([sys.executable, "-m", "newswatch", "worker"], cwd=PROJECT_ROOT, env=env,
                            stdout=log, stderr=subprocess.STDOUT)


def test_a_crawl_and_a_worker_wait_out_a_redis_outage_and_lose_nothing(server, config, site, tmp_path):
    connection = connect(server.url, patience=PATIENCE_SECONDS)
    env = crawl_env(config, "outage", seeds=slow_seeds(tmp_path), base_urls=demo_base_urls(site), revisit_after=0,
                    conditional_requests=0, redis_retry_seconds=PATIENCE_SECONDS)
    crawl_log = tmp_path / "crawl.log"
    with crawl_log.open("w") as log:
        crawl = subprocess.Popen([sys.executable, "-m", "scrapy", "crawl", "news"], cwd=PROJECT_ROOT, env=env,
                                 stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_until(lambda: sum(n for (_, path), n in site.hits().items() if path.startswith("/news/")) >= 3,
                       "the crawl to fetch its first articles", 30)
            outage(server)
            try:
                returncode = crawl.wait(timeout=120)
            except subprocess.TimeoutExpired:
                returncode = "still running after 120 s"
            assert returncode == 0, crawl_log.read_text()[-3000:]
        finally:
            crawl.kill()
            crawl.wait(timeout=30)
    crawl_output = crawl_log.read_text()
    assert "does not answer" in crawl_output and "answers again" in crawl_output  # the outage did hit the crawl
    assert "Traceback" not in crawl_output, crawl_output[-3000:]

    worker_log = tmp_path / "worker.log"
    with worker_log.open("w") as log:
        worker = start_worker(config, log)
        try:
            wait_until(lambda: Worker.all(connection=connection), "the worker to start", 30)
            outage(server)
            queues = worker_queues(connection, config)
            try:
                wait_until(lambda: pending_jobs(queues) == 0 or worker.poll() is not None, "the queues to drain", 60)
            except AssertionError:
                raise AssertionError(f"the queues did not drain: {queue_state(queues)}\n"
                                     f"{worker_log.read_text()[-6000:]}") from None
            assert worker.poll() is None, worker_log.read_text()[-3000:]  # still running: no crash
        finally:
            worker.terminate()
            worker.wait(timeout=30)
    worker_output = worker_log.read_text()
    assert "Traceback" not in worker_output, worker_output[-3000:]

    expected = site.expected(1)
    events = article_events(connection, config)
    assert sorted(e.article["canonical_url"] for e in events) == sorted([*expected["articles"],
                                                                         *expected["partner_urls"]])
    assert set(Counter(e.article_id for e in events).values()) == {1}
    connection.close()
