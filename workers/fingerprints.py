"""Identities of an article: which page it is, what it says, what its substance is.

- ``article_id``: the canonical URL, hashed; the same page under any spelling.
- ``content_fingerprint``: the body text alone, folded; the same story at another URL.
- ``substance``: the fields whose change is an update (title, summary, body, dates);
  related lists, counters and page chrome are not part of it, and a date is its instant
  (the same time written in another zone is no change).
"""

import json

from workers.text import fold, instant, sha1

SUBSTANCE_FIELDS = ("title", "summary", "body", "published_at", "modified_at")
DATE_FIELDS = ("published_at", "modified_at")


def article_id(article):
    return id_for_url(article.canonical_url or article.url)


def id_for_url(canonical):
    """The article id of a canonical URL, also for pages not fetched yet (related-news targets)."""
    return sha1(canonical)[:24]


def content_fingerprint(article):
    return sha1("\n".join(fold(paragraph) for paragraph in article.body))


def substance(article):
    """The fields that make up a version, as stored with it."""
    return {name: getattr(article, name) for name in SUBSTANCE_FIELDS}


def substance_fingerprint(article):
    fields = substance(article)
    fields.update({name: instant(fields[name]) for name in DATE_FIELDS})
    folded = {name: [fold(p) for p in value] if isinstance(value, list) else fold(value or "")
              for name, value in fields.items()}
    return sha1(json.dumps(folded, sort_keys=True))
