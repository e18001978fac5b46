"""The base class every outlet of the heldout2 world derives from.

An outlet knows, for each edition, its articles and its site-wide lists, maps a request target
(path?query) to a Route, and renders a Route as a Response. The server (server.py) adds the
page cache, the validators, the 304s and the hit log; keygen.py builds the answer key from the
outlet's model and from the pages it renders.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import parse_qsl, urlsplit

from .common import Article


@dataclass
class Route:
    kind: str                 # article | variant | redirect | listing | feed | sitemap | robots | static | notfound | gone
    aid: str | None = None    # the article this target serves (article, variant, redirect to an article)
    location: str | None = None   # redirect target (absolute)
    status: int = 200
    info: dict = field(default_factory=dict)


@dataclass
class Response:
    status: int
    body: bytes
    ctype: str = "text/html; charset=utf-8"
    headers: dict = field(default_factory=dict)
    lastmod: datetime | None = None    # what the page says it last changed (edition 1 value)
    dynamic: bool = False              # changes on every request (JS shell counters): no cache, no validators


class Edition:
    def __init__(self, articles: list[Article], sitewide: list[str], **info):
        self.articles = {a.aid: a for a in articles}
        self.order = [a.aid for a in articles]           # newest first
        self.sitewide = sitewide                          # aids listed on every page
        self.info = info

    def sorted(self) -> list[Article]:
        return sorted(self.articles.values(), key=lambda a: a.published, reverse=True)


class Outlet:
    name = "outlet"
    cms = "?"
    language = "?"
    syndication_partner = False
    etag = True
    weak_etag = False
    last_modified = True

    def __init__(self, start: datetime, bases: dict[str, str]):
        self.start = start
        self.bases = bases
        self.base = bases[self.name]
        self._editions: dict[int, Edition] = {}
        self.model()

    # --- to be provided by each outlet ---
    def model(self) -> None:
        raise NotImplementedError

    def build(self, ed: int) -> Edition:
        raise NotImplementedError

    def route(self, ed: int, target: str) -> Route:
        raise NotImplementedError

    def render(self, ed: int, route: Route, target: str) -> Response:
        raise NotImplementedError

    def listing_targets(self, ed: int) -> list[str]:
        """Home, sections, feeds, sitemaps: every non-article page worth checking."""
        raise NotImplementedError

    def declared_variants(self, ed: int, a: Article) -> list[str]:
        """Targets (path?query) the outlet serves for article `a` besides its canonical page."""
        raise NotImplementedError

    def updated(self) -> list[str]:
        """aids whose substance changes in edition 2."""
        raise NotImplementedError

    def seeds(self) -> str:
        raise NotImplementedError

    # --- shared ---
    def edition(self, ed: int) -> Edition:
        if ed not in self._editions:
            self._editions[ed] = self.build(ed)
        return self._editions[ed]

    def url(self, path: str) -> str:
        return self.base + path

    def canonical_url(self, a: Article) -> str:
        return self.base + a.path

    @staticmethod
    def split(target: str) -> tuple[str, str, list[tuple[str, str]]]:
        parts = urlsplit(target)
        return parts.path or "/", parts.query, parse_qsl(parts.query, keep_blank_values=True)
