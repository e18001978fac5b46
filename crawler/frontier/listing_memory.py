"""The listings and sitemaps each listing page or sitemap index linked to at its last full fetch.

Listing pages, feeds and sitemaps are refetched conditionally too (crawler.frontier.conditional): a
304 says the page is as it was, so its article links are known already, but the listings it
leads to (a category page the home page links to, the sitemaps of an index) may have changed
without it. The spider remembers those links here when it reads the page in full, and on a
304 follows them again as if it had read the page. One small string per page (TTL:
NEWSWATCH_DEDUP_TTL): ``<kind> <url>`` lines.
"""

import hashlib

from newswatch.shared.urls import page_identity


class ListingMemory:
    def __init__(self, connection, keys, ttl):
        self.redis, self.keys, self.ttl = connection, keys, ttl

    def key(self, url):
        return self.keys.listing_links(hashlib.sha1(page_identity(url).encode("utf-8")).hexdigest()[:16])

    def remember(self, url, links):
        """``links``: (kind, url) pairs (none is remembered too); written before the page's validators."""
        lines = sorted({f"{kind} {link}" for kind, link in links})
        self.redis.set(self.key(url), "\n".join(["links", *lines]), ex=self.ttl)

    def recall(self, url):
        """The (kind, url) pairs remembered for ``url``, or None when nothing is (never read in full, or
        forgotten). Each recall keeps the memory as long again as the page's validators may live."""
        raw = self.redis.getex(self.key(url), ex=self.ttl)
        if raw is None:
            return None
        return [tuple(line.split(" ", 1)) for line in raw.decode("utf-8").splitlines()[1:]]
