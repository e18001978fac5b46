import re
from datetime import date

import pytest

from crawler.frontier.traps import trap_reason
from crawler.seeds import SiteConfig
from newswatch.shared.urls import strip_tracking

SITE = SiteConfig(name="s", base_url="http://x.test", start_urls=(), article_patterns=(re.compile("^/news/"),),
                  listing_patterns=(re.compile("^/(archive|list|section|category)"),), max_pagination=20,
                  archive_days=31)
TODAY = date(2026, 1, 15)


@pytest.mark.parametrize(("url", "reason"), [
    ("http://x.test/list?page=21", "pagination"),
    ("http://x.test/category/world/page/99/", "pagination"),
    ("http://x.test/archive/2026/01/17", "calendar"),          # two days ahead
    ("http://x.test/archive/2025/11/01", "calendar"),          # older than archive_days
    ("http://x.test/archive/2026/02/31", "calendar"),          # no such day
    ("http://x.test/section/a/section/a/section/a", "repeated_path"),
    ("http://x.test/" + "/".join("abcdefghijklmnop"), "path_too_deep"),
    ("http://x.test/list?q=" + "x" * 2100, "url_too_long"),
])
def test_trap_urls_are_refused_with_their_reason(url, reason):
    assert trap_reason(url, SITE, TODAY) == reason


@pytest.mark.parametrize("url", [
    "http://x.test/list?page=20",
    "http://x.test/archive/2026/01/14",
    "http://x.test/archive/2026/01",             # this month
    "http://x.test/news/2019/05/07/old-story",   # dated article URLs are fine: revisits decide
    "http://x.test/category/world",
])
def test_ordinary_urls_pass(url):
    assert trap_reason(url, SITE, TODAY) is None


@pytest.mark.parametrize(("url", "expected"), [
    ("http://x.test/list?page=2&PHPSESSID=abc", "http://x.test/list?page=2"),
    ("http://x.test/news/a;jsessionid=0AB12?x=1", "http://x.test/news/a?x=1"),
    ("http://x.test/news/a?sid=9f8e", "http://x.test/news/a"),
])
def test_session_ids_are_stripped_so_one_page_is_one_url(url, expected):
    assert strip_tracking(url) == expected
