"""The worker stage for one article: dedup, version check, story, alert rules, publish.

1. The same substance as the article's current version is ``unchanged``: nothing is written.
2. The first article carrying a body owns it (one SET NX); another URL with the same body,
   or a near-duplicate of it, is a ``duplicate`` of the first and raises no alert.
3. A new article is placed in a story (workers.story_index); a new article on a story that
   already alerted is also a ``story_development``.
4. One MULTI/EXEC under WATCH of the article's state writes the new state and version, the
   stream events, the alert records and their delivery jobs. A worker racing on the same
   article makes EXEC fail and re-reads, so each version, event and alert exists once, and
   a job retried after a crash finds its effects already there.
"""

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone

from redis.exceptions import WatchError
from rq import Queue
from rq.serializers import JSONSerializer

from crawler import metric_store
from workers.alerts import AlertWriter
from workers.runtime import CANARY_RULE_ID, CANARY_SITE
from workers.diff import diff_versions
from workers.events import ArticleEvent
from workers.fingerprints import article_id, content_fingerprint, substance, substance_fingerprint
from workers.near_duplicates import NearDuplicateIndex
from workers.stories import StoryConfig
from workers.story_index import StoryIndex

UNCHANGED = "unchanged"


@dataclass
class Outcome:
    event: str  # new, update, duplicate or unchanged
    article_id: str
    version: int
    alerts: list[str] = field(default_factory=list)
    duplicate_of: str | None = None
    diff: dict | None = None
    story: dict | None = None
    development: bool = False  # a new article on a story that had already alerted


class ArticleProcessor:
    def __init__(self, connection, config, rules):
        self.redis, self.config, self.rules, self.keys = connection, config, rules, config.keys
        self.stories = StoryIndex(connection, config.keys, StoryConfig(config.story_min_overlap, config.dedup_ttl))
        self.near_duplicates = NearDuplicateIndex(connection, config.keys, config.near_duplicates)
        queue = Queue(config.alert_queue, connection=connection, serializer=JSONSerializer)
        self.alerts = AlertWriter(config, queue)

    def process(self, article):
        ident, fingerprint = article_id(article), substance_fingerprint(article)
        current, version, duplicate_of = self.redis.hmget(self.keys.article(ident), "substance_fp", "version",
                                                          "duplicate_of")
        if current is not None and current.decode() == fingerprint:
            self._count(article, UNCHANGED)
            return Outcome(UNCHANGED, ident, int(version or 0), duplicate_of=(duplicate_of or b"").decode() or None)
        known = current is not None
        original = self.original_of(article, ident, known)
        placement = self.place(article, ident, original, known)
        with self.redis.pipeline() as pipe:
            while True:
                try:
                    return self._decide_and_write(pipe, article, ident, original, fingerprint, placement)
                except WatchError:
                    continue

    def original_of(self, article, ident, known):
        """The first article with this body (exact, then, for an article not seen before, near-duplicate);
        ``ident`` itself when none."""
        key = self.keys.content_owner(content_fingerprint(article))
        while True:
            if self.redis.set(key, ident, nx=True, ex=self.config.dedup_ttl):
                break
            owner = self.redis.get(key)
            if owner is not None:
                return owner.decode()
        return ident if known else (self.near_duplicates.find_or_add(ident, article.body) or ident)

    def place(self, article, ident, original, known):
        """The article's story: its own if known, its original's for a duplicate, else placed now."""
        if known or original != ident:
            story = self.redis.get(self.keys.story_of(original if original != ident else ident))
            if story is not None:
                root = self.stories.root(story.decode())
                if original != ident:
                    self.stories.follow(ident, root)
                return self.stories.placement_of(root, joined=True)
        return self.stories.place(article, ident)

    def _decide_and_write(self, pipe, article, ident, original, fingerprint, placement):
        state_key = self.keys.article(ident)
        pipe.watch(state_key)
        state = {k.decode(): v.decode() for k, v in pipe.hgetall(state_key).items()}
        version = int(state.get("version", 0))
        if state.get("substance_fp") == fingerprint:
            pipe.unwatch()
            self._count(article, UNCHANGED)
            return Outcome(UNCHANGED, ident, version, duplicate_of=state.get("duplicate_of") or None)
        story = placement.summary() if placement else None
        if original != ident:
            outcome = Outcome("duplicate", ident, version, duplicate_of=original, story=story)
        else:
            outcome = Outcome("update" if version else "new", ident, version + 1, story=story)
            if version:
                previous = json.loads(pipe.lindex(self.keys.versions(ident), 0))
                outcome.diff = diff_versions(previous["substance"], substance(article))
        matches = self._matching_rules(article) if outcome.event in ("new", "update") else []
        developments = []
        if outcome.event == "new" and placement and placement.joined and placement.alerted_rules:
            matched = {rule.id for rule, _ in matches}
            developments = [rule for rule in self.rules if rule.id in placement.alerted_rules and rule.id not in matched]
            outcome.development = True
        pipe.multi()
        self._write(pipe, article, outcome, fingerprint, matches, developments, placement)
        pipe.execute()
        return outcome

    def _matching_rules(self, article):
        """Rules whose terms the article has; the monitor's canary page answers to its own rule only."""
        canary = article.site == CANARY_SITE
        return [(rule, terms) for rule in self.rules
                if (rule.id == CANARY_RULE_ID) == canary and (terms := rule.matches(article))]

    def _write(self, pipe, article, outcome, fingerprint, matches, developments, placement):
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
        outcome.alerts = [self.alerts.write(pipe, article, outcome, rule, terms, placement)
                          for rule, terms in matches]
        development_alerts = [self.alerts.write(pipe, article, outcome, rule, [], placement, development=True)
                              for rule in developments]
        if placement and matches:
            pipe.sadd(self.keys.story_alerted(placement.story_id), *{rule.id for rule, _ in matches})
            pipe.expire(self.keys.story_alerted(placement.story_id), ttl)
        self._publish(pipe, article, outcome, outcome.event, outcome.alerts)
        if outcome.development:
            self._publish(pipe, article, outcome, "story_development", development_alerts)
        self._count(article, outcome.event, pipe)

    def _publish(self, pipe, article, outcome, kind, alerts):
        event = ArticleEvent(kind, outcome.article_id, outcome.version, article.to_message(), _now(),
                             diff=outcome.diff, duplicate_of=outcome.duplicate_of, alerts=alerts, story=outcome.story)
        pipe.xadd(self.keys.stream, event.to_stream_fields(), maxlen=self.config.stream_maxlen, approximate=True)

    def _count(self, article, event, pipe=None):
        """Count the outcome in the crawl's stats and the cluster metrics, on ``pipe`` or in one round trip."""
        if pipe is None:
            with self.redis.pipeline(transaction=False) as own:
                self._count(article, event, own)
                own.execute()
            return
        metric_store.add(pipe, self.keys, metric_store.ARTICLES_PROCESSED, (article.site, event))
        if article.crawl_id:
            key = self.keys.crawl_stats(article.crawl_id)
            pipe.hincrby(key, f"events/{event}", 1)
            pipe.expire(key, self.config.dedup_ttl)


def _now():
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")
