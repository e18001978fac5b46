"""Freshness: from an article's publication to its alert, and the requests spent per new article.

A site written by a helper who never read newswatch's code (bench/freshness_world: articles
published at Poisson times, some edited, every page with ETag and Last-Modified) is watched by
`newswatch monitor` with one worker, under a politeness budget (seeds `rate`), for the run's
duration. Two arms run side by side in the same run, each against its own copy of the site (same
seed, same schedule): newswatch with conditional refetches of every page (NEWSWATCH_CONDITIONAL_LISTINGS=1), and the baseline,
a fixed-interval poll with the same budget that fetches every listing, feed and sitemap in full
each round (NEWSWATCH_CONDITIONAL_REQUESTS=0). The world's own answer key scores each arm.

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

from bench.freshness_world.answer_key import score
from bench.freshness_world.site import FreshnessSite
from bench.redis_for_bench import bench_redis
from newswatch.webhook_receiver import WebhookReceiver

RULES = '[[rule]]\nid = "maduro"\nany = ["Maduro"]\nseverity = "high"\nthrottle_minutes = 0\n'
SEEDS = (Path(__file__).parent / "freshness_world" / "seeds.toml").read_text(encoding="utf-8")


class Arm:
    """One monitor and one worker watching one copy of the site, alerts received with their time."""

    def __init__(self, name, args, redis_url, workdir, stack, conditional):
        self.name, self.alerts = name, []
        self.site = stack.enter_context(FreshnessSite(args.seed, args.rate, args.duration))
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
                    "NEWSWATCH_CONDITIONAL_REQUESTS": "1" if conditional else "0",
                    "NEWSWATCH_CONDITIONAL_LISTINGS": "1" if conditional else "0", "NEWSWATCH_LOG_LEVEL": "WARNING"}
        self.processes = []

    def received(self, message):
        self.alerts.append((time.time(), message))

    def start(self, workdir):
        for role in (["worker"], ["monitor"]):
            log = (workdir / f"{self.name}-{role[0]}.log").open("w")
            self.processes.append(subprocess.Popen([sys.executable, "-m", "newswatch", *role], env=self.env,
                                                   stdout=log, stderr=subprocess.STDOUT, start_new_session=True))

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
                alerts.append({"url": link, "time": at, "kind": kind})
        result = score(self.site.ground_truth(include_initial=True), alerts, self.site.requests())
        total = self.site.counts()["total"]
        return {**result, "not_modified": total["not_modified"], "kbytes": round(total["bytes"] / 1024)}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rate", type=float, default=2.0, help="new articles per minute (Poisson)")
    parser.add_argument("--duration", type=int, default=600, help="seconds the site publishes and is watched")
    parser.add_argument("--interval", type=int, default=60, help="seconds between monitor rounds of the site")
    parser.add_argument("--budget", type=float, default=600, help="requests per minute allowed to the host")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with ExitStack() as stack, bench_redis() as redis_url:
        workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="nw-fresh-")))
        arms = [Arm("newswatch", args, redis_url, workdir, stack, conditional=True),
                Arm("baseline", args, redis_url, workdir, stack, conditional=False)]
        for arm in arms:
            arm.start(workdir)
        try:
            time.sleep(max(0.0, max(arm.site.ends_at for arm in arms) - time.time()) + args.interval)
        finally:
            for arm in arms:
                arm.stop()
        results = {arm.name: arm.result() for arm in arms}
    report(args, results)


def report(args, results):
    if args.json:
        print(json.dumps(results, indent=2, default=str))
        return
    print(f"freshness world seed {args.seed}: {args.rate}/min new articles for {args.duration} s, "
          f"round every {args.interval} s, budget {args.budget:.0f} requests/min")
    keys = ("events", "detected", "latency_p50", "latency_p95", "latency_max", "false_alerts", "requests",
            "not_modified", "kbytes", "new_articles", "requests_per_new_article")
    print(f"{'':>10} " + " ".join(f"{key:>14}" for key in keys))
    for name, result in results.items():
        cells = [result.get(key) for key in keys]
        print(f"{name:>10} " + " ".join(f"{_fmt(cell):>14}" for cell in cells))
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
