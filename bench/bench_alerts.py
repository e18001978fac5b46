"""Alert latency and worker memory, with a real worker process, Redis and a local webhook.

- Time from enqueue to the alert arriving at the webhook, p50 and p95, with articles enqueued
  at a steady rate (default 50/s), against a trivial RQ job that posts to the same webhook
  (the floor RQ, the worker and HTTP set), in the same run.
- The worker's resident memory while it processes many articles (default 100,000), sampled
  every 10,000: it should stay flat.

    .venv/bin/python -m bench.bench_alerts [--rate 50] [--alerts 500] [--memory-articles 100000]

Uses a private redis-server on a free loopback port.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from rq import Queue
from rq.serializers import JSONSerializer

from bench.bench_workers import synthetic_article
from bench.jobs import BASELINE_ENV
from newswatch.demo.redis_server import PrivateRedis
from newswatch.shared.connection import connect
from newswatch.shared.items import Article
from newswatch.demo.webhook_receiver import WebhookReceiver

RULES = '[[rule]]\nid = "bench"\nany = ["Benchalert"]\nthrottle_minutes = 0\n'


def start_worker(redis_url, rules, webhook_url):
    env = {**os.environ, "NEWSWATCH_KEY_PREFIX": "nwbench", "NEWSWATCH_RULES": str(rules),
           "NEWSWATCH_ARTICLE_QUEUE": "bench-articles", "NEWSWATCH_ALERT_QUEUE": "bench-alerts",
           "NEWSWATCH_ALERT_URLS": webhook_url, "NEWSWATCH_LOG_LEVEL": "WARNING", **BASELINE_ENV}
    command = [sys.executable, "-m", "newswatch", "worker", "--simple", "--redis-url", redis_url]
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def paced(queue, count, rate, make_job):
    """Enqueue ``count`` jobs at ``rate`` per second; their enqueue times, by number."""
    sent, started = {}, time.perf_counter()
    for n in range(count):
        time.sleep(max(0.0, started + n / rate - time.perf_counter()))
        function, args = make_job(n)
        sent[n] = time.time()
        queue.enqueue(function, *args)
    return sent


def latencies(webhook, sent, timeout=120):
    deadline = time.monotonic() + timeout
    while len(webhook.arrivals) < len(sent) and time.monotonic() < deadline:
        time.sleep(0.05)
    return sorted((arrived - sent[n]) * 1000 for n, arrived in webhook.arrivals.items() if n in sent)


def article_job(n):
    article = Article(url=f"http://127.0.0.1:1/news/alert-{n}", canonical_url=f"http://127.0.0.1:1/news/alert-{n}",
                      site="bench", title=f"Benchalert {n}", body=synthetic_article(n).body)
    return "workers.jobs.process_articles", ([article.to_message()],)


def rss_mb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def memory_run(redis_url, worker, count, step=10_000, batch=20):
    connection = connect(redis_url)
    queue = Queue("bench-articles", connection=connection, serializer=JSONSerializer)
    samples = []
    for start in range(0, count, step):
        messages = [synthetic_article(start + n).to_message() for n in range(min(step, count - start))]
        for i in range(0, len(messages), batch):
            queue.enqueue("workers.jobs.process_articles", messages[i:i + batch])
        while queue.count or connection.xlen("nwbench:stream:events") < start + len(messages):
            time.sleep(0.2)
        samples.append((start + len(messages), rss_mb(worker.pid)))
        print(f"  after {samples[-1][0]:>7,} articles: worker RSS {samples[-1][1]:6.1f} MB", flush=True)
    return samples


class TimedWebhook(WebhookReceiver):
    """Notes when each numbered alert arrives (the number is the last word of its title)."""

    def __init__(self):
        super().__init__(on_receive=self.note)
        self.arrivals = {}

    def note(self, message):
        self.arrivals.setdefault(int(message["title"].split()[-1]), time.time())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=50)
    parser.add_argument("--alerts", type=int, default=500)
    parser.add_argument("--memory-articles", type=int, default=100_000)
    args = parser.parse_args()
    with PrivateRedis() as server, TimedWebhook() as webhook:
        rules = Path(os.environ.get("TMPDIR", "/tmp")) / f"bench-rules-{os.getpid()}.toml"
        rules.write_text(RULES, encoding="utf-8")
        worker = start_worker(server.url, rules, webhook.apprise_url)
        try:
            connection = connect(server.url)
            queue = Queue("bench-articles", connection=connection, serializer=JSONSerializer)
            post = webhook.apprise_url.replace("json://", "http://").split("?")[0]
            latencies(webhook, paced(queue, 20, args.rate, lambda n: ("bench.jobs.post", (post, f"Warmup {n}"))))
            webhook.arrivals.clear()  # the worker is up and warm
            base = latencies(webhook, paced(queue, args.alerts, args.rate,
                                            lambda n: ("bench.jobs.post", (post, f"Baseline {n}"))))
            webhook.arrivals.clear()
            ours = latencies(webhook, paced(queue, args.alerts, args.rate, article_job))
            print(f"enqueue -> alert at the webhook, {args.alerts} at {args.rate:.0f}/s (ms):")
            for name, values in (("trivial RQ job posting to the webhook", base), ("newswatch article -> alert", ours)):
                p50, p95 = statistics.median(values), values[int(len(values) * 0.95) - 1]
                print(f"  {name:38s} p50 {p50:6.1f}  p95 {p95:6.1f}  ({len(values)} arrived)")
            if args.memory_articles:
                print(f"worker memory over {args.memory_articles:,} articles (20 a job):")
                memory_run(server.url, worker, args.memory_articles)
        finally:
            worker.kill()
            worker.wait()
            rules.unlink()


if __name__ == "__main__":
    main()
