"""The article message: produced by spiders, consumed by workers, read downstream.

Defined once here. Scrapy treats these dataclasses as items; the pipeline
sends ``Article.to_message()`` (plain JSON-able dict) through RQ, and workers
rebuild it with ``Article.from_message()``, which refuses messages of another
major schema version. Documented in the README ("Message format").
"""

from dataclasses import asdict, dataclass, field, fields

from crawler.errors import MessageError

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
    schema_version: int = SCHEMA_VERSION

    def to_message(self):
        return asdict(self)

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
        values["related"] = [RelatedLink(**link) for link in message.get("related", [])]
        return cls(**values)
