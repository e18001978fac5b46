"""Crawl throughput and spider CPU on a generated site of thousands of pages, against scrapy-redis, in one run.

- newswatch's full crawler (Redis frontier + extraction + enqueue) against scrapy-redis 0.9.1 (its
  scheduler, RFPDupeFilter and RedisPipeline on the same Redis) with ``trafilatura.extract`` on each
  article (bench/scrapy_redis_spider.py), one process and two; plain Scrapy (memory scheduler, no
  extraction) as the floor. Each round runs every arm on the same site, scrapy-redis and newswatch
  in an order swapped every round;
- Chromium (scrapy-playwright): pages/s and peak memory (PSS) of the browser processes.

    .venv/bin/python -m bench.bench_crawl [--articles 3000] [--js-articles 150] [--rounds 2]

Pages/s are counted at the server, from the first request to the last, so process
start-up and shutdown are left out for every arm. CPU per page is the user + system time
of the spider processes (read from /proc every 0.05 s) from the first request served to the
last, over the pages served; and, beside it, their whole CPU time with start-up and shutdown, and
the CPU the Redis server spent during the run (INFO cpu), per page.
Needs the ``bench`` extra (scrapy-redis, py-spy). Uses a private redis-server on a free
loopback port (or NEWSWATCH_BENCH_REDIS_URL).
"""

import argparse
import bisect
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from bench.redis_for_bench import bench_redis
from bench.large_site import LargeSite
from newswatch.shared.connection import connect
from newswatch.shared.redis_keys import RedisKeys
from newswatch.shared.settings import PROJECT_ROOT
from newswatch.demo.runner import crawl_env
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
QUIET = ["-s", "LOG_LEVEL=WARNING", "-s", "TELNETCONSOLE_ENABLED=False", "-s", "REMOTE_CONTROL_ENABLED=False"]


@dataclass(frozen=True)
class Run:
    """One arm's crawl: pages/s at the server, and the spider processes' CPU per page (ms)."""

    rate: float
    cpu_ms: float  # CPU of the spider processes from the first request served to the last, per page
    cpu_total_ms: float  # their whole CPU (start-up and shutdown included), per page
    redis_ms: float = 0.0  # CPU of the Redis server during the run, per page (a private server: the bench's own)


def run_spiders(site, commands, cwd, env=None, exclude=0, redis_url=None):
    """Start ``commands`` together against ``site`` (reset first) and measure them (``exclude``: robots.txt)."""
    site.reset()
    redis_before = _redis_cpu(redis_url)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = [subprocess.Popen(command, cwd=cwd, env=env) for command in commands]
    sampler = ProcessCpu([process.pid for process in started]).start()
    wait(started)
    sampler.stop()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    times, pages = site.hit_times, len(site.hit_times) - exclude
    total = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return Run(site.rate(exclude=exclude), 1000 * sampler.cpu_between(times[0], times[-1]) / pages,
               1000 * total / pages, 1000 * (_redis_cpu(redis_url) - redis_before) / pages)


def _redis_cpu(redis_url):
    """CPU seconds the Redis server has used (user + system), 0 without one."""
    if redis_url is None:
        return 0.0
    info = connect(redis_url).info("cpu")
    return info["used_cpu_user"] + info["used_cpu_sys"]


def wait(processes):
    for process in processes:
        if process.wait(timeout=1800) != 0:
            raise RuntimeError(f"crawl process exited with {process.returncode}")


def plain_scrapy(site):
    """Plain Scrapy, run outside the project so none of newswatch's settings apply."""
    command = [sys.executable, "-m", "scrapy", "runspider", str(PROJECT_ROOT / "bench" / "plain_spider.py"),
               "-a", f"start_url={site.url}/", *QUIET, *CONCURRENCY]
    return run_spiders(site, [command], tempfile.gettempdir())


def scrapy_redis_crawl(site, redis_url, processes):
    """scrapy-redis (its scheduler, dupefilter and item pipeline) with trafilatura.extract on each article,
    ``processes`` processes sharing its queue in the bench's Redis (bench/scrapy_redis_spider.py)."""
    connect(redis_url).flushdb()
    command = [sys.executable, "-m", "scrapy", "runspider", str(PROJECT_ROOT / "bench" / "scrapy_redis_spider.py"),
               "-a", f"start_url={site.url}/", "-s", f"REDIS_URL={redis_url}", *QUIET, *CONCURRENCY,
               "-s", "LOG_LEVEL=ERROR"]  # not its deprecation warnings under Scrapy 2.19
    run = run_spiders(site, [command] * processes, tempfile.gettempdir(), redis_url=redis_url)
    items = connect(redis_url).llen("scrapy-redis-news:items")
    if items < site.article_count:
        raise RuntimeError(f"scrapy-redis pushed {items} items for {site.article_count} articles")
    return run


def newswatch_crawl(site, redis_url, processes, render="http"):
    """newswatch's crawler with ``processes`` spider processes sharing the frontier, and the peak PSS of
    Chromium (MB) while it ran."""
    connect(redis_url).flushdb()
    seeds = Path(tempfile.mkdtemp()) / "bench.toml"
    seeds.write_text(SEEDS.replace("{render}", '"^/live/"' if render == "playwright" else ""), encoding="utf-8")
    config = load_config().with_changes(redis_url=redis_url, keys=RedisKeys("nwbench"), article_queue="bench")
    env = crawl_env(config, f"bench-{processes}-{render}", seeds=seeds, base_urls={"bench": site.url},
                    concurrent_requests=16, concurrent_requests_per_domain=16)
    command = [sys.executable, "-m", "scrapy", "crawl", "news"]
    sampler = ChromiumMemory().start()
    run = run_spiders(site, [command] * processes, PROJECT_ROOT, env=env, exclude=processes, redis_url=redis_url)
    sampler.stop()
    return run, sampler.peak_mb


class ProcessCpu:
    """CPU seconds (user + system) of some processes, sampled every 0.05 s, to be read over a time window."""

    def __init__(self, pids):
        self.samples = {pid: [] for pid in pids}  # pid -> [(time.perf_counter(), cpu seconds)]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._tick = os.sysconf("SC_CLK_TCK")

    def start(self):
        self._thread.start()
        return self

    def stop(self):
        self._stop.set()
        self._thread.join()

    def _run(self):
        while True:
            for pid, samples in self.samples.items():
                try:
                    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                except (OSError, IndexError):
                    continue  # exited (a zombie's counters stay readable until it is waited for)
                samples.append((time.perf_counter(), (int(fields[11]) + int(fields[12])) / self._tick))
            if self._stop.wait(0.05):
                return

    def cpu_between(self, start, end):
        """CPU seconds all the processes spent from ``start`` to ``end`` (perf_counter times), interpolated."""
        return sum(_at(samples, end) - _at(samples, start) for samples in self.samples.values() if samples)


def _at(samples, moment):
    """The CPU counter at ``moment``, linear between the samples around it."""
    times = [t for t, _ in samples]
    i = bisect.bisect_left(times, moment)
    if i == 0:
        return samples[0][1]
    if i == len(samples):
        return samples[-1][1]
    (t0, c0), (t1, c1) = samples[i - 1], samples[i]
    return c0 + (c1 - c0) * (moment - t0) / (t1 - t0)


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


def compare(site, redis_url, rounds):
    """Rounds of plain Scrapy, then scrapy-redis and newswatch with 1 and 2 processes, the order of the last two
    swapped every round; a dict of arm name -> [Run per round]."""
    runs = {}
    for n in range(rounds):
        print(f"round {n + 1} of {rounds}", flush=True)
        runs.setdefault("plain Scrapy (memory scheduler, no extraction)", []).append(plain_scrapy(site))
        for processes in (1, 2):
            arms = [(f"scrapy-redis + trafilatura, {processes} process(es)",
                     lambda: scrapy_redis_crawl(site, redis_url, processes)),
                    (f"newswatch, {processes} process(es)", lambda: newswatch_crawl(site, redis_url, processes)[0])]
            for name, arm in arms if n % 2 == 0 else reversed(arms):
                runs.setdefault(name, []).append(arm())
    return runs


def report(runs):
    plain = runs["plain Scrapy (memory scheduler, no extraction)"]
    for name, arm in runs.items():
        rates = ", ".join(f"{run.rate:.0f}" for run in arm)
        cpu = ", ".join(f"{run.cpu_ms:.2f}" for run in arm)
        total = ", ".join(f"{run.cpu_total_ms:.2f}" for run in arm)
        redis = ", ".join(f"{run.redis_ms:.2f}" for run in arm)
        to_plain = ", ".join(f"{run.rate / base.rate:.2f}" for run, base in zip(arm, plain))
        print(f"  {name}:\n    pages/s {rates} (to plain Scrapy {to_plain}); CPU ms/page {cpu} while crawling,"
              f" {total} with start-up; Redis server CPU ms/page {redis}")
    for processes in (1, 2):
        ours, theirs = runs[f"newswatch, {processes} process(es)"], runs[f"scrapy-redis + trafilatura, {processes} process(es)"]
        ratios = ", ".join(f"{a.rate / b.rate:.2f}" for a, b in zip(ours, theirs))
        print(f"  newswatch / scrapy-redis + trafilatura, {processes} process(es): {ratios} (each round)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--js-articles", type=int, default=150, help="0: no Chromium part")
    parser.add_argument("--rounds", type=int, default=2, help="rounds of every arm, order swapped each round")
    args = parser.parse_args()
    with bench_redis() as redis_url:
        with LargeSite(args.articles) as site:
            print(f"site: {site.page_count} pages ({args.articles} articles), 16 requests in flight per process")
            runs = compare(site, redis_url, args.rounds)
        report(runs)
        if args.js_articles:
            with LargeSite(args.js_articles, js=True) as site:
                rendered, peak = newswatch_crawl(site, redis_url, 1, render="playwright")
            with LargeSite(args.js_articles) as site:
                static, _ = newswatch_crawl(site, redis_url, 1)
            print(f"Chromium, {args.js_articles} JS articles, 1 process (PLAYWRIGHT_MAX_PAGES_PER_CONTEXT pages at once):")
            print(f"  rendered in Chromium: {rendered.rate:6.1f} pages/s, peak Chromium PSS {peak:.0f} MB")
            print(f"  same pages over HTTP: {static.rate:6.1f} pages/s   ratio {rendered.rate / static.rate:.2f}")


if __name__ == "__main__":
    main()
