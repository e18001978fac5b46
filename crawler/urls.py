"""Canonical URLs: one spelling per page, so the same page is one article.

Tracking parameters are stripped and the rest is canonicalised with w3lib
(sorted query, no fragment). A page's ``rel=canonical`` wins when it points
to the same site; a canonical link to another host is ignored, because
anyone can claim anyone's URL.
"""

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "ga_", "hsa_")
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "_ga", "_gl", "ref_src",
    "cmpid", "ocid", "icid", "ncid", "spm", "share", "sessionid", "session_id", "sid", "phpsessid", "jsessionid",
    "aspsessionid", "cfid", "cftoken",
})
_PATH_SESSION = re.compile(r";(jsessionid|phpsessid|sid)=[^/?#]*", re.I)


def is_tracking_param(name):
    name = name.lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def strip_tracking(url):
    """``url`` without tracking parameters or session ids (query or ``;jsessionid=`` path parameter)."""
    parts = urlsplit(_PATH_SESSION.sub("", url))
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking_param(k)]
    return urlunsplit(parts._replace(query=urlencode(query)))


def site_host(url):
    """The host without a leading ``www.``, lower-cased, port kept."""
    netloc = urlsplit(url).netloc.lower()
    return netloc[4:] if netloc.startswith("www.") else netloc


def canonical_url(url, canonical_link=None):
    """The canonical spelling of ``url``; ``canonical_link`` is the page's rel=canonical."""
    if canonical_link and site_host(canonical_link) == site_host(url):
        url = canonical_link
    parts = urlsplit(strip_tracking(url))
    parts = parts._replace(scheme=parts.scheme.lower(), netloc=parts.netloc.lower())
    return canonicalize_url(urlunsplit(parts), keep_fragments=False)
