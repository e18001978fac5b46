"""Which article a fetched page is: its canonical page, its other spellings, the original it copies.

A page's ``rel=canonical`` on the same site names the article; when that is another
page of the site (an AMP view, a print view, an old URL), the fetched page is a
*variant*: the spider does not take an article from it (an AMP page and its canonical
page, extracted alternately, would flip-flop as updates) but fetches the canonical page,
once, like any link. A canonical that is not an article page of the site (a home page,
as some themes write on every page) is not trusted. The spellings a page announces
(``rel=shortlink``, ``rel=amphtml``) and the URLs that led to it are marked seen with
it, so a later link through one of them costs no fetch. A canonical on another site
names the original the page republishes (``original_url``).
"""

from dataclasses import dataclass

from newswatch.shared.urls import absolute_link, clean_url, original_url, page_identity, same_site

ANNOUNCED = "link[rel=shortlink]::attr(href), link[rel=amphtml]::attr(href)"


@dataclass(frozen=True)
class PageIdentity:
    url: str  # the page fetched
    canonical: str | None  # the same-site canonical article page, cleaned; None when the page names none we trust
    original: str | None  # a canonical on another site: the original this page copies
    spellings: tuple[str, ...]  # other URLs of the same article (shortlink, AMP, the URLs that redirected here)

    @property
    def is_variant(self):
        """True when the canonical article page is another page than the one fetched."""
        return self.canonical is not None and page_identity(self.canonical) != page_identity(self.url)


def identify(response, site):
    """The PageIdentity of an HTML ``response`` of ``site``."""
    url = response.url
    link = absolute_link(url, response.css("link[rel=canonical]::attr(href)").get())
    canonical = link if link and same_site(link, url) and site.is_article(link) else None
    target = page_identity(canonical or url)
    seen = {target}
    spellings = []
    for candidate in [*response.meta.get("redirect_urls", ()), url,
                      *(absolute_link(url, h) for h in response.css(ANNOUNCED).getall())]:
        if candidate and same_site(candidate, url) and (key := page_identity(candidate)) not in seen:
            seen.add(key)
            spellings.append(clean_url(candidate))
    return PageIdentity(url, canonical, original_url(url, link), tuple(spellings))
