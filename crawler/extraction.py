"""Article fields from an HTML page: per-site CSS selectors first, then generic rules.

Each field is taken from the site's selector when one is configured and
matches; otherwise from the generic path, which works on any news page:
metadata and datelines (``crawler.metadata``) and the main text
(``crawler.maintext``). Boilerplate outside the chosen fields (counters,
"most read" boxes, render stamps) never enters an article, which is what
keeps cosmetic changes from looking like updates.
"""

from urllib.parse import urljoin

import lxml.html
from lxml.etree import ParserError
from parsel import Selector

from crawler.dates import find_date, parse_date
from crawler.items import RelatedLink
from crawler.maintext import main_text
from crawler.metadata import PageMetadata, clean

BLOCKS = "p, h2, h3, h4, blockquote"
GENERIC_RELATED = "[class*=related-news] li, [class*=related-articles] li, [class*=related-posts] li"
# Headings of "related news" boxes on sites whose markup does not say "related".
RELATED_HEADINGS = frozenset({
    "related news", "related", "related stories", "related articles", "read more", "read also", "more on this story",
    "más noticias", "noticias relacionadas", "lire aussi", "sur le même sujet", "mehr zum thema", "leia também",
    "artigos relacionados", "leggi anche", "articoli correlati", "i̇lgili haberler", "ilgili haberler",
    "читайте также", "اقرأ أيضا", "أخبار ذات صلة", "関連記事", "相关新闻"})
HEADING_NODES = ("//h2 | //h3 | //h4 | //h5 | //b | //strong"
                 " | //*[contains(@class, 'title') or contains(@class, 'label')]")


def text_of(selection):
    """All text under a selection, whitespace collapsed."""
    return clean(" ".join(selection.css("::text").getall()))


def extract_fields(html, url, site):
    """A dict of Article fields (without url, site and crawl data) for one page."""
    tree = parse_html(html)
    page = Selector(root=tree)
    meta = PageMetadata(page, url, site.date_order, fallback_language=site.language)
    pick = SelectorPicker(page, site.selectors)
    title = pick.text("title") or meta.title
    return {
        "title": title,
        "summary": pick.text("summary") or meta.summary(),
        "body": pick.blocks("body") or main_text(tree, url, title),
        "published_at": parse_date(pick.text("published"), site.date_order) or meta.published(),
        "modified_at": parse_date(pick.text("modified"), site.date_order) or meta.modified(),
        "source": pick.text("source") or site.source or meta.publisher(),
        "category": pick.text("category") or meta.first("article:section") or None,
        "topics": pick.texts("topics") or meta.all("article:tag"),
        "authors": pick.texts("authors") or meta.authors(),
        "language": meta.language,
        "canonical_link": page.css("link[rel=canonical]::attr(href)").get(),
        "related": related_links(page, url, site, meta.language),
    }


def parse_html(html):
    """The lxml document for ``html`` (parsed as UTF-8 bytes, as parsel does); an empty one when there is none."""
    parser = lxml.html.HTMLParser(encoding="utf-8", huge_tree=True)
    try:
        return lxml.html.document_fromstring(html.replace("\x00", "").encode("utf-8", "replace"), parser=parser)
    except ParserError:
        return lxml.html.document_fromstring("<html><body></body></html>")


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


def related_links(page, url, site, language=None):
    """The "Related News" entries: the related-news graph's edges out of this page.

    Configured selectors read each part of an entry; without them, entries are the list items of a box whose
    class says "related" or whose heading does ("Lire aussi"), and a date written in an entry is read in the
    site's day order.
    """
    selectors = site.selectors
    if "related" in selectors:
        return [link for item in page.css(selectors["related"]) if (link := _configured_entry(item, url, site))]
    return [RelatedLink(url=_absolute(url, link.get("href")), title=clean(" ".join(link.itertext())),
                        date=find_date(clean(" ".join(entry.itertext())), site.date_order, language))
            for entry, link in _generic_related(page) if _absolute(url, link.get("href"))]


def _configured_entry(item, url, site):
    selectors = site.selectors
    href = item.css(selectors.get("related_url", "a::attr(href)")).get()
    if not href or not _absolute(url, href):
        return None
    category = text_of(item.css(selectors["related_category"])) if "related_category" in selectors else ""
    date = text_of(item.css(selectors["related_date"])) if "related_date" in selectors else ""
    return RelatedLink(
        url=_absolute(url, href),
        title=text_of(item.css(selectors.get("related_title", "a"))),
        category=category or None,
        date=parse_date(date, site.date_order) if date else None,
    )


def _generic_related(page):
    """(entry, link) elements: the list items of a box whose class says "related", else of a box headed so."""
    items = [(li.root, li.root.find(".//a[@href]")) for li in page.css(GENERIC_RELATED)]
    return [(entry, link) for entry, link in items if link is not None] or _headed_related(page)


def _headed_related(page):
    for heading in page.root.xpath(HEADING_NODES):
        if clean(" ".join(heading.itertext()))[:40].rstrip(" :").lower() not in RELATED_HEADINGS:
            continue
        for box in list(heading.iterancestors())[:2]:
            links = [a for a in box.iterdescendants("a") if a.get("href") and heading not in a.iterancestors()
                     and not a.get("href").startswith(("#", "javascript:"))]
            if links:
                return [(_entry(link, box), link) for link in links]
    return []


def _entry(link, box):
    """The largest element around ``link`` that holds no other link: its title, date and category."""
    entry = link
    while (parent := entry.getparent()) is not None and parent is not box and len(parent.xpath(".//a[@href]")) == 1:
        entry = parent
    return entry


def _absolute(base, href):
    """The absolute URL of a link; "" for a link no URL parser takes (e.g. "http://[broken/")."""
    try:
        return urljoin(base, href.strip())
    except ValueError:
        return ""
