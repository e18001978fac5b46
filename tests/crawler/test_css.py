import pytest
from parsel import Selector

from crawler.extraction.css import select, serialized
from crawler.extraction.fields import parse_html

PAGE = """<html><head><title>A title</title><meta name="description" content="About it"></head><body>
<h1 class="headline">Head<b>line</b></h1><div class="body"><p>One <a href="/a" rel="tag">link</a></p><p>Two</p></div>
<ul><li><a href="/b">B</a> <span>World</span></li><li>no link</li></ul></body></html>"""


@pytest.mark.parametrize("query", [
    "h1", "h1::text", "h1 *::text", "title::text", "meta[name=description]::attr(content)", "div.body p",
    "p, h1", "a::attr(href)", "li", "li a", "li::text", "nothing", "a[rel=tag]::text", "*",
])
def test_select_finds_what_parsel_finds(query):
    root = parse_html(PAGE)
    assert [serialized(node) for node in select(root, query)] == Selector(root=root).css(query).getall()


def test_inside_an_element_found_it_finds_what_parsel_finds():
    root = parse_html(PAGE)
    items, parsel_items = select(root, "li"), Selector(root=root).css("li")
    assert [[serialized(n) for n in select(item, "a::attr(href)")] for item in items] == \
        [item.css("a::attr(href)").getall() for item in parsel_items]


def test_a_string_found_holds_nothing_as_in_parsel():
    root = parse_html(PAGE)
    (text,) = select(root, "title::text")
    assert select(text, "*") == Selector(root=root).css("title::text")[0].css("*").getall() == []
