import pytest

from crawler.urls import canonical_url, strip_tracking


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


def test_canonical_link_to_another_site_is_ignored():
    assert canonical_url("http://partner.test/story/a", "http://origin.test/news/a") == "http://partner.test/story/a"


def test_strip_tracking_keeps_other_parameters_in_order():
    assert strip_tracking("http://x.test/p?page=2&utm_campaign=c&q=maduro") == "http://x.test/p?page=2&q=maduro"
