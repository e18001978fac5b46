"""A site's own spelling of its article URLs: with or without the trailing slash.

Sites link their articles both ways ("Most read" rails and hand-made links often drop the
slash); the other spelling costs a redirect, or is a page the crawler fetches under a
name that is not the article's. The frontier already takes both for one page (crawler.urls),
so whichever link comes first is fetched: this module makes it the site's own spelling.
It is learned from the canonical URLs of the site's article pages, once ``MIN_CANONICALS``
of them agree; until then links are fetched as they are written. (A page's own links are
no guide: a rail of slash-less links can outnumber the rest, as on one held-out site.)
"""

from collections import Counter, defaultdict
from urllib.parse import urlsplit

MIN_CANONICALS = 3  # canonical URLs of a site that must agree before they set its spelling
AGREEMENT = 0.9  # share of them that must agree


def slash_of(url):
    """True (ends with a slash), False (does not), or None (no say: a query, a file name, the root)."""
    parts = urlsplit(url)
    if parts.query or parts.path in ("", "/") or "." in parts.path.rsplit("/", 1)[-1]:
        return None
    return parts.path.endswith("/")


def respell(url, slash):
    parts = urlsplit(url)
    path = parts.path.rstrip("/") + ("/" if slash else "")
    return parts._replace(path=path).geturl()


class SiteSpelling:
    def __init__(self):
        self.canonicals = defaultdict(Counter)  # site -> Counter of slash_of(canonical URL)

    def learn(self, site, canonical):
        if (slash := slash_of(canonical)) is not None:
            self.canonicals[site][slash] += 1

    def preferred(self, site):
        """The site's spelling (True: with the slash), or None while its canonicals do not say."""
        counts = self.canonicals[site]
        total = sum(counts.values())
        if total < MIN_CANONICALS:
            return None
        slash, count = counts.most_common(1)[0]
        return slash if count >= AGREEMENT * total else None

    def apply(self, url, slash):
        """``url`` in the spelling ``slash`` (None: as it is)."""
        own = slash_of(url)
        return url if slash is None or own is None or own == slash else respell(url, slash)
