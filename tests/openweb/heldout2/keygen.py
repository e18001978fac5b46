"""The answer key of heldout2, built from the outlets' models and from the pages they serve.

- articles: every article of the edition; `variants` = the spellings each outlet declares it
  serves (AMP, print, non-SEF, ?m=1/?m=0, ?showComment=, ?replytocom=, shortlinks, the other
  trailing-slash spelling) plus every same-site URL found in a link (href, or an absolute URL in
  a feed or a JSON blob) of any page of that edition that the outlet answers with the same
  article (tracking parameters, the other slash spelling, ...), fragments dropped;
- related: each article's own related blocks (the outlets' models, which render them);
- sitewide: the site-wide lists, from every article page to every article listed, less
  self-links and less pairs that are also true related edges;
- changes (edition 2): updated = the outlets' declared substantive changes; new = articles
  only in edition 2; cosmetic = articles in both editions, not updated, whose canonical page
  bytes differ between editions (JS shells always: their counter changes on every request);
- alerts: the README's rules over title, lead and body (common.rules_matching), for originals
  only (a copy never alerts: the original does).
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from .common import iso, rules_matching

_ABS = re.compile(r"https?://127\.0\.0\.1:\d+[^\s\"'<>\\]*")


class _Hrefs(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self.base: str | None = None

    def handle_starttag(self, tag, attrs):
        d = dict(attrs)
        if tag == "base" and d.get("href"):
            self.base = d["href"]
        if tag in ("a", "link", "area") and d.get("href"):
            self.hrefs.append(d["href"])


def page_links(page_url: str, body: bytes, ctype: str) -> list[str]:
    """Absolute URLs (fragment dropped) that a page links to."""
    text = body.decode("utf-8", "replace")
    out = []
    if "html" in ctype:
        p = _Hrefs()
        try:
            p.feed(text)
        except Exception:
            pass
        base = p.base or page_url
        for h in p.hrefs:
            h = h.strip()
            if h.startswith(("mailto:", "javascript:", "tel:")):
                continue
            out.append(urljoin(base, h))
    import html as _html
    for m in _ABS.findall(_html.unescape(text)):
        out.append(m)
    return [u.split("#", 1)[0] for u in out]


def all_pages(world, o, ed) -> list[str]:
    E = o.edition(ed)
    targets = list(o.listing_targets(ed))
    for a in E.articles.values():
        targets.append(a.path)
        targets.extend(o.declared_variants(ed, a))
    return list(dict.fromkeys(targets))


def world_links(world, ed) -> set[str]:
    """Every absolute URL linked from any page the world serves in edition `ed` (cached)."""
    cache = world.__dict__.setdefault("_links_cache", {})
    if ed not in cache:
        out = set()
        for other in world._objs.values():
            for t in all_pages(world, other, ed):
                r = world.respond(other.name, ed, t)
                if r.status == 200:
                    out.update(page_links(other.base + t, r.body, r.ctype))
        cache[ed] = out
    return cache[ed]


def link_variants(world, o, ed) -> dict[str, set[str]]:
    """aid -> absolute URLs of the outlet, found in links of any page of the world, that the
    outlet answers with that article but that are not its canonical URL."""
    found: dict[str, set[str]] = {}
    netloc = urlsplit(o.base).netloc
    for u in world_links(world, ed):
        parts = urlsplit(u)
        if parts.netloc != netloc:
            continue
        target = parts.path + (("?" + parts.query) if parts.query else "")
        route = o.route(ed, target)
        if route.aid is None or route.kind not in ("article", "variant", "redirect"):
            continue
        a = o.edition(ed).articles[route.aid]
        if target != a.path:
            found.setdefault(route.aid, set()).add(o.base + target)
    return found


def build_key(world, ed: int) -> dict:
    outlets, articles, related, sitewide = {}, [], [], []
    for name, o in world._objs.items():
        outlets[name] = {"cms": o.cms, "language": o.language,
                         "syndication_partner": bool(o.syndication_partner)}
        E = o.edition(ed)
        found = link_variants(world, o, ed)
        rel_pairs = set()
        for a in E.sorted():
            canon = o.canonical_url(a)
            variants = {o.base + t for t in o.declared_variants(ed, a)} | found.get(a.aid, set())
            variants.discard(canon)
            copy_of = None
            if a.copy_of:
                peer = world._objs[a.copy_of[0]]
                copy_of = peer.canonical_url(peer.edition(ed).articles[a.copy_of[1]])
            articles.append({
                "outlet": name, "url": canon, "variants": sorted(variants), "title": a.title,
                "published": iso(a.published, o.tz), "modified": iso(a.modified, o.tz) if a.modified else None,
                "body_sentences": list(a.key_sentences[:3]), "needs_rendering": bool(a.shell),
                "copy_of": copy_of})
            for r in a.related:
                related.append([canon, o.canonical_url(E.articles[r])])
                rel_pairs.add((a.aid, r))
        for a in E.sorted():
            for s in E.sitewide:
                if s == a.aid or (a.aid, s) in rel_pairs:
                    continue
                sitewide.append([o.canonical_url(a), o.canonical_url(E.articles[s])])
    key = {"outlets": outlets, "articles": articles, "related": related, "sitewide": sitewide,
           "changes": None, "alerts": alerts(world, ed)}
    if ed == 2:
        key["changes"] = changes(world)
    return key


def changes(world) -> dict:
    updated, cosmetic, new = [], [], []
    for o in world._objs.values():
        E1, E2 = o.edition(1), o.edition(2)
        upd = set(o.updated())
        for a in E2.sorted():
            url = o.canonical_url(a)
            if a.aid not in E1.articles:
                new.append(url)
            elif a.aid in upd:
                updated.append(url)
            elif a.shell:
                cosmetic.append(url)
            else:
                r1 = world.respond(o.name, 1, a.path)
                r2 = world.respond(o.name, 2, a.path)
                if r1.body != r2.body:
                    cosmetic.append(url)
    return {"updated": updated, "cosmetic": cosmetic, "new": new}


def alerts(world, ed: int) -> list[dict]:
    out = []
    for o in world._objs.values():
        E = o.edition(ed)
        E1 = o.edition(1)
        upd = set(o.updated())
        for a in E.sorted():
            if a.copy_of is not None:
                continue
            if ed == 1:
                event = "new"
            elif a.aid not in E1.articles:
                event = "new"
            elif a.aid in upd:
                event = "update"
            else:
                continue
            for rule in rules_matching(a):
                out.append({"rule": rule, "url": o.canonical_url(a), "event": event})
    return out
