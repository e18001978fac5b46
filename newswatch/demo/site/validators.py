"""Validators (ETag, Last-Modified) of the demo site's article pages, and the conditional-GET decision.

Every page carries cosmetic noise that changes on each request, so validators are never
computed over the bytes sent: as a CMS derives them from the stored revision, the weak ETag
hashes what the page is made of (the article record, its related-news items, the URLs it
links with) and Last-Modified is the article's own last edit. Like most CMSes, Last-Modified
follows the article's own edits only; the ETag also changes when a related headline does.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from email.utils import format_datetime, parsedate_to_datetime

from newswatch.demo.site.model import DemoArticle

ENTITY_TAG = re.compile(r'(?:W/)?"[^"]*"')


def etag(art: DemoArticle, related: list, canonical: str, topic_base: str = "") -> str:
    """A weak ETag of the page's substance: equal whenever only the cosmetics differ."""
    digest = hashlib.sha1(repr((art, related, canonical, topic_base)).encode("utf-8")).hexdigest()[:20]
    return f'W/"{digest}"'


def last_modified(art: DemoArticle) -> dt.datetime:
    """The article's last edit (else its publication), at 08:00 UTC as its JSON-LD dates say."""
    return dt.datetime.combine(art.updated or art.published, dt.time(8), tzinfo=dt.timezone.utc)


def http_date(when: dt.datetime) -> str:
    return format_datetime(when, usegmt=True)


def _opaque(tag: str) -> str:
    return tag.removeprefix("W/")


def not_modified(etag_value: str, modified: dt.datetime | None, if_none_match: str | None,
                 if_modified_since: str | None) -> bool:
    """True when a GET carrying these conditions gets a 304 (RFC 9110 13.2.2).

    If-None-Match, when sent, decides alone (weak comparison); If-Modified-Since counts only
    without it, and an unparsable date is ignored.
    """
    if if_none_match is not None:
        if not etag_value:
            return False
        if if_none_match.strip() == "*":
            return True
        return _opaque(etag_value) in {_opaque(tag) for tag in ENTITY_TAG.findall(if_none_match)}
    if if_modified_since is None or modified is None:
        return False
    try:
        since = parsedate_to_datetime(if_modified_since)
    except (TypeError, ValueError):
        return False
    return since.tzinfo is not None and modified <= since
