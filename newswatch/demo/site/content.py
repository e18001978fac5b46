"""What the demo site publishes in each edition, how it is listed and linked: the tests' ground truth.

Edition 1 is the base content. Edition 2 edits one listed Maduro article (``EDITED_SLUG``), adds a new
listed one (``NEW_IN_EDITION_2_SLUG``) and lets the partner site syndicate ``SYNDICATED_SLUG``.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import deque
from dataclasses import replace

from newswatch.demo.site.model import DemoArticle, slugify
from newswatch.demo.site.stories import BASE_ARTICLES, misc, venezuela_extra

EDITIONS = (1, 2)
EDITED_SLUG = "us-forces-detain-maduro-caracas"
NEW_IN_EDITION_2_SLUG = venezuela_extra.NEW_ARTICLE.slug
SYNDICATED_SLUG = "trump-offered-maduro-exile-turkiye"
PARTNER_SLUG = misc.PARTNER_ARTICLE.slug
UNTITLED_SLUG = "untitled-brief"
SYNDICATION_QUERY = "utm_source=clashwire&utm_medium=syndication"
PARTNER_RELATED_QUERY = "utm_source=partner&utm_campaign=related"
HOME_SIZE = 15
FEED_SIZE = 10
MOST_READ_SIZE = 3

_ORDER = {a.slug: i for i, a in enumerate([*BASE_ARTICLES, venezuela_extra.NEW_ARTICLE])}


def check_edition(edition: int) -> int:
    if edition not in EDITIONS:
        raise ValueError(f"edition must be one of {EDITIONS}, got {edition!r}")
    return edition


@functools.cache
def _articles(edition: int) -> dict[str, DemoArticle]:
    arts = {a.slug: a for a in BASE_ARTICLES}
    if edition == 2:
        old = arts[EDITED_SLUG]
        heading, paragraphs = old.sections[-1]
        arts[EDITED_SLUG] = replace(
            old, title=venezuela_extra.EDITED_TITLE,
            sections=[*old.sections[:-1], (heading, [*paragraphs, venezuela_extra.EDIT_PARAGRAPH])],
            updated=dt.date.fromisoformat(venezuela_extra.EDIT_DATE))
        arts[NEW_IN_EDITION_2_SLUG] = venezuela_extra.NEW_ARTICLE
    return arts


def articles(edition: int = 1) -> dict[str, DemoArticle]:
    """Every main-site article of the edition (listed and hidden), by slug, in declaration order."""
    return dict(_articles(check_edition(edition)))


def listed(edition: int = 1) -> list[DemoArticle]:
    """Listed articles, newest first (ties broken by declaration order, so the order never varies)."""
    found = [a for a in _articles(check_edition(edition)).values() if a.listed]
    return sorted(found, key=lambda a: (-a.published.toordinal(), _ORDER[a.slug]))


def home_articles(edition: int = 1) -> list[DemoArticle]:
    return listed(edition)[:HOME_SIZE]


def feed_articles(edition: int = 1) -> list[DemoArticle]:
    return listed(edition)[:FEED_SIZE]


@functools.cache
def categories() -> dict[str, str]:
    """Category slug -> name, in order of first appearance."""
    return {slugify(a.category): a.category for a in BASE_ARTICLES}


def in_category(edition: int, category_slug: str) -> list[DemoArticle]:
    return [a for a in listed(edition) if slugify(a.category) == category_slug]


@functools.cache
def topics() -> dict[str, str]:
    """Topic slug -> name for every topic any article of any edition carries (so topic links never 404)."""
    every = [*_articles(1).values(), *_articles(2).values(), misc.PARTNER_ARTICLE]
    return {slugify(t): t for a in every for t in a.topics}


def with_topic(edition: int, topic_slug: str) -> list[DemoArticle]:
    return [a for a in listed(edition) if topic_slug in {slugify(t) for t in a.topics}]


def most_read(edition: int, counter: int) -> list[DemoArticle]:
    """Three listed articles picked by a request counter: rotates on every request, by design."""
    pool = listed(edition)
    return [pool[(counter + i) % len(pool)] for i in range(MOST_READ_SIZE)]


def syndicated_copy() -> DemoArticle:
    """The partner's copy: same headline, summary, body and date as the original, another source line."""
    return replace(_articles(2)[SYNDICATED_SLUG], source="Clash Report via Partner Daily")


def partner_articles(edition: int = 1) -> list[DemoArticle]:
    """The partner site's articles: its own story, plus the syndicated copy in edition 2."""
    own = [misc.PARTNER_ARTICLE]
    return own + [syndicated_copy()] if check_edition(edition) == 2 else own


def _graph(edition: int) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """Page -> linked pages, as the HTML, feed and sitemap link them (most-read links left out: they rotate)."""
    chrome = [("category", c) for c in categories()] + [("rss", ""), ("sitemap", ""), ("archive", "")]

    def arts(items):
        return [("article", a.slug) for a in items]

    graph = {("home", ""): chrome + arts(home_articles(edition)),
             ("rss", ""): arts(feed_articles(edition)),
             ("sitemap", ""): arts(listed(edition)),
             ("archive", ""): chrome}
    graph.update({("category", c): chrome + arts(in_category(edition, c)) for c in categories()})
    graph.update({("topic", t): chrome + arts(with_topic(edition, t)) for t in topics()})
    for a in _articles(edition).values():
        graph[("article", a.slug)] = (chrome + [("article", r) for r in a.related]
                                      + [("topic", slugify(t)) for t in a.topics])
    return graph


def link_depths(edition: int = 1) -> dict[str, int]:
    """Slug -> fewest links from the home page (depth 0) over listing, feed, sitemap and related links."""
    graph = _graph(check_edition(edition))
    depth = {("home", ""): 0}
    queue = deque(depth)
    while queue:
        node = queue.popleft()
        for target in graph.get(node, []):
            if target not in depth:
                depth[target] = depth[node] + 1
                queue.append(target)
    return {key: d for (kind, key), d in depth.items() if kind == "article"}
