"""The demo site's validators: article pages answer conditional GETs as a CMS would, despite their noise."""

import datetime as dt
import urllib.error
import urllib.request
from collections import Counter

import pytest

from newswatch.demo.site import DemoSite
from newswatch.demo.site.validators import not_modified

OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))
ARTICLE = "/news/aleppo-clashes-renew-sdf-syrian-army"
MODIFIED = dt.datetime(2026, 1, 4, 8, tzinfo=dt.timezone.utc)


def fetch(url, **headers):
    """(status, headers, body) of a GET with ``headers`` (underscores for dashes)."""
    request = urllib.request.Request(url, headers={k.replace("_", "-"): v for k, v in headers.items()})
    try:
        with OPENER.open(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.headers, error.read()


@pytest.fixture
def edition_site():
    """A site of its own, so switching editions does not touch the shared one."""
    with DemoSite() as running:
        yield running


def test_an_article_sends_the_same_weak_etag_while_its_cosmetics_change(site):
    first, second = fetch(site.base_url + ARTICLE), fetch(site.base_url + ARTICLE)
    assert first[2] != second[2]  # render stamp, view counter, most-read box
    assert first[1]["ETag"] == second[1]["ETag"] and first[1]["ETag"].startswith('W/"')
    assert first[1]["Last-Modified"] == second[1]["Last-Modified"]


@pytest.mark.parametrize("validator", ["ETag", "Last-Modified"])
def test_a_conditional_get_of_an_unchanged_article_gets_a_bodiless_304(site, validator):
    _, headers, _ = fetch(site.base_url + ARTICLE)
    condition = {"ETag": "If_None_Match", "Last-Modified": "If_Modified_Since"}[validator]
    status, answer, body = fetch(site.base_url + ARTICLE, **{condition: headers[validator]})
    assert (status, body) == (304, b"")
    assert answer["ETag"] == headers["ETag"] and "Content-Length" not in answer


def test_the_edited_article_answers_its_old_etag_with_the_new_page(edition_site):
    url = edition_site.expected()["edited_url"]
    _, old, _ = fetch(url)
    edition_site.edition = 2
    status, new, body = fetch(url, If_None_Match=old["ETag"])
    assert status == 200 and b"Updated January 08, 2026" in body
    assert new["ETag"] != old["ETag"] and new["Last-Modified"] == "Thu, 08 Jan 2026 08:00:00 GMT"


def test_listings_carry_no_validators_and_are_always_sent_in_full(site):
    status, headers, _ = fetch(site.base_url + "/", If_None_Match="*")
    assert status == 200 and "ETag" not in headers and "Last-Modified" not in headers


def test_conditional_requests_and_304s_are_counted_per_page(site):
    _, headers, _ = fetch(site.base_url + ARTICLE)
    fetch(site.base_url + ARTICLE, If_None_Match=headers["ETag"])
    fetch(site.base_url + ARTICLE, If_None_Match='W/"another"')
    assert site.conditional_hits() == Counter({("main", ARTICLE): 2})
    assert site.not_modified_hits() == Counter({("main", ARTICLE): 1})
    site.reset_hits()
    assert site.conditional_hits() == site.not_modified_hits() == Counter()


@pytest.mark.parametrize(("if_none_match", "if_modified_since", "expected"), [
    ('W/"abc"', None, True),
    ('"abc"', None, True),  # If-None-Match compares weakly
    ('"x", W/"abc"', None, True),
    ("*", None, True),
    ('W/"abd"', None, False),
    ('W/"abd"', "Sun, 04 Jan 2026 08:00:00 GMT", False),  # If-None-Match decides alone
    (None, "Sun, 04 Jan 2026 08:00:00 GMT", True),
    (None, "Mon, 05 Jan 2026 00:00:00 GMT", True),
    (None, "Sat, 03 Jan 2026 23:59:59 GMT", False),
    (None, "not a date", False),
    (None, None, False),
])
def test_the_conditional_get_decision_follows_rfc_9110(if_none_match, if_modified_since, expected):
    assert not_modified('W/"abc"', MODIFIED, if_none_match, if_modified_since) is expected
