"""Revisit crawls with and without conditional requests, on a generated site of thousands of articles.

A first crawl fetches every page and keeps the articles' validators; then the unchanged site
is revisited (NEWSWATCH_REVISIT_AFTER=0) in full (NEWSWATCH_CONDITIONAL_REQUESTS=0, the
baseline) and conditionally, alternately, ``--rounds`` times each, in one run:

- pages/s counted at the server (first request to last), wall time of the crawl process
  (start-up included), bytes of bodies served, Redis commands per article;
- Redis memory the validators take per URL, for the crawl's URLs and for ``--urls`` URLs.

    .venv/bin/python -m bench.bench_revisit [--articles 3000] [--rounds 2] [--urls 500000]

Uses a private redis-server on a free loopback port (or NEWSWATCH_BENCH_REDIS_URL).
"""

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from bench.bench_crawl import SEEDS
from bench.large_site import LargeSite
from bench.redis_for_bench import bench_redis
from crawler.frontier.conditional import Validators, ValidatorStore
from newswatch.demo.runner import crawl_env, run_crawl
from newswatch.shared.connection import connect
from newswatch.shared.redis_keys import RedisKeys
from workers.config import load_config

PREFIX = "nwbench"


def crawl(site, redis_url, connection, crawl_id, conditional):
    """One crawl of ``site``: (pages/s at the server, seconds, body bytes, Redis commands)."""
    seeds = Path(tempfile.mkdtemp()) / "bench.toml"
    seeds.write_text(SEEDS.replace("{render}", ""), encoding="utf-8")
    config = load_config().with_changes(redis_url=redis_url, keys=RedisKeys(PREFIX), article_queue="bench")
    env = crawl_env(config, crawl_id, seeds=seeds, base_urls={"bench": site.url}, concurrent_requests=16,
                    concurrent_requests_per_domain=16, revisit_after=0, conditional_requests=int(conditional))
    site.reset()
    commands = connection.info("stats")["total_commands_processed"]
    started = time.perf_counter()
    run_crawl(env, timeout=1800)
    seconds = time.perf_counter() - started
    commands = connection.info("stats")["total_commands_processed"] - commands
    return site.rate(exclude=1), seconds, site.bytes_sent, commands


def validators_bytes_per_url(connection):
    keys = list(connection.scan_iter(match=f"{PREFIX}:validators:*", count=1000))
    urls = sum(connection.hlen(key) for key in keys)
    return sum(connection.memory_usage(key, samples=0) for key in keys) / urls, urls


def synthetic_bytes_per_url(connection, count):
    """Redis memory per URL for ``count`` URLs' validators (nginx-style and weak hash ETags, dates)."""
    connection.flushdb()
    store = ValidatorStore(connection, RedisKeys(PREFIX), 65536, 3600)
    before = connection.info("memory")["used_memory"]
    for start in range(0, count, 10_000):
        with connection.pipeline(transaction=False) as pipe:
            for n in range(start, min(count, start + 10_000)):
                etag = f'"{n:08x}-{n % 9973:x}"' if n % 2 else f'W/"{n:020x}"'
                pipe.hset(*store.slot(f"https://news.example/{n}"), Validators(etag.encode(), 1767513600 + n).encode())
            pipe.execute()
    return (connection.info("memory")["used_memory"] - before) / count


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--urls", type=int, default=500_000)
    args = parser.parse_args()
    with bench_redis() as redis_url, LargeSite(args.articles) as site:
        connection = connect(redis_url)
        connection.flushdb()
        print(f"site: {site.page_count} pages ({args.articles} articles), 16 requests in flight, 1 process")
        first = crawl(site, redis_url, connection, "first", conditional=True)
        per_url, stored = validators_bytes_per_url(connection)
        runs = {False: [], True: []}
        for n in range(args.rounds):
            for conditional in (False, True):
                runs[conditional].append(crawl(site, redis_url, connection, f"revisit-{n}-{int(conditional)}",
                                                     conditional))
        print(f"  first crawl:                 {first[0]:6.0f} pages/s  {first[1]:5.1f} s  "
              f"{first[2] / 1e6:6.2f} MB of bodies")
        for conditional, label in ((False, "revisit, full refetch:      "), (True, "revisit, conditional (304):")):
            rate, seconds, sent, commands = (statistics.mean(r[i] for r in runs[conditional]) for i in range(4))
            print(f"  {label} {rate:6.0f} pages/s  {seconds:5.1f} s  {sent / 1e6:6.2f} MB of bodies  "
                  f"{commands / args.articles:5.1f} Redis commands per article")
        full, conditional = (statistics.mean(r[0] for r in runs[c]) for c in (False, True))
        print(f"  conditional / full: {conditional / full:.2f}x pages/s")
        print(f"validators in Redis: {per_url:.0f} bytes/URL for the {stored} URLs of the crawl (about one "
              f"shard each), {synthetic_bytes_per_url(connection, args.urls):.0f} bytes/URL for {args.urls} URLs")
        connection.flushdb()
        connection.close()


if __name__ == "__main__":
    main()
