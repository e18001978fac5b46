"""The story index in Redis: places each new article in a story (see workers.stories).

Placement runs under one short lock and is idempotent: a retried job finds
its article already placed. Everything expires after NEWSWATCH_DEDUP_TTL.
"""

import logging
import time
from dataclasses import dataclass, field

from redis.exceptions import LockError

from workers.actions import carry_mute, story_root
from workers.fingerprints import id_for_url
from workers.stories import key_terms, overlap, related_ids

LOCK_SECONDS = 10
PLACEMENT_ATTEMPTS = 3
logger = logging.getLogger(__name__)


@dataclass
class Placement:
    story_id: str
    size: int  # articles in the story, this one included
    title: str  # the story's first headline
    joined: bool  # the story existed before this article
    alerted_rules: list[str] = field(default_factory=list)  # rules that alerted on the story before
    merged: list[str] = field(default_factory=list)  # stories merged into story_id by this article

    def summary(self):
        return {"id": self.story_id, "size": self.size, "title": self.title, "merged": self.merged}


class StoryIndex:
    def __init__(self, connection, keys, config):
        self.redis, self.keys, self.config = connection, keys, config

    def place(self, article, article_ident):
        """The story of a new article, creating or merging stories as its links and terms say.

        A lock lost meanwhile (Redis restarted without it, or away longer than the lock lives) may
        have let another worker in, and one not had in time (Redis away while it was asked for) was
        not had at all: the placement is done again under a new lock; it is idempotent, an article
        already placed keeping its story."""
        for attempt in range(PLACEMENT_ATTEMPTS):
            try:
                return self._place(article, article_ident)
            except LockError as exc:  # LockNotOwnedError too
                if attempt == PLACEMENT_ATTEMPTS - 1:
                    raise
                logger.warning("the story lock was lost or not had while placing article %s (%s; Redis away?): "
                               "placing it again", article_ident, exc)

    def _place(self, article, article_ident):
        with self.redis.lock(self.keys.story_lock, timeout=LOCK_SECONDS, blocking_timeout=LOCK_SECONDS):
            known = self.redis.get(self.keys.story_of(article_ident))
            if known is not None:
                return self.placement_of(self.root(known.decode()), joined=True)
            terms = key_terms(article)
            roots = self._linked_stories(article, article_ident, terms)
            self._remember(article, article_ident, terms)
            if not roots:
                return self._open(article, article_ident)
            return self._join(article_ident, roots)

    def root(self, story_id):
        """The story ``story_id`` was merged into, if it was."""
        return story_root(self.redis, self.keys, story_id)

    def follow(self, article_ident, story_id):
        """Place an article in a known story (a duplicate goes with its original), and list it there."""
        members = self.keys.story_articles(story_id)
        with self.redis.pipeline(transaction=False) as pipe:
            pipe.set(self.keys.story_of(article_ident), story_id, ex=self.config.ttl)
            pipe.zadd(members, {article_ident: int(time.time() * 1000)}, nx=True)
            pipe.expire(members, self.config.ttl)
            pipe.execute()

    def _linked_stories(self, article, article_ident, terms):
        neighbours = related_ids(article, id_for_url)
        neighbours |= {m.decode() for m in self.redis.smembers(self.keys.story_incoming(article_ident))}
        neighbours.discard(article_ident)
        roots = set()
        for neighbour in neighbours:
            story = self.redis.get(self.keys.story_of(neighbour))
            other = {k.decode(): int(v) for k, v in self.redis.hgetall(self.keys.story_terms(neighbour)).items()}
            if story is not None and overlap(terms, other) >= self.config.min_overlap:
                roots.add(self.root(story.decode()))
        return roots

    def _remember(self, article, article_ident, terms):
        ttl = self.config.ttl
        with self.redis.pipeline(transaction=False) as pipe:
            if terms:
                pipe.hset(self.keys.story_terms(article_ident), mapping=terms)
                pipe.expire(self.keys.story_terms(article_ident), ttl)
            for target in related_ids(article, id_for_url) - {article_ident}:
                pipe.sadd(self.keys.story_incoming(target), article_ident)
                pipe.expire(self.keys.story_incoming(target), ttl)
            pipe.execute()

    def _open(self, article, article_ident):
        story_id = f"st-{article_ident[:16]}"
        self.redis.hset(self.keys.story(story_id), mapping={"title": article.title, "size": 1,
                                                            "created_ms": int(time.time() * 1000)})
        self.redis.expire(self.keys.story(story_id), self.config.ttl)
        self.follow(article_ident, story_id)
        return Placement(story_id, 1, article.title, joined=False)

    def _join(self, article_ident, roots):
        created = {root: int(self.redis.hget(self.keys.story(root), "created_ms") or 0) for root in roots}
        survivor, *others = sorted(roots, key=lambda root: (created[root], root))
        for other in others:
            size = int(self.redis.hget(self.keys.story(other), "size") or 0)
            self.redis.hincrby(self.keys.story(survivor), "size", size)
            self.redis.hset(self.keys.story(other), "merged_into", survivor)
            carry_mute(self.redis, self.keys, other, survivor)
            self.redis.zunionstore(self.keys.story_articles(survivor),
                                   [self.keys.story_articles(survivor), self.keys.story_articles(other)],
                                   aggregate="MIN")
            alerted = self.redis.smembers(self.keys.story_alerted(other))
            if alerted:
                self.redis.sadd(self.keys.story_alerted(survivor), *alerted)
        self.redis.hincrby(self.keys.story(survivor), "size", 1)
        for key in (self.keys.story(survivor), self.keys.story_alerted(survivor)):
            self.redis.expire(key, self.config.ttl)
        self.follow(article_ident, survivor)
        placement = self.placement_of(survivor, joined=True)
        placement.merged = others
        return placement

    def placement_of(self, story_id, joined):
        """The story as it stands now."""
        story = {k.decode(): v.decode() for k, v in self.redis.hgetall(self.keys.story(story_id)).items()}
        alerted = sorted(m.decode() for m in self.redis.smembers(self.keys.story_alerted(story_id)))
        return Placement(story_id, int(story.get("size", 1)), story.get("title", ""), joined, alerted)

