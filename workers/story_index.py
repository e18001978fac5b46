"""The story index in Redis: places each new article in a story (see workers.stories).

Placement is one Lua script (workers.story_scripts), atomic without a lock, and
idempotent: a retried job finds its article already placed. Everything expires
after NEWSWATCH_DEDUP_TTL.
"""

import time
from dataclasses import dataclass, field

from workers.actions import story_root
from workers.fingerprints import id_for_url
from workers.stories import key_terms, related_ids
from workers.story_scripts import PLACE


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
        self._script = connection.register_script(PLACE)
        templates = (keys.story_of, keys.story_terms, keys.story_incoming, keys.story, keys.story_articles,
                     keys.story_alerted, keys.story_muted, keys.legacy_story_terms)
        self._templates = [template("\0").replace("%", "%%").replace("\0", "%s") for template in templates]

    def place(self, article, article_ident):
        """The story of a new article, creating or merging stories as its links and terms say."""
        terms = key_terms(article)
        related = sorted(related_ids(article, id_for_url))
        return self._run("place", article_ident, article_ident, article.title,
                         [len(terms), *(x for pair in terms.items() for x in pair), len(related), *related])

    def follow(self, article_ident, holder):
        """Put an article in the story of ``holder`` (a duplicate goes with its original): that story's
        placement, or None when ``holder`` has no story."""
        return self._run("follow", article_ident, holder, "", [0, 0])

    def root(self, story_id):
        """The story ``story_id`` was merged into, if it was."""
        return story_root(self.redis, self.keys, story_id)

    def _run(self, mode, article_ident, holder, title, rest):
        reply = self._script(args=[*self._templates, self.keys.holds, mode, article_ident, holder,
                                   self.config.min_overlap, self.config.ttl, int(time.time() * 1000), title, *rest])
        if reply is None:
            return None
        story_id, size, story_title, joined, alerted, merged = reply
        return Placement(story_id.decode(), int(size), story_title.decode(), bool(joined),
                         sorted(rule.decode() for rule in alerted), [story.decode() for story in merged])

    def placement_of(self, story_id, joined):
        """The story as it stands now."""
        story = {k.decode(): v.decode() for k, v in self.redis.hgetall(self.keys.story(story_id)).items()}
        alerted = sorted(m.decode() for m in self.redis.smembers(self.keys.story_alerted(story_id)))
        return Placement(story_id, int(story.get("size", 1)), story.get("title", ""), joined, alerted)

