"""What the news spider does with a listing's relatives: feeds, sitemaps, and feeds a WebSub hub pushed.

A feed or sitemap gives article links (followed through the frontier's seen set) and, with
NEWSWATCH_LASTMOD_REFETCH, the date each article last changed (crawler.frontier.lastmods); a sitemap index
gives sitemaps. What a listing or sitemap index leads to is remembered for a 304 to it to lead there
again (crawler.frontier.listing_memory). A feed advertising a WebSub hub is noted for the monitor
(crawler.frontier.websub_inbox), which hands back the feeds the hub pushes for a push round to read.

A mixin of crawler.spiders.news.NewsSpider, which supplies ``crawler``, ``sites``, ``site_for``,
``request_for``, ``revisit``, ``follow``, ``_site_links``, ``listing_memory``, ``lastmods`` and
``websub_inbox``.
"""

from urllib.parse import urljoin

import scrapy
from scrapy.http import TextResponse, XmlResponse
from scrapy.utils.sitemap import Sitemap

from crawler.frontier.source_polls import SOURCE
from crawler.frontier.store import KIND_FEED, KIND_LISTING, KIND_SITEMAP


class SourcePages:
    def parse_feed(self, response):
        if not isinstance(response, TextResponse):
            self.crawler.stats.inc_value("newswatch/skipped/not_a_feed")
            return
        selector = response.selector
        selector.remove_namespaces()
        links = selector.xpath("//item/link/text() | //entry/link[not(@rel) or @rel='alternate']/@href").getall()
        self.note_hub(response, selector)
        yield from self.follow(response, links)
        dated = [(entry.xpath("link/text() | link[not(@rel) or @rel='alternate']/@href").get(""),
                  entry.xpath("updated/text()").get()) for entry in selector.xpath("//item | //entry")]
        yield from self.refetch_moved_on(response, dated)

    def parse_sitemap(self, response):
        try:
            sitemap = Sitemap(response.body)
        except (ValueError, SyntaxError):
            self.crawler.stats.inc_value("newswatch/skipped/bad_sitemap")
            return
        entries = [entry for entry in sitemap if entry.get("loc")]  # read once: a Sitemap is an iterator
        locations = [entry["loc"] for entry in entries]
        if sitemap.type == "sitemapindex":
            site = self.sites[response.meta["site"]]
            children = [self.request_for(url, site, KIND_SITEMAP) for url in locations]
            self.remember_links(response, children)
            yield from children
        else:
            self.remember_links(response, [])  # leads to articles only: a 304 to it leads nowhere new
            yield from self.follow(response, locations)
            yield from self.refetch_moved_on(response, [(entry["loc"], entry.get("lastmod")) for entry in entries])

    def refetch_moved_on(self, response, dated):
        """Known articles whose sitemap or feed date (``dated``: (href, date text)) moved on: fetched again now."""
        if self.lastmods is None:
            return
        site, found = self.sites[response.meta["site"]], []
        for href, when in dated:
            found += [(url, when) for url, owner in self._site_links(response, [href])
                      if when and owner is site and site.is_article(url)]
        for url in self.lastmods.moved_on(site.name, found):
            self.crawler.stats.inc_value("newswatch/refetched/lastmod")
            request = self.revisit(url, site)
            request.meta[SOURCE] = response.url
            yield request

    def remember_links(self, response, requests):
        """The listings and sitemaps this page leads to, for a 304 to it to be followed as this read was."""
        if self.listing_memory is not None:
            self.listing_memory.remember(response.url, [(r.meta["kind"], r.url) for r in requests
                                                        if r.meta["kind"] in (KIND_LISTING, KIND_SITEMAP)])

    def links_remembered(self, request):
        """Requests for the listings and sitemaps a page answered 304 led to at its last full read."""
        depth = request.meta.get("depth", 0) + 1
        for kind, url in (self.listing_memory.recall(request.url) or []) if self.listing_memory else ():
            site = self.site_for(url)
            if site is None:
                continue
            if kind == KIND_SITEMAP:
                yield self.request_for(url, site, KIND_SITEMAP)
            elif depth <= site.max_depth:
                yield self.request_for(url, site, KIND_LISTING, depth=depth)

    def note_hub(self, response, selector):
        """A feed advertising a WebSub hub (``<atom:link rel="hub">``): noted for the monitor to subscribe."""
        hub = selector.xpath("//link[@rel='hub']/@href").get() if self.websub_inbox is not None else None
        if hub:
            topic = selector.xpath("//link[@rel='self']/@href").get() or response.url
            self.websub_inbox.note_hub(response.meta["site"], urljoin(response.url, topic.strip()),
                                       urljoin(response.url, hub.strip()))

    def pushed_feeds(self, site):
        """What the feeds a WebSub hub pushed since the last push round name, read as if fetched now."""
        for topic, body in self.websub_inbox.take(site.name) if self.websub_inbox is not None else ():
            self.crawler.stats.inc_value("newswatch/websub/pushed_feeds")
            request = scrapy.Request(topic, meta={"site": site.name, "kind": KIND_FEED})
            yield from self.parse_feed(XmlResponse(topic, body=body, request=request))
