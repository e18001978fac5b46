"""Sites to crawl, read from TOML files in ``seeds/`` (format: docs/reference/seeds.md).

Every entry is validated at load time: a bad file fails the start with the
file, the site and the reason, never half-way through a crawl.
"""

import codecs
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from crawler.extraction.timezones import check_timezone
from crawler.security.address_policy import parse_networks
from newswatch.shared.errors import ConfigError

SELECTOR_FIELDS = frozenset({
    "title", "summary", "body", "published", "modified", "source", "category", "topics", "authors",
    "related", "related_url", "related_title", "related_category", "related_date",
})
RENDER_MODES = ("auto", "http", "playwright")
DATE_ORDERS = ("DMY", "MDY", "YMD")


@dataclass(frozen=True)
class SiteConfig:
    name: str
    base_url: str
    start_urls: tuple[str, ...]
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    allowed_domains: tuple[str, ...] = ()
    article_patterns: tuple[re.Pattern, ...] = ()
    listing_patterns: tuple[re.Pattern, ...] = ()
    max_depth: int = 5
    max_pages: int = 1000
    max_pagination: int = 20  # listing pages past this page number are traps
    archive_days: int = 31  # dated listing pages (calendars) older than this are traps
    rate: float = 2.0  # requests per second to one host, all processes together
    concurrency: int = 2  # requests in flight to one host, all processes together
    date_order: str | None = None  # None: by the page's language (crawler.extraction.dates.site_date_order)
    fallback_encoding: str = "cp1252"
    language: str | None = None
    timezone: str | None = None  # IANA zone of date-times the site writes without one (crawler.extraction.timezones)
    source: str | None = None
    render: str = "auto"  # auto: JS shells rendered in Chromium (crawler.extraction.shells); http: never; playwright: always
    playwright_patterns: tuple[re.Pattern, ...] = ()
    wait_for: str | None = None
    selectors: dict = field(default_factory=dict)
    # Monitoring (newswatch monitor): seconds between rounds, random extra delay, and the
    # silence that alerts (None: learned from the site's usual gap between new articles).
    interval: int | None = None
    jitter: int | None = None
    silence_after: int | None = None
    # Networks (CIDRs) this site's hosts may resolve to although the SSRF guard refuses them
    # by default (loopback, private, link-local...): see crawler.security.address_policy.
    allow_networks: tuple = ()
    # The site republishes other outlets' articles (a wire or syndication partner): where one of its
    # articles and another site's carry the same story, the other site's is the original.
    syndication_partner: bool = False

    def owns(self, url):
        """True for a URL on this site: a host of it, and the port of base_url where that names one (sites served
        side by side on one host, as test sites on loopback are)."""
        parts = urlsplit(url)
        port = urlsplit(self.base_url).port
        return parts.hostname in self.allowed_domains and (port is None or parts.port == port)

    def is_article(self, url):
        return _matches(self.article_patterns, url)

    def is_listing(self, url):
        return _matches(self.listing_patterns, url)

    def needs_browser(self, url):
        return self.render == "playwright" or _matches(self.playwright_patterns, url)


def _matches(patterns, url):
    parts = urlsplit(url)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    return any(pattern.search(target) for pattern in patterns)


def load_sites(paths, base_urls=None):
    """Every site of every file in ``paths``; ``base_urls`` maps site name to a replacement base URL."""
    sites = {}
    for path in map(Path, paths):
        for site in _load_file(path, base_urls or {}):
            if site.name in sites:
                raise ConfigError(path, f"site {site.name!r}", "name already used by another site")
            sites[site.name] = site
    if not sites:
        raise ConfigError(", ".join(map(str, paths)) or "(no seeds files)", None, "no [[site]] entries found")
    return sites


def _load_file(path, base_urls):
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(path, None, "file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, None, f"not valid TOML: {exc}") from None
    entries = data.get("site", [])
    if not isinstance(entries, list):
        raise ConfigError(path, None, "sites must be written as [[site]] tables")
    return [_site(path, index, entry, base_urls) for index, entry in enumerate(entries)]


def _site(path, index, entry, base_urls):
    name = entry.get("name")
    where = f"site {name!r}" if name else f"site #{index + 1}"
    try:
        return _build_site(entry, base_urls)
    except (KeyError, TypeError, ValueError, re.error) as exc:
        raise ConfigError(path, where, _reason(exc)) from None


def _patterns(entry, key):
    """The compiled regular expressions of ``key``; a bad one is named with its key."""
    compiled = []
    for pattern in entry.get(key, []):
        try:
            compiled.append(re.compile(pattern))
        except re.error as exc:
            raise ValueError(f"{key}: pattern {pattern!r} is not a regular expression: {exc}") from None
    return tuple(compiled)


def _reason(exc):
    return f"missing required key {exc}" if isinstance(exc, KeyError) else str(exc)


def _build_site(entry, base_urls):
    unknown = set(entry) - _KNOWN_KEYS
    if unknown:
        raise ValueError(f"unknown key(s) {', '.join(sorted(unknown))}")
    name = entry["name"]
    base_url = base_urls.get(name, entry["base_url"])
    if urlsplit(base_url).scheme not in ("http", "https") or not urlsplit(base_url).hostname:
        raise ValueError(f"base_url must be an http(s) URL, not {base_url!r}")
    render = entry.get("render", "auto")
    if render not in RENDER_MODES:
        raise ValueError(f"render must be one of {', '.join(RENDER_MODES)}, not {render!r}")
    date_order = entry.get("date_order")
    if date_order is not None and date_order not in DATE_ORDERS:
        raise ValueError(f"date_order must be one of {', '.join(DATE_ORDERS)}, not {date_order!r}")
    selectors = dict(entry.get("selectors", {}))
    if set(selectors) - SELECTOR_FIELDS:
        raise ValueError(f"unknown selector(s) {', '.join(sorted(set(selectors) - SELECTOR_FIELDS))}")
    absolute = lambda urls: tuple(urljoin(base_url, url) for url in urls)  # noqa: E731
    return SiteConfig(
        name=name,
        base_url=base_url,
        start_urls=absolute(entry.get("start_urls", ["/"])),
        feeds=absolute(entry.get("feeds", [])),
        sitemaps=absolute(entry.get("sitemaps", [])),
        allowed_domains=tuple(entry.get("allowed_domains", [urlsplit(base_url).hostname])),
        article_patterns=_patterns(entry, "article_patterns"),
        listing_patterns=_patterns(entry, "listing_patterns"),
        max_depth=_positive(entry.get("max_depth", 5), "max_depth"),
        max_pages=_positive(entry.get("max_pages", 1000), "max_pages"),
        max_pagination=_positive(entry.get("max_pagination", 20), "max_pagination"),
        archive_days=_positive(entry.get("archive_days", 31), "archive_days"),
        rate=_positive_number(entry.get("rate", 2.0), "rate"),
        concurrency=_positive(entry.get("concurrency", 2), "concurrency"),
        date_order=date_order,
        fallback_encoding=_encoding(entry.get("fallback_encoding", "cp1252")),
        language=entry.get("language"),
        timezone=check_timezone(entry["timezone"]) if entry.get("timezone") else None,
        source=entry.get("source"),
        render=render,
        playwright_patterns=_patterns(entry, "playwright_patterns"),
        wait_for=entry.get("wait_for"),
        selectors=selectors,
        interval=_optional(entry, "interval"),
        jitter=_optional(entry, "jitter", minimum=0),
        silence_after=_optional(entry, "silence_after"),
        allow_networks=_networks(entry.get("allow_networks", [])),
        syndication_partner=_flag(entry.get("syndication_partner", False), "syndication_partner"),
    )


def _flag(value, key):
    if not isinstance(value, bool):
        raise ValueError(f"{key} must be true or false, not {value!r}")
    return value


def _networks(values):
    if not isinstance(values, list):
        raise ValueError(f"allow_networks must be a list of CIDRs, not {values!r}")
    return parse_networks(values, "allow_networks")


def _encoding(name):
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise ValueError(f"fallback_encoding {name!r} is not an encoding Python knows") from None


def _positive_number(value, key):
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ValueError(f"{key} must be a positive number, not {value!r}")
    return float(value)


def _optional(entry, key, minimum=1):
    """An optional whole number of seconds, at least ``minimum``."""
    value = entry.get(key)
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < minimum):
        raise ValueError(f"{key} must be a whole number of seconds >= {minimum}, not {value!r}")
    return value


def _positive(value, key):
    if not isinstance(value, int) or value < 1:
        raise ValueError(f"{key} must be a positive integer, not {value!r}")
    return value


_KNOWN_KEYS = {
    "name", "base_url", "start_urls", "feeds", "sitemaps", "allowed_domains", "article_patterns",
    "listing_patterns", "max_depth", "max_pages", "max_pagination", "archive_days", "rate", "concurrency", "date_order", "fallback_encoding", "language", "timezone", "source", "render",
    "playwright_patterns", "wait_for", "selectors", "interval", "jitter", "silence_after", "allow_networks",
    "syndication_partner",
}
