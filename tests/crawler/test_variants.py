"""Which article a fetched page is: its canonical page, its other spellings, the original it copies."""

import re

import pytest
from scrapy.http import HtmlResponse, Request

from crawler.extraction.variants import identify
from crawler.seeds import SiteConfig

SITE = SiteConfig(name="x", base_url="http://x.test", start_urls=(), article_patterns=(re.compile("^/news/"),))


def page(url, head):
    return HtmlResponse(url, body=f"<html><head>{head}</head><body><p>Text.</p></body></html>".encode(),
                        encoding="utf-8", request=Request(url))


def test_a_page_whose_canonical_is_another_article_page_is_a_variant_of_it():
    # e.g. an AMP or print view in a form the link cleaning does not know, or an old URL
    identity = identify(page("http://x.test/news/a-old?platform=lite", "<link rel=canonical href='/news/a/'>"), SITE)
    assert identity.is_variant and identity.canonical == "http://x.test/news/a/"


def test_a_spelling_of_the_canonical_itself_is_not_a_variant():
    identity = identify(page("http://x.test/news/a", "<link rel=canonical href='/news/a/'>"), SITE)
    assert not identity.is_variant and identity.canonical == "http://x.test/news/a/"


def test_a_canonical_page_marks_its_shortlink_and_amp_page_as_its_spellings():
    identity = identify(page("http://x.test/news/a/", "<link rel=canonical href='/news/a/'>"
                             "<link rel=shortlink href='/?p=41'><link rel=amphtml href='/news/a/amp/'>"), SITE)
    assert not identity.is_variant
    assert identity.spellings == ("http://x.test/?p=41",)  # the AMP page's identity is the page's own


@pytest.mark.parametrize("head", ["<link rel=canonical href='/'>", "<link rel=canonical href='/category/world/'>"])
def test_a_canonical_that_is_not_an_article_page_is_not_trusted(head):
    identity = identify(page("http://x.test/news/a", head), SITE)
    assert identity.canonical is None and not identity.is_variant


def test_a_canonical_on_another_site_names_the_original():
    identity = identify(page("http://wire.test/news/a", "<link rel=canonical href='http://x.test/news/b?utm_source=w'>"),
                        SITE)
    assert identity.original == "http://x.test/news/b" and identity.canonical is None


@pytest.mark.parametrize("href", ["https://other.test:abc/x", "http://[broken/", ""])
def test_a_malformed_canonical_is_no_canonical(href):
    identity = identify(page("http://x.test/news/a", f"<link rel=canonical href='{href}'>"), SITE)
    assert (identity.canonical, identity.original) == (None, None)
