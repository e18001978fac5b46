"""Which record of one story is the original: the evidence the pages give, not arrival order.

Two articles are one story when they carry the same body (exactly or nearly), or when
one page names the other as its canonical on another site. The original is, in order:
the one that does not name another page as its canonical (a page naming another is the
copy, whatever arrived first); the one not on a site the seeds mark as a syndication
partner; the one published earlier (the same day counts as a tie where a page gives no
time); then the one that arrived first (a record written before evidence was kept is
never outranked). When an original arrives after its copy, the copy is *demoted*: it
becomes a duplicate of the original (workers.processing publishes a ``repointed`` event
and follows up the alerts the copy raised). A page that names an original not seen yet
leaves a claim on it, so the original demotes it whenever it comes; both sides check the
other inside their transaction (workers.processing), so the two racing cannot both stay
originals.

Settings read (by the caller): NEWSWATCH_DEDUP_TTL.
"""

from dataclasses import dataclass

from workers.fingerprints import id_for_url
from workers.text import earlier

MAX_HOPS = 4  # copies of copies: how far an original is looked for


@dataclass(frozen=True)
class Evidence:
    names_other: bool  # the page names another page as its canonical
    partner: bool  # its site republishes others' articles
    published: str  # ISO 8601 as the page gives it, "" when unknown

    @classmethod
    def of(cls, article, ident):
        return cls(named_original(article, ident) is not None, article.syndication_partner, article.published_at or "")

    def encode(self):
        return f"{int(self.names_other)}{int(self.partner)}{self.published}"

    @classmethod
    def decode(cls, raw):
        """The evidence stored; None for a record written before evidence was kept."""
        return cls(raw[:1] == "1", raw[1:2] == "1", raw[2:]) if raw else None

    def outranks(self, other):
        """True when this record is more surely the original than ``other`` (a tie, or no evidence of the
        other's, keeps the first)."""
        if other is None:
            return False
        if self.names_other != other.names_other:
            return other.names_other
        if self.partner != other.partner:
            return other.partner
        return earlier(self.published, other.published)


def named_original(article, ident):
    """The article id of the original a page names as its canonical on another site, or None."""
    named = id_for_url(article.original_url) if article.original_url else None
    return named if named != ident else None


@dataclass
class Decision:
    original: str  # the article id of the original of this story
    demoted: list[str]  # earlier originals that are copies of this article from now on


class Originals:
    """Finds the original of an article among those already seen (see ArticleProcessor.process)."""

    def __init__(self, connection, keys, near_duplicates, ttl):
        self.redis, self.keys, self.near_duplicates, self.ttl = connection, keys, near_duplicates, ttl

    def decide(self, article, ident, content_key, known):
        named = named_original(article, ident)
        named_published, claims, owned = self._register(article, ident, named, content_key)
        if named_published:
            return Decision(self.resolve(named), [])
        demoted = self._standing(claims, ident)
        candidate = self._same_content(article, ident, content_key, known, owned)
        if candidate is None or candidate == ident or candidate in demoted:
            return Decision(ident, demoted)
        if named is None and Evidence.of(article, ident).outranks(self.evidence(candidate)):
            return Decision(ident, [*demoted, candidate])
        return Decision(candidate, [])

    def _register(self, article, ident, named, content_key):
        """Put the article's evidence (and its claim on the original it names) in place before it can be found by
        content or by name, so a worker racing on a copy of it weighs it rightly; then read the claims on it, and
        claim its body when it names no original. One round trip. (named original published?, claims, body owned:
        None when not asked)"""
        with self.redis.pipeline(transaction=False) as pipe:
            pipe.hset(self.keys.article(ident), "evidence", Evidence.of(article, ident).encode())
            pipe.expire(self.keys.article(ident), self.ttl)
            if named is not None:
                pipe.sadd(self.keys.copy_claims(named), ident).expire(self.keys.copy_claims(named), self.ttl)
                pipe.hexists(self.keys.article(named), "version")
            pipe.smembers(self.keys.copy_claims(ident))
            if named is None:
                pipe.set(content_key, ident, nx=True, ex=self.ttl)
            replies = pipe.execute()
        if named is None:
            return False, replies[-2], bool(replies[-1])
        return bool(replies[-2]), replies[-1], None

    def _same_content(self, article, ident, content_key, known, owned):
        """The original of the first article with this body (exact, then near for an article not seen before).
        ``owned``: whether this article's SET NX of the body's key won, None when not sent yet."""
        if owned is None:
            owned = self.redis.set(content_key, ident, nx=True, ex=self.ttl)
        while not owned:
            owner = self.redis.get(content_key)
            if owner is not None:
                return self.resolve(owner.decode())
            owned = self.redis.set(content_key, ident, nx=True, ex=self.ttl)  # its owner expired meanwhile
        return None if known else self.resolve(self.near_duplicates.find_or_add(ident, article.body))

    def claimants(self, client, ident):
        """Articles that named this one as their original before it came, and still stand as originals."""
        return self._standing(client.smembers(self.keys.copy_claims(ident)), ident)

    def _standing(self, members, ident):
        claims = [member.decode() for member in members]
        return [claim for claim in claims if claim != ident and self.resolve(claim) == claim]

    def still_originals(self, client, idents):
        """Of ``idents``, those published and still originals: id -> (URL, rules that alerted on it)."""
        found = {}
        for ident in idents:
            url, alerted, duplicate_of, version = client.hmget(self.keys.article(ident), "url", "alerted",
                                                               "duplicate_of", "version")
            if version is not None and not duplicate_of:
                found[ident] = ((url or b"").decode(), set(filter(None, (alerted or b"").decode().split(","))))
        return found

    def repoint(self, pipe, copies, original, content_key):
        """On ``pipe``: ``copies`` become duplicates of ``original``, which owns the body from now on."""
        for ident in copies:
            pipe.hset(self.keys.article(ident), "duplicate_of", original)
            pipe.expire(self.keys.article(ident), self.ttl)
        pipe.set(content_key, original, ex=self.ttl)
        pipe.delete(self.keys.copy_claims(original))

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
