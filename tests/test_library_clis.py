"""Scrapy's and RQ's own command lines keep working on the project, as their users expect."""

import json
import subprocess
import sys
from pathlib import Path

from rq import Queue
from rq.serializers import JSONSerializer

from newswatch.demo.runner import crawl_env
from newswatch.shared.items import Article
from newswatch.shared.settings import PROJECT_ROOT

RQ = [str(Path(sys.executable).parent / "rq")]


def test_rq_worker_and_rq_info_work_the_projects_queues(worker_config, redis_conn, redis_url, webhook, tmp_path):
    env = crawl_env(worker_config, "", alert_queue=worker_config.alert_queue, alert_urls=webhook.apprise_url)
    article = Article(url="http://127.0.0.1:1/news/exile", canonical_url="http://127.0.0.1:1/news/exile", site="x",
                      title="Maduro speaks from exile", body=["Nicolás Maduro spoke on Monday."],
                      fetched_at="2026-11-25T10:00:00+00:00")
    queue = Queue(worker_config.article_queue, connection=redis_conn, serializer=JSONSerializer)
    queue.enqueue("workers.jobs.process_articles", [article.to_message()])
    queue.enqueue("os.mkdir", str(tmp_path / "made-by-rq-worker"))  # refused by newswatch's worker class

    info = subprocess.run([*RQ, "info", "--url", redis_url, "--serializer", "rq.serializers.JSONSerializer",
                           worker_config.article_queue], capture_output=True, text=True, env=env, timeout=60)
    assert info.returncode == 0, info.stderr
    assert info.stdout.startswith(worker_config.article_queue) and "1 queues, 2 jobs total" in info.stdout

    worker = subprocess.run([*RQ, "worker", "--burst", "--url", redis_url, "--serializer",
                             "rq.serializers.JSONSerializer", "--worker-class", "workers.reliable.ReliableWorker",
                             worker_config.article_queue,
                             worker_config.alert_queue], cwd=PROJECT_ROOT,
                            capture_output=True, text=True, env=env, timeout=120)
    assert worker.returncode == 0, worker.stderr[-2000:]
    assert not (tmp_path / "made-by-rq-worker").exists() and "refused job" in worker.stderr
    events = redis_conn.xrange(worker_config.keys.stream)
    assert [fields[b"event"] for _, fields in events] == [b"new"]
    assert json.loads(events[0][1][b"data"])["article"]["title"] == "Maduro speaks from exile"
    assert len(webhook.received) == 1 and "Maduro speaks from exile" in webhook.received[0]["message"]
