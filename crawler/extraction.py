"""Article fields from an HTML page: per-site CSS selectors first, then generic rules.

Each field is taken from the site's selector when one is configured and
matches; otherwise from page metadata (OpenGraph, JSON-LD, meta tags); the
body falls back to trafilatura's main-text extraction. Boilerplate outside
the chosen fields (counters, "most read" boxes, render stamps) never enters
an article, which is what keeps cosmetic changes from looking like updates.
"""

import json
import re
import warnings
from urllib.parse import urljoin

import trafilatura
from parsel import Selector

from crawler.dates import parse_date
from crawler.items import RelatedLink

BLOCKS = "p, h2, h3, h4, blockquote"
GENERIC_RELATED = "[class*=related-news] li, [class*=related-articles] li, [class*=related-posts] li"
_SPACES = re.compile(r"\s+")
_TITLE_SUFFIX = re.compile(r"\s+[|\u2013\u2014-]\s+[^|\u2013\u2014-]+$")


def clean(text):
    return _SPACES.sub(" ", text or "").strip()


def text_of(selection):
    """All text under a selection, whitespace collapsed."""
    return clean(" ".join(selection.css("::text").getall()))


def extract_fields(html, url, site):
    """A dict of Article fields (without url, site and crawl data) for one page."""
    page = Selector(text=html)
    meta = PageMetadata(page)
    pick = SelectorPicker(page, site.selectors)
    body = pick.blocks("body") or generic_body(html, url)
    return {
        "title": pick.text("title") or meta.title(),
        "summary": pick.text("summary") or meta.first("og:description", "description", "twitter:description"),
        "body": body,
        "published_at": parse_date(pick.text("published"), site.date_order) or meta.date("datePublished"),
        "modified_at": parse_date(pick.text("modified"), site.date_order) or meta.date("dateModified"),
        "source": pick.text("source") or site.source or meta.publisher(),
        "category": pick.text("category") or meta.first("article:section") or None,
        "topics": pick.texts("topics") or meta.all("article:tag"),
        "authors": pick.texts("authors") or meta.authors(),
        "language": clean(page.xpath("/html/@lang").get()) or site.language,
        "canonical_link": page.css("link[rel=canonical]::attr(href)").get(),
        "related": related_links(page, url, site),
    }


class SelectorPicker:
    """Reads the fields a site configured CSS selectors for; an unset field reads as empty."""

    def __init__(self, page, selectors):
        self.page, self.selectors = page, selectors

    def _select(self, name):
        query = self.selectors.get(name)
        return self.page.css(query) if query else []

    def text(self, name):
        return clean(" ".join(text_of(node) if _is_element(node) else node.get() for node in self._select(name)))

    def texts(self, name):
        return [value for value in (text_of(node) if _is_element(node) else clean(node.get())
                                    for node in self._select(name)) if value]

    def blocks(self, name):
        """Paragraphs and sub-headings under the selected containers, in page order."""
        return [value for container in self._select(name) for value in map(text_of, container.css(BLOCKS)) if value]


def _is_element(node):
    return not isinstance(node.root, str)


class PageMetadata:
    """OpenGraph, meta tags and JSON-LD of a page."""

    def __init__(self, page):
        self.page = page
        self.ld = list(_json_ld_objects(page))

    def first(self, *names):
        for name in names:
            value = self.page.xpath(f"//meta[@property='{name}' or @name='{name}']/@content").get()
            if clean(value):
                return clean(value)
        return ""

    def all(self, name):
        return [clean(v) for v in self.page.xpath(f"//meta[@property='{name}' or @name='{name}']/@content").getall()]

    def ld_value(self, key):
        return next((obj[key] for obj in self.ld if obj.get(key)), None)

    def title(self):
        title = self.first("og:title", "twitter:title") or clean(str(self.ld_value("headline") or ""))
        if not title:
            title = _TITLE_SUFFIX.sub("", clean(self.page.css("title::text").get()))
        return title or text_of(self.page.css("h1")[:1])

    def date(self, ld_key):
        meta_key = {"datePublished": "article:published_time", "dateModified": "article:modified_time"}[ld_key]
        return parse_date(self.first(meta_key) or str(self.ld_value(ld_key) or ""), "YMD")

    def publisher(self):
        publisher = self.ld_value("publisher")
        name = publisher.get("name") if isinstance(publisher, dict) else publisher
        return clean(str(name or "")) or self.first("og:site_name") or None

    def authors(self):
        author = self.ld_value("author") or []
        entries = author if isinstance(author, list) else [author]
        names = [entry.get("name") if isinstance(entry, dict) else entry for entry in entries]
        return [clean(str(name)) for name in names if name] or self.all("author")


def _json_ld_objects(page):
    for raw in page.css("script[type='application/ld+json']::text").getall():
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        for obj in data if isinstance(data, list) else [data]:
            if isinstance(obj, dict):
                yield from (o for o in obj.get("@graph", [obj]) if isinstance(o, dict))


def generic_body(html, url):
    """Main text by trafilatura, one paragraph a line."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)  # lxml truth-testing inside trafilatura
        text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False)
    return [clean(line) for line in (text or "").splitlines() if clean(line)]


def related_links(page, url, site):
    """The "Related News" entries: the related-news graph's edges out of this page."""
    selectors = site.selectors
    links = []
    for item in page.css(selectors.get("related", GENERIC_RELATED)):
        href = item.css(selectors.get("related_url", "a::attr(href)")).get()
        if not href:
            continue
        category = text_of(item.css(selectors["related_category"])) if "related_category" in selectors else ""
        date = text_of(item.css(selectors["related_date"])) if "related_date" in selectors else ""
        links.append(RelatedLink(
            url=_absolute(url, href),
            title=text_of(item.css(selectors.get("related_title", "a"))),
            category=category or None,
            date=parse_date(date, site.date_order) if date else None,
        ))
    return links


def _absolute(base, href):
    return urljoin(base, href.strip())
