"""A site's article links are fetched in the site's own spelling and without its view parameters."""

import pytest

from crawler.frontier.site_conventions import SiteConventions, slash_of

WITH = ["http://x.test/news/a/", "http://x.test/news/b/", "http://x.test/news/c/"]
WITHOUT = ["http://x.test/news/d", "http://x.test/news/e", "http://x.test/news/f"]


@pytest.mark.parametrize(("url", "slash"), [
    ("http://x.test/news/a/", True), ("http://x.test/news/a", False), ("http://x.test/", None),
    ("http://x.test/nota.php?id=7", None), ("http://x.test/2026/12/slug.html", None),
])
def test_only_paths_without_a_query_or_file_name_have_a_spelling(url, slash):
    assert slash_of(url) is slash


def test_the_canonicals_of_the_sites_articles_set_its_spelling():
    conventions = SiteConventions()
    for url in WITH:
        conventions.learn_canonical("x", url)
    assert conventions.apply("x", "http://x.test/news/z") == "http://x.test/news/z/"
    assert conventions.apply("y", "http://y.test/news/z") == "http://y.test/news/z"  # another site's: its own


def test_until_then_links_are_fetched_as_written():
    conventions = SiteConventions()
    for url in WITH[:2]:
        conventions.learn_canonical("x", url)
    assert conventions.apply("x", "http://x.test/news/z") == "http://x.test/news/z"


def test_canonicals_that_disagree_set_nothing():
    conventions = SiteConventions()
    for url in WITH[:2] + WITHOUT[:2]:
        conventions.learn_canonical("x", url)
    assert conventions.apply("x", "http://x.test/news/z") == "http://x.test/news/z"


def test_a_variant_teaches_the_parameters_that_only_change_the_view():
    conventions = SiteConventions()
    conventions.learn_variant("x", "http://x.test/a/12-slug.html?layout=default&page=", "http://x.test/a/12-slug.html")
    assert conventions.apply("x", "http://x.test/a/13-other.html?layout=default&page=") == \
        "http://x.test/a/13-other.html"
    assert conventions.apply("x", "http://x.test/a/14-more.html?id=14") == "http://x.test/a/14-more.html?id=14"


def test_a_canonical_elsewhere_teaches_nothing():
    conventions = SiteConventions()
    conventions.learn_variant("x", "http://x.test/nota.php?id=7&print=yes", "http://x.test/news/seven")
    conventions.learn_variant("x", "http://x.test/index.php?id=7", "http://x.test/index.php?id=7&view=article")
    assert conventions.apply("x", "http://x.test/nota.php?id=8&print=yes") == "http://x.test/nota.php?id=8&print=yes"
