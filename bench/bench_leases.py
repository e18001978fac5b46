"""Spider processes on a site whose per-host concurrency is the limit: 4 processes against 2, in one run.

A generated site answering each request after --delay seconds, crawled with a per-host
concurrency of --concurrency across all processes (each process could run 16 requests at
once): the host's slots are always full. Pages/s are counted at the server, from the first
request to the last; from each crawl's statistics in Redis: the longest any leased page
waited in a process before its fetch started (``lease_wait_max_ms``), the most entries of
one host any process held leased and not started (``unstarted_per_host_max``), and how
often requests waited in the politeness middleware, all processes together (``waits``).

    .venv/bin/python -m bench.bench_leases [--articles 1000] [--delay 0.05] [--concurrency 4] [--rounds 2]

Uses a private redis-server on a free loopback port (or NEWSWATCH_BENCH_REDIS_URL).
"""

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.bench_crawl import SEEDS, wait
from bench.large_site import LargeSite
from bench.redis_for_bench import bench_redis
from newswatch.demo.runner import crawl_env
from newswatch.shared.connection import connect
from newswatch.shared.redis_keys import RedisKeys
from newswatch.shared.settings import PROJECT_ROOT
from workers.config import load_config

STATS = ("newswatch/frontier/lease_wait_max_ms", "newswatch/frontier/unstarted_per_host_max",
         "newswatch/politeness/waits")


def crawl(site, redis_url, processes, concurrency, run):
    """(pages/s, {stat: value}) of ``processes`` spider processes sharing one crawl of ``site``."""
    connection = connect(redis_url)
    connection.flushdb()
    seeds = Path(tempfile.mkdtemp()) / "bench.toml"
    seeds.write_text(SEEDS.replace("{render}", "").replace("concurrency = 32", f"concurrency = {concurrency}"),
                     encoding="utf-8")
    keys = RedisKeys("nwbench")
    config = load_config().with_changes(redis_url=redis_url, keys=keys, article_queue="bench")
    crawl_id = f"leases-{processes}-{run}"
    env = crawl_env(config, crawl_id, seeds=seeds, base_urls={"bench": site.url},
                    concurrent_requests=16, concurrent_requests_per_domain=16)
    site.reset()
    command = [sys.executable, "-m", "scrapy", "crawl", "news"]
    wait([subprocess.Popen(command, cwd=PROJECT_ROOT, env=env) for _ in range(processes)])
    stats = {k.decode(): v.decode() for k, v in connection.hgetall(keys.crawl_stats(crawl_id)).items()}
    return site.rate(exclude=processes), {name: stats.get(name, "0") for name in STATS}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--delay", type=float, default=0.05, help="seconds the site takes to answer")
    parser.add_argument("--concurrency", type=int, default=4, help="the site's requests in flight, all processes")
    parser.add_argument("--rounds", type=int, default=2, help="rounds of 2 then 4 processes, alternating")
    args = parser.parse_args()
    ceiling = args.concurrency / args.delay
    with bench_redis() as redis_url, LargeSite(args.articles, delay=args.delay) as site:
        print(f"site: {site.page_count} pages, {args.delay * 1000:.0f} ms a request, concurrency {args.concurrency} "
              f"(at most {ceiling:.0f} pages/s), 16 requests in flight per process")
        results = {2: [], 4: []}
        for run in range(args.rounds):
            for processes in ((2, 4) if run % 2 == 0 else (4, 2)):
                rate, stats = crawl(site, redis_url, processes, args.concurrency, run)
                results[processes].append(rate)
                print(f"  {processes} processes: {rate:6.1f} pages/s ({rate / ceiling:.2f} of the ceiling)   "
                      + "   ".join(f"{name.rsplit('/', 1)[1]} {value}" for name, value in stats.items()), flush=True)
        two, four = results[2], results[4]
        print(f"4 processes / 2 processes: {min(four) / max(two):.2f}-{max(four) / min(two):.2f} "
              f"(pages/s: 2 processes {min(two):.1f}-{max(two):.1f}, 4 processes {min(four):.1f}-{max(four):.1f})")


if __name__ == "__main__":
    main()
