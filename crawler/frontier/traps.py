"""Crawl traps: URLs that generate URLs without end, refused before they are queued.

Endless pagination ("page 9999"), calendars that link to the next day
forever, paths that repeat themselves (relative-link loops) and monster
URLs are bounded per site (``max_pagination``, ``archive_days`` in seeds).
Session ids are stripped with the other tracking parameters (newswatch.shared.urls).
"""

import re
from datetime import date, timedelta
from urllib.parse import parse_qsl, urlsplit

MAX_URL_LENGTH = 2048
MAX_PATH_SEGMENTS = 15
MAX_SEGMENT_REPEATS = 3
PAGE_PARAMS = frozenset({"page", "p", "pg", "paged", "pagenum", "page_no"})
_PAGE_IN_PATH = re.compile(r"/page/(\d+)(?:/|$)")
_DATE_IN_URL = re.compile(r"(?<!\d)(\d{4})[/-](\d{1,2})(?:[/-](\d{1,2}))?(?!\d)")


def trap_reason(url, site, today=None):
    """Why ``url`` looks like a crawl trap for ``site`` (a listing URL), or None."""
    if len(url) > MAX_URL_LENGTH:
        return "url_too_long"
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    if len(segments) > MAX_PATH_SEGMENTS:
        return "path_too_deep"
    if segments and max(segments.count(s) for s in segments) >= MAX_SEGMENT_REPEATS:
        return "repeated_path"
    if _page_number(parts) > site.max_pagination:
        return "pagination"
    if site.is_listing(url) and not site.is_article(url):
        return _calendar_reason(parts, site, today or date.today())
    return None


def _page_number(parts):
    numbers = [int(v) for k, v in parse_qsl(parts.query) if k.lower() in PAGE_PARAMS and v.isdigit()]
    numbers += [int(n) for n in _PAGE_IN_PATH.findall(parts.path)]
    return max(numbers, default=0)


def _calendar_reason(parts, site, today):
    for year, month, day in _DATE_IN_URL.findall(parts.path + "?" + parts.query):
        try:
            when = date(int(year), int(month), int(day or 1))
        except ValueError:
            return "calendar"
        if when > today + timedelta(days=1) or when < today - timedelta(days=site.archive_days + 31 * (not day)):
            return "calendar"
    return None
