"""The news spider: crawls the sites in seeds/ and yields one Article per article page.

It starts from each site's start URLs, feeds and sitemaps, follows listing
and article links (related-news links included) within the configured
sites, up to each site's depth; the shared frontier (crawler.frontier.scheduler)
keeps each URL once per crawl and each site within its page budget, across
every process. Pages matching a site's ``playwright_patterns`` (or every
page of a ``render = "playwright"`` site) are rendered in Chromium through
scrapy-playwright.

Settings read: NEWSWATCH_SEEDS, NEWSWATCH_BASE_URLS, NEWSWATCH_LASTMOD_REFETCH, NEWSWATCH_WEBSUB_LISTEN.
Spider arguments: ``site`` (one site name; all sites when omitted), ``max_depth``
and ``max_pages`` (replace every crawled site's own limits), ``pushed`` (a push round:
only the articles named by the feeds a WebSub hub pushed, crawler.spiders.source_pages).
Each round also fetches the site's articles due on the revisit schedule
(crawler.frontier.revisits), and, with NEWSWATCH_LASTMOD_REFETCH, the articles a sitemap's
``<lastmod>`` or a feed's ``<updated>`` says changed since (crawler.frontier.lastmods).
"""

from dataclasses import replace
from urllib.parse import urljoin

import scrapy
from scrapy.exceptions import CloseSpider
from scrapy.http import HtmlResponse
from scrapy_playwright.page import PageMethod

from crawler.frontier.conditional import NotModified
from newswatch.shared.connection import connect_from_settings
from crawler.extraction.encoding import with_site_encoding
from crawler.failures import failure_stat, is_error
from crawler.frontier.store import KIND_ARTICLE, KIND_FEED, KIND_LISTING, KIND_SITEMAP, crawl_name
from newswatch.shared.items import GONE_HTTP, MOVED_HTTP
from crawler.frontier.lastmods import Lastmods
from crawler.frontier.listing_memory import ListingMemory
from crawler.rendering import browser_available, check_browser, is_launch_failure
from newswatch.shared.redis_keys import RedisKeys
from crawler.seeds import load_sites
from crawler.frontier.traps import trap_reason
from crawler.frontier.site_conventions import SiteConventions
from crawler.frontier.source_polls import SOURCE, SOURCE_KINDS
from crawler.spiders.article_pages import ArticlePages
from crawler.spiders.source_pages import SourcePages
from newswatch.shared.urls import clean_url
from crawler.frontier.websub_inbox import WebSubInbox

PRIORITY = {KIND_SITEMAP: 30, KIND_FEED: 20, KIND_LISTING: 10, KIND_ARTICLE: 0}


class NewsSpider(ArticlePages, SourcePages, scrapy.Spider):
    name = "news"
    crawl_id = ""
    frontier = None  # the scheduler, once it has opened (it acks finished requests)
    can_render = False  # a browser is there for the JS shells of render = "auto" sites
    conventions = None  # crawler.frontier.site_conventions.SiteConventions, learned as pages come
    listing_memory = None  # crawler.frontier.listing_memory.ListingMemory, where pages are refetched conditionally
    lastmods = None  # crawler.frontier.lastmods.Lastmods, where sitemap and feed dates call for refetches
    websub_inbox = None  # crawler.frontier.websub_inbox.WebSubInbox, where the monitor takes WebSub subscriptions

    def __init__(self, site=None, max_depth=None, max_pages=None, pushed=None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.site_name, self.pushed = site, bool(pushed)
        self.limits = {name: _positive_int(name, value) for name, value in
                       (("max_depth", max_depth), ("max_pages", max_pages)) if value is not None}
        self.sites = {}
        self.conventions = SiteConventions()

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        sites = load_sites(settings.getlist("NEWSWATCH_SEEDS"), settings.getdict("NEWSWATCH_BASE_URLS"))
        if spider.site_name and spider.site_name not in sites:
            raise ValueError(f"unknown site {spider.site_name!r}; seeds define: {', '.join(sorted(sites))}")
        chosen = {spider.site_name: sites[spider.site_name]} if spider.site_name else sites
        spider.sites = {name: replace(site, **spider.limits) for name, site in chosen.items()}
        if any(site.render == "playwright" or site.playwright_patterns for site in spider.sites.values()):
            check_browser(settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS"))
            spider.can_render = True
        elif any(site.render == "auto" for site in spider.sites.values()):
            spider.can_render = browser_available(settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS"), spider.logger)
        spider.allowed_domains = sorted({d for s in spider.sites.values() for d in s.allowed_domains})
        if settings.getbool("NEWSWATCH_CONDITIONAL_REQUESTS") and settings.getbool("NEWSWATCH_CONDITIONAL_LISTINGS"):
            spider.listing_memory = ListingMemory(connect_from_settings(settings),
                                                  RedisKeys(settings.get("NEWSWATCH_KEY_PREFIX")),
                                                  settings.getint("NEWSWATCH_DEDUP_TTL"))
        if settings.getbool("NEWSWATCH_LASTMOD_REFETCH"):
            spider.lastmods = Lastmods(connect_from_settings(settings), RedisKeys(settings.get("NEWSWATCH_KEY_PREFIX")),
                                       settings.getint("NEWSWATCH_DEDUP_TTL"))
        if settings.get("NEWSWATCH_WEBSUB_LISTEN"):
            spider.websub_inbox = WebSubInbox(connect_from_settings(settings),
                                              RedisKeys(settings.get("NEWSWATCH_KEY_PREFIX")),
                                              settings.getint("NEWSWATCH_DEDUP_TTL"))
        return spider

    @property
    def crawl_name(self):
        """The frontier this process shares: one per site crawled alone, ``news`` for all sites."""
        return crawl_name(self.name, self.site_name)

    async def start(self):
        for site in self.sites.values():
            if self.pushed:  # a push round: only what the hub's feeds name, and the revisits due
                for request in self.pushed_feeds(site):
                    yield request
            else:
                for kind, urls in ((KIND_SITEMAP, site.sitemaps), (KIND_FEED, site.feeds),
                                   (KIND_LISTING, site.start_urls)):
                    for url in urls:
                        yield self.request_for(url, site, kind)
            for url in self.frontier.revisits_due(site.name) if self.frontier else ():
                yield self.revisit(url, site)

    def revisit(self, url, site):
        """A known article fetched again, whatever the seen set says."""
        request = self.request_for(url, site, KIND_ARTICLE)
        request.meta["revisit"] = True
        # a page we know that moved for good is news, not a hop to follow quietly (302/307 are followed)
        request.meta["handle_httpstatus_list"] = [*GONE_HTTP, *MOVED_HTTP]
        return request

    def site_for(self, url):
        return next((s for s in self.sites.values() if s.owns(url)), None)

    def request_for(self, url, site, kind, depth=None, browser=None):
        """A request for ``url``; ``browser`` (render in Chromium) is worked out from the site when None."""
        callback = {KIND_FEED: self.parse_feed, KIND_SITEMAP: self.parse_sitemap}.get(kind, self.parse_page)
        meta = {"site": site.name, "kind": kind}
        if depth is not None:
            meta["depth"] = depth
        if browser is None:
            browser = kind in (KIND_LISTING, KIND_ARTICLE) and site.needs_browser(url)
        if kind == KIND_ARTICLE:
            meta["handle_httpstatus_list"] = list(GONE_HTTP)  # a known article gone is news (workers.page_status)
        if browser:
            meta["playwright"] = True
            if site.wait_for:
                meta["playwright_page_methods"] = [PageMethod("wait_for_selector", site.wait_for, timeout=15_000)]
        return scrapy.Request(url, callback=callback, errback=self.on_error, meta=meta, priority=PRIORITY[kind])

    def frontier_entry(self, request):
        """The JSON-able form of a request in the shared frontier."""
        meta = request.meta
        entry = {"url": request.url, "site": meta["site"], "kind": meta["kind"], "depth": meta.get("depth", 0),
                 "priority": request.priority, "browser": bool(meta.get("playwright"))}
        if meta.get("canonical_hop"):
            entry["hop"] = True
        return entry

    def request_from_frontier(self, entry):
        site = self.sites[entry["site"]]
        request = self.request_for(entry["url"], site, entry["kind"], entry["depth"], entry.get("browser"))
        if entry.get("hop"):
            request.meta["canonical_hop"] = True
        return request

    def follow(self, response, urls):
        """Requests for article and listing links among ``urls``, within the sites and their depth; article links
        in their site's own spelling, without its view parameters (crawler.frontier.site_conventions)."""
        depth = response.meta.get("depth", 0) + 1
        source = response.url if response.meta.get("kind") in SOURCE_KINDS else None
        for url, site in self._site_links(response, urls):
            if depth > site.max_depth:
                self.crawler.stats.inc_value("newswatch/skipped/too_deep")
                continue
            if trap := trap_reason(url, site):
                self.crawler.stats.inc_value(f"newswatch/traps/{trap}")
                continue
            if site.is_article(url):
                respelled = self.conventions.apply(site.name, url)
                request = self.request_for(respelled if site.is_article(respelled) else url, site, KIND_ARTICLE)
                if source:
                    request.meta[SOURCE] = source  # what the source yielded (crawler.frontier.source_polls)
                yield request
            elif site.is_listing(url) and not self.pushed:  # a push round reads no listing
                yield self.request_for(url, site, KIND_LISTING)

    def _site_links(self, response, urls):
        """(clean URL, site) of each link to a crawled site; unreadable links counted."""
        for href in urls:
            try:
                url = clean_url(urljoin(response.url, href.strip()))
            except ValueError:  # e.g. "http://[broken/": one bad link must not lose the page
                self.crawler.stats.inc_value("newswatch/skipped/bad_link")
                continue
            if (site := self.site_for(url)) is not None:
                yield url, site

    def parse_page(self, response):
        if response.status in GONE_HTTP or response.status in MOVED_HTTP:
            yield from self.page_status(response, self.sites[response.meta["site"]])
            return
        if not isinstance(response, HtmlResponse):
            self.crawler.stats.inc_value("newswatch/skipped/not_html")
            self.logger.info("skipped %s: not an HTML page (%s)", response.url,
                             response.headers.get("Content-Type", b"?").decode("latin-1"))
            return
        site = self.sites[response.meta["site"]]
        response = with_site_encoding(response, site.fallback_encoding)
        # Links first: they are queued before the article is handed on (see FrontierAckMiddleware).
        followed = list(self.follow(response, response.css("a::attr(href)").getall()))
        if response.meta.get("kind") == KIND_LISTING:
            self.remember_links(response, followed)
        yield from followed
        if site.is_article(response.url):
            yield from self.article_page(response, site)

    def on_error(self, failure):
        # A listing or sitemap index unchanged (304) still leads where it led: those links are queued with
        # it (a process killed between this ack and their queueing loses them for this round only).
        remembered = []
        if failure.check(NotModified) and failure.request.meta.get("kind") in (KIND_LISTING, KIND_SITEMAP):
            remembered = list(self.links_remembered(failure.request))
        if self.frontier is not None:
            self.frontier.ack(failure.request)
        if is_launch_failure(failure):
            raise CloseSpider(f"browser_failed: {failure.value}")
        if stat := failure_stat(failure):  # every page given up on is counted with its reason
            self.crawler.stats.inc_value(stat)
        if not stat or not is_error(stat):  # robots.txt, offsite, HTTP 404, a 304: decided, not failed
            self.logger.info("not fetched %s: %s", failure.request.url, failure.getErrorMessage())
            return remembered
        self.crawler.stats.inc_value(f"newswatch/site_failed/{failure.request.meta.get('site', '')}")
        self.logger.warning("failed %s: %s", failure.request.url, failure.getErrorMessage())


def _positive_int(name, value):
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise ValueError(f"{name} must be a positive whole number, not {value!r}")
    return number
