"""A chaos run: the whole pipeline on a generated site while spiders, workers and work horses are killed -9
and Redis restarts.

Two spider processes share one crawl of a generated news site (bench.large_site,
every 10th article mentioning the alert keyword) and two ``newswatch worker``
processes work the queues, against a private redis-server with AOF persistence,
all on loopback. At random moments of the crawl (bench.chaos_schedule; ``--seed``
replays a run) a spider or a worker is killed with SIGKILL, with every process of
its session (a worker's work horse too), and started again; a work horse alone is
killed in the middle of a batch of articles or of an alert's delivery
(bench.chaos_horses); and the Redis server is restarted once. Then the run waits
for the crawl to finish and the queues to drain, and checks: every article exactly
once in the stream, every alert delivered at least once and every repeat announced
as a possible repeat with the same idempotency key, no job left STARTED or failed
(bench.chaos_checks).

    .venv/bin/python -m bench.chaos [--articles 10000] [--kills 6] [--horse-kills 4] [--seed N] [--lease 10]
                                    [--rate 150]

Exits 1 when a check fails; the children's logs are then kept in the directory printed.
Story grouping and near-duplicate detection are off: the generated articles share
their vocabulary, and grouping would turn alerts into story developments whose
number depends on the order of processing.
"""

import argparse
import random
import shutil
import signal
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

from bench.bench_crawl import SEEDS
from bench.chaos_checks import (ChaosResult, check_alerts, check_jobs, check_stream, frontier_state,
                                pending_state)
from bench.chaos_fleet import Fleet
from bench.chaos_horses import HorseKiller
from bench.chaos_schedule import crawl_progress, schedule, tend, unleash, wait_for
from bench.large_site import ALERT_WORD, LargeSite
from rq import Worker

from newswatch.shared.connection import connect
from newswatch.shared.redis_keys import RedisKeys
from newswatch.demo.runner import crawl_env
from newswatch.demo.redis_server import PrivateRedis
from newswatch.demo.webhook_receiver import WebhookReceiver
from workers.config import load_config
from workers.draining import pending_jobs, worker_queues

FLAG_EVERY = 10
PATIENCE_SECONDS = 120  # how long every process waits out the Redis restart

CHAOS_PREFIX = "nwchaos"  # the run's keys, and its alert delivery jobs' ids


def environments(config, seeds, site, lease):
    common = dict(redis_retry_seconds=PATIENCE_SECONDS, alert_queue=config.alert_queue, rules=config.rules_path)
    # INFO: a failed run's spider logs show joins, stops, leases expired and the close reason
    spider = crawl_env(config, "chaos", seeds=seeds, base_urls={"bench": site.url}, frontier_lease=lease,
                       log_level="INFO", **common)
    # alert_max_age 0: the site's articles are dated January 2026, old news its first crawl would learn unalerted
    worker = crawl_env(config, "", alert_urls=config.channels["default"][0], alert_retry_intervals="1 2 4",
                       near_dup_min_words=1_000_000, story_min_overlap=2, alert_max_age=0, **common)
    return {"spider": spider, "worker": worker}


def write_inputs(directory, rate):
    seeds, rules = directory / "chaos.toml", directory / "rules.toml"
    seeds.write_text(SEEDS.replace("{render}", "").replace("rate = 100000", f"rate = {rate}"), encoding="utf-8")
    rules.write_text(f'[[rule]]\nid = "chaos"\nany = ["{ALERT_WORD}"]\nthrottle_minutes = 0\n', encoding="utf-8")
    return seeds, rules


def settled(queues):
    """Nothing pending, twice a second apart: a job between its dequeue and its start is in no registry."""
    if pending_jobs(queues):
        return False
    time.sleep(1)
    return not pending_jobs(queues)


def finish(fleet, connection, queues, killer, result, timeout):
    """Wait for the crawl to end and the queues to drain, then stop the workers."""
    deadline, tick = time.monotonic() + timeout, lambda: tend(fleet, killer, result)
    wait_for(lambda: not any(child.alive() for child in fleet.of("spider")), timeout, tick=tick)
    result.frontier = frontier_state(connection, RedisKeys(fleet.envs["spider"]["NEWSWATCH_KEY_PREFIX"]))
    result.drained = wait_for(lambda: settled(queues), max(1.0, deadline - time.monotonic()), tick=tick)
    result.horse_kills, result.horse_kills_unfired = killer.kills, killer.disarm()
    if not result.drained:
        result.pending = pending_state(queues)
    registered = {worker.pid for worker in Worker.all(connection=connection)}
    result.crashed += [child.name for child in fleet.of("worker") if not child.alive()]
    fleet.stop("worker")
    result.crashed += [child.name for child in fleet.of("spider") if child.process.returncode != 0]
    return registered


def run_chaos(articles=10_000, kills=6, horse_kills=4, seed=None, lease=10, rate=150, timeout=1800, out=print):
    """One chaos run; prints the figures and returns the ChaosResult (``result.ok``: every check passed)."""
    seed = random.randrange(1 << 30) if seed is None else seed
    rng, logs = random.Random(seed), Path(tempfile.mkdtemp(prefix="newswatch-chaos-"))
    result = ChaosResult(articles)
    with PrivateRedis(appendonly=True) as server, LargeSite(articles, flag_every=FLAG_EVERY) as site, \
            WebhookReceiver() as webhook:
        seeds, rules = write_inputs(logs, rate)
        config = load_config().with_changes(redis_url=server.url, keys=RedisKeys(CHAOS_PREFIX),
                                            article_queue="chaos-articles", alert_queue="chaos-alerts",
                                            rules_path=str(rules), channels={"default": [webhook.apprise_url]})
        out(f"chaos run: seed {seed}, {articles} articles, 2 spiders, 2 workers, {kills} kills, {horse_kills} "
            f"horse kills, lease {lease} s; logs in {logs}")
        connection = connect(server.url, patience=PATIENCE_SECONDS)
        queues = worker_queues(connection, config)
        fleet = Fleet(environments(config, seeds, site, lease), logs)
        started = time.monotonic()
        try:
            fleet.start("worker", 2)
            fleet.start("spider", 2)
            killer = HorseKiller(connection, fleet, queues, webhook, rng, partial(crawl_progress, site))
            events = schedule(rng, kills, horse_kills)
            restarted = unleash(fleet, server, connection, queues, site, killer, events, rng, result, timeout)
            registered = finish(fleet, connection, queues, killer, result, timeout - (time.monotonic() - started))
            result.seconds = time.monotonic() - started
            result.recoveries = sum(fleet.recovered(child, registered) for child in restarted)
            check_stream(result, connection, config, site.url)
            check_alerts(result, webhook.received, site.url, FLAG_EVERY)
            check_jobs(result, queues)
        finally:
            fleet.stop_all()
            connection.close()
    out(result.figures())
    if result.ok:  # a failed run keeps its children's logs for the post-mortem
        shutil.rmtree(logs, ignore_errors=True)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--kills", type=int, default=6, help="spiders and workers killed, half each")
    parser.add_argument("--horse-kills", type=int, default=4, help="work horses killed, half mid-job, half "
                        "mid-delivery")
    parser.add_argument("--seed", type=int)
    parser.add_argument("--lease", type=int, default=10, help="NEWSWATCH_FRONTIER_LEASE of the spiders (s)")
    parser.add_argument("--rate", type=float, default=150, help="requests per second to the site, both spiders")
    parser.add_argument("--timeout", type=int, default=1800)
    args = parser.parse_args()
    # SIGTERM (``timeout``, a CI job cancelled) unwinds like Ctrl-C, so the children are killed, not orphaned.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    result = run_chaos(args.articles, args.kills, args.horse_kills, args.seed, args.lease, args.rate, args.timeout)
    sys.exit(0 if result.ok else 1)


if __name__ == "__main__":
    main()
