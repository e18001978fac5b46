"""The Redis frontier alone: scheduler throughput against Scrapy's memory scheduler, and Redis
bytes per seen URL at 1M URLs against scrapy-redis's fingerprint set, in one run.

    .venv/bin/python -m bench.bench_frontier [--requests 20000] [--seen 1000000]

Uses a private redis-server on a free loopback port (or NEWSWATCH_BENCH_REDIS_URL).
"""

import argparse
import hashlib
import tempfile
import time
from pathlib import Path

from scrapy.core.scheduler import Scheduler
from scrapy.utils.reactor import install_reactor
from scrapy.utils.test import get_crawler

from bench.redis_for_bench import bench_redis
from crawler.connection import connect
from crawler.frontier import fingerprint
from crawler.redis_keys import RedisKeys
from crawler.scheduler import FrontierScheduler
from crawler.spiders.news import KIND_ARTICLE, NewsSpider
from workers.config import project_settings

BASE = "http://127.0.0.1:8180"


BENCH_SEEDS = """
[[site]]
name = "bench"
base_url = "http://127.0.0.1:8180"
allow_networks = ["127.0.0.1/32"]
article_patterns = ["^/news/"]
max_pages = 100000000
"""


def make_crawler(redis_url, scheduler_class, seeds):
    settings = {**project_settings().copy_to_dict(), "NEWSWATCH_REDIS_URL": redis_url, "NEWSWATCH_KEY_PREFIX": "nwbench", "SCHEDULER": scheduler_class,
                "NEWSWATCH_SEEDS": [str(seeds)], "NEWSWATCH_DEDUP_TTL": 3600,
                "NEWSWATCH_FRONTIER_LEASE": 300, "NEWSWATCH_REVISIT_AFTER": 3600, "NEWSWATCH_FRONTIER_BUCKETS": 65536,
                "LOG_LEVEL": "WARNING", "SCHEDULER_PRIORITY_QUEUE": "scrapy.pqueues.ScrapyPriorityQueue"}
    crawler = get_crawler(NewsSpider, settings_dict=settings)
    crawler.spider = crawler._create_spider()
    return crawler


def scheduler_rate(scheduler, spider, requests):
    """Requests/s through enqueue then dequeue (and ack, for the frontier) of ``requests``."""
    scheduler.open(spider)
    site = next(iter(spider.sites.values()))
    started = time.perf_counter()
    for url in requests:
        scheduler.enqueue_request(spider.request_for(url, site, KIND_ARTICLE))
    taken = 0
    while (request := scheduler.next_request()) is not None:
        taken += 1
        if hasattr(scheduler, "ack"):
            scheduler.ack(request)
    seconds = time.perf_counter() - started
    assert taken == len(requests), (taken, len(requests))
    scheduler.close("finished")
    return len(requests) / seconds


def seen_bytes_per_url(connection, count, buckets=65536):
    """Memory of the frontier's seen-URL shards, filled as the ADD script fills them."""
    connection.flushdb()
    before = connection.info("memory")["used_memory"]
    keys = RedisKeys("nwbench")
    with connection.pipeline(transaction=False) as pipe:
        for n in range(count):
            digest = fingerprint(f"{BASE}/news/article-{n}")
            bucket = format(int.from_bytes(digest[:2], "big") % buckets, "04x")
            pipe.hset(keys.frontier_seen("news", bucket), digest[2:8], 29_600_000 * 1_000_000 + 7)
            if n % 10_000 == 9_999:
                pipe.execute()
        pipe.execute()
    return (connection.info("memory")["used_memory"] - before) / count


def scrapy_redis_bytes_per_url(connection, count):
    """scrapy-redis's dupefilter: one SET of 40-character hex SHA1 fingerprints."""
    connection.flushdb()
    before = connection.info("memory")["used_memory"]
    with connection.pipeline(transaction=False) as pipe:
        for n in range(count):
            pipe.sadd("bench:dupefilter", hashlib.sha1(f"{BASE}/news/article-{n}".encode()).hexdigest())
            if n % 10_000 == 9_999:
                pipe.execute()
        pipe.execute()
    return (connection.info("memory")["used_memory"] - before) / count


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=20_000)
    parser.add_argument("--seen", type=int, default=1_000_000)
    args = parser.parse_args()
    install_reactor("twisted.internet.asyncioreactor.AsyncioSelectorReactor")
    with bench_redis() as url:
        connection = connect(url)
        connection.flushdb()
        requests = [f"{BASE}/news/article-{n}" for n in range(args.requests)]
        seeds = Path(tempfile.mkdtemp()) / "bench.toml"
        seeds.write_text(BENCH_SEEDS, encoding="utf-8")
        memory = make_crawler(url, "scrapy.core.scheduler.Scheduler", seeds)
        baseline = scheduler_rate(Scheduler.from_crawler(memory), memory.spider, requests)
        ours_crawler = make_crawler(url, "crawler.scheduler.FrontierScheduler", seeds)
        ours = scheduler_rate(FrontierScheduler.from_crawler(ours_crawler), ours_crawler.spider, requests)
        print(f"scheduler, {args.requests} requests enqueued then taken:")
        print(f"  Scrapy memory scheduler:  {baseline:9.0f} requests/s")
        print(f"  newswatch Redis frontier: {ours:9.0f} requests/s   ratio {ours / baseline:.2f}")
        ours_bytes = seen_bytes_per_url(connection, args.seen)
        theirs_bytes = scrapy_redis_bytes_per_url(connection, args.seen)
        print(f"Redis memory per seen URL at {args.seen:,} URLs:")
        print(f"  scrapy-redis SET of hex SHA1:       {theirs_bytes:6.1f} bytes")
        print(f"  newswatch sharded 6-byte hashes:    {ours_bytes:6.1f} bytes   ratio {ours_bytes / theirs_bytes:.2f}")
        connection.flushdb()


if __name__ == "__main__":
    main()
