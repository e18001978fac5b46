"""Why a request ended without a page: each failure Scrapy's own middlewares really raise, and its stat."""

import gzip

import pytest
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.exceptions import DownloadTimeoutError, IgnoreRequest
from scrapy.http import Request, Response
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

from crawler.failures import failure_stat, is_error
from crawler.frontier.conditional import NotModified

URL = "http://127.0.0.1:1/a/page"


def failure_of(call):
    """The Failure of ``call()``, with the traceback it really raised."""
    try:
        call()
    except Exception:  # noqa: BLE001 - any failure is what is under test
        return Failure()
    pytest.fail("no failure raised")


def redirect(location, times=0):
    middleware = RedirectMiddleware.from_crawler(get_crawler())
    request = Request(URL, meta={"redirect_times": times, "redirect_ttl": 20 - times})
    response = Response(URL, status=302, headers={"Location": location}, request=request)
    return lambda: middleware.process_response(request, response)


def inflate(encoding, body, max_size):
    middleware = HttpCompressionMiddleware.from_crawler(get_crawler(settings_dict={"DOWNLOAD_MAXSIZE": max_size}))
    request = Request(URL)
    response = Response(URL, body=body, headers={"Content-Encoding": encoding}, request=request)
    return lambda: middleware.process_response(request, response)


def raise_(exception):
    def call():
        raise exception
    return call


@pytest.mark.parametrize(("case", "call", "stat"), [
    ("a redirect loop", redirect("/a/page", times=20), "newswatch/errors/too_many_redirects"),
    ("a redirect to mailto:", redirect("mailto:x@example.invalid"), "newswatch/errors/bad_redirect"),
    ("a redirect no URL parser takes", redirect("http://[broken/"), "newswatch/errors/bad_redirect"),
    ("a gzip bomb", inflate("gzip", gzip.compress(bytes(1 << 20)), 1000), "newswatch/errors/decompressed_too_large"),
    ("a broken gzip body", inflate("gzip", b"\x1f\x8b\x08\x00" + bytes(64) + b"\xff" * 64, 1000),
     "newswatch/errors/zlib.error"),
    ("a timeout", raise_(DownloadTimeoutError("took longer than 30 seconds")), "newswatch/errors/DownloadTimeoutError"),
    ("a 404", raise_(HttpError(Response(URL, status=404), "Ignoring non-200 response")), "newswatch/dropped/http_404"),
    ("robots.txt", raise_(IgnoreRequest("Forbidden by robots.txt")), "newswatch/skipped/robots_txt"),
    ("an offsite redirect", raise_(IgnoreRequest("Filtered offsite request to 'x.test'")), "newswatch/skipped/offsite"),
    ("any other refusal", raise_(IgnoreRequest("nope")), "newswatch/skipped/ignored"),
])
def test_each_failure_is_counted_under_its_reason(case, call, stat):
    assert failure_stat(failure_of(call)) == stat


def test_our_own_refusals_are_left_to_the_code_that_counts_them():
    assert failure_stat(failure_of(raise_(NotModified("not modified since the last fetch (304)")))) is None


def test_a_value_error_elsewhere_is_not_blamed_on_a_redirect():
    assert failure_stat(failure_of(raise_(ValueError("boom")))) == "newswatch/errors/ValueError"


@pytest.mark.parametrize(("stat", "error"), [
    ("newswatch/errors/too_many_redirects", True), ("newswatch/errors/zlib.error", True),
    ("newswatch/dropped/http_404", False), ("newswatch/skipped/robots_txt", False),
])
def test_only_failures_of_the_site_count_toward_its_error_rate(stat, error):
    assert is_error(stat) is error

