"""The web view with a long history: page times with 100,000 alerts and 1,000,000 articles in Redis.

    .venv/bin/python -m bench.bench_web [--alerts 100000] [--articles 1000000] [--requests 40]

Fills a private Redis (or NEWSWATCH_BENCH_REDIS_URL) with records shaped as the workers write
them (workers.alerts.index, version lists, stories), serves the app with waitress on loopback
as ``newswatch web`` does, and times each page over HTTP with a logged-in session. The
baseline, in the same run and server: the login page, a template rendered without Redis.
Figures: median and 95th percentile per page, and the median as a ratio of the baseline's.
"""

import argparse
import http.cookiejar
import re
import statistics
import threading
import time
import urllib.parse
import urllib.request
from datetime import datetime, timedelta, timezone

import waitress

from bench.redis_for_bench import bench_redis
from newswatch.demo.redis_server import free_port
from newswatch.shared.connection import connect
from newswatch.shared.redis_keys import RedisKeys
from newswatch.web.app import create_app
from newswatch.web.auth import Users, parse_users
from workers import version_records
from workers.alerts import index, note_status
from workers.config import load_config
from workers.rules import Rule

TOKEN = "bench-token-0123456789abcdef"
RULES = ["maduro", "nuclear", "storm", "election", "oil"]
SITES = [f"site{n}" for n in range(20)]
STORY_SIZE = 50
BODY = ["Officials said Maduro was flown to a warship in the Caribbean and then on to New York, where he "
        "faces charges.", "The Venezuelan government called the raid an act of aggression."]
TTL = 30 * 24 * 3600


def fill(connection, keys, alerts, articles):
    """``articles`` articles (two versions for one in ten) in stories of STORY_SIZE, and ``alerts`` alerts on
    the first of them, newest last; written with pipelines of 10,000 commands."""
    started = datetime.now(timezone.utc) - timedelta(days=20)
    pipe = connection.pipeline(transaction=False)
    for n in range(articles):
        ident, story = f"{n:024x}", f"st-{n // STORY_SIZE:016x}"
        for version in (1, 2) if n % 10 == 0 else (1,):
            record = {"version": version, "url": f"http://{SITES[n % 20]}.test/news/{n}", "site": SITES[n % 20],
                      "source": SITES[n % 20], "fetched_at": (started + timedelta(seconds=n)).isoformat(),
                      "related": [[f"http://{SITES[(n + 1) % 20]}.test/news/{n + 1}", "Next"]],
                      "substance": {"title": f"Maduro article {n} v{version}", "summary": "", "published_at":
                                    "2026-01-05", "modified_at": None, "body": BODY + [f"Version {version}."]}}
            pipe.lpush(keys.versions(ident), version_records.encode(record))
        pipe.hset(keys.article(ident), mapping={"version": 2 if n % 10 == 0 else 1, "url": f"http://x/{n}"})
        pipe.set(keys.story_of(ident), story)
        pipe.zadd(keys.story_articles(story), {ident: n})
        if n % STORY_SIZE == 0:
            pipe.hset(keys.story(story), mapping={"title": f"Story {n}", "size": STORY_SIZE, "created_ms": n})
        if len(pipe) >= 10_000:
            pipe.execute()
    for n in range(alerts):
        article = n * (articles // alerts)
        record = {"id": f"{RULES[n % 5]}-{article:024x}-v1", "rule": RULES[n % 5], "severity": "high",
                  "channels": '["default"]', "event": "new", "copy_urls": "[]", "article_id": f"{article:024x}",
                  "version": 1, "title": f"Maduro article {article} v1", "url": f"http://x/{article}",
                  "source": SITES[article % 20], "site": SITES[article % 20], "published_at": "2026-01-05",
                  "fetched_at": "", "terms": '["Maduro"]', "changes": "", "story_id": f"st-{article // STORY_SIZE:016x}",
                  "story_title": "Story", "story_size": STORY_SIZE, "throttle_seconds": 600,
                  "created_at": (started + timedelta(seconds=10 * n)).isoformat(timespec="milliseconds"),
                  "status": "failed" if n % 997 == 0 else "sent", "attempts": 1, "delivered": '["default#0"]',
                  "last_error": ""}
        pipe.hset(keys.alert(record["id"]), mapping=record)
        index(pipe, keys, record, TTL)
        note_status(pipe, keys, record, record["status"], TTL)  # as delivery does for a failed alert
        if len(pipe) >= 10_000:
            pipe.execute()
    pipe.execute()
    return f"{RULES[0]}-{0:024x}-v1", f"{0:024x}", "st-" + f"{0:016x}"


class Client:
    """A logged-in browser session, over HTTP."""

    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        page = self.get("/login")
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        self.opener.open(base + "/login", urllib.parse.urlencode({"csrf_token": csrf, "token": TOKEN}).encode())

    def get(self, path):
        with self.opener.open(self.base + path, timeout=60) as response:
            return response.read().decode()


def timed(client, path, requests):
    client.get(path)  # warm
    times = []
    for _ in range(requests):
        started = time.perf_counter()
        client.get(path)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), sorted(times)[int(0.95 * (len(times) - 1))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alerts", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=40)
    args = parser.parse_args()
    with bench_redis() as url:
        connection, keys = connect(url), RedisKeys("nwbenchweb")
        started = time.perf_counter()
        alert_id, article_id, story_id = fill(connection, keys, args.alerts, args.articles)
        memory = connection.info("memory")["used_memory"]
        print(f"filled {args.alerts:,} alerts and {args.articles:,} articles in {time.perf_counter() - started:.0f} s"
              f" ({memory / 2**20:,.0f} MiB of Redis)")
        config = load_config().with_changes(redis_url=url, keys=keys)
        app = create_app(connection, config, Users(parse_users(f"bench:responder:{TOKEN}")),
                         [Rule(rule, ("Maduro",)) for rule in RULES])
        port = free_port()
        server = waitress.create_server(app, host="127.0.0.1", port=port, threads=4)
        threading.Thread(target=server.run, daemon=True).start()
        try:
            client = Client(f"http://127.0.0.1:{port}")
            pages = {"login page (baseline: a template, no Redis)": "/login",
                     "alerts, newest 50": "/alerts", "alerts of one rule": "/alerts?rule=storm",
                     "alerts of one site": "/alerts?site=site10",
                     "alerts failed (1 in 997: a scan-limited filter)": "/alerts?status=failed",
                     "alerts, headline search": "/alerts?q=article+12",
                     "alerts, page 100 (before=)": None,
                     "one alert": f"/alerts/{alert_id}", "article history": f"/articles/{article_id}?v=2",
                     "story of 50 articles": f"/stories/{story_id}",
                     "API: alerts, 50": "/api/alerts"}
            member, score = connection.zrevrange(keys.alert_index, min(5000, args.alerts - 1), -1, withscores=True)[0]
            pages["alerts, page 100 (before=)"] = f"/alerts?before={int(score)}:{member.decode()}"
            baseline = None
            print(f"{'page':48} {'median ms':>10} {'p95 ms':>8} {'x baseline':>11}")
            for name, path in pages.items():
                median, p95 = timed(client, path, args.requests)
                baseline = baseline or median
                print(f"{name:48} {median:10.1f} {p95:8.1f} {median / baseline:11.1f}")
        finally:
            time.sleep(0.5)  # the last answer's thread wakes the server once more: let it, then close
            server.close()


if __name__ == "__main__":
    main()
