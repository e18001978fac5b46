"""An article that disappeared or moved: news for on-call staff and downstream services alike.

A refetch that finds a known article gone (404 or 410) is not news yet: pages vanish for a
minute in a CMS's hands. The first such answer is noted on the article (``gone_since``); a
gone answer in a *later* crawl confirms it, and only then is a ``removed`` event published and
each rule that had alerted on the article told ("retracted"). The page coming back in between
clears the note (workers.processing). A transient 5xx or a timeout never reaches here: they are
fetch failures, retried and counted, never a removal. A move for good (301/308 to another
article of the site) says what it is at once: a ``moved`` event with the new URL, and each rule
that had alerted on the article told ("moved"); the new URL is crawled as any article.

Each event and alert exists once: the article's state is changed under WATCH with the event and
alerts in one MULTI, and an article already marked removed or moved there is left alone.
"""

from dataclasses import dataclass

from redis.exceptions import WatchError

from newswatch.shared import metric_store
from newswatch.shared.items import Article
from workers.events import ArticleEvent, now
from workers import version_records
from workers.fingerprints import id_for_url
from workers.processing import Outcome

# What a rule that had alerted on the article is told, by page status.
ALERT_EVENTS = {"removed": "retracted", "moved": "moved"}


@dataclass
class StatusOutcome:
    event: str  # removed, moved, suspect (a first gone answer), unknown (not an article we know), known (done before)
    article_id: str
    alerts: tuple = ()


class PageStatuses:
    """Decides what a PageStatus is (noted, removed, moved, nothing), with the processor's rules, alert writer
    and story index, so that a removal is told as the article's other events are."""

    def __init__(self, processor):
        self.processor, self.redis, self.keys = processor, processor.redis, processor.keys

    def handle(self, status):
        page = id_for_url(status.identity or status.url)
        ident = (self.redis.get(self.keys.page_article(page)) or page.encode()).decode()
        with self.redis.pipeline() as pipe:
            while True:
                try:
                    return self._decide(pipe, status, ident)
                except WatchError:
                    continue

    def _decide(self, pipe, status, ident):
        key = self.keys.article(ident)
        pipe.watch(key)
        state = {k.decode(): v.decode() for k, v in pipe.hgetall(key).items()}
        if not state or state.get("duplicate_of"):
            pipe.unwatch()  # a dead link to a page we never had, or a copy (its original carries the story)
            self._count(status, "unknown")
            return StatusOutcome("unknown", ident)
        if state.get("removed_at") or state.get("moved_to"):
            pipe.unwatch()
            return StatusOutcome("known", ident)
        if status.status == "removed" and state.get("gone_crawl", status.crawl_id) == status.crawl_id:
            pipe.multi()  # the first gone answer (or another in the same crawl): noted, to confirm later
            pipe.hsetnx(key, "gone_since", status.fetched_at)
            pipe.hset(key, "gone_crawl", status.crawl_id)
            pipe.execute()
            self._count(status, "suspect")
            return StatusOutcome("suspect", ident)
        latest = self._latest_version(ident)
        article = self._article(status, latest, state.get("url") or status.identity)
        rules = [rule for rule in self.processor.rules if rule.id in state.get("alerted", "").split(",")]
        outcome = Outcome(ALERT_EVENTS[status.status], ident, int(state.get("version", 0)))
        pipe.multi()
        mark = {"removed_at": status.fetched_at} if status.status == "removed" else {"moved_to": status.new_url}
        pipe.hset(key, mapping=mark)
        pipe.zrem(self.keys.revisit_due(status.site), status.url)  # gone for good: no more revisits
        pipe.hdel(self.keys.revisit_steps(status.site), status.url)
        placement = self._placement(ident)
        alerts = [self.processor.alerts.write(pipe, article, outcome, rule, [], placement, event=outcome.event)
                  for rule in rules]
        gone = {"http_status": status.http_status, "since": state.get("gone_since") or status.fetched_at,
                "confirmed_at": status.fetched_at, "new_url": status.new_url}
        event = ArticleEvent(status.status, ident, outcome.version, article.to_message(), now(), alerts=alerts,
                             story=placement.summary() if placement else None, page=gone)
        pipe.xadd(self.keys.stream, event.to_stream_fields())
        metric_store.add(pipe, self.keys, metric_store.ARTICLES_PROCESSED, (status.site, status.status))
        pipe.execute()
        return StatusOutcome(status.status, ident, tuple(alerts))

    def _latest_version(self, ident):
        return version_records.decode(self.redis.lindex(self.keys.versions(ident), 0))

    def _article(self, status, latest, canonical):
        """The article as last seen (its headline and text are what readers know it by), at the URL that went or,
        when it moved, at its new address."""
        substance = (latest or {}).get("substance") or {}
        return Article(url=status.new_url or status.url, site=status.site, title=substance.get("title") or status.url,
                       body=substance.get("body") or ["(the text of this article is no longer stored)"],
                       canonical_url=canonical,
                       summary=substance.get("summary") or "", published_at=substance.get("published_at"),
                       modified_at=substance.get("modified_at"), source=(latest or {}).get("source"),
                       fetched_at=status.fetched_at, crawl_id=status.crawl_id)

    def _placement(self, ident):
        story = self.redis.get(self.keys.story_of(ident))
        if story is None:
            return None
        return self.processor.stories.placement_of(self.processor.stories.root(story.decode()), joined=True)

    def _count(self, status, what):
        if status.crawl_id:
            self.redis.hincrby(self.keys.crawl_stats(status.crawl_id), f"events/page_{what}", 1)


