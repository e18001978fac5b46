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
    frontier = Frontier(connection, keys, CRAWL_NAME, FrontierConfig())
    crawl = frontier.state()
    queued, leased = frontier.pending()
    stats = {k.decode(): v.decode() for k, v in connection.hgetall(keys.crawl_stats(crawl["id"])).items()} \
        if crawl.get("id") else {}
    queues = [Queue(name, connection=connection, serializer=JSONSerializer)
              for name in (config.article_queue, config.alert_queue)]
    recent = [ident.decode() for ident in connection.lrange(keys.alert_log, 0, -1)]
    statuses = Counter((connection.hget(keys.alert(ident), "status") or b"expired").decode() for ident in recent)
    return {
        "crawl": {**crawl, "queued": queued, "leased": leased, "stats": stats},
        "queues": {queue.name: _queue_status(queue) for queue in queues},
        "workers": [{"name": worker.name, "state": str(worker.get_state()),
                     "queues": worker.queue_names(),
                     "last_heartbeat": worker.last_heartbeat.isoformat() if worker.last_heartbeat else None}
                    for worker in Worker.all(connection=connection)
                    if set(worker.queue_names()) & {queue.name for queue in queues}],
        "alerts": {"recent": len(recent), **dict(statuses)},
        "stream": {"key": keys.stream, "length": connection.xlen(keys.stream)},
    }


def _queue_status(queue):
    return {"queued": queue.count, "running": StartedJobRegistry(queue=queue).count,
            "scheduled": ScheduledJobRegistry(queue=queue).count, "failed": FailedJobRegistry(queue=queue).count}


def status_lines(status):
    """The snapshot for people."""
    crawl = status["crawl"]
    lines = [f"crawl {crawl.get('id', '(none yet)')}: {crawl.get('status', '-')}, "
             f"{crawl['queued']} queued, {crawl['leased']} in flight; "
             f"{crawl['stats'].get('response_received_count', 0)} pages, "
             f"{crawl['stats'].get('newswatch/enqueued', 0)} articles so far"]
    for name, counts in status["queues"].items():
        lines.append(f"queue {name}: " + ", ".join(f"{n} {what}" for what, n in counts.items()))
    lines.append(f"workers: {len(status['workers'])} alive"
                 + "".join(f"\n  {w['name']} {w['state']} (heartbeat {w['last_heartbeat']})" for w in status["workers"]))
    alerts = status["alerts"]
    lines.append("alerts (recent): " + ", ".join(f"{n} {what}" for what, n in alerts.items()))
    lines.append(f"stream {status['stream']['key']}: {status['stream']['length']} events")
    return lines
