"""The worker stage for one article: dedup, version check, story, alert rules, publish.

1. The same substance as the article's current version is ``unchanged``: nothing is written; nor
   is a version whose diff would show nothing (a date written with more or less precision).
2. Articles with the same body (one SET NX), or near-duplicates, are one story told at several
   URLs: the original is chosen by evidence, not arrival (workers.originals); the others are
   ``duplicate`` of it and raise no alert. An original that arrives after its copy demotes it:
   a ``repointed`` event names the copies, and each alert the copy raised gets a follow-up
   that links the original (an ``original`` alert) instead of a second alert.
3. A new article is placed in a story (workers.story_index); a new article on a story that
   already alerted is also a ``story_development``. An update whose only change is a date is
   published but alerts nobody: nothing a reader sees has changed. Lines the site prints on
   every article (a counter, "page generated at": workers.boilerplate) are no change at all.
4. One MULTI/EXEC under WATCH of the article's state writes the new state and version, the
   stream events, the alert records and their delivery jobs. A worker racing on the same
   article makes EXEC fail and re-reads, so each version, event and alert exists once, and
   a job retried after a crash finds its effects already there.
"""

from dataclasses import dataclass, field

from redis.exceptions import WatchError

from newswatch.shared import metric_store
from newswatch.shared.urls import page_identity
from workers.alerts import AlertWriter
from workers.boilerplate import SiteBoilerplate
from workers.diff import diff_versions, is_empty, without_paragraphs
from workers.events import ArticleEvent, now
from workers.first_crawls import FirstCrawls
from workers.fingerprints import article_id, content_fingerprint, id_for_url, substance, substance_fingerprint
from workers.job_policy import open_queue
from workers.near_duplicates import NearDuplicateIndex
from workers.originals import Originals, named_original
from workers.runtime import CANARY_RULE_ID, CANARY_SITE
from workers.stories import StoryConfig
from workers import version_records
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
        self.originals = Originals(connection, config.keys, self.near_duplicates, config.dedup_ttl)
        self.boilerplate = SiteBoilerplate(config.keys)
        self.first_crawls = FirstCrawls(connection, config.keys, config.alert_max_age)
        queue = open_queue(config.alert_queue, connection)
        self.alerts = AlertWriter(config, queue)
        self._stats_kept = set()  # crawls whose stats key had its TTL renewed by a write that went through
        self._shapes_kept = set()  # the same for sites' line-shape counts (workers.boilerplate)
        self._shapes_written = None  # the line-shape key the article being written counts in

    def process(self, article):
        self._shapes_written = None
        ident, fingerprint = article_id(article), substance_fingerprint(article)
        current, version, duplicate_of, gone = self.redis.hmget(self.keys.article(ident), "substance_fp", "version",
                                                                "duplicate_of", "gone_since")
        if gone is not None:  # it answered again: a page gone once is not gone (workers.page_status)
            self.redis.hdel(self.keys.article(ident), "gone_since", "gone_crawl")
        if current is not None and current.decode() == fingerprint:
            self._count(article, UNCHANGED)
            return Outcome(UNCHANGED, ident, int(version or 0), duplicate_of=(duplicate_of or b"").decode() or None)
        known = current is not None
        quiet = self.first_crawls.too_old_to_alert(article) and not known
        decision = self.originals.decide(article, ident, self.keys.content_owner(content_fingerprint(article)), known)
        placement = self.place(article, ident, decision, known)
        with self.redis.pipeline() as pipe:
            while True:
                try:
                    outcome = self._decide_and_write(pipe, article, ident, decision, fingerprint, placement,
                                                     was_copy=bool(duplicate_of), quiet=quiet)
                    break
                except WatchError:
                    continue
        self._stats_kept.add(article.crawl_id)
        if self._shapes_written:  # the very key written, whatever the week is now
            self._shapes_kept.add(self._shapes_written)
        return outcome

    def place(self, article, ident, decision, known):
        """The article's story: its own if known, its original's for a duplicate, its copy's for an original
        that demotes one, else placed now."""
        original = decision.original
        if known or original != ident or decision.demoted:
            holder = decision.demoted[0] if decision.demoted and not known else original
            placement = self.stories.follow(ident, holder)
            if placement is not None:
                return placement
        return self.stories.place(article, ident)

    def _decide_and_write(self, pipe, article, ident, decision, fingerprint, placement, was_copy, quiet):
        named = named_original(article, ident)
        self.alerts.begin()
        pipe.watch(self.keys.article(ident), self.keys.copy_claims(ident), *map(self.keys.article, decision.demoted),
                   *([self.keys.article(named)] if named else []))
        state = {k.decode(): v.decode() for k, v in pipe.hgetall(self.keys.article(ident)).items()}
        original, copies = self._settle_original(pipe, ident, decision, named, state, was_copy)
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
                outcome.diff = self._diff(pipe, article, ident)
                if outcome.diff is None:
                    return self._respelled(pipe, article, ident, fingerprint, version, state)
        matches, developments, follow_ups = self._alert_plan(article, outcome, placement, copies, quiet)
        pipe.multi()
        if quiet and outcome.event == "new":  # in the crawl's stats: what `newswatch crawl` and the demo report
            pipe.hincrby(self.keys.crawl_stats(article.crawl_id), "alerts/withheld_old", 1)
        self._write(pipe, article, outcome, fingerprint, matches, developments, placement, state, follow_ups)
        if copies:
            self._repoint(pipe, article, outcome, copies, follow_ups, placement)
        pipe.execute()
        self.alerts.went_through()
        return outcome

    def _settle_original(self, pipe, ident, decision, named, state, was_copy):
        """The original and the copies this article demotes, checked again under WATCH: the original a page
        names may have come meanwhile, or a copy naming this one, or its original may have demoted it."""
        original, demoted = decision.original, list(decision.demoted)
        if original == ident and named and pipe.hexists(self.keys.article(named), "version"):
            original = self.originals.resolve(named)
        elif original == ident and state.get("duplicate_of") and not was_copy:
            original = state["duplicate_of"]
        if original != ident:
            return original, {}
        demoted += [claim for claim in self.originals.claimants(pipe, ident) if claim not in demoted]
        return original, self.originals.still_originals(pipe, demoted)

    def _diff(self, pipe, article, ident):
        """What changed since the article's last version, the site's own lines left out; None when nothing."""
        previous = version_records.decode(pipe.lindex(self.keys.versions(ident), 0))
        changed = diff_versions(previous["substance"], substance(article))
        site_lines = self.boilerplate.lines_of_site(pipe, article.site,
                                                    changed["paragraphs_added"] + changed["paragraphs_removed"])
        diff = without_paragraphs(changed, site_lines)
        return None if is_empty(diff) else diff

    def _respelled(self, pipe, article, ident, fingerprint, version, state):
        """The same version, spelt differently: remember the spelling only."""
        pipe.multi()
        pipe.hset(self.keys.article(ident), "substance_fp", fingerprint)
        self._count(article, UNCHANGED, pipe)
        pipe.execute()
        return Outcome(UNCHANGED, ident, version, duplicate_of=state.get("duplicate_of") or None)

    def _alert_plan(self, article, outcome, placement, copies, quiet):
        """(rules matched, story developments, follow-ups {rule: copy URLs}) of this outcome. A rule that alerted
        on a copy this article demotes gets one follow-up naming the original, never a second alert. ``quiet``:
        old news found by its site's first crawl (workers.first_crawls), learned without alerting."""
        alerting = not quiet and (outcome.event == "new" or
                                  outcome.event == "update" and outcome.diff["kind"] != "date_only")
        followed = {}
        for url, rules in copies.values():
            for rule_id in rules:
                followed.setdefault(rule_id, []).append(url)
        follow_ups = {rule: followed[rule.id] for rule in self.rules if rule.id in followed}
        matches = [(rule, terms) for rule, terms in (self._matching_rules(article) if alerting else [])
                   if rule.id not in followed]
        developments = []
        if (outcome.event == "new" and not quiet and placement and placement.joined and placement.alerted_rules
                and not copies):
            matched = {rule.id for rule, _ in matches}
            developments = [rule for rule in self.rules if rule.id in placement.alerted_rules and rule.id not in matched]
            outcome.development = True
        return matches, developments, follow_ups

    def _repoint(self, pipe, article, outcome, copies, follow_ups, placement):
        """Copies first taken for originals become duplicates of this article; their alerts are followed up."""
        self.originals.repoint(pipe, copies, outcome.article_id, self.keys.content_owner(content_fingerprint(article)))
        alerts = [self.alerts.write(pipe, article, outcome, rule, [], placement, event="original", copy_urls=urls)
                  for rule, urls in follow_ups.items()]
        outcome.alerts += alerts
        event = ArticleEvent("repointed", outcome.article_id, outcome.version, article.to_message(), now(),
                             alerts=alerts, story=outcome.story, copies=sorted(copies))
        pipe.xadd(self.keys.stream, event.to_stream_fields())  # trimmed by workers.stream_trim

    def _matching_rules(self, article):
        """Rules whose terms the article has; the monitor's canary page answers to its own rule only."""
        canary = article.site == CANARY_SITE
        return [(rule, terms) for rule in self.rules
                if (rule.id == CANARY_RULE_ID) == canary and (terms := rule.matches(article))]

    def _write(self, pipe, article, outcome, fingerprint, matches, developments, placement, previous, follow_ups):
        ttl, ident = self.config.dedup_ttl, outcome.article_id
        alerted = set(filter(None, previous.get("alerted", "").split(","))) | {rule.id for rule, _ in matches}
        alerted |= {rule.id for rule in follow_ups}
        state = {"substance_fp": fingerprint, "version": outcome.version, "url": article.canonical_url,
                 "duplicate_of": outcome.duplicate_of or "", "alerted": ",".join(sorted(alerted))}
        pipe.hset(self.keys.article(ident), mapping=state)
        if "evidence" not in previous:  # else its TTL was renewed a moment ago (Originals.decide); gone: Redis wiped
            pipe.expire(self.keys.article(ident), ttl)
        identity = page_identity(article.url)
        if id_for_url(identity) != ident:  # fetched at another spelling of its canonical: remember which is which
            pipe.set(self.keys.page_article(id_for_url(identity)), ident, ex=ttl)
        if outcome.event == "new":
            self._shapes_written = self.boilerplate.record(pipe, article.site, article.body, kept=self._shapes_kept)
        if outcome.event != "duplicate":
            record = {"version": outcome.version, "substance": substance(article), "url": article.url,
                      "fetched_at": article.fetched_at, "substance_fp": fingerprint, "site": article.site,
                      "source": article.source or article.site,
                      "related": [[link.url, link.title] for link in article.related]}  # for the web view
            pipe.lpush(self.keys.versions(ident), version_records.encode(record))
            if outcome.version > self.config.max_versions:
                pipe.ltrim(self.keys.versions(ident), 0, self.config.max_versions - 1)
            pipe.expire(self.keys.versions(ident), ttl)
        outcome.alerts = [self.alerts.write(pipe, article, outcome, rule, terms, placement)
                          for rule, terms in matches]
        development_alerts = [self.alerts.write(pipe, article, outcome, rule, [], placement,
                                                event="story_development") for rule in developments]
        if placement and matches:
            pipe.sadd(self.keys.story_alerted(placement.story_id), *{rule.id for rule, _ in matches})
            pipe.expire(self.keys.story_alerted(placement.story_id), ttl)
        self._publish(pipe, article, outcome, outcome.event, outcome.alerts)
        if outcome.development:
            self._publish(pipe, article, outcome, "story_development", development_alerts)
        self._count(article, outcome.event, pipe)

    def _publish(self, pipe, article, outcome, kind, alerts):
        event = ArticleEvent(kind, outcome.article_id, outcome.version, article.to_message(), now(),
                             diff=outcome.diff, duplicate_of=outcome.duplicate_of, alerts=alerts, story=outcome.story)
        pipe.xadd(self.keys.stream, event.to_stream_fields())  # trimmed by workers.stream_trim

    def _count(self, article, event, pipe=None):
        """Count the outcome in the crawl's stats and the cluster metrics, on ``pipe`` or in one round trip."""
        if pipe is None:
            with self.redis.pipeline(transaction=False) as own:
                self._count(article, event, own)
                own.execute()
            self._stats_kept.add(article.crawl_id)
            return
        metric_store.add(pipe, self.keys, metric_store.ARTICLES_PROCESSED, (article.site, event))
        if article.crawl_id:
            key = self.keys.crawl_stats(article.crawl_id)
            pipe.hincrby(key, f"events/{event}", 1)
            if article.crawl_id not in self._stats_kept:  # once a job (its articles are mostly of one crawl)
                pipe.expire(key, self.config.dedup_ttl)

