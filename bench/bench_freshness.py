"""Freshness: from an article's publication to its alert, and the requests spent per new article.

A site written by a helper who never read newswatch's code (bench/freshness_world: articles
published at Poisson times, some edited, every page with ETag and Last-Modified) is watched by
`newswatch monitor` with one worker, under a politeness budget (seeds `rate`), for the run's
duration. Two arms run side by side in the same run, each against its own copy of the site (same
seed, same schedule): newswatch as `newswatch monitor` runs by default (conditional refetches of every page,
sources polled by what they yield, lastmod refetches), and the baseline,
a fixed-interval poll with the same budget that fetches every listing, feed and sitemap in full
each round (NEWSWATCH_CONDITIONAL_REQUESTS=0). The world's own answer key scores each arm.

A warm-up comes first: the site's clock is held still (the world's ``clock`` knob) until each
arm's first round has ended, so the one-off discovery of the site's pre-existing articles is
not counted against the articles published afterwards ("measured" figures; the world's key
counts every request). Besides the key's alert latency (Maduro articles only), the request log
gives every new article's first fetch and whether each edit was fetched after it was made
(bench.freshness_report).

    .venv/bin/python -m bench.bench_freshness --seed 1 --rate 2 --duration 600 --interval 60 --budget 600
"""

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

import redis

from bench.freshness_report import describe_round, log_figures, rounds
from bench.freshness_world.answer_key import score
from bench.freshness_world.site import FreshnessSite
from bench.redis_for_bench import bench_redis
from newswatch.demo.webhook_receiver import WebhookReceiver
from newswatch.shared.redis_keys import RedisKeys

RULES = '[[rule]]\nid = "maduro"\nany = ["Maduro"]\nseverity = "high"\nthrottle_minutes = 0\n'
SEEDS = (Path(__file__).parent / "freshness_world" / "seeds.toml").read_text(encoding="utf-8")


class PausedClock:
    """The site's clock: still until ``resume()``, then running, behind real time by the pause."""

    def __init__(self):
        self.paused_at, self.offset = time.time(), None

    def __call__(self):
        return self.paused_at if self.offset is None else time.time() - self.offset

    def resume(self):
        self.offset = time.time() - self.paused_at

    def site_time(self, real):
        return real - (self.offset or 0.0)


FRESHNESS_SETTINGS = ("NEWSWATCH_CONDITIONAL_REQUESTS", "NEWSWATCH_CONDITIONAL_LISTINGS", "NEWSWATCH_SOURCE_POLLING",
                      "NEWSWATCH_LASTMOD_REFETCH")


class Arm:
    """One monitor and one worker watching one copy of the site, alerts received with their time."""

    def __init__(self, name, args, redis_url, workdir, stack, conditional, extra_env=None):
        self.name, self.alerts, self.clock, self.warm_requests = name, [], PausedClock(), None
        self.site = stack.enter_context(FreshnessSite(args.seed, args.rate, args.duration, websub=args.websub,
                                                      clock=self.clock))
        self.keys = RedisKeys(f"fresh{name}")
        self.webhook = stack.enter_context(WebhookReceiver(on_receive=self.received))
        seeds = workdir / f"{name}-seeds.toml"
        seeds.write_text(SEEDS.replace("http://127.0.0.1:8300", self.site.base_url)
                         .replace("rate = 5", f"rate = {args.budget / 60:.4f}")
                         .replace("concurrency = 2", f"concurrency = 2\ninterval = {args.interval}"), encoding="utf-8")
        rules = workdir / f"{name}-rules.toml"
        rules.write_text(RULES, encoding="utf-8")
        self.env = {**{k: v for k, v in os.environ.items() if not k.startswith("NEWSWATCH_")},
                    "NEWSWATCH_REDIS_URL": redis_url, "NEWSWATCH_KEY_PREFIX": f"fresh{name}",
                    "NEWSWATCH_SEEDS": str(seeds), "NEWSWATCH_RULES": str(rules),
                    "NEWSWATCH_ALERT_URLS": self.webhook.apprise_url, "NEWSWATCH_MONITOR_JITTER": "0",
                    "NEWSWATCH_CANARY_INTERVAL": str(10 * args.duration), "NEWSWATCH_BATCH_SECONDS": "0.05",
                    "NEWSWATCH_LOG_LEVEL": "WARNING",
                    # newswatch: a monitor's defaults (conditional listings, source polling, lastmod refetches);
                    # the baseline: every page in full every round
                    **({} if conditional else {name: "0" for name in FRESHNESS_SETTINGS}),
                    **(extra_env or {})}
        self.processes = []

    def received(self, message):
        self.alerts.append((time.time(), message))

    def start(self, workdir):
        for role in (["worker"], ["monitor"]):
            log = (workdir / f"{self.name}-{role[0]}.log").open("w")
            self.processes.append(subprocess.Popen([sys.executable, "-m", "newswatch", *role], env=self.env,
                                                   stdout=log, stderr=subprocess.STDOUT, start_new_session=True))

    def warm(self, connection):
        """True once the first round has ended (then the site's clock is started, once)."""
        if self.warm_requests is None and connection.hget(self.keys.monitor_site("meridian"), "last_finished"):
            self.warm_requests = len(self.site.requests())
            self.clock.resume()
        return self.warm_requests is not None

    def stop(self):
        for process in reversed(self.processes):
            process.send_signal(signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(120)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()

    def result(self):
        host = self.site.base_url
        alerts = []
        for at, message in self.alerts:
            link = next((line[6:] for line in message.get("message", "").splitlines() if line.startswith("Link: ")),
                        "")
            if message.get("title", "").startswith("[HIGH] maduro") and link.startswith(host):
                kind = "new" if " NEW " in f" {message['title']} " else "updated"
                alerts.append({"url": link, "time": self.clock.site_time(at), "kind": kind})
        requests, truth = self.site.requests(), self.site.ground_truth(include_initial=True)
        result = score(truth, alerts, requests)
        total = self.site.counts()["total"]
        measured = requests[self.warm_requests or 0:]
        figures = log_figures(measured, truth, measured[0]["time"] if measured else 0.0)
        start = self.site.T0
        return {**result, **figures, "not_modified": total["not_modified"], "kbytes": round(total["bytes"] / 1024),
                "warmup_requests": self.warm_requests,
                "rounds": [describe_round(r, start) for r in rounds(measured)]}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rate", type=float, default=2.0, help="new articles per minute (Poisson)")
    parser.add_argument("--duration", type=int, default=600, help="seconds the site publishes and is watched")
    parser.add_argument("--interval", type=int, default=60, help="seconds between monitor rounds of the site")
    parser.add_argument("--budget", type=float, default=600, help="requests per minute allowed to the host")
    parser.add_argument("--websub", action="store_true", help="the site runs a WebSub hub its feed advertises")
    parser.add_argument("--warmup-limit", type=int, default=300, help="seconds the first rounds may take at most")
    parser.add_argument("--rounds", action="store_true", help="print each arm's rounds (requests by kind, status)")
    parser.add_argument("--env", action="append", default=[], metavar="NAME=VALUE",
                        help="a setting for the newswatch arm only (repeatable)")
    parser.add_argument("--json", metavar="PATH", help="also write every figure to this file")
    args = parser.parse_args(argv)
    with ExitStack() as stack, bench_redis() as redis_url:
        workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="nw-fresh-")))
        extra = dict(item.split("=", 1) for item in args.env)
        arms = [Arm("newswatch", args, redis_url, workdir, stack, conditional=True, extra_env=extra),
                Arm("baseline", args, redis_url, workdir, stack, conditional=False)]
        for arm in arms:
            arm.start(workdir)
        try:
            connection, limit = redis.Redis.from_url(redis_url), time.time() + args.warmup_limit
            while not all([arm.warm(connection) for arm in arms]) and time.time() < limit:
                time.sleep(0.2)
            for arm in arms:  # an arm whose first round outlasted the limit is measured from now
                if arm.warm_requests is None:
                    arm.warm_requests = len(arm.site.requests())
                    arm.clock.resume()
            ends = max(arm.site.ends_at + arm.clock.offset for arm in arms)
            time.sleep(max(0.0, ends - time.time()) + args.interval)
        finally:
            for arm in arms:
                arm.stop()
        results = {arm.name: arm.result() for arm in arms}
    report(args, results)


def report(args, results):
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
    print(f"freshness world seed {args.seed}: {args.rate}/min new articles for {args.duration} s, "
          f"round every {args.interval} s, budget {args.budget:.0f} requests/min")
    tables = (("the world's key (every request, warm-up included; alerts on Maduro articles)",
               ("events", "detected", "latency_p50", "latency_p95", "latency_max", "false_alerts", "requests",
                "not_modified", "kbytes", "new_articles", "requests_per_new_article")),
              ("after the warm-up (every new article's first fetch; every edit)",
               ("warmup_requests", "measured_requests", "measured_304", "measured_per_new", "new_fetched",
                "fetch_p50", "fetch_p95", "edits", "edits_caught", "edit_fetch_p50")))
    for title, keys in tables:
        print(title)
        print(f"{'':>10} " + " ".join(f"{key[:14]:>14}" for key in keys))
        for name, result in results.items():
            print(f"{name:>10} " + " ".join(f"{_fmt(result.get(key)):>14}" for key in keys))
    for name, result in results.items():
        print(f"{name} requests after the warm-up: " + ", ".join(f"{k} {v}" for k, v in sorted(result["by_kind"].items())))
        if args.rounds:
            print("\n".join(f"  {line}" for line in result["rounds"]))
    ours, base = results["newswatch"], results["baseline"]
    if base.get("requests_per_new_article"):
        print(f"requests per new article, newswatch / baseline: "
              f"{ours['requests_per_new_article'] / base['requests_per_new_article']:.2f}; "
              f"bytes sent by the site: {ours['kbytes'] / max(1, base['kbytes']):.2f}")
    for name, result in results.items():
        missed = result.get("missed") or []
        if missed:
            print(f"{name} missed: " + "; ".join(f"{m.get('kind')} {m.get('path')}" for m in missed[:8]))


def _fmt(value):
    return f"{value:.1f}" if isinstance(value, float) else str(len(value) if isinstance(value, list) else value)


if __name__ == "__main__":
    main()
