"""Article fields from an HTML page: per-site CSS selectors first, then generic rules.

Each field is taken from the site's selector when one is configured and
matches; otherwise from the generic path, which works on any news page:
metadata and datelines (``crawler.extraction.metadata``) and the main text
(``crawler.extraction.maintext``). Boilerplate outside the chosen fields (counters,
"most read" boxes, render stamps) never enters an article, which is what
keeps cosmetic changes from looking like updates.
"""


import re

import lxml.html
from lxml.etree import Comment, ParserError, ProcessingInstruction, strip_elements
from parsel import Selector

from crawler.extraction.css import select
from crawler.extraction.dates import parse_date
from crawler.extraction.maintext import main_text
from crawler.extraction.metadata import PageMetadata, clean
from crawler.extraction.related import related_links
from crawler.extraction.timezones import localized, site_timezone

BLOCKS = "p, h2, h3, h4, blockquote"


def text_of(element):
    """All text under an lxml element, whitespace collapsed."""
    return clean(" ".join(select(element, "::text")))


def extract_fields(html, url, site):
    """A dict of Article fields (without url, site and crawl data) for one page."""
    tree = parse_html(html)
    page = Selector(root=tree)
    meta = PageMetadata(page, url, site.date_order, fallback_language=site.language, zone=site.timezone)
    pick = SelectorPicker(tree, site.selectors)
    title = pick.text("title") or meta.title
    zone = site_timezone(site.timezone, meta.language)
    return {
        "title": title,
        "summary": pick.text("summary") or meta.summary(),
        "body": pick.blocks("body") or main_text(tree, url, title),
        "published_at": localized(parse_date(pick.text("published"), meta.date_order) or meta.published(), zone),
        "modified_at": localized(parse_date(pick.text("modified"), meta.date_order) or meta.modified(), zone),
        "source": pick.text("source") or site.source or meta.publisher(),
        "category": pick.text("category") or meta.first("article:section") or None,
        "topics": pick.texts("topics") or meta.all("article:tag"),
        "authors": pick.texts("authors") or meta.authors(),
        "language": meta.language,
        "related": related_links(page, url, site, meta.language),
    }


# Invisible break points inside words (German and Dutch CMSs write them into long words): never text.
SOFT_HYPHEN = re.compile(r"\u00ad|&shy;|&#173;|&#x0*ad;", re.I)


def parse_html(html):
    """The lxml document for ``html`` (parsed as UTF-8 bytes, as parsel does); an empty one when there is none.
    Comments go at once, their text kept around them: React writes ``<!-- -->`` between the words of a
    sentence, and a comment node reaching the text step cut paragraphs or raised."""
    parser = lxml.html.HTMLParser(encoding="utf-8", huge_tree=True)
    try:
        text = SOFT_HYPHEN.sub("", html.replace("\x00", ""))
        tree = lxml.html.document_fromstring(text.encode("utf-8", "replace"), parser=parser)
    except ParserError:
        return lxml.html.document_fromstring("<html><body></body></html>")
    strip_elements(tree, Comment, ProcessingInstruction, with_tail=False)
    return tree


class SelectorPicker:
    """Reads the fields a site configured CSS selectors for; an unset field reads as empty. A selector may find
    elements (their text is read) or, with ``::text`` or ``::attr()``, strings (taken as they are)."""

    def __init__(self, root, selectors):
        self.root, self.selectors = root, selectors

    def _select(self, name):
        query = self.selectors.get(name)
        return select(self.root, query) if query else []

    def text(self, name):
        return clean(" ".join(node if isinstance(node, str) else text_of(node) for node in self._select(name)))

    def texts(self, name):
        return [value for value in (clean(node) if isinstance(node, str) else text_of(node)
                                    for node in self._select(name)) if value]

    def blocks(self, name):
        """Paragraphs and sub-headings under the selected containers, in page order."""
        return [value for container in self._select(name) for value in map(text_of, select(container, BLOCKS))
                if value]
