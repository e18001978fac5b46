"""The processed-article event that downstream services read from the Redis Stream.

Each stream entry has three fields: ``event`` (new, update, duplicate, story_development, repointed,
removed, moved),
``schema_version`` and ``data``, the JSON of ``ArticleEvent.to_message()``.
Documented in docs/reference/messages.md.
"""

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone

from newswatch.shared.errors import MessageError
from newswatch.shared.items import SCHEMA_VERSION

EVENT_KINDS = ("new", "update", "duplicate", "story_development", "repointed", "removed", "moved")


@dataclass
class ArticleEvent:
    event: str
    article_id: str
    version: int
    article: dict  # the article message (newswatch.shared.items.Article.to_message())
    processed_at: str
    diff: dict | None = None  # for "update": workers.diff.diff_versions()
    duplicate_of: str | None = None  # for "duplicate": article_id of the first copy seen
    alerts: list[str] = field(default_factory=list)  # ids of the alerts raised by this event
    story: dict | None = None  # {"id", "size", "title", "merged"}: the story the article belongs to
    copies: list[str] = field(default_factory=list)  # for "repointed": ids first taken for originals, now copies
    page: dict | None = None  # for "removed"/"moved": {"http_status", "since", "confirmed_at", "new_url"}
    schema_version: int = SCHEMA_VERSION

    def __post_init__(self):
        if self.event not in EVENT_KINDS:
            raise MessageError(f"unknown event kind {self.event!r}")

    def to_message(self):
        return asdict(self)

    def to_stream_fields(self):
        return {"event": self.event, "schema_version": str(self.schema_version),
                "data": json.dumps(self.to_message(), ensure_ascii=False)}

    @classmethod
    def from_stream_fields(cls, fields):
        fields = {_text(k): _text(v) for k, v in fields.items()}
        if fields.get("schema_version") != str(SCHEMA_VERSION):
            raise MessageError(f"unsupported schema_version {fields.get('schema_version')!r}")
        return cls(**json.loads(fields["data"]))


def _text(value):
    return value.decode("utf-8") if isinstance(value, bytes) else value


def now():
    """``processed_at`` of an event published now: ISO 8601, UTC, to the millisecond."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")
