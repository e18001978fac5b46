"""Builds the answer key of an edition from the world's own definitions and pages.

Articles, dates, copies, related lists, site-wide lists and edition-2 substance come from the
outlets' article definitions. The "variants" of an article are its structural variants (AMP,
print, shortlink, node path, other trailing-slash spelling, replytocom) plus every URL that
appears in a link anywhere in the world (pages, feeds, sitemaps) and is served as that article
(200 with its page, or a redirect ending there) without being its canonical URL. "cosmetic"
is every edition-1 article without a substantive change whose page bytes differ between the
editions (and every JS shell, whose counter changes on each request). Alerts follow README
"Alert rules": a matching original raises "new" when it first appears and "update" when its
substance changes and it still matches; copies never alert.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urljoin, urlsplit, urlunsplit

from .common import body_sentences, iso, matching_rules

HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
XML_URL = re.compile(r"<(?:loc|link|comments|guid)\b[^>]*>\s*(?:<!\[CDATA\[)?\s*(https?://[^<\]\s]+)", re.I)


def strip_fragment(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))


def page_links(world, outlet, target, ed):
    """Every world URL linked from one page (href attributes, and URLs in feed/sitemap XML)."""
    resp = world._response(outlet, target, ed)
    if resp.status != 200:
        return set()
    text = resp.body.decode(getattr(outlet, "encoding", "utf-8"), "replace")
    base = outlet.url(target)
    found = set()
    raw = [a or b for a, b in HREF.findall(text)]
    if "xml" in resp.ctype:
        raw += [html.unescape(u) for u in XML_URL.findall(text)]
    for h in raw:
        h = html.unescape(h).strip()
        if not h or h.startswith(("mailto:", "javascript:", "data:")):
            continue
        url = strip_fragment(urljoin(base, h))
        if world.outlet_of_url(url)[0] is not None:
            found.add(url)
    return found


def resolve(world, url, ed, hops=5):
    """The article a world URL is served as (following redirects), or None."""
    for _ in range(hops):
        outlet, target = world.outlet_of_url(url)
        if outlet is None:
            return None
        resp = world._response(outlet, target, ed)
        if resp.status in (301, 302, 307, 308):
            url = urljoin(url, resp.headers["Location"])
            continue
        return resp.art if resp.status == 200 else None
    return None


def pages_of(outlet, ed):
    targets = list(outlet.listing_targets(ed))
    for a in outlet.live(ed):
        targets.append(outlet.path_of(a))
        for v in outlet.structural_variants(a, ed):
            targets.append(v[len(outlet.base):])
    return targets


def build(world, ed):
    outlets = world.outlet_objects()
    canon = lambda a: a.outlet.canonical(a)
    live = [a for o in outlets for a in o.live(ed)]

    variants = {a.key: set(o_v for o_v in a.outlet.structural_variants(a, ed)) for a in live}
    linked = set()
    for o in outlets:
        for t in pages_of(o, ed):
            linked |= page_links(world, o, t, ed)
    for url in sorted(linked):
        art = resolve(world, url, ed)
        if art is not None and url != canon(art):
            variants[art.key].add(url)

    articles = []
    for a in live:
        o = a.outlet
        m = o.mod(a, ed)
        articles.append({
            "outlet": o.name,
            "url": canon(a),
            "variants": sorted(variants[a.key]),
            "title": a.title_at(ed),
            "published": iso(o.pub(a), o.tz),
            "modified": iso(o.last_change(a, ed), o.tz) if m else None,
            "body_sentences": body_sentences(a, ed),
            "needs_rendering": a.shell,
            "copy_of": canon(a.original) if a.original is not None else None,
            "language": a.lang,
        })

    related = set()
    for a in live:
        for k in a.related_at(ed):
            related.add((canon(a), canon(world.article(k))))
    sitewide = set()
    for o in outlets:
        for a in o.live(ed):
            for lst in o.sitewide(ed):
                for k in lst:
                    edge = (canon(a), canon(world.article(k)))
                    if edge[0] != edge[1] and edge not in related:
                        sitewide.add(edge)

    changes = None
    if ed == 2:
        updated, cosmetic, new = [], [], []
        for a in live:
            if a.first == 2:
                new.append(canon(a))
            elif a.updated:
                updated.append(canon(a))
            else:
                o = a.outlet
                t = o.path_of(a)
                if a.shell or world._response(o, t, 1).body != world._response(o, t, 2).body:
                    cosmetic.append(canon(a))
        changes = {"updated": sorted(updated), "cosmetic": sorted(cosmetic), "new": sorted(new)}

    alerts = []
    for a in live:
        if a.original is not None:
            continue
        if ed == 1:
            alerts += [{"rule": r, "url": canon(a), "event": "new"} for r in matching_rules(a, 1)]
        elif a.first == 2:
            alerts += [{"rule": r, "url": canon(a), "event": "new"} for r in matching_rules(a, 2)]
        elif a.updated:
            alerts += [{"rule": r, "url": canon(a), "event": "update"} for r in matching_rules(a, 2)]

    return {
        "outlets": {o.name: {"cms": o.cms, "language": o.language, "syndication_partner": o.syndication_partner}
                    for o in outlets},
        "articles": articles,
        "related": sorted([list(e) for e in related]),
        "sitewide": sorted([list(e) for e in sitewide]),
        "changes": changes,
        "alerts": sorted(alerts, key=lambda x: (x["rule"], x["url"], x["event"])),
    }
