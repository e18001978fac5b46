"""What ``newswatch status`` reports: one read-only snapshot of the crawl, the queues, the workers,
the alerts and the stream, from Redis alone."""

from collections import Counter

from rq import Queue, Worker
from rq.registry import FailedJobRegistry, ScheduledJobRegistry, StartedJobRegistry
from rq.serializers import JSONSerializer

from crawler.frontier import Frontier, FrontierConfig

CRAWL_NAME = "news"


def collect_status(connection, config):
    keys = config.keys
    names = sorted({CRAWL_NAME} | {name.decode() for name in connection.smembers(keys.crawl_names)})
    crawls = [_crawl_status(connection, keys, name) for name in names]
    latest = max(crawls, key=lambda c: int(c.get("started_ms") or 0))
    queues = [Queue(name, connection=connection, serializer=JSONSerializer)
              for name in (config.article_queue, config.alert_queue)]
    recent = [ident.decode() for ident in connection.lrange(keys.alert_log, 0, -1)]
    statuses = Counter((connection.hget(keys.alert(ident), "status") or b"expired").decode() for ident in recent)
    return {
        "crawl": latest,
        "crawls": [crawl for crawl in crawls if crawl.get("id")],
        "queues": {queue.name: _queue_status(queue) for queue in queues},
        "workers": [{"name": worker.name, "state": str(worker.get_state()),
                     "queues": worker.queue_names(),
                     "last_heartbeat": worker.last_heartbeat.isoformat() if worker.last_heartbeat else None}
                    for worker in Worker.all(connection=connection)
                    if set(worker.queue_names()) & {queue.name for queue in queues}],
        "alerts": {"recent": len(recent), **dict(statuses)},
        "stream": {"key": keys.stream, "length": connection.xlen(keys.stream)},
    }


def _crawl_status(connection, keys, name):
    """One crawl name's current (or last) crawl: state, frontier counts, statistics so far."""
    frontier = Frontier(connection, keys, name, FrontierConfig())
    crawl = frontier.state()
    queued, leased = frontier.pending()
    stats = {k.decode(): v.decode() for k, v in connection.hgetall(keys.crawl_stats(crawl["id"])).items()} \
        if crawl.get("id") else {}
    return {"name": name, **crawl, "queued": queued, "leased": leased, "stats": stats}


def _queue_status(queue):
    return {"queued": queue.count, "running": StartedJobRegistry(queue=queue).count,
            "scheduled": ScheduledJobRegistry(queue=queue).count, "failed": FailedJobRegistry(queue=queue).count}


def status_lines(status):
    """The snapshot for people."""
    lines = [f"crawl {crawl['id']} ({crawl['name']}): {crawl.get('status', '-')}, "
             f"{crawl['queued']} queued, {crawl['leased']} in flight; "
             f"{crawl['stats'].get('response_received_count', 0)} pages, "
             f"{crawl['stats'].get('newswatch/enqueued', 0)} articles" for crawl in status["crawls"]] \
        or ["crawls: none yet"]
    for name, counts in status["queues"].items():
        lines.append(f"queue {name}: " + ", ".join(f"{n} {what}" for what, n in counts.items()))
    lines.append(f"workers: {len(status['workers'])} alive"
                 + "".join(f"\n  {w['name']} {w['state']} (heartbeat {w['last_heartbeat']})" for w in status["workers"]))
    alerts = status["alerts"]
    lines.append("alerts (recent): " + ", ".join(f"{n} {what}" for what, n in alerts.items()))
    lines.append(f"stream {status['stream']['key']}: {status['stream']['length']} events")
    return lines
