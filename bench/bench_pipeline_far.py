"""The whole pipeline with Redis far away: crawl, workers and alerts through a delaying proxy, against loopback.

One spider process and two ``newswatch worker`` processes (forking, as deployed) crawl the generated site
(bench.large_site, every 10th article carrying the alert word) with every Redis connection of theirs going
through bench.latency_proxy at 1 ms and 5 ms each way, and straight to Redis (loopback), in the same run,
the arms' order reversed every round. Per arm: pages/s at the site (first request to last), articles/s end
to end (first request to the last article on the stream), and fetch -> alert (the article's ``fetched_at``
to the webhook receiving its alert) p50 and p95.

    .venv/bin/python -m bench.bench_pipeline_far [--articles 1000] [--rounds 2]

Uses a private redis-server on a free loopback port (or NEWSWATCH_BENCH_REDIS_URL); everything on 127.0.0.1.
"""

import argparse
import contextlib
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from bench.bench_crawl import SEEDS
from bench.large_site import LargeSite, flagged
from bench.latency_proxy import LatencyProxy
from bench.redis_for_bench import bench_redis
from newswatch.demo.runner import crawl_env
from newswatch.demo.webhook_receiver import WebhookReceiver
from newswatch.shared.connection import connect
from newswatch.shared.redis_keys import RedisKeys
from newswatch.shared.settings import PROJECT_ROOT
from workers.config import load_config
from workers.events import ArticleEvent

WORKERS = 2
FLAG_EVERY = 10  # every 10th article carries the alert word
LINK = re.compile(r"Link: (\S+)")


def published(connection, config):
    """The distinct article URLs on the stream."""
    return {ArticleEvent.from_stream_fields(fields).article["url"] for _, fields in connection.xrange(config.keys.stream)}


def run_arm(site, redis_url, delay, seeds, rules):
    """One crawl with its workers, every process's Redis ``delay`` seconds away each way (0: direct)."""
    direct = connect(redis_url)
    direct.flushdb()
    site.reset()
    receipts = []
    port = int(redis_url.rsplit(":", 1)[1].split("/")[0])
    proxy = LatencyProxy(port, delay, max_connections=512) if delay else contextlib.nullcontext()
    with proxy, WebhookReceiver(on_receive=lambda message: receipts.append((time.time(), message))) as webhook:
        url = f"redis://127.0.0.1:{proxy.port}/0" if delay else redis_url
        config = load_config().with_changes(redis_url=url, keys=RedisKeys("nwbench"), article_queue="bench-articles",
                                            alert_queue="bench-alerts")
        env = crawl_env(config, f"far-{delay}", seeds=seeds, base_urls={"bench": site.url},
                        concurrent_requests=16, concurrent_requests_per_domain=16, alert_queue="bench-alerts",
                        alert_urls=webhook.apprise_url, alert_max_age=0,  # the site's articles are months old
                        rules=str(rules))
        workers = [subprocess.Popen([str(Path(sys.executable).parent / "newswatch"), "worker"], env=env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for _ in range(WORKERS)]
        try:
            spider = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "news"], cwd=PROJECT_ROOT, env=env,
                                    timeout=1800)
            if spider.returncode != 0:
                raise RuntimeError(f"crawl exited with {spider.returncode}")
            alerts_due = sum(flagged(n, FLAG_EVERY) for n in range(site.article_count))
            deadline = time.monotonic() + 600
            while len(published(direct, config)) < site.article_count or len(receipts) < alerts_due:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{len(published(direct, config))} articles on the stream, "
                                       f"{len(receipts)} alerts of {alerts_due} after 600 s")
                time.sleep(0.05)
        finally:
            for worker in workers:
                worker.terminate()
            for worker in workers:
                worker.wait(timeout=60)
    events = [ArticleEvent.from_stream_fields(fields) for _, fields in direct.xrange(config.keys.stream)]
    last_event = max(int(entry_id.decode().split("-")[0]) for entry_id, _ in direct.xrange(config.keys.stream)) / 1000
    fetched = {event.article["url"]: datetime.fromisoformat(event.article["fetched_at"]).timestamp()
               for event in events}
    latencies = sorted(received - fetched[LINK.search(message["message"]).group(1)] for received, message in receipts)
    first_request = time.time() - (time.perf_counter() - site.hit_times[0])  # the site keeps perf_counter times
    return {"pages_per_s": site.rate(exclude=1), "articles_per_s": len(fetched) / (last_event - first_request),
            "alert_p50": statistics.median(latencies), "alert_p95": latencies[int(0.95 * (len(latencies) - 1))],
            "alerts": len(receipts), "articles": len(fetched)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    seeds = Path(tempfile.mkdtemp()) / "bench.toml"
    seeds.write_text(SEEDS.replace("{render}", ""), encoding="utf-8")
    rules = seeds.with_name("rules.toml")  # every alert alone, at once: each one's latency is measured
    rules.write_text('[[rule]]\nid = "maduro"\nany = ["Maduro"]\nthrottle_minutes = 0\n', encoding="utf-8")
    delays = [0, 0.001, 0.005]
    results = {delay: [] for delay in delays}
    with bench_redis() as redis_url, LargeSite(args.articles, flag_every=FLAG_EVERY, distinct=True) as site:
        for round_number in range(args.rounds):
            for delay in delays if round_number % 2 == 0 else reversed(delays):
                result = run_arm(site, redis_url, delay, seeds, rules)
                results[delay].append(result)
                print(f"round {round_number + 1}, Redis {delay * 1000:.0f} ms away each way: "
                      f"{result['pages_per_s']:.0f} pages/s, {result['articles_per_s']:.0f} articles/s end to end, "
                      f"fetch -> alert p50 {result['alert_p50']:.2f} s, p95 {result['alert_p95']:.2f} s "
                      f"({result['articles']} articles, {result['alerts']} alerts)", flush=True)
    near = statistics.median(r["articles_per_s"] for r in results[0])
    for delay in delays[1:]:
        far = statistics.median(r["articles_per_s"] for r in results[delay])
        print(f"Redis {delay * 1000:.0f} ms away / loopback, articles/s end to end (medians): {far / near:.2f}")


if __name__ == "__main__":
    main()
