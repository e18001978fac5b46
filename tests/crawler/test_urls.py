"""URL identity: every spelling of one page is one fetch, one validator key, one article."""

import pytest

from newswatch.shared.urls import absolute_link, canonical_url, clean_url, original_url, page_identity, strip_tracking


@pytest.mark.parametrize(("url", "expected"), [
    ("http://127.0.0.1:8180/news/a?utm_source=x&utm_medium=y", "http://127.0.0.1:8180/news/a"),
    ("http://Example.COM/news/a?b=2&a=1#comments", "http://example.com/news/a?a=1&b=2"),
    ("http://example.com/news/a?fbclid=abc&id=7", "http://example.com/news/a?id=7"),
    ("http://example.com/news/caf%C3%A9", "http://example.com/news/caf%C3%A9"),
])
def test_canonical_url_strips_tracking_and_normalises(url, expected):
    assert canonical_url(url) == expected


def test_canonical_link_on_the_same_site_wins():
    assert canonical_url("http://example.com/amp/a?utm_source=t", "http://www.example.com/news/a") \
        == "http://www.example.com/news/a"


def test_canonical_link_to_another_site_is_ignored_but_names_the_original():
    assert canonical_url("http://partner.test/story/a", "http://origin.test/news/a") == "http://partner.test/story/a"
    assert original_url("http://partner.test/story/a", "http://origin.test/news/a?utm_source=wire") \
        == "http://origin.test/news/a"
    assert original_url("http://origin.test/news/a", "http://www.origin.test/news/a") is None
    assert original_url("http://origin.test/news/a", None) is None


def test_strip_tracking_keeps_other_parameters_in_order():
    assert strip_tracking("http://x.test/p?page=2&utm_campaign=c&q=maduro") == "http://x.test/p?page=2&q=maduro"


@pytest.mark.parametrize(("link", "fetched"), [
    # skip links and comment anchors are the page itself
    ("http://x.test/2026/12/06/slug/#content", "http://x.test/2026/12/06/slug/"),
    ("http://x.test/2026/12/06/slug/#comment-12", "http://x.test/2026/12/06/slug/"),
    # WordPress / Jetpack and comment links
    ("http://x.test/slug/?relatedposts_hit=1&relatedposts_origin=41&relatedposts_position=0", "http://x.test/slug/"),
    ("http://x.test/slug/?replytocom=12#respond", "http://x.test/slug/"),
    # share, referral and campaign parameters (courlan's list and ours)
    ("http://x.test/slug/?share=twitter&ref=homepage", "http://x.test/slug/"),
    ("http://x.test/slug?utm_source=rss&utm_medium=feed&mc_cid=9&_ga=2.1", "http://x.test/slug"),
    ("http://x.test/slug?xtor=RSS-1&igshid=abc&gclid=x", "http://x.test/slug"),
    # AMP and print views
    ("http://x.test/slug/amp/", "http://x.test/slug"),
    ("http://x.test/slug/?amp=1", "http://x.test/slug/"),
    ("http://x.test/slug/?amp", "http://x.test/slug/"),
    ("http://x.test/slug?outputType=amp", "http://x.test/slug"),
    ("http://x.test/amp/2026/slug", "http://x.test/2026/slug"),
    ("http://x.test/slug?print=1", "http://x.test/slug"),
    ("http://x.test/node/12/print", "http://x.test/node/12"),
    ("http://x.test/print/node/12", "http://x.test/node/12"),
    # host case and default ports
    ("HTTP://X.Test:80/News/A", "http://x.test/News/A"),
    ("https://x.test:443/a", "https://x.test/a"),
    ("http://x.test:8080/a", "http://x.test:8080/a"),
])
def test_a_link_is_fetched_without_fragment_tracking_or_view_marker(link, fetched):
    assert clean_url(link) == fetched


@pytest.mark.parametrize("kept", [
    "http://x.test/?p=123", "http://x.test/noticia.php?id=7&seccion=mundo", "http://x.test/list?page=2",
    "http://x.test/amplifier-review", "http://x.test/printing/news", "http://x.test/search?q=maduro",
])
def test_parameters_and_paths_that_name_a_page_are_kept(kept):
    assert clean_url(kept) == kept


@pytest.mark.parametrize("spellings", [
    ("http://x.test/2026/12/06/slug/", "http://x.test/2026/12/06/slug", "http://X.test/2026/12/06/slug/#main",
     "http://x.test/2026/12/06/slug/amp/", "http://x.test/2026/12/06/slug/?amp=1&utm_source=t"),
    ("http://x.test/a?b=2&a=1", "http://x.test/a?a=1&b=2", "http://x.test/a/?a=1&b=2&fbclid=z"),
])
def test_every_spelling_of_a_page_has_one_identity(spellings):
    assert len({page_identity(url) for url in spellings}) == 1


def test_different_pages_keep_different_identities():
    assert page_identity("http://x.test/?p=1") != page_identity("http://x.test/?p=2")
    assert page_identity("http://x.test/a") != page_identity("http://y.test/a")


def test_a_page_without_a_canonical_link_is_one_article_under_either_spelling():
    assert canonical_url("http://x.test/partners/a/") == canonical_url("http://x.test/partners/a") \
        == canonical_url("http://x.test/partners/a?utm_source=rail#top")


def test_a_declared_canonical_keeps_the_sites_spelling():
    assert canonical_url("http://x.test/a", "http://x.test/a/") == "http://x.test/a/"


@pytest.mark.parametrize(("link", "fetched"), [
    ("http://x.test/2026/12/slug.html?m=1", "http://x.test/2026/12/slug.html"),
    ("http://x.test/2026/12/slug.html?showComment=1733&m=0#c1733", "http://x.test/2026/12/slug.html"),
    ("http://x.test/a/12-slug.html?tmpl=component&print=1", "http://x.test/a/12-slug.html"),
    ("http://x.test/?m=202612", "http://x.test/?m=202612"),  # WordPress's month archive: a page of its own
])
def test_mobile_comment_and_popup_views_are_the_page(link, fetched):
    assert clean_url(link) == fetched


def test_a_joomla_print_link_is_the_article():
    assert clean_url("http://x.test/a/12-slug.html?tmpl=component&print=1&layout=default&page=") \
        == "http://x.test/a/12-slug.html"


@pytest.mark.parametrize("kept", [
    "http://x.test/news.php?12345", "http://x.test/article.php?cid=55", "http://x.test/view.php?uid=9",
    "http://x.test/gallery?gallery_id=4", "http://x.test/story?reference=7",
])
def test_parameters_that_name_the_page_are_never_taken_for_trackers(kept):
    assert clean_url(kept) == kept
    assert page_identity(kept) != page_identity(kept.split("?")[0])


@pytest.mark.parametrize("href", ["http://outlet.test:abc/x", "http://[::1/x", "  ", ""])
def test_a_link_no_parser_takes_has_no_url(href):
    assert absolute_link("http://x.test/news/a", href) is None


def test_a_link_is_made_absolute_and_clean():
    assert absolute_link("http://x.test/news/a", " ../b/?utm_source=x#c ") == "http://x.test/b/"


def test_a_redirect_to_https_www_or_a_trailing_slash_is_the_same_page_not_a_move():
    from newswatch.shared.urls import same_page
    assert same_page("http://news.test/a/b", "https://www.news.test/a/b/")
    assert same_page("https://news.test/a?utm_source=x", "https://news.test/a")
    assert not same_page("https://news.test/a", "https://news.test/americas/a")
    assert not same_page("https://news.test/a", "https://other.test/a")
