"""A chaos run: the whole pipeline on a generated site while spiders and workers are killed -9 and Redis restarts.

Two spider processes share one crawl of a generated news site (bench.large_site,
every 10th article mentioning the alert keyword) and two ``newswatch worker``
processes work the queues, against a private redis-server with AOF persistence,
all on loopback. At random moments of the crawl (``--seed`` replays a run) a
spider or a worker is killed with SIGKILL and started again, and the Redis server
is restarted once. Then the run waits for the crawl to finish and the queues to
drain, and checks: every article exactly once in the stream, every alert
delivered exactly once, no job left STARTED or failed (bench.chaos_checks).

    .venv/bin/python -m bench.chaos [--articles 10000] [--kills 6] [--seed N] [--lease 10] [--rate 150]

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
from pathlib import Path

from bench.bench_crawl import SEEDS
from bench.chaos_checks import (ChaosResult, check_alerts, check_jobs, check_stream, frontier_state,
                                pending_state)
from bench.chaos_fleet import (Fleet, abandon_jobs_of, busy_worker_pids, free_scheduler_locks_of_dead,
                               give_back_stranded, stranded, worker_name)
from bench.large_site import ALERT_WORD, LargeSite
from rq import Worker

from crawler.connection import connect
from crawler.redis_keys import RedisKeys
from newswatch.demo import crawl_env
from newswatch.redis_server import PrivateRedis
from newswatch.webhook_receiver import WebhookReceiver
from workers.config import load_config
from workers.draining import pending_jobs, worker_queues

FLAG_EVERY = 10
PATIENCE_SECONDS = 120  # how long every process waits out the Redis restart


def environments(config, seeds, site, lease):
    common = dict(redis_retry_seconds=PATIENCE_SECONDS, alert_queue=config.alert_queue, rules=config.rules_path)
    # INFO: a failed run's spider logs show joins, stops, leases expired and the close reason
    spider = crawl_env(config, "chaos", seeds=seeds, base_urls={"bench": site.url}, frontier_lease=lease,
                       log_level="INFO", **common)
    worker = crawl_env(config, "", alert_urls=config.channels["default"][0], alert_retry_intervals="1 2 4",
                       near_dup_min_words=1_000_000, story_min_overlap=2, **common)
    return {"spider": spider, "worker": worker}


def write_inputs(directory, rate):
    seeds, rules = directory / "chaos.toml", directory / "rules.toml"
    seeds.write_text(SEEDS.replace("{render}", "").replace("rate = 100000", f"rate = {rate}"), encoding="utf-8")
    rules.write_text(f'[[rule]]\nid = "chaos"\nany = ["{ALERT_WORD}"]\nthrottle_minutes = 0\n', encoding="utf-8")
    return seeds, rules


def schedule(rng, kills):
    """(crawl progress, action) for each kill, alternating roles from a random one, and one Redis restart."""
    first = rng.choice(("spider", "worker"))
    roles = [first if n % 2 == 0 else {"spider": "worker", "worker": "spider"}[first] for n in range(kills)]
    events = [(rng.uniform(0.1, 0.8), role) for role in roles] + [(rng.uniform(0.3, 0.6), "redis")]
    return sorted(events)


def kill_one(fleet, connection, queues, role, rng, result, progress):
    """SIGKILL one live process of ``role`` (a busy worker if any), wait a moment, start it again."""
    alive = [child for child in fleet.of(role) if child.alive()]
    if role == "worker":
        busy = busy_worker_pids(connection)
        alive = [child for child in alive if child.process.pid in busy] or alive
    if not alive:
        return None
    victim = rng.choice(alive)
    name = worker_name(connection, victim.process.pid) if role == "worker" else None
    fleet.kill(victim)
    if name:
        result.abandoned_jobs += abandon_jobs_of(connection, queues, name)
    taken = stranded(queues) if role == "worker" else set()
    pause = rng.uniform(0.2, 2.0)
    time.sleep(pause)
    if role == "worker":
        result.abandoned_jobs += give_back_stranded(connection, queues, taken)
        free_scheduler_locks_of_dead(connection, queues)
    result.kills.append(f"{victim.name} at {progress:.0%} of the crawl (restarted after {pause:.1f} s)")
    return fleet.restart(victim)


def restart_redis(server, rng, result):
    port = int(server.url.rsplit(":", 1)[1].split("/")[0])
    server.stop(keep_data=True)
    time.sleep(rng.uniform(1.0, 3.0))
    server.start(port=port)
    result.redis_restarts += 1


def wait_for(condition, timeout, step=0.2, fleet=None, result=None):
    """True once ``condition()`` holds; meanwhile ``fleet``'s children that failed are started again."""
    deadline = time.monotonic() + timeout
    while not condition():
        if fleet is not None:
            result.supervisor_restarts += fleet.supervise()
        if time.monotonic() > deadline:
            return False
        time.sleep(step)
    return True


def unleash(fleet, server, connection, queues, site, events, rng, result, timeout):
    """Fire the scheduled events as the crawl progresses; returns the restarted children."""
    restarted, deadline = [], time.monotonic() + timeout
    for at, action in events:
        crawl_running = lambda: any(child.alive() for child in fleet.of("spider"))  # noqa: E731
        wait_for(lambda: len(site.hit_times) / site.page_count >= at or not crawl_running()  # noqa: B023
                 or time.monotonic() > deadline, timeout, step=0.05, fleet=fleet, result=result)
        progress = len(site.hit_times) / site.page_count
        if action == "redis":
            restart_redis(server, rng, result)
            continue
        role = action if action == "worker" or crawl_running() else "worker"  # a finished crawl has no spider left
        child = kill_one(fleet, connection, queues, role, rng, result, progress)
        if child is not None:
            restarted.append(child)
    return restarted


def settled(queues):
    """Nothing pending, twice a second apart: a job between its dequeue and its start is in no registry."""
    if pending_jobs(queues):
        return False
    time.sleep(1)
    return not pending_jobs(queues)


def finish(fleet, connection, queues, result, timeout):
    """Wait for the crawl to end and the queues to drain, then stop the workers."""
    deadline = time.monotonic() + timeout
    wait_for(lambda: not any(child.alive() for child in fleet.of("spider")), timeout, fleet=fleet, result=result)
    result.frontier = frontier_state(connection, RedisKeys(fleet.envs["spider"]["NEWSWATCH_KEY_PREFIX"]))
    result.drained = wait_for(lambda: settled(queues), max(1.0, deadline - time.monotonic()), fleet=fleet,
                              result=result)
    if not result.drained:
        result.pending = pending_state(queues)
    registered = {worker.pid for worker in Worker.all(connection=connection)}
    result.crashed += [child.name for child in fleet.of("worker") if not child.alive()]
    fleet.stop("worker")
    result.crashed += [child.name for child in fleet.of("spider") if child.process.returncode != 0]
    return registered


def recovered(child, registered, fleet):
    """A restarted worker registered with RQ; a restarted spider finished the crawl, or worked until killed again.
    A restart that failed (Redis was down) counts by the process the supervisor started in its place."""
    if child.process.returncode not in (None, 0) and child.lived is None:
        child = next(c for c in fleet.children if (c.role, c.index) == (child.role, child.index))
    if child.role == "worker":
        return child.process.pid in registered
    return child.process.returncode == 0 or (child.lived or 0) > 3


def run_chaos(articles=10_000, kills=6, seed=None, lease=10, rate=150, timeout=1800, out=print):
    """One chaos run; prints the figures and returns the ChaosResult (``result.ok``: every check passed)."""
    seed = random.randrange(1 << 30) if seed is None else seed
    rng, logs = random.Random(seed), Path(tempfile.mkdtemp(prefix="newswatch-chaos-"))
    result = ChaosResult(articles)
    with PrivateRedis(appendonly=True) as server, LargeSite(articles, flag_every=FLAG_EVERY) as site, \
            WebhookReceiver() as webhook:
        seeds, rules = write_inputs(logs, rate)
        config = load_config().with_changes(redis_url=server.url, keys=RedisKeys("nwchaos"),
                                            article_queue="chaos-articles", alert_queue="chaos-alerts",
                                            rules_path=str(rules), channels={"default": [webhook.apprise_url]})
        out(f"chaos run: seed {seed}, {articles} articles, 2 spiders, 2 workers, {kills} kills, lease {lease} s; "
            f"logs in {logs}")
        connection = connect(server.url, patience=PATIENCE_SECONDS)
        queues = worker_queues(connection, config)
        fleet = Fleet(environments(config, seeds, site, lease), logs)
        started = time.monotonic()
        try:
            fleet.start("worker", 2)
            fleet.start("spider", 2)
            restarted = unleash(fleet, server, connection, queues, site, schedule(rng, kills), rng, result, timeout)
            registered = finish(fleet, connection, queues, result, timeout - (time.monotonic() - started))
            result.seconds = time.monotonic() - started
            result.recoveries = sum(recovered(child, registered, fleet) for child in restarted)
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
    parser.add_argument("--kills", type=int, default=6)
    parser.add_argument("--seed", type=int)
    parser.add_argument("--lease", type=int, default=10, help="NEWSWATCH_FRONTIER_LEASE of the spiders (s)")
    parser.add_argument("--rate", type=float, default=150, help="requests per second to the site, both spiders")
    parser.add_argument("--timeout", type=int, default=1800)
    args = parser.parse_args()
    # SIGTERM (``timeout``, a CI job cancelled) unwinds like Ctrl-C, so the children are killed, not orphaned.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    result = run_chaos(args.articles, args.kills, args.seed, args.lease, args.rate, args.timeout)
    sys.exit(0 if result.ok else 1)


if __name__ == "__main__":
    main()
