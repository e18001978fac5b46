"""When and what a chaos run breaks (bench.chaos): its schedule of kills and the Redis restart, fired as the
crawl progresses.

Spider and worker kills take a random live process of their role (a busy worker if any), wait
a moment and start it again; for a killed worker the run stands in for RQ's timers at once
(bench.chaos_fleet). Horse kills are armed at their moment and fired at their first chance
(bench.chaos_horses), between two looks at the run (``tend``), so waiting for a chance never
holds up the rest of the schedule.
"""

import time

from bench.chaos_fleet import (abandon_jobs_of, busy_worker_pids, free_scheduler_locks_of_dead, give_back_stranded,
                               stranded, worker_name)
from bench.chaos_horses import MOMENTS


def schedule(rng, kills, horse_kills=0):
    """(crawl progress, action) for each kill, spider and worker kills alternating from a random one, and horse
    kills mid-job and mid-delivery likewise; and one Redis restart."""
    actions = alternating(rng, ("spider", "worker"), kills) + alternating(rng, MOMENTS, horse_kills)
    events = [(rng.uniform(0.1, 0.8), action) for action in actions] + [(rng.uniform(0.3, 0.6), "redis")]
    return sorted(events)


def alternating(rng, pair, count):
    first = rng.randrange(2)
    return [pair[(first + n) % 2] for n in range(count)]


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


def wait_for(condition, timeout, step=0.2, tick=None):
    """True once ``condition()`` holds; ``tick()`` between two looks (see ``tend``)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if tick is not None:
            tick()
        if time.monotonic() > deadline:
            return False
        time.sleep(step)
    return True


def crawl_progress(site):
    return len(site.hit_times) / site.page_count


def tend(fleet, killer, result):
    """Between two looks at the run: start again the children that exited with an error, fire the horse kills
    whose chance has come."""
    result.supervisor_restarts += fleet.supervise()
    killer.check()


def unleash(fleet, server, connection, queues, site, killer, events, rng, result, timeout):
    """Fire the scheduled events as the crawl progresses (horse kills armed, to fire at their chance); returns
    the restarted children."""
    restarted, deadline = [], time.monotonic() + timeout
    for at, action in events:
        crawl_running = lambda: any(child.alive() for child in fleet.of("spider"))  # noqa: E731
        wait_for(lambda: crawl_progress(site) >= at or not crawl_running()  # noqa: B023
                 or time.monotonic() > deadline, timeout, step=0.05, tick=lambda: tend(fleet, killer, result))
        progress = crawl_progress(site)
        if action == "redis":
            restart_redis(server, rng, result)
            continue
        if action in MOMENTS:
            killer.arm(action)
            continue
        role = action if action == "worker" or crawl_running() else "worker"  # a finished crawl has no spider left
        child = kill_one(fleet, connection, queues, role, rng, result, progress)
        if child is not None:
            restarted.append(child)
    return restarted
