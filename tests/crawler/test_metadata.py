"""crawler.extraction.metadata: what it may skip without changing what it finds."""

import lxml.html
import pytest
from trafilatura.xpaths import AUTHOR_XPATHS

from crawler.extraction.fields import parse_html
from newswatch.shared.settings import PROJECT_ROOT
from crawler.extraction.metadata import may_name_author

PAGES = sorted((PROJECT_ROOT / "tests").glob("**/*.html"))


@pytest.mark.parametrize("html", [
    "<p class='byline'>By Ana Ruiz</p>", "<span class='AuthorName'>Ana Ruiz</span>", "<div id='author'>Ana</div>",
    "<a rel='author' href='/ana'>Ana</a>", "<div data-component='Byline'>Ana</div>", "<author>Ana</author>",
    "<span itemprop='author name'>Ana</span>", "<p class='post-writer'>Ana</p>", "<div><rel>me</rel>Ana</div>",
])
def test_a_page_trafilatura_could_read_an_author_from_is_never_skipped(html):
    root = lxml.html.document_fromstring(f"<html><body><article>{html}<p>Text.</p></article></body></html>")
    assert any(query(root) for query in AUTHOR_XPATHS)
    assert may_name_author(root)


def test_no_test_page_is_skipped_where_trafilatura_finds_an_author_element():
    roots = {page.name: parse_html(page.read_text("utf-8", "replace")) for page in PAGES}
    skipped = [name for name, root in roots.items() if not may_name_author(root)]
    assert skipped  # the check does skip pages
    assert [name for name in skipped if any(query(roots[name]) for query in AUTHOR_XPATHS)] == []
