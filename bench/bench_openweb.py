"""Open-web identity: requests per article page, variant fetches and 304s, against plain Scrapy, in one run.

On the open-web test worlds (tests/openweb/dev, heldout and heldout2: four outlets each,
written by someone who never read the code), for every outlet:

- plain Scrapy (a CrawlSpider following the seeds' article and listing patterns, Scrapy's
  own duplicate filter) crawls it: requests for article pages per distinct article,
  requests for a spelling other than the canonical one (AMP, print, shortlink, tracking
  parameters, the other trailing slash);
- newswatch crawls it (spider, Redis, workers), then revisits it unchanged with every
  article due: the same figures, and the share of article requests answered 304 (of the
  pages whose server sends validators, and of all).

    .venv/bin/python -m bench.bench_openweb [--world dev|heldout|heldout2|all]

Uses a private redis-server on a free loopback port (or NEWSWATCH_BENCH_REDIS_URL).
"""

import argparse
import json
import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from urllib.parse import urlsplit

from bench.redis_for_bench import bench_redis
from newswatch.demo.webhook_receiver import WebhookReceiver
from newswatch.shared.connection import connect
from newswatch.shared.settings import PROJECT_ROOT
from tests.openweb import scoring
from tests.openweb.dev import World as DevWorld
from tests.openweb.harness import OpenWebRun
from tests.openweb.heldout import World as HeldoutWorld
from tests.openweb.heldout2 import World as Heldout2World

WORLDS = {"dev": DevWorld, "heldout": HeldoutWorld, "heldout2": Heldout2World}


def plain_scrapy(world, outlet):
    """Crawl ``outlet`` with plain Scrapy, outside the project (none of newswatch's settings apply)."""
    site = next(s for s in tomllib.loads(world.seeds())["site"] if s["name"] == outlet)
    base = world.outlets[outlet]
    spec = {"start_urls": [base + path for path in site.get("start_urls", ["/"])], "host": urlsplit(base).hostname,
            "patterns": [absolute_pattern(base, pattern) for pattern in
                         site.get("article_patterns", []) + site.get("listing_patterns", [])]}
    command = [sys.executable, "-m", "scrapy", "runspider", str(PROJECT_ROOT / "bench" / "plain_news_spider.py"),
               "-a", f"site={json.dumps(spec)}", "-s", "LOG_LEVEL=WARNING", "-s", "TELNETCONSOLE_ENABLED=False",
               "-s", "REMOTE_CONTROL_ENABLED=False", "-s", "ROBOTSTXT_OBEY=True"]
    world.reset_hits()
    subprocess.run(command, cwd=tempfile.gettempdir(), check=True, timeout=600)
    return world.hits()


def absolute_pattern(base, pattern):
    """A seeds pattern (on path?query) as LinkExtractor takes it (on the absolute URL)."""
    return f"^{re.escape(base)}{pattern[1:]}" if pattern.startswith("^") else pattern


class Hits:
    def __init__(self, outlet, hits):
        self.outlet, self.hits = outlet, hits


def line(name, fetching):
    return (f"    {name:34s} {fetching.per_article:5.2f} requests/article ({fetching.article_requests} for "
            f"{fetching.articles}), {len(fetching.variant_requests)} variant fetches")


def bench_world(name, redis_url):
    connection = connect(redis_url)
    connection.flushdb()
    totals = {"plain": [0, 0, 0], "newswatch": [0, 0, 0], "304": [0, 0, 0]}
    with WORLDS[name]() as world, WebhookReceiver() as webhook:
        key = scoring.Key(world.key(1))
        run = OpenWebRun(world, connection, redis_url, webhook, Path(tempfile.mkdtemp()), f"bench-{name}")
        validating = scoring.validating_articles(key)
        print(f"world {name}: {len(key.articles)} articles, {len(validating)} of them with validators")
        for outlet in world.outlets:
            base = world.outlets[outlet]
            plain = scoring.fetching(Hits(outlet, plain_scrapy(world, outlet)), key, base)
            first = run.crawl(outlet, 1, "first", revisit_after=0)
            ours = scoring.fetching(first, key, base)
            revisit = run.crawl(outlet, 1, "revisit", revisit_after=0)
            answered, eligible, requests = scoring.conditional_share(revisit, key, base, validating)
            print(f"  {outlet}:")
            print(line("plain Scrapy (CrawlSpider)", plain))
            print(line("newswatch, full crawl", ours))
            print(f"    {'newswatch, revisit unchanged':34s} {answered} of {eligible} article requests with "
                  f"validators answered 304 ({answered} of {requests} of all)")
            for total, fetching in ((totals["plain"], plain), (totals["newswatch"], ours)):
                total[0] += fetching.article_requests
                total[1] += fetching.articles
                total[2] += len(fetching.variant_requests)
            totals["304"] = [a + b for a, b in zip(totals["304"], (answered, eligible, requests))]
    plain, ours, revisit = totals["plain"], totals["newswatch"], totals["304"]
    print(f"  all outlets: plain Scrapy {plain[0] / plain[1]:.2f} requests/article, {plain[2]} variant fetches; "
          f"newswatch {ours[0] / ours[1]:.2f}, {ours[2]} variant fetches (ratio to plain "
          f"{(ours[0] / ours[1]) / (plain[0] / plain[1]):.2f}); revisit: {revisit[0] / revisit[1]:.1%} of requests "
          f"with validators answered 304 ({revisit[0] / revisit[2]:.1%} of all)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--world", choices=[*WORLDS, "all"], default="all")
    args = parser.parse_args()
    with bench_redis() as redis_url:
        for name in (WORLDS if args.world == "all" else [args.world]):
            bench_world(name, redis_url)


if __name__ == "__main__":
    main()
