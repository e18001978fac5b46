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
from functools import lru_cache
from urllib.parse import parse_qsl, urljoin, urlsplit, urlunsplit

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
# its default layout, an empty page number).
VIEW_PARAMS = frozenset({"amp", "print", "printable", "noamp"})
_VIEWS = frozenset({"amp", "print", "printable"})
VIEW_VALUES = {"output": _VIEWS, "outputtype": _VIEWS, "view": _VIEWS, "m": frozenset({"0", "1"}),
               "mobile": frozenset({"1", "true", "yes"}), "tmpl": frozenset({"component"}),
               "layout": frozenset({"default"}), "page": frozenset({""})}
_VIEW_PATH = re.compile(r"(?:/amp|/print|\.amp)(?:\.html?)?/?$|^/(?:amp|print)(?=/.)", re.I)
_PATH_SESSION = re.compile(r";(jsessionid|phpsessid|sid)=[^/?#]*", re.I)
_DEFAULT_PORTS = {"http": 80, "https": 443}
# URLs whose clean form and identity are kept: a site's menus and related links come back on every page.
URLS_REMEMBERED = 16_384


# Names courlan's list would take for trackers that, on news sites, name the page: a content id.
IDENTIFYING_PARAMS = frozenset({"id", "cid", "uid", "eid", "nid", "aid", "pid"})


def drops_param(name, value=""):
    """True for a query parameter that does not name the page: a tracker, a session id, a view marker."""
    name = name.lower()
    if name in VIEW_VALUES:
        return value.lower() in VIEW_VALUES[name]
    if name in TRACKING_PARAMS or name in VIEW_PARAMS:
        return True
    return name not in IDENTIFYING_PARAMS and _courlan_tracker(name)


def _courlan_tracker(name):
    """courlan's TRACKERS_RE, on whole words of the name only ("ref" and "utm_source", not "gallery")."""
    found = TRACKERS_RE.search(name)
    return bool(found) and (found.group().endswith("_") or found.end() == len(name) or name[found.end()] in "_-")


def strip_tracking(url):
    """``url`` without tracking parameters, view markers or session ids; the other parameters in their order."""
    parts = urlsplit(_PATH_SESSION.sub("", url))
    kept = [field for field in parts.query.split("&") if field and not _drops_field(field)]
    path = _VIEW_PATH.sub("", parts.path) or "/"
    return urlunsplit(parts._replace(path=path, query="&".join(kept), fragment=""))


def _drops_field(field):
    """One ``name=value`` of a query, kept as written unless it is dropped (a bare ``?12345`` names a page)."""
    parsed = parse_qsl(field, keep_blank_values=True)
    return bool(parsed) and drops_param(*parsed[0])


@lru_cache(maxsize=URLS_REMEMBERED)
def clean_url(url):
    """The URL to fetch for a link to ``url``: no fragment, tracking or view marker; scheme and host lower-case,
    the scheme's default port dropped."""
    parts = urlsplit(strip_tracking(url))
    scheme, netloc = parts.scheme.lower(), parts.netloc.lower()
    if _port(parts) == _DEFAULT_PORTS.get(scheme, -1):
        netloc = netloc.rsplit(":", 1)[0]
    return urlunsplit(parts._replace(scheme=scheme, netloc=netloc))


def _port(parts):
    try:
        return parts.port
    except ValueError:  # "host:abc": no port a connection could use; the URL stays as written
        return None


@lru_cache(maxsize=URLS_REMEMBERED)
def page_identity(url):
    """The key one page is known by, whichever of its spellings a link used."""
    parts = urlsplit(canonicalize_url(clean_url(url), keep_fragments=False))
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(parts._replace(path=path))


def absolute_link(base, href):
    """The clean absolute URL of a link on page ``base``, or None for a link no URL parser takes."""
    if not href or not href.strip():
        return None
    try:
        url = clean_url(urljoin(base, href.strip()))
        page_identity(url)  # w3lib's own check of host and port
    except ValueError:
        return None
    return url


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


def same_page(url, other):
    """True when two URLs name one page but for the scheme, a "www." and a trailing slash (a site moved to
    https, say): a redirect between them is not the page moving."""
    def key(address):
        parts = urlsplit(page_identity(address))
        host = (parts.hostname or "").removeprefix("www.")
        return host, parts.port if parts.port not in (80, 443) else None, parts.path.rstrip("/"), parts.query
    return key(url) == key(other)


def link_url(url):
    """A link's URL cleaned and canonicalised, its trailing slash as written: how a related link names the
    article it points to (the same as that article's canonical_url when the site spells its links so)."""
    return canonicalize_url(clean_url(url), keep_fragments=False)


def original_url(url, canonical_link):
    """The original a page says it copies: its rel=canonical when that names another site, else None."""
    if canonical_link and urlsplit(canonical_link).scheme in ("http", "https") and not same_site(canonical_link, url):
        return link_url(canonical_link)
    return None
