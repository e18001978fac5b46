"""What a chaos run must end with, read from Redis and the webhook: the verdict and its figures.

Every article of the site exactly once in the stream (one ``new`` event, nothing
else, by article id), every expected alert delivered exactly once (one webhook
message per flagged article, by its link), no job left STARTED or failed.
"""

from collections import Counter
from dataclasses import dataclass, field

from rq.scheduler import RQScheduler

from bench.large_site import flagged
from workers.events import ArticleEvent
from workers.fingerprints import id_for_url


@dataclass
class ChaosResult:
    articles: int
    seconds: float = 0.0
    kills: list = field(default_factory=list)  # "spider-0 at 31% (restarted after 0.8 s)", in order
    recoveries: int = 0  # killed processes whose replacement came back and worked to the end
    redis_restarts: int = 0
    supervisor_restarts: list = field(default_factory=list)  # children that exited with an error, started again
    abandoned_jobs: int = 0  # jobs a killed worker held, put back by RQ's cleanup
    drained: bool = False
    missing: list = field(default_factory=list)  # article URLs with no event
    repeated: dict = field(default_factory=dict)  # article URL -> its events, when more than one "new"
    unexpected: Counter = field(default_factory=Counter)  # events other than one "new" per expected article
    alerts_expected: int = 0
    alerts_received: int = 0
    alerts_missing: list = field(default_factory=list)
    alerts_repeated: dict = field(default_factory=dict)  # article URL -> webhook messages about it
    stuck_jobs: list = field(default_factory=list)  # job ids still STARTED at the end
    failed_jobs: list = field(default_factory=list)
    crashed: list = field(default_factory=list)  # processes that died (or a spider still running) unkilled
    frontier: list = field(default_factory=list)  # each crawl's state once the spiders ended (or timed out)
    pending: list = field(default_factory=list)  # what each queue still held when the run gave up waiting

    @property
    def ok(self):
        return self.drained and not (self.missing or self.repeated or self.unexpected or self.alerts_missing
                                     or self.alerts_repeated or self.stuck_jobs or self.failed_jobs or self.crashed)

    def figures(self):
        lines = [f"chaos run: {self.articles} articles in {self.seconds:.1f} s; {len(self.kills)} kills (kill -9), "
                 f"{self.recoveries} recoveries, {self.redis_restarts} Redis restart(s), "
                 f"{self.abandoned_jobs} abandoned job(s) put back; started again after exiting with an error: "
                 f"{self.supervisor_restarts or 0}",
                 *(f"  killed {kill}" for kill in self.kills),
                 f"stream: {self.articles - len(self.missing)} of {self.articles} articles, missing "
                 f"{len(self.missing)}, repeated {len(self.repeated)}, other events {dict(self.unexpected) or 0}",
                 f"alerts: {self.alerts_received} received for {self.alerts_expected} expected, missing "
                 f"{len(self.alerts_missing)}, repeated {len(self.alerts_repeated)}",
                 f"jobs: stuck STARTED {len(self.stuck_jobs)}, failed {len(self.failed_jobs)}; "
                 f"queues drained: {self.drained}; crashed processes: {self.crashed or 0}",
                 *(f"frontier: {state}" for state in self.frontier),
                 *(f"not drained: {state}" for state in self.pending),
                 f"verdict: {'OK' if self.ok else 'FAILED'}"]
        for label, found in (("missing", self.missing), ("repeated", self.repeated),
                             ("alert missing", self.alerts_missing), ("alert repeated", self.alerts_repeated)):
            lines += [f"  {label}: {item}" for item in list(found)[:10]]
        return "\n".join(lines)


def article_urls(base_url, count):
    return [f"{base_url}/news/a{n}" for n in range(count)]


def check_stream(result, connection, config, base_url):
    """Fill in the stream verdict: each expected article id once, as ``new``."""
    events = [ArticleEvent.from_stream_fields(fields) for _, fields in connection.xrange(config.keys.stream)]
    by_id = {}
    for event in events:
        by_id.setdefault(event.article_id, []).append(event.event)
    for url in article_urls(base_url, result.articles):
        found = by_id.pop(id_for_url(url), [])
        if not found:
            result.missing.append(url)
        elif found.count("new") > 1:
            result.repeated[url] = found
        result.unexpected.update(kind for kind in found if kind != "new" or found.count("new") != 1)
    result.unexpected.update(f"not an article of the site: {kind}" for kinds in by_id.values() for kind in kinds)


def check_alerts(result, messages, base_url, flag_every):
    """Fill in the alert verdict from the webhook's ``messages``: one per flagged article, naming its URL."""
    expected = [url for n, url in enumerate(article_urls(base_url, result.articles)) if flagged(n, flag_every)]
    links = Counter(message.get("message", "").split("Link: ", 1)[-1].split()[0] for message in messages
                    if "Link: " in message.get("message", ""))
    result.alerts_expected, result.alerts_received = len(expected), len(messages)
    result.alerts_missing = [url for url in expected if not links[url]]
    result.alerts_repeated = {url: links[url] for url in expected if links[url] > 1}
    strays = len(messages) - sum(links[url] for url in expected)
    if strays:
        result.alerts_repeated["messages about no expected article"] = strays


def frontier_state(connection, keys):
    """One line per crawl: its status and sequence, entries queued and leased (what a stalled crawl still holds)."""
    lines = []
    for name in sorted(n.decode() for n in connection.smembers(keys.crawl_names)):
        status, seq = connection.hmget(keys.crawl_state(name), "status", "seq")
        lines.append(f"{name} {(status or b'?').decode()} (seq {(seq or b'?').decode()}), "
                     f"queued {connection.zcard(keys.frontier_queue(name))}, "
                     f"leased {connection.zcard(keys.frontier_leases(name))}")
    return lines


def pending_state(queues):
    """One line per queue: its jobs queued, taken and not started, scheduled, started, and its scheduler's lock."""
    lines = []
    for queue in queues:
        lock = queue.connection.get(RQScheduler.get_locking_key(queue.name))
        lines.append(f"{queue.name}: queued {queue.count}, taken {len(queue.intermediate_queue.get_job_ids())}, "
                     f"scheduled {queue.scheduled_job_registry.count}, "
                     f"started {queue.started_job_registry.count}; scheduler lock "
                     f"{'held' if lock else 'free'}")
    return lines


def check_jobs(result, queues):
    for queue in queues:
        result.stuck_jobs += queue.started_job_registry.get_job_ids(cleanup=False)
        result.failed_jobs += queue.failed_job_registry.get_job_ids()
