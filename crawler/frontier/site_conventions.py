"""A site's own URL conventions, learned as its pages come: its trailing slash, and the query
parameters that only change the view.

Sites link their articles both ways ("Most read" rails and hand-made links often drop the
slash), and with parameters that ask for another view of the same article (a CMS's print
or popup view). Such a link costs a redirect or a page fetched only to find its canonical.
The frontier already takes every spelling for one page (newswatch.shared.urls), so this module makes
the link that comes first the site's own spelling:

- the trailing slash is learned from the canonical URLs of the site's article pages, once
  ``MIN_CANONICALS`` of them agree (until then links are fetched as written: a page's own
  links are no guide, a rail of slash-less links can outnumber the rest);
- a variant page whose canonical is the same path without some of its parameters teaches
  that those parameters only change the view: the site's later links are fetched without
  them.
"""

from collections import Counter, defaultdict
from urllib.parse import parse_qsl, urlsplit

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
    return parts._replace(path=parts.path.rstrip("/") + ("/" if slash else "")).geturl()


class SiteConventions:
    def __init__(self):
        self.canonicals = defaultdict(Counter)  # site -> Counter of slash_of(canonical URL)
        self.view_params = defaultdict(set)  # site -> parameter names that only change the view

    def learn_canonical(self, site, canonical):
        if (slash := slash_of(canonical)) is not None:
            self.canonicals[site][slash] += 1

    def learn_variant(self, site, variant, canonical):
        """A page fetched at ``variant`` names ``canonical``: parameters only the variant has change the view."""
        fetched, named = urlsplit(variant), urlsplit(canonical)
        if fetched.path.rstrip("/") == named.path.rstrip("/") and fetched.query:
            kept = {name for name, _ in parse_qsl(named.query, keep_blank_values=True)}
            self.view_params[site] |= {name for name, _ in parse_qsl(fetched.query, keep_blank_values=True)} - kept

    def slash(self, site):
        """The site's spelling (True: with the slash), or None while its canonicals do not say."""
        counts = self.canonicals[site]
        total = sum(counts.values())
        if total < MIN_CANONICALS:
            return None
        slash, count = counts.most_common(1)[0]
        return slash if count >= AGREEMENT * total else None

    def apply(self, site, url):
        """``url`` without the site's view parameters, in the site's spelling."""
        views = self.view_params[site]
        if views and (parts := urlsplit(url)).query:
            kept = [field for field in parts.query.split("&") if field.split("=", 1)[0] not in views]
            url = parts._replace(query="&".join(kept)).geturl()
        own, slash = slash_of(url), self.slash(site)
        return url if slash is None or own is None or own == slash else respell(url, slash)
