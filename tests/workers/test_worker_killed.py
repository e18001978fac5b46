"""A worker killed with SIGKILL in the middle of a batch: the job runs again and every effect exists once."""

import os
import signal
import subprocess
import sys
import time

import pytest
from rq import Queue, Retry
from rq.registry import StartedJobRegistry
from rq.serializers import JSONSerializer

from newswatch.shared.items import Article
from workers.draining import drain
from workers.events import ArticleEvent

pytestmark = pytest.mark.integration
ARTICLES = 150


def batch():
    return [Article(url=f"http://127.0.0.1:1/news/report-{n}", canonical_url=f"http://127.0.0.1:1/news/report-{n}",
                    site="s", title=f"Report {n}: Maduro talks" if n % 5 == 0 else f"Report {n}",
                    body=[f"Report number {n} says {' '.join(['word%d' % (n * 31 + i) for i in range(40)])}."],
                    crawl_id="killed").to_message() for n in range(ARTICLES)]


def stream_events(redis_conn, config):
    return [ArticleEvent.from_stream_fields(f) for _, f in redis_conn.xrange(config.keys.stream)]


def test_a_job_interrupted_by_sigkill_runs_again_and_its_effects_appear_once(redis_url, redis_conn, worker_config,
                                                                             webhook, tmp_path):
    rules = tmp_path / "rules.toml"
    rules.write_text('[[rule]]\nid = "maduro"\nany = ["Maduro"]\nthrottle_minutes = 0\n', encoding="utf-8")
    config = worker_config.with_changes(rules_path=str(rules))
    from workers import runtime
    runtime.configure(config)
    queue = Queue(config.article_queue, connection=redis_conn, serializer=JSONSerializer)
    job = queue.enqueue("workers.jobs.process_articles", batch(), retry=Retry(max=3), job_timeout=300)
    env = {**os.environ, "NEWSWATCH_KEY_PREFIX": config.keys.prefix, "NEWSWATCH_RULES": str(rules),
           "NEWSWATCH_ARTICLE_QUEUE": config.article_queue, "NEWSWATCH_ALERT_QUEUE": config.alert_queue,
           "NEWSWATCH_ALERT_URLS": config.channels["default"][0]}
    # A session of its own: the kill takes RQ's scheduler (a forked child) with it, as systemd's
    # KillMode=control-group does, so no orphan outlives the test.
    worker = subprocess.Popen([sys.executable, "-m", "newswatch", "worker", "--simple", "--redis-url", redis_url],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while redis_conn.xlen(config.keys.stream) < 10:  # part of the batch is done
        assert time.monotonic() < deadline and worker.poll() is None, "the worker did not start the batch"
        time.sleep(0.01)
    os.killpg(worker.pid, signal.SIGKILL)
    worker.wait()
    done_before_kill = redis_conn.xlen(config.keys.stream)
    assert 10 <= done_before_kill < ARTICLES  # killed mid-job

    # RQ's maintenance moves a job whose worker stopped beating to retry; here it runs now
    # instead of after the heartbeat timeout.
    StartedJobRegistry(queue=queue).cleanup(timestamp=time.time() + 3600)
    assert drain(redis_conn, config, timeout=120)

    events = stream_events(redis_conn, config)
    assert sorted(e.article["url"] for e in events) == sorted(m["url"] for m in batch())  # each exactly once
    assert {e.event for e in events} == {"new"}
    alerts = redis_conn.lrange(config.keys.alert_log, 0, -1)
    assert len(alerts) == len(set(alerts)) == ARTICLES // 5
    links = [m["message"].split("Link: ")[1].split()[0] for m in webhook.received]
    assert len(links) == len(set(links)) == ARTICLES // 5  # each alert delivered once, before or after the kill
    assert job.get_status(refresh=True) == "finished"
