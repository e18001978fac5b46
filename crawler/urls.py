"""URL identity: one spelling per page, so that one page is one fetch and one article.

- ``clean_url``: what the crawler fetches for a link. No fragment (``#content``,
  ``#comment-12`` never reach a server), no tracking parameters (courlan's list,
  kept by trafilatura's authors, plus what CMS plugins add: Jetpack's
  ``relatedposts_*``, ``replytocom``, share links), no AMP or print marker
  (``?amp=1``, ``/amp/``, ``?print=1``, ``/print/``): those are views of an
  article, never another one.
- ``page_identity``: the key a page is known by (frontier, validators, aliases):
  the clean URL, canonicalised by w3lib (sorted query, escaping), without its
  trailing slash, which servers treat as the same page.
- ``canonical_url``: the article's URL in messages. A page's ``rel=canonical`` wins
  when it points to the same site; without one, the page's identity (so that a page
  linked with and without its slash is one article). A canonical link to another
  host names the original the page copies (``original_url``), never the page itself,
  because anyone can claim anyone's URL.
"""

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from courlan.clean import TRACKERS_RE
from w3lib.url import canonicalize_url

# What courlan's list leaves: CMS plugins' own parameters, campaign ids and session ids.
TRACKING_PARAMS = frozenset({
    "relatedposts_hit", "relatedposts_origin", "relatedposts_position", "replytocom", "showcomment", "share", "shared",
    "cmpid", "ocid", "icid", "ncid", "spm", "sid", "phpsessid", "jsessionid", "aspsessionid", "cfid", "cftoken",
    "__twitter_impression", "amp_js_v", "amp_gsa", "usqp",
})
# Parameters that ask for another view of the same article: dropped whatever their value; and
# others when their value names such a view (Blogger's mobile ?m=1, Joomla's ?tmpl=component and
# its default layout). A parameter without a value is dropped too: it names nothing.
VIEW_PARAMS = frozenset({"amp", "print", "printable", "noamp"})
_VIEWS = frozenset({"amp", "print", "printable"})
VIEW_VALUES = {"output": _VIEWS, "outputtype": _VIEWS, "view": _VIEWS, "m": frozenset({"0", "1"}),
               "mobile": frozenset({"1", "true", "yes"}), "tmpl": frozenset({"component"}),
               "layout": frozenset({"default"})}
_VIEW_PATH = re.compile(r"(?:/amp|/print|\.amp)(?:\.html?)?/?$|^/(?:amp|print)(?=/.)", re.I)
_PATH_SESSION = re.compile(r";(jsessionid|phpsessid|sid)=[^/?#]*", re.I)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def is_tracking_param(name, value=""):
    if not value:
        return True
    name = name.lower()
    if name in VIEW_VALUES:
        return value.lower() in VIEW_VALUES[name]
    return name in TRACKING_PARAMS or name in VIEW_PARAMS or bool(TRACKERS_RE.search(name))


def strip_tracking(url):
    """``url`` without tracking parameters, view markers or session ids; the other parameters in their order."""
    parts = urlsplit(_PATH_SESSION.sub("", url))
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking_param(k, v)]
    path = _VIEW_PATH.sub("", parts.path) or "/"
    return urlunsplit(parts._replace(path=path, query=urlencode(query), fragment=""))


def clean_url(url):
    """The URL to fetch for a link to ``url``: no fragment, tracking or view marker; scheme and host lower-case,
    the scheme's default port dropped."""
    parts = urlsplit(strip_tracking(url))
    scheme, netloc = parts.scheme.lower(), parts.netloc.lower()
    if parts.port is not None and parts.port == _DEFAULT_PORTS.get(scheme):
        netloc = netloc.rsplit(":", 1)[0]
    return urlunsplit(parts._replace(scheme=scheme, netloc=netloc))


def page_identity(url):
    """The key one page is known by, whichever of its spellings a link used."""
    parts = urlsplit(canonicalize_url(clean_url(url), keep_fragments=False))
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(parts._replace(path=path))


def site_host(url):
    """The host without a leading ``www.``, lower-cased, port kept."""
    netloc = urlsplit(url).netloc.lower()
    return netloc[4:] if netloc.startswith("www.") else netloc


def same_site(url, other):
    return site_host(url) == site_host(other)


def canonical_url(url, canonical_link=None):
    """The article URL of a page fetched at ``url``: its same-site rel=canonical (``canonical_link``) as the site
    writes it, else the page's identity, which every spelling of the URL shares."""
    if canonical_link and same_site(canonical_link, url):
        return link_url(canonical_link)
    return page_identity(url)


def link_url(url):
    """A link's URL cleaned and canonicalised, its trailing slash as written: how a related link names the
    article it points to (the same as that article's canonical_url when the site spells its links so)."""
    return canonicalize_url(clean_url(url), keep_fragments=False)


def original_url(url, canonical_link):
    """The original a page says it copies: its rel=canonical when that names another site, else None."""
    if canonical_link and urlsplit(canonical_link).scheme in ("http", "https") and not same_site(canonical_link, url):
        return link_url(canonical_link)
    return None
