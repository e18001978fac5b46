"""The Redis frontier alone: scheduler throughput against Scrapy's memory scheduler, and Redis
bytes per seen URL against scrapy-redis's fingerprint set, in one run.

Bytes per URL at 1k, 10k, 100k and 1M URLs (up to --seen): scrapy-redis's SET of hex SHA1s,
newswatch's seen set as it was before December 2026 (65,536 fixed shards), and newswatch's
linear hash table filled through its own script; then the seen set a real crawl of the
bench site leaves, against a SET of as many fingerprints.

    .venv/bin/python -m bench.bench_frontier [--requests 20000] [--seen 1000000] [--crawl-articles 3000]

Uses a private redis-server on a free loopback port (or NEWSWATCH_BENCH_REDIS_URL).
"""

import argparse
import hashlib
import statistics
import tempfile
import time
from pathlib import Path

from scrapy.core.scheduler import Scheduler
from scrapy.utils.reactor import install_reactor
from scrapy.utils.test import get_crawler

from bench.bench_crawl import newswatch_crawl
from bench.large_site import LargeSite
from bench.redis_for_bench import bench_redis
from crawler.frontier.scheduler import FrontierScheduler
from crawler.frontier.store import MODE_ALIAS, Frontier, FrontierConfig, fingerprint
from crawler.spiders.news import KIND_ARTICLE, NewsSpider
from newswatch.cli.common import project_settings
from newswatch.shared.connection import connect
from newswatch.shared.redis_keys import RedisKeys

BASE = "http://127.0.0.1:8180"
SEEN_SIZES = (1_000, 10_000, 100_000, 1_000_000)


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


def scheduler_rates(redis_url, seeds, requests):
    """(Scrapy's memory scheduler, the frontier) requests/s, one after the other."""
    connect(redis_url).flushdb()
    memory = make_crawler(redis_url, "scrapy.core.scheduler.Scheduler", seeds)
    baseline = scheduler_rate(Scheduler.from_crawler(memory), memory.spider, requests)
    ours_crawler = make_crawler(redis_url, "crawler.frontier.scheduler.FrontierScheduler", seeds)
    return baseline, scheduler_rate(FrontierScheduler.from_crawler(ours_crawler), ours_crawler.spider, requests)


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


def key_bytes(connection, pattern):
    """MEMORY USAGE summed over the keys matching ``pattern`` (exact: SAMPLES 0)."""
    return sum(connection.memory_usage(key, samples=0) for key in connection.scan_iter(pattern, count=1000))


def fill_and_measure(connection, pattern, fill):
    """(MEMORY USAGE summed over ``pattern``, used_memory delta) after ``fill()`` in an empty database."""
    connection.flushdb()
    before = connection.info("memory")["used_memory"]
    fill()
    return key_bytes(connection, pattern), connection.info("memory")["used_memory"] - before


def newswatch_seen(connection, count):
    """The seen set filled through the frontier's own script (a URL marked seen: no queue entry)."""
    frontier = Frontier(connection, RedisKeys("nwbench"), "news", FrontierConfig(seen_ttl=3600))

    def fill():
        frontier.join("bench")
        for start in range(0, count, 500):
            frontier.add_many([({"url": f"{BASE}/news/article-{n}", "site": "bench", "kind": "article"}, 10**9,
                                MODE_ALIAS) for n in range(start, min(count, start + 500))])
    return fill_and_measure(connection, "nwbench:seen:news:*", fill)


def fixed_shards_seen(connection, count, buckets=65536):
    """The seen set as newswatch kept it before December 2026: 65,536 fixed shards of 6-byte fingerprints."""
    def fill():
        with connection.pipeline(transaction=False) as pipe:
            for n in range(count):
                digest = fingerprint(f"{BASE}/news/article-{n}")
                shard = format(int.from_bytes(digest[:2], "big") % buckets, "04x")
                pipe.hset(f"nwbench:seen:old:{shard}", digest[2:8], 29_600_000 * 1_000_000 + 7)
                pipe.expire(f"nwbench:seen:old:{shard}", 3600)
                if n % 10_000 == 9_999:
                    pipe.execute()
            pipe.execute()
    return fill_and_measure(connection, "nwbench:seen:old:*", fill)


def scrapy_redis_seen(connection, count):
    """scrapy-redis's dupefilter: one SET of 40-character hex SHA1 fingerprints."""
    def fill():
        with connection.pipeline(transaction=False) as pipe:
            for n in range(count):
                pipe.sadd("bench:dupefilter", hashlib.sha1(f"{BASE}/news/article-{n}".encode()).hexdigest())
                if n % 10_000 == 9_999:
                    pipe.execute()
            pipe.execute()
    return fill_and_measure(connection, "bench:dupefilter", fill)


def report_memory(connection, sizes):
    print("Redis memory per seen URL (MEMORY USAGE summed over the keys / used_memory delta):")
    print(f"  {'URLs':>10}  {'scrapy-redis SET':>18}  {'newswatch before':>18}  {'newswatch':>18}  ratio")
    for count in sizes:
        theirs, before, ours = (scrapy_redis_seen(connection, count), fixed_shards_seen(connection, count),
                                newswatch_seen(connection, count))
        cells = "  ".join(f"{usage / count:7.1f} / {delta / count:7.1f}" for usage, delta in (theirs, before, ours))
        print(f"  {count:>10,}  {cells}  {ours[0] / theirs[0]:.2f}")


def report_real_crawl(connection, redis_url, articles):
    """Bytes per URL of the seen set a real crawl of the bench site leaves, against a SET of as many SHA1s."""
    with LargeSite(articles) as site:
        newswatch_crawl(site, redis_url, 1)
    keys = list(connection.scan_iter("nwbench:seen:*", count=1000))
    urls = sum(connection.hlen(key) for key in keys if not key.endswith(b":lh"))
    ours = key_bytes(connection, "nwbench:seen:*")
    theirs, _ = scrapy_redis_seen(connection, urls)
    print(f"a real crawl of the bench site ({articles} articles, 1 process): {urls} URLs seen")
    print(f"  scrapy-redis SET of hex SHA1: {theirs / urls:6.1f} bytes   newswatch: {ours / urls:6.1f} bytes   "
          f"ratio {ours / theirs:.2f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=5, help="scheduler rounds (the median is reported)")
    parser.add_argument("--seen", type=int, default=1_000_000, help="the largest seen set measured")
    parser.add_argument("--crawl-articles", type=int, default=3000, help="a real crawl of the bench site (0: none)")
    args = parser.parse_args()
    install_reactor("twisted.internet.asyncioreactor.AsyncioSelectorReactor")
    with bench_redis() as url:
        connection = connect(url)
        connection.flushdb()
        requests = [f"{BASE}/news/article-{n}" for n in range(args.requests)]
        seeds = Path(tempfile.mkdtemp()) / "bench.toml"
        seeds.write_text(BENCH_SEEDS, encoding="utf-8")
        rates = [scheduler_rates(url, seeds, requests) for _ in range(args.rounds)]
        ratios = sorted(ours / baseline for baseline, ours in rates)
        print(f"scheduler, {args.requests} requests enqueued then taken, {args.rounds} rounds alternating:")
        print(f"  Scrapy memory scheduler:  {statistics.median(r[0] for r in rates):9.0f} requests/s (median)")
        print(f"  newswatch Redis frontier: {statistics.median(r[1] for r in rates):9.0f} requests/s (median)   "
              f"ratio {statistics.median(ratios):.2f} (median; {ratios[0]:.2f}-{ratios[-1]:.2f})")
        report_memory(connection, [size for size in SEEN_SIZES if size <= args.seen])
        if args.crawl_articles:
            report_real_crawl(connection, url, args.crawl_articles)
        connection.flushdb()


if __name__ == "__main__":
    main()
