"""The baseline: plain Scrapy following every link of the site, memory scheduler, no extraction, no Redis."""

from urllib.parse import urlsplit

import scrapy


class PlainSpider(scrapy.Spider):
    name = "plain"

    def __init__(self, start_url, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.start_urls = [start_url]
        self.allowed_domains = [urlsplit(start_url).hostname]

    def parse(self, response):
        yield from response.follow_all(css="a")
