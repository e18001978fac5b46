"""What the news spider does with an article page: a variant fetches its canonical, a JS shell is
rendered (or dropped), any other page gives its Article.

A mixin of crawler.spiders.news.NewsSpider, which supplies ``crawler``, ``frontier``,
``crawl_id``, ``can_render``, ``conventions`` and ``request_for``.
"""

import sys
from datetime import datetime, timezone
from urllib.parse import urljoin

from crawler.extraction.fields import extract_fields
from crawler.extraction.shells import is_shell, render_request
from crawler.extraction.variants import identify
from crawler.frontier.store import KIND_ARTICLE
from newswatch.shared.items import MOVED_HTTP, Article, PageStatus
from newswatch.shared.sentry import report_exception
from newswatch.shared.urls import canonical_url, clean_url, page_identity, same_page


class ArticlePages:
    def page_status(self, response, site):
        """A PageStatus for an article page found gone (404/410), or moved for good (301/308) to another article
        of the site, which is then fetched; a move anywhere else (the home page, a section) is a removal, and a
        permanent redirect to the same page (a slash added, https, www) is only followed."""
        status, new_url, depth = "removed", None, response.meta.get("depth", 0)
        if response.status in MOVED_HTTP:
            location = response.headers.get(b"Location", b"").decode("latin-1")
            target = clean_url(urljoin(response.url, location)) if location else None
            if target and same_page(target, response.url):
                request = self.request_for(target, site, KIND_ARTICLE, depth=depth)
                request.meta["revisit"] = True  # the same article, refetched where it lives now
                yield request
                return
            if target and site.owns(target) and site.is_article(target):
                status, new_url = "moved", target
                yield self.request_for(target, site, KIND_ARTICLE, depth=depth)
        self.crawler.stats.inc_value(f"newswatch/dropped/http_{response.status}")
        yield PageStatus(url=response.url, site=site.name, status=status, http_status=response.status,
                         identity=page_identity(response.url), new_url=new_url,
                         fetched_at=datetime.now(timezone.utc).isoformat(timespec="seconds"), crawl_id=self.crawl_id)

    def article_page(self, response, site):
        """The page's article; for a variant (AMP, print, an old URL), a request for its canonical page instead."""
        identity = identify(response, site)
        if identity.canonical:
            self.conventions.learn_canonical(site.name, identity.canonical)
        if identity.is_variant and not response.meta.get("canonical_hop"):
            self.conventions.learn_variant(site.name, response.url, identity.canonical)
            self.crawler.stats.inc_value("newswatch/skipped/variant")
            request = self.request_for(identity.canonical, site, KIND_ARTICLE, depth=response.meta.get("depth", 0))
            request.meta["canonical_hop"] = True  # a canonical naming yet another page is taken as it is
            yield request
            return
        if not response.meta.get("playwright") and is_shell(response):
            yield from self.shell(response, site)
            return
        self.crawler.stats.inc_value("newswatch/article_pages")  # the monitor's extraction yield
        if identity.spellings and self.frontier is not None:
            self.frontier.mark_seen(identity.spellings, site.name)
        article = self.article(response, site, identity)
        if article is not None:
            yield article

    def shell(self, response, site):
        """A JS shell: rendered in Chromium from the HTML in hand where the site allows, else dropped."""
        if site.render == "auto" and self.can_render:
            self.crawler.stats.inc_value("newswatch/rendered/shell")
            yield render_request(response)
            return
        self.crawler.stats.inc_value("newswatch/dropped/needs_rendering")
        self.logger.info("dropped %s: needs_rendering (its article is written by JavaScript; render = %r)",
                         response.url, site.render)

    def article(self, response, site, identity):
        """The page's Article; None, counted as dropped ``extraction_error``, when extraction raised: a page
        lost to a bug is a drop like any other, in the stats, ``status`` and the crawl's summary."""
        try:
            fields = extract_fields(response.text, response.url, site)
        except Exception:  # noqa: BLE001 (any bug in extraction: counted, logged, reported; the crawl goes on)
            self.crawler.stats.inc_value("newswatch/dropped/extraction_error")
            self.logger.exception("dropped %s: extraction_error", response.url)
            report_exception(sys.exc_info(), response.url, site.name)
            return None
        return Article(
            url=response.url,
            canonical_url=canonical_url(response.url, identity.canonical),
            original_url=identity.original,
            site=site.name,
            fetched_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
            crawl_id=self.crawl_id,
            rendered=bool(response.meta.get("playwright")),
            syndication_partner=site.syndication_partner,
            **fields,
        )
