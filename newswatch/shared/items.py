"""The article message: produced by spiders, consumed by workers, read downstream.

Defined once here. Scrapy treats these dataclasses as items; the pipeline
sends ``Article.to_message()`` (plain JSON-able dict) through RQ, and workers
rebuild it with ``Article.from_message()``, which refuses messages of another
major schema version, of the wrong types or past the size bounds (MessageError
names why). Documented in docs/reference/messages.md.
"""

from dataclasses import dataclass, field, fields
from functools import cache

from newswatch.shared.errors import MessageError

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class RelatedLink:
    """One "Related News" entry: an edge of the related-news graph."""

    url: str
    title: str
    category: str | None = None
    date: str | None = None  # ISO date (YYYY-MM-DD), parsed in the site's day order


@dataclass
class Article:
    url: str
    site: str
    title: str
    body: list[str]
    canonical_url: str = ""
    original_url: str | None = None  # the page's rel=canonical on another site: the original it republishes
    summary: str = ""
    published_at: str | None = None  # ISO 8601
    modified_at: str | None = None
    source: str | None = None
    category: str | None = None
    topics: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    related: list[RelatedLink] = field(default_factory=list)
    fetched_at: str = ""
    crawl_id: str = ""
    rendered: bool = False  # True when the page went through Chromium
    syndication_partner: bool = False  # the seeds mark the site as republishing other outlets' articles
    schema_version: int = SCHEMA_VERSION

    def to_message(self):
        return plain(self)

    @classmethod
    def from_message(cls, message):
        if not isinstance(message, dict):
            raise MessageError(f"article message must be an object, got {type(message).__name__}")
        version = message.get("schema_version")
        if version != SCHEMA_VERSION:
            raise MessageError(f"unsupported schema_version {version!r} (this is {SCHEMA_VERSION})")
        known = {f.name for f in fields(cls)}
        missing = {"url", "site", "title", "body"} - message.keys()
        if missing:
            raise MessageError(f"article message lacks {', '.join(sorted(missing))}")
        values = {key: value for key, value in message.items() if key in known}
        _check_shape(values)
        values["related"] = [RelatedLink(**{k: link.get(k) for k in ("url", "title", "category", "date")})
                             for link in values.get("related", [])]
        return cls(**values)


def plain(value):
    """``dataclasses.asdict`` for what messages hold (dataclasses, lists, strings, numbers, None) at a quarter of its
    cost (it hands every string to copy.deepcopy)."""
    if isinstance(value, list):
        return [plain(entry) for entry in value]
    names = _field_names(type(value))
    return value if names is None else {name: plain(getattr(value, name)) for name in names}


@cache
def _field_names(kind):
    try:
        return tuple(f.name for f in fields(kind))
    except TypeError:  # not a dataclass
        return None


# Bounds of a message (characters, entries), far above any real article: a message past them
# is refused whole, with the reason, rather than let through to fill Redis or the stream.
MAX_CHARS = {"url": 4096, "canonical_url": 4096, "original_url": 4096, "site": 200, "title": 2000, "summary": 20_000,
             "published_at": 64, "modified_at": 64, "source": 500, "category": 500, "language": 35,
             "fetched_at": 64, "crawl_id": 200}
MAX_BODY_CHARS, MAX_ENTRIES = 8 * 1024 * 1024, 2000  # body: as much as a page may weigh
MAX_ENTRY_CHARS = 2000  # one topic, author, or related entry's field


def _check_shape(values):
    """Types and sizes of every field (MessageError names the first one wrong)."""
    for name, limit in MAX_CHARS.items():
        value = values.get(name)
        if value is not None and not isinstance(value, str):
            raise MessageError(f"{name} must be a string, not {type(value).__name__}")
        if value is not None and len(value) > limit:
            raise MessageError(f"{name} is {len(value)} characters long (at most {limit})")
    for name in ("body", "topics", "authors", "related"):
        value = values.get(name, [])
        if not isinstance(value, list) or len(value) > MAX_ENTRIES:
            raise MessageError(f"{name} must be a list of at most {MAX_ENTRIES} entries")
    for name in ("body", "topics", "authors"):
        if not all(isinstance(entry, str) for entry in values.get(name, [])):
            raise MessageError(f"{name} must hold strings only")
    for name in ("topics", "authors"):
        if any(len(entry) > MAX_ENTRY_CHARS for entry in values.get(name, [])):
            raise MessageError(f"an entry of {name} is over {MAX_ENTRY_CHARS} characters")
    if sum(map(len, values["body"])) > MAX_BODY_CHARS:
        raise MessageError(f"body is over {MAX_BODY_CHARS} characters")
    for link in values.get("related", []):
        _check_related(link)
    for name in ("rendered", "syndication_partner"):
        if not isinstance(values.get(name, False), bool):
            raise MessageError(f"{name} must be true or false")


def _check_related(link):
    if not isinstance(link, dict) or not all(isinstance(link.get(k), str) for k in ("url", "title")):
        raise MessageError("related entries must be objects with string url and title")
    if not all(link.get(k) is None or isinstance(link[k], str) for k in ("category", "date")):
        raise MessageError("a related entry's category and date must be strings or null")
    if any(len(link.get(k) or "") > MAX_ENTRY_CHARS * 2 for k in ("url", "title", "category", "date")):
        raise MessageError("a related entry is too long")


PAGE_STATUSES = ("removed", "moved")
GONE_HTTP = (404, 410)  # a page that is no more (confirmed on a later crawl before it is news)
MOVED_HTTP = (301, 308)  # a page that moved for good


@dataclass
class PageStatus:
    """What a refetch of an article page found instead of the page: it is gone (404/410) or moved for good
    (301/308 to ``new_url``). Sent on the article queue beside articles (``kind`` tells them apart); a worker
    decides whether it is news (workers.page_status)."""

    url: str
    site: str
    status: str  # removed or moved
    http_status: int
    identity: str = ""  # the page identity of ``url`` (newswatch.shared.urls): how workers find the article
    new_url: str | None = None
    fetched_at: str = ""
    crawl_id: str = ""
    kind: str = "page_status"
    schema_version: int = SCHEMA_VERSION

    def to_message(self):
        return plain(self)

    @classmethod
    def from_message(cls, message):
        if message.get("schema_version") != SCHEMA_VERSION:
            raise MessageError(f"unsupported schema_version {message.get('schema_version')!r}")
        known = {f.name for f in fields(cls)}
        values = {key: value for key, value in message.items() if key in known}
        if values.get("status") not in PAGE_STATUSES or not isinstance(values.get("http_status"), int):
            raise MessageError(f"a page status is one of {', '.join(PAGE_STATUSES)} with an HTTP status")
        for name in ("url", "site", "identity", "new_url", "fetched_at", "crawl_id"):
            value = values.get(name)
            if value is not None and (not isinstance(value, str) or len(value) > MAX_CHARS.get(name, 4096)):
                raise MessageError(f"{name} must be a string of at most {MAX_CHARS.get(name, 4096)} characters")
        return cls(**values)


def is_page_status(message):
    return isinstance(message, dict) and message.get("kind") == "page_status"
