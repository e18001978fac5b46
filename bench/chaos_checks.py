"""What a chaos run must end with, read from Redis and the webhook: the verdict and its figures.

Every article of the site exactly once in the stream (one ``new`` event, nothing
else, by article id); every expected alert delivered at least once (a webhook
message per flagged article, by its link), and every repeat of one announced: a
work horse killed mid-delivery cannot know whether the channel took the alert, so
delivery is at least once, and a re-send must carry the first message's idempotency
key and ``possible_repeat: yes``; no job left STARTED or failed.
"""

from collections import Counter
from dataclasses import dataclass, field

from rq.scheduler import RQScheduler

from bench.large_site import flagged
from workers.events import ArticleEvent
from workers.fingerprints import id_for_url


@dataclass(frozen=True)
class Repeat:
    """A webhook message about an alert delivered before."""

    url: str  # the article's
    key: str  # its idempotency key
    marked: bool  # possible_repeat "yes"
    same_key: bool  # the key of the first message: the receiver can drop it

    @property
    def announced(self):
        return self.marked and self.same_key


@dataclass
class ChaosResult:
    articles: int
    seconds: float = 0.0
    kills: list = field(default_factory=list)  # "spider-0 at 31% (restarted after 0.8 s)", in order
    horse_kills: list = field(default_factory=list)  # bench.chaos_horses.HorseKill, tried or landed
    horse_kills_unfired: int = 0  # scheduled, and no chance came (no job, no alert) before the queues drained
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
    alerts_repeats: list = field(default_factory=list)  # Repeat, in the order received
    alerts_strays: int = 0  # messages about no expected article
    stuck_jobs: list = field(default_factory=list)  # job ids still STARTED at the end
    failed_jobs: list = field(default_factory=list)
    crashed: list = field(default_factory=list)  # processes that died (or a spider still running) unkilled
    frontier: list = field(default_factory=list)  # each crawl's state once the spiders ended (or timed out)
    pending: list = field(default_factory=list)  # what each queue still held when the run gave up waiting

    @property
    def ok(self):
        return self.drained and not (self.missing or self.repeated or self.unexpected or self.alerts_missing
                                     or self.unannounced or self.alerts_strays or self.stuck_jobs
                                     or self.failed_jobs or self.crashed)

    @property
    def unannounced(self):
        return [repeat for repeat in self.alerts_repeats if not repeat.announced]

    def horse_kills_landed(self, moment):
        return [kill for kill in self.horse_kills if kill.landed and kill.moment == moment]

    def figures(self):
        lines = [f"chaos run: {self.articles:,} articles in {self.seconds:.1f} s; {self.kill_counts()}; "
                 f"{self.recoveries} recoveries, {self.redis_restarts} Redis restart(s), "
                 f"{self.abandoned_jobs} abandoned job(s) put back; started again after exiting with an error: "
                 f"{self.supervisor_restarts or 0}",
                 *(f"  killed {kill}" for kill in self.kills),
                 *(f"  killed the {kill}" for kill in self.horse_kills),
                 f"stream: {self.articles - len(self.missing):,} of {self.articles:,} articles, missing "
                 f"{len(self.missing)}, repeated {len(self.repeated)}, other events {dict(self.unexpected) or 0}",
                 f"alerts: {self.alerts_expected - len(self.alerts_missing):,} of {self.alerts_expected:,}, missing "
                 f"{len(self.alerts_missing)}, {self.repeat_summary()}; {self.alerts_received:,} messages, "
                 f"{self.alerts_strays} about no expected article",
                 f"jobs: stuck STARTED {len(self.stuck_jobs)}, failed {len(self.failed_jobs)}; "
                 f"queues drained: {self.drained}; crashed processes: {self.crashed or 0}",
                 *(f"frontier: {state}" for state in self.frontier),
                 *(f"not drained: {state}" for state in self.pending),
                 f"verdict: {'OK' if self.ok else 'FAILED'}"]
        for label, found in (("missing", self.missing), ("repeated", self.repeated),
                             ("alert missing", self.alerts_missing)):
            lines += [f"  {label}: {item}" for item in list(found)[:10]]
        return "\n".join(lines)

    def kill_counts(self):
        roles = Counter(kill.split("-")[0] for kill in self.kills)
        horses = ", ".join(f"{moment} {len(self.horse_kills_landed(moment))} landed of "
                           f"{sum(kill.moment == moment for kill in self.horse_kills)} tried"
                           for moment in ("mid-job", "mid-delivery"))
        return (f"kill -9: {roles['spider']} spider(s), {roles['worker']} worker(s) with their work horse; "
                f"work horses alone: {horses}, {self.horse_kills_unfired} found no chance")

    def repeat_summary(self):
        """"repeats 2 (all marked: nw-...-default-0, ...)", or the unannounced ones first, named."""
        if not self.alerts_repeats:
            return "repeats 0"
        marked = [repeat.key for repeat in self.alerts_repeats if repeat.announced]
        if not self.unannounced:
            return f"repeats {len(marked)} (all marked: {_listed(marked)})"
        return (f"repeats {len(self.alerts_repeats)} ({len(self.unannounced)} NOT marked: "
                f"{_listed(f'{r.key} (possible_repeat {r.marked}, same key {r.same_key})' for r in self.unannounced)}"
                f"; marked: {_listed(marked) or 'none'})")


def _listed(items, most=10):
    items = list(items)
    return ", ".join(items[:most]) + (f" and {len(items) - most} more" if len(items) > most else "")


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
    """Fill in the alert verdict from the webhook's ``messages``: at least one per flagged article, naming its
    URL; every later one about the same article a Repeat."""
    expected = [url for n, url in enumerate(article_urls(base_url, result.articles)) if flagged(n, flag_every)]
    wanted, first_key = set(expected), {}
    for message in messages:
        url = _link(message)
        if url not in wanted:
            result.alerts_strays += 1
            continue
        key = message.get("idempotency_key", "")
        if url in first_key:
            result.alerts_repeats.append(Repeat(url, key, message.get("possible_repeat") == "yes",
                                                key == first_key[url]))
        first_key.setdefault(url, key)
    result.alerts_expected, result.alerts_received = len(expected), len(messages)
    result.alerts_missing = [url for url in expected if url not in first_key]


def _link(message):
    text = message.get("message", "")
    return text.split("Link: ", 1)[1].split()[0] if "Link: " in text else None


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
