"""Why a request ended without a page to parse: the crawl statistic that names the reason.

The spider's errback counts every such request under one key, so that each page the crawl
gave up on shows in ``newswatch status``:

    newswatch/errors/<Exception>       the fetch failed (timeouts, refused connections, bodies over
                                       DOWNLOAD_MAXSIZE: DownloadCancelledError, ...); these make
                                       a site's error rate
    newswatch/errors/too_many_redirects       a redirect loop or an endless chain (REDIRECT_MAX_TIMES)
    newswatch/errors/bad_redirect             a redirect to an address no request can be made for
    newswatch/errors/decompressed_too_large   a compressed body inflating past DOWNLOAD_MAXSIZE (a bomb)
    newswatch/dropped/http_<status>    the server answered an error status (after retries for 5xx)
    newswatch/skipped/robots_txt       robots.txt forbids the page
    newswatch/skipped/offsite          a redirect left the crawled sites
    newswatch/skipped/ignored          any other request a middleware refused

Scrapy reports the IgnoreRequest cases only in its log; these keys count them. Our own
refusals, subclasses of IgnoreRequest (a 304: crawler.frontier.conditional.NotModified, an address the
SSRF guard refuses), are counted where they are decided, not here.
"""

import traceback

from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError

ERRORS = "newswatch/errors/"
# What Scrapy's middlewares say when they refuse a request (scrapy.downloadermiddlewares).
_REFUSALS = (
    ("max redirections reached", ERRORS + "too_many_redirects"),
    ("exceeded DOWNLOAD_MAXSIZE", ERRORS + "decompressed_too_large"),
    ("Forbidden by robots.txt", "newswatch/skipped/robots_txt"),
    ("Filtered offsite request", "newswatch/skipped/offsite"),
)


def failure_stat(failure):
    """The stat key naming why ``failure`` (an errback's Failure) ended its request; None when counted elsewhere."""
    if failure.check(HttpError):
        return f"newswatch/dropped/http_{failure.value.response.status}"
    if failure.type is IgnoreRequest:
        message = failure.getErrorMessage()
        return next((stat for words, stat in _REFUSALS if words in message), "newswatch/skipped/ignored")
    if failure.check(IgnoreRequest):
        return None
    if failure.check(ValueError) and _raised_in(failure, "redirect.py"):
        return ERRORS + "bad_redirect"  # "Missing scheme in request url: mailto:...", "Invalid IPv6 URL"
    name = failure.type.__name__
    # zlib.error and its kind say nothing without their module
    return ERRORS + (name if name[:1].isupper() else f"{failure.type.__module__}.{name}")


def _raised_in(failure, filename):
    return any(frame.filename.endswith(filename) for frame in traceback.extract_tb(failure.getTracebackObject()))


def is_error(stat):
    """True for the reasons that are the site's failure (they count toward its error rate)."""
    return stat.startswith(ERRORS)
