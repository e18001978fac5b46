"""Crawl throughput on a generated site of thousands of pages, against plain Scrapy, in one run.

- newswatch's full crawler (Redis frontier + extraction + enqueue), one process and two,
  as a ratio to plain Scrapy (memory scheduler, no extraction) on the same pages;
- Chromium (scrapy-playwright): pages/s and peak memory (PSS) of the browser processes.

    .venv/bin/python -m bench.bench_crawl [--articles 3000] [--js-articles 150]

Pages/s are counted at the server, from the first request to the last, so process
start-up and shutdown are left out for both sides. Uses a private redis-server on a
free loopback port (or NEWSWATCH_BENCH_REDIS_URL).
"""

import argparse
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from bench.redis_for_bench import bench_redis
from bench.large_site import LargeSite
from crawler.connection import connect
from crawler.redis_keys import RedisKeys
from crawler.settings import PROJECT_ROOT
from newswatch.demo import crawl_env
from workers.config import load_config

SEEDS = """
[[site]]
name = "bench"
base_url = "http://127.0.0.1:1"
allow_networks = ["127.0.0.1/32"]
article_patterns = ["^/news/", "^/live/"]
listing_patterns = ["^/$", "^/section/"]
max_depth = 5
max_pages = 1000000
rate = 100000
concurrency = 32
playwright_patterns = [{render}]
wait_for = "#article-body p"

[site.selectors]
title = "h1.headline"
summary = "p.summary"
body = "div.article-body"
published = ".meta .dateline"
related = ".related-news li.related-item"
related_category = ".related-category"
related_date = ".related-date"
"""
CONCURRENCY = ["-s", "CONCURRENT_REQUESTS=16", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16"]


def wait(processes):
    for process in processes:
        if process.wait(timeout=1800) != 0:
            raise RuntimeError(f"crawl process exited with {process.returncode}")


def plain_scrapy(site):
    """Pages/s of plain Scrapy; run outside the project so none of newswatch's settings apply."""
    command = [sys.executable, "-m", "scrapy", "runspider", str(PROJECT_ROOT / "bench" / "plain_spider.py"),
               "-a", f"start_url={site.url}/", "-s", "LOG_LEVEL=WARNING", "-s", "TELNETCONSOLE_ENABLED=False",
               "-s", "REMOTE_CONTROL_ENABLED=False", *CONCURRENCY]
    site.reset()
    wait([subprocess.Popen(command, cwd=tempfile.gettempdir())])
    return site.rate(exclude=1)


def newswatch_crawl(site, redis_url, processes, render="http"):
    """Pages/s of newswatch's crawler with ``processes`` spider processes sharing the frontier."""
    connect(redis_url).flushdb()
    seeds = Path(tempfile.mkdtemp()) / "bench.toml"
    seeds.write_text(SEEDS.replace("{render}", '"^/live/"' if render == "playwright" else ""), encoding="utf-8")
    config = load_config().with_changes(redis_url=redis_url, keys=RedisKeys("nwbench"), article_queue="bench")
    env = crawl_env(config, f"bench-{processes}-{render}", seeds=seeds, base_urls={"bench": site.url},
                    concurrent_requests=16, concurrent_requests_per_domain=16)
    site.reset()
    command = [sys.executable, "-m", "scrapy", "crawl", "news"]
    started = [subprocess.Popen(command, cwd=PROJECT_ROOT, env=env) for _ in range(processes)]
    sampler = ChromiumMemory().start()
    wait(started)
    sampler.stop()
    return site.rate(exclude=processes), sampler.peak_mb


class ChromiumMemory:
    """Peak proportional set size (PSS) of all Chromium processes, sampled every 0.2 s."""

    def __init__(self):
        self.peak_mb, self._stop = 0.0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self):
        self._thread.start()
        return self

    def stop(self):
        self._stop.set()
        self._thread.join()

    def _run(self):
        while not self._stop.wait(0.2):
            self.peak_mb = max(self.peak_mb, sum(map(_pss_kb, _chromium_pids())) / 1024)


def _chromium_pids():
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            if b"chrom" in Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")[0]:
                yield pid
        except OSError:
            continue


def _pss_kb(pid):
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--js-articles", type=int, default=150)
    args = parser.parse_args()
    with bench_redis() as redis_url:
        with LargeSite(args.articles) as site:
            print(f"site: {site.page_count} pages ({args.articles} articles), 16 requests in flight per process")
            plain = plain_scrapy(site)
            one, _ = newswatch_crawl(site, redis_url, 1)
            two, _ = newswatch_crawl(site, redis_url, 2)
        print(f"  plain Scrapy (memory scheduler, no extraction): {plain:7.0f} pages/s")
        print(f"  newswatch, 1 process:                           {one:7.0f} pages/s   ratio {one / plain:.2f}")
        print(f"  newswatch, 2 processes:                         {two:7.0f} pages/s   ratio {two / plain:.2f}")
        with LargeSite(args.js_articles, js=True) as site:
            rendered, peak = newswatch_crawl(site, redis_url, 1, render="playwright")
        with LargeSite(args.js_articles) as site:
            static, _ = newswatch_crawl(site, redis_url, 1)
        print(f"Chromium, {args.js_articles} JS articles, 1 process (PLAYWRIGHT_MAX_PAGES_PER_CONTEXT pages at once):")
        print(f"  rendered in Chromium: {rendered:6.1f} pages/s, peak Chromium PSS {peak:.0f} MB")
        print(f"  same pages over HTTP: {static:6.1f} pages/s   ratio {rendered / static:.2f}")


if __name__ == "__main__":
    main()
