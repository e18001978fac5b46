"""The baseline of the open-web bench: a plain Scrapy CrawlSpider as a user would write it for one site.

It starts from the site's start URLs, follows links matching its article and listing
patterns with Scrapy's LinkExtractor and default duplicate filter (which drops fragments),
and reads nothing: only what it fetches is measured.
"""

import json

from scrapy.linkextractors import LinkExtractor
from scrapy.spiders import CrawlSpider, Rule


class PlainNewsSpider(CrawlSpider):
    name = "plain-news"

    def __init__(self, site, *args, **kwargs):
        site = json.loads(site)
        self.start_urls = site["start_urls"]
        self.allowed_domains = [site["host"]]
        follow = LinkExtractor(allow=site["patterns"])  # anchored to the site's base URL
        self.rules = (Rule(follow, follow=True),)
        super().__init__(*args, **kwargs)
