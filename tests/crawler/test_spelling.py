"""A site's article links are fetched in the site's own spelling (trailing slash or not)."""

import pytest

from crawler.spelling import SiteSpelling, slash_of

WITH = ["http://x.test/news/a/", "http://x.test/news/b/", "http://x.test/news/c/"]
WITHOUT = ["http://x.test/news/d", "http://x.test/news/e", "http://x.test/news/f"]


@pytest.mark.parametrize(("url", "slash"), [
    ("http://x.test/news/a/", True), ("http://x.test/news/a", False), ("http://x.test/", None),
    ("http://x.test/nota.php?id=7", None), ("http://x.test/2026/12/slug.html", None),
])
def test_only_paths_without_a_query_or_file_name_have_a_spelling(url, slash):
    assert slash_of(url) is slash


def test_the_canonicals_of_the_sites_articles_set_its_spelling():
    spelling = SiteSpelling()
    for url in WITH:
        spelling.learn("x", url)
    assert spelling.apply("http://x.test/news/z", spelling.preferred("x")) == "http://x.test/news/z/"


def test_until_then_links_are_fetched_as_written():
    spelling = SiteSpelling()
    for url in WITH[:2]:
        spelling.learn("x", url)
    assert spelling.preferred("x") is None
    assert spelling.apply("http://x.test/news/z", None) == "http://x.test/news/z"


def test_canonicals_that_disagree_set_nothing():
    spelling = SiteSpelling()
    for url in WITH[:2] + WITHOUT[:2]:
        spelling.learn("x", url)
    assert spelling.preferred("x") is None
