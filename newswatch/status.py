"""What ``newswatch status`` reports: one read-only snapshot of the crawl, the queues, the workers,
the alerts and the stream, from Redis alone."""

import math
import time
from collections import Counter

from rq import Worker

from crawler.frontier.store import Frontier, FrontierConfig, crawl_name
from newswatch.shared.instance import RedisInstance
from workers import actions
from workers.channel_health import failing_channels
from workers.job_policy import open_queue
from workers.stream_trim import StreamTrimmer

CRAWL_NAME = crawl_name("news")  # a crawl of every site


def collect_status(connection, config):
    keys = config.keys
    names = sorted({CRAWL_NAME} | {name.decode() for name in connection.smembers(keys.crawl_names)})
    crawls = [_crawl_status(connection, keys, name) for name in names]
    latest = max(crawls, key=lambda c: int(c.get("started_ms") or 0))
    queues = [open_queue(name, connection) for name in (config.article_queue, config.alert_queue)]
    recent = [ident.decode() for ident in connection.lrange(keys.alert_log, 0, -1)]
    with connection.pipeline(transaction=False) as pipe:
        for ident in recent:
            pipe.hmget(keys.alert(ident), "status", "acked_at")
        states = pipe.execute()
    statuses = Counter((status or b"expired").decode() for status, _ in states)
    acknowledged = sum(1 for _, acked in states if acked)
    return {
        "crawl": latest,
        "crawls": [crawl for crawl in crawls if crawl.get("id")],
        "queues": {queue.name: _queue_status(queue) for queue in queues},
        "workers": [{"name": worker.name, "state": str(worker.get_state()),
                     "queues": worker.queue_names(),
                     "last_heartbeat": worker.last_heartbeat.isoformat() if worker.last_heartbeat else None}
                    for worker in Worker.all(connection=connection)
                    if set(worker.queue_names()) & {queue.name for queue in queues}],
        "alerts": {"recent": len(recent), **dict(statuses), "acknowledged": acknowledged},
        "holds": actions.active(connection, keys),
        "actions": actions.recent(connection, keys, 5),
        "alert_channels_failing": failing_channels(connection, keys),
        "stream": {"key": keys.stream, "length": connection.xlen(keys.stream), "groups": _stream_groups(connection,
                                                                                                     config)},
        "monitor": _monitor_status(connection, keys),
        "redis": _redis_status(connection, keys),
    }


def _stream_groups(connection, config):
    """Each consumer group of the stream: its lag, pending entries, and events it lost to the hard cap."""
    dropped = {k.decode(): int(v) for k, v in connection.hgetall(config.keys.stream_dropped).items()}
    return [{**group, "dropped": dropped.get(group["name"], 0)} for group in StreamTrimmer(connection, config).groups()]


def _redis_status(connection, keys):
    instance = RedisInstance(connection, keys, "status")
    return {"instance": instance.current(), "wipes": instance.wipes(), **_memory(connection)}


def _memory(connection):
    """Redis's memory and whether it is full: at maxmemory under ``noeviction``, writes are refused (OOM) and
    every newswatch process waits for memory, as it would for a Redis gone away."""
    info = connection.info("memory")
    used, limit = int(info.get("used_memory", 0)), int(info.get("maxmemory", 0))
    return {"used_memory": used, "maxmemory": limit, "policy": info.get("maxmemory_policy", ""),
            "full": bool(limit) and used >= limit and info.get("maxmemory_policy") == "noeviction"}


def _crawl_status(connection, keys, name):
    """One crawl name's current (or last) crawl: state, frontier counts, statistics so far."""
    frontier = Frontier(connection, keys, name, FrontierConfig())
    crawl = _numbers(frontier.state(), text=("id", "status"))
    queued, leased = frontier.pending()
    stats = _numbers({k.decode(): v.decode() for k, v in connection.hgetall(keys.crawl_stats(crawl["id"])).items()}) \
        if crawl.get("id") else {}
    return {"name": name, **crawl, "queued": queued, "leased": leased, "stats": stats, "reasons": _reasons(stats),
            "pages_scheduled_by_site": _scheduled_by_site(connection, keys, name, crawl.get("seq"))}


REASON_KINDS = ("dropped", "skipped", "errors", "refused", "traps")  # see crawler.failures


def _reasons(stats):
    """{kind: {reason: count}} of the pages (and links) the crawl gave up on, most frequent first."""
    found = {kind: {} for kind in REASON_KINDS}
    for key, value in stats.items():
        parts = key.split("/", 2)
        if len(parts) == 3 and parts[0] == "newswatch" and parts[1] in found:
            found[parts[1]][parts[2]] = int(value)
    return {kind: dict(sorted(counts.items(), key=lambda item: (-item[1], item[0]))) for kind, counts in found.items()}


def _scheduled_by_site(connection, keys, name, seq):
    """Pages each site has had scheduled in this crawl (what its page budget counts)."""
    if not seq:
        return {}
    pattern = keys.site_budget_pattern(name, seq)
    budget_keys = list(connection.scan_iter(match=pattern, count=1000))
    values = connection.mget(budget_keys) if budget_keys else []
    return {key.decode()[len(pattern) - 1:]: int(value or 0) for key, value in zip(budget_keys, values)}


def _numbers(mapping, text=()):
    """``mapping`` (a Redis hash, decoded) with its numbers as numbers, for JSON; an empty value of a field not in
    ``text`` (a time not yet reached) is None."""
    return {field: value if field in text else _number(value) for field, value in mapping.items()}


def _number(value):
    for kind in (int, float):
        try:
            number = kind(value)
        except ValueError:
            continue
        return number if math.isfinite(number) else value  # JSON has no NaN nor Infinity
    return value or None


def _monitor_status(connection, keys):
    """The acting monitor, each watched site's next and last round, open conditions, the canary."""
    decode = lambda mapping: {k.decode(): v.decode() for k, v in mapping.items()}  # noqa: E731
    leader = connection.get(keys.monitor_leader)
    sites = {name.decode(): {"next_round": due, **_numbers(decode(connection.hgetall(keys.monitor_site(name.decode()))),
                                                           text=("last_crawl_id", "last_round"))}
             for name, due in connection.zrange(keys.monitor_schedule, 0, -1, withscores=True)}
    prefix = keys.watch_open_pattern()[:-3]  # "<prefix>:watch:open:"
    return {
        "acting": leader.decode() if leader else None,
        "sites": sites,
        "open_conditions": sorted(key.decode()[len(prefix):]
                                  for key in connection.scan_iter(match=keys.watch_open_pattern())),
        "alerts_pending": connection.hlen(keys.watch_pending),
        "canary": _numbers(decode(connection.hgetall(keys.canary)), text=("running", "last_result", "last_error")),
    }


def _queue_status(queue):
    return {"queued": queue.count, "running": queue.started_job_registry.count,
            "scheduled": queue.scheduled_job_registry.count, "failed": queue.failed_job_registry.count}


def status_lines(status):
    """The snapshot for people."""
    lines = [f"crawl {crawl['id']} ({crawl['name']}): {crawl.get('status', '-')}, "
             f"{crawl['queued']} queued, {crawl['leased']} in flight; "
             f"{crawl['stats'].get('response_received_count', 0)} pages, "
             f"{crawl['stats'].get('newswatch/enqueued', 0)} articles; pages scheduled: "
             + (", ".join(f"{site} {n}" for site, n in sorted(crawl["pages_scheduled_by_site"].items())) or "-")
             + "\n  " + _reason_line(crawl["reasons"])
             for crawl in status["crawls"]] \
        or ["crawls: none yet"]
    for name, counts in status["queues"].items():
        lines.append(f"queue {name}: " + ", ".join(f"{n} {what}" for what, n in counts.items()))
    lines.append(f"workers: {len(status['workers'])} alive"
                 + "".join(f"\n  {w['name']} {w['state']} (heartbeat {w['last_heartbeat']})" for w in status["workers"]))
    alerts = status["alerts"]
    lines.append("alerts (recent): " + ", ".join(f"{n} {what}" for what, n in alerts.items()))
    lines += [f"  {hold['action']}d {'story ' + hold['story'] if 'story' in hold else 'rule ' + hold['rule']} "
              f"by {hold['by']} until {hold['until']}" + (f" ({hold['note']})" if hold.get("note") else "")
              for hold in status["holds"]]
    lines += [f"  channel {target} failing: {info['error']} since {info['since']} (last failure {info['last']})"
              for target, info in status["alert_channels_failing"].items()]
    lines.append(f"stream {status['stream']['key']}: {status['stream']['length']} events")
    lines += [f"  consumer group {g['name']}: lag {'unknown' if g['lag'] is None else g['lag']}, {g['pending']} "
              f"pending" + (f", {g['dropped']} EVENTS LOST to the hard cap" if g["dropped"] else "")
              for g in status["stream"]["groups"]]
    if status["redis"]["full"]:
        lines.append(f"REDIS FULL: {status['redis']['used_memory'] // 2**20} MiB used of maxmemory "
                     f"{status['redis']['maxmemory'] // 2**20} MiB (noeviction): spiders and workers wait for memory "
                     f"(NEWSWATCH_REDIS_RETRY_SECONDS); free some or raise maxmemory")
    lines += [f"REDIS WIPED at {time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(wipe['at']))} UTC (instance "
              f"{wipe['lost']} lost, seen by {wipe['seen_by']}): what it held before is gone"
              for wipe in status["redis"]["wipes"][:3]]
    return lines + _monitor_lines(status["monitor"])


def _reason_line(reasons):
    """One line: why pages were dropped, skipped or failed, and which links were traps, with counts."""
    return "; ".join(f"{kind}: " + (", ".join(f"{reason} {n}" for reason, n in counts.items()) or "none")
                     for kind, counts in reasons.items())


def _monitor_lines(monitor):
    if not monitor["acting"] and not monitor["sites"]:
        return ["monitor: none running"]
    lines = [f"monitor: {monitor['acting'] or 'NONE acting (lease expired)'}"]
    now = time.time()
    for name, site in monitor["sites"].items():
        lines.append(f"  {name}: next round in {max(0, round(site['next_round'] - now))} s; "
                     f"last {site.get('last_crawl_id', '-')}: {site.get('last_round', 'running or not yet')}")
    lines.append(f"  open conditions: {', '.join(monitor['open_conditions']) or 'none'}; "
                 f"self-monitoring alerts not yet delivered: {monitor['alerts_pending']}")
    canary = monitor["canary"]
    if canary.get("running"):
        lines.append(f"  canary: a run in progress for {round(now - float(canary['last_started']))} s")
    if canary.get("last_result"):
        age = round(now - float(canary["last_finished"]))
        lines.append(f"  canary: {canary['last_result']} {age} s ago in {canary.get('last_seconds')} s"
                     + (f" ({canary['last_error']})" if canary.get("last_error") else ""))
    return lines
