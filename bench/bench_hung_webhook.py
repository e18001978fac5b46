"""Article latency while the alert webhook hangs, against the same run with a healthy webhook.

Articles that all match an alert rule are enqueued at a steady rate to one worker process
(``newswatch worker``, articles and alerts on the same worker); the time from enqueue to the
article's event on the stream is measured with a webhook that answers, then with one that
accepts every request and never answers (each attempt given up at NEWSWATCH_ALERT_TIMEOUT).
Then the webhook heals, and every alert must arrive exactly once.

    .venv/bin/python -m bench.bench_hung_webhook [--articles 40] [--rate 2] [--alert-timeout 2]

Uses a private redis-server on a free loopback port.
"""

import argparse
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from rq import Queue
from rq.serializers import JSONSerializer

from newswatch.demo.redis_server import PrivateRedis
from newswatch.shared.connection import connect
from newswatch.shared.items import Article
from newswatch.shared.redis_keys import RedisKeys
from newswatch.demo.webhook_receiver import WebhookReceiver
from workers.events import ArticleEvent

RULES = '[[rule]]\nid = "bench"\nany = ["Benchalert"]\nthrottle_minutes = 0\n'
PREFIX, ARTICLES_QUEUE, ALERTS_QUEUE = "nwhung", "hung-articles", "hung-alerts"
KEYS = RedisKeys(PREFIX)


def start_worker(redis_url, rules, webhook_url, alert_timeout):
    env = {**os.environ, "NEWSWATCH_KEY_PREFIX": PREFIX, "NEWSWATCH_RULES": str(rules),
           "NEWSWATCH_ARTICLE_QUEUE": ARTICLES_QUEUE, "NEWSWATCH_ALERT_QUEUE": ALERTS_QUEUE,
           "NEWSWATCH_ALERT_URLS": webhook_url, "NEWSWATCH_ALERT_TIMEOUT": str(alert_timeout),
           "NEWSWATCH_ALERT_RETRIES": "1000", "NEWSWATCH_ALERT_RETRY_INTERVALS": "1", "NEWSWATCH_LOG_LEVEL": "ERROR"}
    return subprocess.Popen([sys.executable, "-m", "newswatch", "worker", "--redis-url", redis_url], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def article(name, n):
    url = f"http://127.0.0.1:1/news/{name}-{n}"
    return Article(url=url, canonical_url=url, site="bench", title=f"Benchalert {name} {n}",
                   body=[f"Report {n} of the {name} run."]).to_message()


def latencies(connection, name, count, rate, timeout=300):
    """Enqueue ``count`` articles at ``rate`` per second; seconds from each enqueue to its stream event."""
    queue = Queue(ARTICLES_QUEUE, connection=connection, serializer=JSONSerializer)
    sent, arrived = {}, {}
    last_id = (connection.xrevrange(KEYS.stream, count=1) or [(b"0-0", None)])[0][0]

    def enqueue():
        started = time.monotonic()
        for n in range(count):
            time.sleep(max(0.0, started + n / rate - time.monotonic()))
            message = article(name, n)
            sent[message["url"]] = time.monotonic()
            queue.enqueue("workers.jobs.process_article", message)

    feeder = threading.Thread(target=enqueue)
    feeder.start()
    deadline = time.monotonic() + timeout
    while len(arrived) < count and time.monotonic() < deadline:
        for _, entries in connection.xread({KEYS.stream: last_id}, block=100) or []:
            for entry_id, fields in entries:
                last_id = entry_id
                arrived.setdefault(ArticleEvent.from_stream_fields(fields).article["url"], time.monotonic())
    feeder.join()
    return sorted(arrived[url] - sent[url] for url in arrived if url in sent)


def alert_statuses(connection):
    idents = [ident.decode() for ident in connection.lrange(KEYS.alert_log, 0, -1)]
    return [(connection.hget(KEYS.alert(ident), "status") or b"").decode() for ident in idents]


def describe(values):
    p95 = values[max(0, int(len(values) * 0.95) - 1)]
    return f"p50 {statistics.median(values) * 1000:7.0f} ms  p95 {p95 * 1000:7.0f} ms  max {values[-1] * 1000:7.0f} ms"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--rate", type=float, default=2)
    parser.add_argument("--alert-timeout", type=float, default=2)
    args = parser.parse_args()
    with PrivateRedis() as server, WebhookReceiver() as webhook:
        rules = Path(os.environ.get("TMPDIR", "/tmp")) / f"bench-hung-rules-{os.getpid()}.toml"
        rules.write_text(RULES, encoding="utf-8")
        worker = start_worker(server.url, rules, webhook.apprise_url, args.alert_timeout)
        try:
            connection = connect(server.url)
            latencies(connection, "warmup", 5, args.rate)
            healthy = latencies(connection, "healthy", args.articles, args.rate)
            webhook.stall, attempts_before = "hang", webhook.attempts
            hanging = latencies(connection, "hanging", args.articles, args.rate)
            held = webhook.attempts - attempts_before
            webhook.stall = None
            started = time.monotonic()
            while set(alert_statuses(connection)) != {"sent"} and time.monotonic() - started < 600:
                time.sleep(0.2)
            healed_in = time.monotonic() - started
        finally:
            os.killpg(worker.pid, 9)
            worker.wait()
            rules.unlink()
        links = [message["message"].split("Link: ")[1].split()[0] for message in webhook.received]
        print(f"enqueue -> stream event, {args.articles} articles at {args.rate:g}/s, every one alerting, "
              f"NEWSWATCH_ALERT_TIMEOUT={args.alert_timeout:g} s:")
        print(f"  webhook answering        {describe(healthy)}  ({len(healthy)} arrived)")
        print(f"  webhook hanging          {describe(hanging)}  ({len(hanging)} arrived)")
        print(f"  ratio hanging / answering: p50 {statistics.median(hanging) / statistics.median(healthy):.1f}, "
              f"max {hanging[-1] / healthy[-1]:.1f}")
        print(f"  attempts the hanging webhook held (each given up by the worker): {held}; once it healed, every "
              f"alert sent within {healed_in:.1f} s: {len(links)} messages for {len(set(links))} alerts "
              f"({'each once' if len(links) == len(set(links)) else 'DUPLICATES'})")


if __name__ == "__main__":
    main()
