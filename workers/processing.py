"""The worker stage for one article: dedup, version check, alert rules, publish.

1. ``content_owner`` is claimed with one SET NX: the first canonical article
   carrying this exact body owns it; any other URL with the same body is a
   duplicate of it.
2. The article's state (substance fingerprint, version) is read under WATCH;
   the same substance again is ``unchanged`` and writes nothing.
3. Otherwise one MULTI/EXEC writes the new state and version, the stream
   event, the alert decisions and their delivery jobs. A concurrent worker
   that changed the state first makes EXEC fail and this worker re-reads, so
   each version, event and alert exists once however many workers race, and a
   job retried after a crash finds its effects already there.
"""

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone

from redis.exceptions import WatchError
from rq import Queue, Retry
from rq.serializers import JSONSerializer

from workers.alerts import DELIVER_ALERT_JOB, alert_id, new_alert
from workers.diff import diff_versions
from workers.events import ArticleEvent
from workers.fingerprints import article_id, content_fingerprint, substance, substance_fingerprint

UNCHANGED = "unchanged"
ALERT_LOG_LENGTH = 1000


@dataclass
class Outcome:
    event: str  # new, update, duplicate or unchanged
    article_id: str
    version: int
    alerts: list[str] = field(default_factory=list)
    duplicate_of: str | None = None
    diff: dict | None = None


class ArticleProcessor:
    def __init__(self, connection, config, rules):
        self.redis, self.config, self.rules, self.keys = connection, config, rules, config.keys
        self.alert_queue = Queue(config.alert_queue, connection=connection, serializer=JSONSerializer)

    def process(self, article):
        ident = article_id(article)
        owner = self.claim_content(content_fingerprint(article), ident)
        with self.redis.pipeline() as pipe:
            while True:
                try:
                    return self._decide_and_write(pipe, article, ident, owner)
                except WatchError:
                    continue

    def claim_content(self, content_fp, ident):
        """The article that first carried this body: ``ident`` itself unless another got there first."""
        key = self.keys.content_owner(content_fp)
        while True:
            if self.redis.set(key, ident, nx=True, ex=self.config.dedup_ttl):
                return ident
            owner = self.redis.get(key)
            if owner is not None:
                return owner.decode()

    def _decide_and_write(self, pipe, article, ident, owner):
        state_key = self.keys.article(ident)
        pipe.watch(state_key)
        state = {k.decode(): v.decode() for k, v in pipe.hgetall(state_key).items()}
        fingerprint = substance_fingerprint(article)
        version = int(state.get("version", 0))
        if state.get("substance_fp") == fingerprint:
            pipe.unwatch()
            self._count(article, UNCHANGED)
            return Outcome(UNCHANGED, ident, version, duplicate_of=state.get("duplicate_of") or None)
        if owner != ident:
            outcome = Outcome("duplicate", ident, version, duplicate_of=owner)
        else:
            outcome = Outcome("update" if version else "new", ident, version + 1)
            if version:
                previous = json.loads(pipe.lindex(self.keys.versions(ident), 0))
                outcome.diff = diff_versions(previous["substance"], substance(article))
            outcome.alerts = self._matching_rules(article)
        pipe.multi()
        self._write(pipe, article, outcome, fingerprint)
        pipe.execute()
        return outcome

    def _matching_rules(self, article):
        return [(rule, terms) for rule in self.rules if (terms := rule.matches(article))]

    def _write(self, pipe, article, outcome, fingerprint):
        ttl, ident = self.config.dedup_ttl, outcome.article_id
        state = {"substance_fp": fingerprint, "version": outcome.version, "url": article.canonical_url,
                 "duplicate_of": outcome.duplicate_of or ""}
        pipe.hset(self.keys.article(ident), mapping=state)
        pipe.expire(self.keys.article(ident), ttl)
        if outcome.event != "duplicate":
            record = {"version": outcome.version, "substance": substance(article), "url": article.url,
                      "fetched_at": article.fetched_at, "substance_fp": fingerprint}
            pipe.lpush(self.keys.versions(ident), json.dumps(record, ensure_ascii=False))
            pipe.ltrim(self.keys.versions(ident), 0, self.config.max_versions - 1)
            pipe.expire(self.keys.versions(ident), ttl)
        outcome.alerts = [self._write_alert(pipe, article, outcome, rule, terms) for rule, terms in outcome.alerts]
        event = ArticleEvent(outcome.event, ident, outcome.version, article.to_message(), _now(),
                             diff=outcome.diff, duplicate_of=outcome.duplicate_of, alerts=outcome.alerts)
        pipe.xadd(self.keys.stream, event.to_stream_fields(), maxlen=self.config.stream_maxlen, approximate=True)
        self._count(article, outcome.event, pipe)

    def _write_alert(self, pipe, article, outcome, rule, terms):
        ident, ttl = alert_id(rule, outcome.article_id, outcome.version), self.config.dedup_ttl
        pipe.set(self.keys.alert_decision(rule.id, outcome.article_id, outcome.version), ident, nx=True, ex=ttl)
        record = new_alert(ident, rule, article, outcome, terms, _now())
        pipe.hset(self.keys.alert(ident), mapping=record)
        pipe.expire(self.keys.alert(ident), ttl)
        pipe.lpush(self.keys.alert_log, ident)
        pipe.ltrim(self.keys.alert_log, 0, ALERT_LOG_LENGTH - 1)
        retry = Retry(max=self.config.alert_retries, interval=list(self.config.alert_retry_intervals))
        self.alert_queue.enqueue_call(DELIVER_ALERT_JOB, args=(ident,), job_id=ident, retry=retry,
                                      timeout=self.config.job_timeout, pipeline=pipe,
                                      description=f"deliver alert {ident}")
        return ident

    def _count(self, article, event, pipe=None):
        if article.crawl_id:
            key = self.keys.crawl_stats(article.crawl_id)
            (pipe or self.redis).hincrby(key, f"events/{event}", 1)
            (pipe or self.redis).expire(key, self.config.dedup_ttl)


def _now():
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")
