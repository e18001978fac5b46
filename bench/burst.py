"""A load burst: ten times the steady rate of articles into real worker processes, and what it costs.

A private redis-server, ``--workers`` real ``newswatch worker`` processes (forking RQ workers,
as deployed) and a local webhook, all on loopback. Articles (bench.burst_traffic: 1 in 10 on
"Maduro", copies at other URLs, pages sent again unchanged) go through the spider's own
enqueue stage. First RQ's trivial job and a standing backlog of ``--capacity`` articles
measure what the workers can do; then ``--seconds`` at the steady rate (default: a third of
that capacity), ``--burst-seconds`` at ``--factor`` times it, and the steady rate again until
the queue is back to its steady level and ``--seconds`` more. Twice a second it samples the
queue and the memory of every process (bench.burst_sampler). At the end it checks that every
article is in the stream exactly once, every alert reached the webhook exactly once, the
queues drained, no job failed and the workers' memory stayed within ``--rss-bound`` MB.

    .venv/bin/python -m bench.burst [--steady-rate N] [--factor 10] [--seconds 30] [--burst-seconds 10]
                                    [--workers 2] [--alert-workers 0] [--capacity 1000] [--rss-bound 25] [--timeout 900]

Exits 1 when a check fails (the workers' logs are then kept in the directory printed).
"""

import argparse
import asyncio
import os
import shutil
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

from rq import Worker

from bench.burst_checks import Verdict, alert_link, check_alerts, check_stream
from bench.burst_phases import Plan, QueueWatch, drive, trivial_rate
from bench.burst_report import Figures, finished_jobs_mb, job_seconds, lines, memory_growth
from bench.burst_sampler import Sampler, processed_articles
from bench.burst_traffic import PacedProducer, enqueue_pipeline, flagged
from bench.chaos import settled, wait_for
from bench.chaos_fleet import Fleet
from bench.jobs import BASELINE_ENV
from newswatch.demo.runner import crawl_env
from newswatch.demo.redis_server import PrivateRedis
from newswatch.shared.connection import connect
from newswatch.shared.redis_keys import RedisKeys
from newswatch.demo.webhook_receiver import WebhookReceiver
from workers.config import load_config
from workers.draining import failed_jobs, pending_jobs, worker_queues

RULES = '[[rule]]\nid = "burst"\nany = ["Maduro"]\nthrottle_minutes = 0\n'


class ClockedWebhook(WebhookReceiver):
    """Notes when the first alert naming each article arrives."""

    def __init__(self):
        super().__init__(on_receive=self.note)
        self.arrivals = {}

    def note(self, message):
        self.arrivals.setdefault(alert_link(message), time.time())


def caught_up(connection, keys, queues, producer, webhook):
    """True when every article handed over is processed, nothing is pending and every alert arrived."""
    alerts = sum(1 for sent in producer.sent if sent.kind == "original" and flagged(sent.n))
    return (processed_articles(connection, keys) >= len(producer.sent) - producer.refused
            and len(webhook.received) >= alerts and not pending_jobs(queues))


def latencies(producer, webhook):
    handed = {}
    for sent in producer.sent:
        handed.setdefault(sent.url, sent)
    by_phase = {}
    for url, arrived in webhook.arrivals.items():
        if url in handed:
            by_phase.setdefault(handed[url].phase, []).append(arrived - handed[url].at)
    return by_phase


def judge(verdict, figures, plan, producer, webhook, queues, keys):
    verdict.failed_jobs, verdict.refused = failed_jobs(queues), producer.refused
    verdict.memory_growth = memory_growth(figures, plan.rss_bound)
    burst = figures.phase("burst")
    if burst.rate < 0.9 * burst.target:
        verdict.short_burst = f"{burst.rate:.0f}/s of {burst.target:g}/s asked: lower --steady-rate"
    check_stream(verdict, queues[0].connection, keys, producer.sent)
    check_alerts(verdict, webhook.received, producer.sent)


def run_burst(plan, out=print):
    """One burst run; prints the figures and the verdict, returns (Figures, Verdict)."""
    logs, deadline = Path(tempfile.mkdtemp(prefix="newswatch-burst-")), time.monotonic() + plan.timeout
    figures, verdict = Figures(plan.workers), Verdict()
    with PrivateRedis() as server, ClockedWebhook() as webhook:
        rules = logs / "rules.toml"
        rules.write_text(RULES, encoding="utf-8")
        config = load_config().with_changes(redis_url=server.url, keys=RedisKeys("nwburst"),
                                            article_queue="burst-articles", alert_queue="burst-alerts",
                                            rules_path=str(rules), stream_maxlen=1_000_000)
        env = crawl_env(config, "", alert_queue=config.alert_queue, rules=config.rules_path,
                        alert_urls=webhook.apprise_url, stream_maxlen=config.stream_maxlen,
                        alert_max_age=0)  # articles dated months back, of a site never crawled: alert as ever
        env |= BASELINE_ENV  # the trivial job runs in the same workers
        fleet = Fleet({"worker": env, "alert-worker": env}, logs)
        connection = connect(server.url)
        queues = worker_queues(connection, config)
        out(f"burst run: {plan.workers} workers, {plan.alert_workers} on alerts only, factor {plan.factor:g}; "
            f"logs in {logs}")
        try:
            fleet.start("worker", plan.workers)
            fleet.start("alert-worker", plan.alert_workers)
            if not wait_for(lambda: len(Worker.all(connection=connection)) == plan.workers + plan.alert_workers, 60):
                raise RuntimeError(f"the workers did not start; see their logs in {logs}")
            figures.trivial_rate = trivial_rate(connection, queues[0], plan.capacity)
            producer = PacedProducer(enqueue_pipeline(config))
            processes = {f"worker-{child.index}": child.process.pid for child in fleet.of("worker")}
            processes |= {f"worker-alerts-{child.index}": child.process.pid for child in fleet.of("alert-worker")}
            sampler = Sampler(connection, config.keys, queues,
                              {**processes, "redis-server": server.process.pid, "producer": os.getpid()},
                              handed=lambda: len(producer.sent) - producer.refused)
            sampler.start()
            try:
                done = partial(caught_up, connection, config.keys, queues, producer, webhook)
                asyncio.run(drive(plan, producer, QueueWatch(connection, queues[0], config.keys), done, figures,
                                  deadline, out))
                verdict.drained = wait_for(lambda: done() and settled(queues), max(1.0, deadline - time.monotonic()))
            finally:
                sampler.stop()
            figures.samples, figures.latencies = sampler.samples, latencies(producer, webhook)
            figures.job_seconds, figures.finished_jobs_mb = job_seconds(queues), finished_jobs_mb(queues)
            judge(verdict, figures, plan, producer, webhook, queues, config.keys)
            fleet.stop("worker")
            fleet.stop("alert-worker")
        finally:
            fleet.stop_all()
            connection.close()
    for line in lines(figures) + verdict.lines():
        out(line)
    if verdict.ok:
        shutil.rmtree(logs, ignore_errors=True)
    return figures, verdict


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steady-rate", type=float, help="articles/s (default: a third of the measured capacity)")
    parser.add_argument("--factor", type=float, default=10, help="the burst's rate, in steady rates")
    parser.add_argument("--seconds", type=float, default=30, help="steady phase before the burst, and after drain")
    parser.add_argument("--burst-seconds", type=float, default=10)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--alert-workers", type=int, default=0, help="more workers, on the alert queue only")
    parser.add_argument("--capacity", type=int, default=1000, help="articles of the backlog that measures capacity")
    parser.add_argument("--rss-bound", type=float, default=25, help="MB a worker process may grow")
    parser.add_argument("--timeout", type=float, default=900)
    args = parser.parse_args()
    _, verdict = run_burst(Plan(**vars(args)))
    sys.exit(0 if verdict.ok else 1)


if __name__ == "__main__":
    main()
