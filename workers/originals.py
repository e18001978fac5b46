"""Which record of one story is the original: the evidence the pages give, not arrival order.

Two articles are one story when they carry the same body (exactly or nearly), or when
one page names the other as its canonical on another site. The original is, in order:
the one that does not name another page as its canonical (a page naming another is the
copy, whatever arrived first); the one not on a site the seeds mark as a syndication
partner; the one published earlier (the same day counts as a tie where a page gives no
time); then the one that arrived first. When an original arrives after its copy, the copy
is *demoted*: it becomes a duplicate of the original (workers.processing publishes a
``repointed`` event and follows up the alerts the copy raised). A page that names an
original not seen yet leaves a claim on it, so the original demotes it whenever it comes.
"""

from dataclasses import dataclass
from datetime import datetime, timezone

from workers.fingerprints import id_for_url

MAX_HOPS = 4  # copies of copies: how far an original is looked for


@dataclass(frozen=True)
class Evidence:
    names_other: bool  # the page names another page as its canonical
    partner: bool  # its site republishes others' articles
    published: str  # ISO 8601 as the page gives it, "" when unknown

    @classmethod
    def of(cls, article, ident):
        named = article.original_url and id_for_url(article.original_url) != ident
        return cls(bool(named), article.syndication_partner, article.published_at or "")

    def encode(self):
        return f"{int(self.names_other)}{int(self.partner)}{self.published}"

    @classmethod
    def decode(cls, raw):
        return cls(raw[:1] == "1", raw[1:2] == "1", raw[2:]) if raw else cls(False, False, "")

    def outranks(self, other):
        """True when this record is more surely the original than ``other`` (a tie keeps the first)."""
        if self.names_other != other.names_other:
            return other.names_other
        if self.partner != other.partner:
            return other.partner
        return _earlier(self.published, other.published)


def _earlier(date, other):
    if not date or not other:
        return bool(date) and not other  # a date beats no date
    if len(date) == 10 or len(other) == 10:  # a date alone: by day
        return date[:10] < other[:10]
    try:
        return _utc(date) < _utc(other)
    except ValueError:
        return False


def _utc(value):
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo is None else parsed.astimezone(timezone.utc).replace(tzinfo=None)


@dataclass
class Decision:
    original: str  # the article id of the original of this story
    demoted: list[str]  # earlier originals that are copies of this article from now on


class Originals:
    """Finds the original of an article among those already seen (see ArticleProcessor.process)."""

    def __init__(self, connection, keys, near_duplicates, ttl):
        self.redis, self.keys, self.near_duplicates, self.ttl = connection, keys, near_duplicates, ttl

    def decide(self, article, ident, content_key, known):
        # The evidence is in place before the article can be found by content, so a worker racing on
        # a copy of it weighs it rightly.
        state = self.keys.article(ident)
        with self.redis.pipeline(transaction=False) as pipe:
            pipe.hset(state, "evidence", Evidence.of(article, ident).encode()).expire(state, self.ttl).execute()
        named = id_for_url(article.original_url) if article.original_url else None
        if named == ident:
            named = None
        if named is not None and self.redis.hexists(self.keys.article(named), "version"):
            return Decision(self.resolve(named), [])
        if named is not None:
            with self.redis.pipeline(transaction=False) as pipe:
                pipe.sadd(self.keys.copy_claims(named), ident).expire(self.keys.copy_claims(named), self.ttl).execute()
        demoted = self._claimants(ident)
        candidate = self._same_content(article, ident, content_key, known)
        if candidate is None or candidate == ident or candidate in demoted:
            return Decision(ident, demoted)
        if named is None and Evidence.of(article, ident).outranks(self.evidence(candidate)):
            return Decision(ident, [*demoted, candidate])
        return Decision(candidate, [])

    def _same_content(self, article, ident, content_key, known):
        """The original of the first article with this body (exact, then near for an article not seen before)."""
        while not self.redis.set(content_key, ident, nx=True, ex=self.ttl):
            owner = self.redis.get(content_key)
            if owner is not None:
                return self.resolve(owner.decode())
        return None if known else self.resolve(self.near_duplicates.find_or_add(ident, article.body))

    def _claimants(self, ident):
        """Articles that named this one as their original before it came, and still stand as originals."""
        claims = [member.decode() for member in self.redis.smembers(self.keys.copy_claims(ident))]
        return [claim for claim in claims if claim != ident and self.resolve(claim) == claim]

    def resolve(self, ident):
        """The original ``ident`` is a copy of (itself when it is one); None stays None."""
        for _ in range(MAX_HOPS):
            if ident is None:
                return None
            parent = self.redis.hget(self.keys.article(ident), "duplicate_of")
            if not parent:
                return ident
            ident = parent.decode()
        return ident

    def evidence(self, ident):
        return Evidence.decode((self.redis.hget(self.keys.article(ident), "evidence") or b"").decode())
