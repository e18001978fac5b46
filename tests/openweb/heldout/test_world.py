"""Self-check of the "heldout" world against its own answer key, with plain HTTP
(urllib): it never runs the crawler.

    .venv/bin/python -m pytest tests/openweb/heldout -q -p no:cacheprovider
"""

from __future__ import annotations

import html
import json
import re
import time
import tomllib
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import datetime, timedelta
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from tests.openweb.heldout import World
from tests.openweb.heldout.common import links_in


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect)


def fetch(url, headers=None, method="GET"):
    req = urllib.request.Request(url, headers=dict(headers or {}), method=method)
    try:
        with OPENER.open(req, timeout=10) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        with e:
            return e.code, e.headers, e.read()


def text_of(headers, body):
    ctype = headers.get("Content-Type", "")
    enc = "iso-8859-1" if "iso-8859-1" in ctype.lower() else "utf-8"
    return body.decode(enc)


def canonical_of(page):
    m = re.search(r'<link rel="canonical" href="([^"]+)"', page)
    return m.group(1) if m else None


def visible(page):
    """Roughly what a reader sees in static HTML: scripts, styles and tags removed."""
    page = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
    page = re.sub(r"(?s)<[^>]+>", " ", page)
    return re.sub(r"\s+", " ", html.unescape(page))


EXPECTED_ALERTS = {
    1: {("maduro", "T1"), ("maduro", "T2"), ("maduro", "T3"), ("maduro", "W1"), ("maduro", "W2"),
        ("maduro", "B1"), ("maduro", "B2"), ("maduro", "L10"),
        ("lagarde", "W3"), ("lagarde", "W4"), ("lagarde", "B3"), ("lagarde", "B4"), ("lagarde", "L4"),
        ("lagarde", "L5")},
    2: {("maduro", "T12", "new"), ("maduro", "T3", "update"), ("maduro", "W2", "update"),
        ("lagarde", "B3", "update")},
}


@pytest.fixture(scope="module")
def world():
    with World() as w:
        yield w


@pytest.fixture
def ed1(world):
    world.edition = 1
    yield world
    world.edition = 1


def key_of(world, outlet, key):
    o = world.outlet(outlet)
    return o.key_url(o.by_key[key])


# ---- the World itself ------------------------------------------------------------------------

def test_starts_fast_and_can_be_used_again():
    for _ in range(3):
        t = time.monotonic()
        with World() as w:
            assert time.monotonic() - t < 1.0
            assert len(w.outlets) == 4
            status, _, _ = fetch(w.outlets["ecodellavalle"] + "/robots.txt")
            assert status == 200
        # the ports are closed afterwards
        with pytest.raises(OSError):
            urllib.request.build_opener(urllib.request.ProxyHandler({})).open(
                w.outlets["ecodellavalle"] + "/robots.txt", timeout=2).close()


def test_seeds_and_rules_parse(world):
    seeds = tomllib.loads(world.seeds())
    sites = {s["name"]: s for s in seeds["site"]}
    assert set(sites) == set(world.outlets)
    for name, s in sites.items():
        assert s["base_url"] == world.outlets[name]
        assert "selectors" not in s and "render" not in s
        assert s["allow_networks"] == ["127.0.0.1/32"]
        assert (s["rate"], s["concurrency"], s["max_depth"], s["max_pages"]) == (200, 8, 6, 400)
        for rx in s["article_patterns"] + s["listing_patterns"]:
            re.compile(rx)
    assert [n for n, s in sites.items() if s.get("syndication_partner")] == ["meridianwire"]
    rules = tomllib.loads(world.rules())["rule"]
    assert {r["id"] for r in rules} == {"maduro", "lagarde"}
    assert all(r["throttle_minutes"] == 0 for r in rules)


def test_robots_have_a_disallow_line(world):
    for name, base in world.outlets.items():
        status, _, body = fetch(base + "/robots.txt")
        assert status == 200
        assert re.search(r"(?m)^Disallow: /\S+", body.decode()), name


def test_hits_are_recorded(world):
    world.reset_hits()
    base = world.outlets["federundfakt"]
    fetch(base + "/archive?sort=new#top", {"User-Agent": "selfcheck/1"})
    fetch(base + "/feed", {"If-Modified-Since": "Sun, 06 Dec 2026 10:00:00 GMT"}, method="HEAD")
    hits = world.hits()
    assert hits == [
        {"outlet": "federundfakt", "method": "GET", "target": "/archive?sort=new", "status": 200,
         "user_agent": "selfcheck/1", "conditional": False},
        {"outlet": "federundfakt", "method": "HEAD", "target": "/feed", "status": 200,
         "user_agent": "Python-urllib/3.11", "conditional": True},
    ]
    world.reset_hits()
    assert world.hits() == []


# ---- the key -----------------------------------------------------------------------------------

@pytest.mark.parametrize("edition", [1, 2])
def test_key_is_sound(world, edition):
    key = world.key(edition)
    json.dumps(key)
    assert set(key["outlets"]) == set(world.outlets)
    assert [n for n, o in key["outlets"].items() if o["syndication_partner"]] == ["meridianwire"]
    per_outlet = defaultdict(int)
    urls = set()
    for a in key["articles"]:
        per_outlet[a["outlet"]] += 1
        assert a["url"] not in urls
        urls.add(a["url"])
        assert a["url"].startswith(world.outlets[a["outlet"]] + "/")
        pub = datetime.fromisoformat(a["published"])
        assert pub.utcoffset() is not None
        assert world.t0 - timedelta(hours=36) <= pub < world.t0
        if a["modified"]:
            assert pub <= datetime.fromisoformat(a["modified"]) < world.t0
        assert len(a["body_sentences"]) == 3 and all(s.endswith((".", "?", "!")) for s in a["body_sentences"])
        assert "#" not in "".join(a["variants"])
        assert a["url"] not in a["variants"]
    if edition == 1:
        assert all(8 <= n <= 14 for n in per_outlet.values()), per_outlet
    for a in key["articles"]:
        if a["copy_of"]:
            assert a["copy_of"] in urls and a["copy_of"] != a["url"]
    assert sum(a["needs_rendering"] for a in key["articles"]) == 2
    for frm, to in key["related"] + key["sitewide"]:
        assert frm in urls and to in urls and frm != to
    assert not set(map(tuple, key["related"])) & set(map(tuple, key["sitewide"]))


def test_alerts_match_the_plan(world):
    k1, k2 = world.key(1), world.key(2)
    names = {}
    for o in ("tribunadoplanalto", "meridianwire", "federundfakt", "ecodellavalle"):
        out = world.outlet(o)
        for a in out.arts:
            names[out.key_url(a)] = a.key
    assert {(x["rule"], names[x["url"]]) for x in k1["alerts"]} == EXPECTED_ALERTS[1]
    assert all(x["event"] == "new" for x in k1["alerts"])
    assert {(x["rule"], names[x["url"]], x["event"]) for x in k2["alerts"]} == EXPECTED_ALERTS[2]
    copies = {a["url"] for a in k2["articles"] if a["copy_of"]}
    assert not copies & {x["url"] for x in k1["alerts"] + k2["alerts"]}
    # the Portuguese "café maduro" article is no alert (the rule is case-sensitive)
    assert key_of(world, "tribunadoplanalto", "T7") not in {x["url"] for x in k1["alerts"]}


def test_related_components_are_rule_homogeneous(world):
    """No story-development alert can arise: every article related to an alerting one
    alerts on the same rules (copies aside)."""
    for e in (1, 2):
        key = world.key(e)
        copies = {a["url"] for a in key["articles"] if a["copy_of"]}
        rules_of = defaultdict(set)
        for x in world.key(1)["alerts"] + world.key(2)["alerts"]:
            rules_of[x["url"]].add(x["rule"])
        for frm, to in key["related"]:
            if frm in copies or to in copies:
                continue
            assert rules_of[frm] == rules_of[to], (frm, to)


def test_changes(world):
    assert world.key(1)["changes"] is None
    ch = world.key(2)["changes"]
    assert len(ch["updated"]) == 4 and len(ch["new"]) == 6
    assert len(ch["cosmetic"]) >= 30
    outlets_updated = {world._owner(u).name for u in ch["updated"]}
    assert outlets_updated == set(world.outlets)
    k1 = {a["url"] for a in world.key(1)["articles"]}
    assert set(ch["new"]).isdisjoint(k1)
    assert set(ch["updated"]) <= k1 and set(ch["cosmetic"]) <= k1
    news = [a for a in world.key(2)["articles"] if a["url"] in ch["new"]]
    assert any(a["copy_of"] in ch["new"] for a in news), "a new reprint of a new original"


# ---- pages against the key ------------------------------------------------------------------------

def _check_articles(world, edition):
    world.edition = edition
    key = world.key(edition)
    by_url = {a["url"]: a for a in key["articles"]}
    for a in key["articles"]:
        status, headers, body = fetch(a["url"])
        assert status == 200, a["url"]
        page = text_of(headers, body)
        can = canonical_of(page)
        if a["copy_of"] and can != a["url"]:
            assert can == a["copy_of"], a["url"]
        else:
            assert can == a["url"], a["url"]
        if a["needs_rendering"]:
            seen = visible(page)       # (its title may be in the site-wide lists of the chrome)
            for s in a["body_sentences"]:
                assert s not in seen, (a["url"], s)          # a real shell: not in the static text ...
                assert s in page or json.dumps(s, ensure_ascii=False)[1:-1] in page   # ... but in its data
        else:
            seen = visible(page)
            assert a["title"] in seen, a["url"]
            for s in a["body_sentences"]:
                assert s in seen, (a["url"], s)
        for v in a["variants"]:
            vs, vh, vb = fetch(v)
            if vs in (301, 302, 308):
                loc = urljoin(v, vh["Location"])
                if world._owner(loc) is None:                  # Jetpack ?share=: off to the share host
                    assert urlsplit(loc).hostname.endswith(".example") and a["url"] in unquote(loc), v
                else:
                    assert world.resolve(loc, edition) == a["url"], (v, loc)
                    fs, _, _ = fetch(loc)
                    assert fs == 200, loc
            else:
                assert vs == 200, v
                assert canonical_of(text_of(vh, vb)) == can, v
    return by_url


def test_edition1_articles_and_variants(ed1):
    _check_articles(ed1, 1)


def test_edition2_articles_and_variants(ed1):
    _check_articles(ed1, 2)


def test_new_articles_only_in_edition_2(ed1):
    for u in ed1.key(2)["changes"]["new"]:
        ed1.edition = 1
        assert fetch(u)[0] == 404
        ed1.edition = 2
        assert fetch(u)[0] == 200


def _links_of(world, url, edition):
    o = world._owner(url)
    a = next(x for x in o.live(edition) if o.key_url(x) == url)
    status, headers, body = fetch(url)
    assert status == 200
    links = set(links_in(text_of(headers, body), url)) | set(o.rendered_links(a, edition))
    return {world.resolve(l, edition) for l in links}


@pytest.mark.parametrize("edition", [1, 2])
def test_related_and_sitewide_edges_appear(ed1, edition):
    ed1.edition = edition
    key = ed1.key(edition)
    cache = {}
    for frm, to in key["related"] + key["sitewide"]:
        if frm not in cache:
            cache[frm] = _links_of(ed1, frm, edition)
        assert to in cache[frm], (frm, to)


@pytest.mark.parametrize("edition", [1, 2])
def test_sitewide_lists_on_every_page(ed1, edition):
    ed1.edition = edition
    key = ed1.key(edition)
    targets = defaultdict(set)
    for frm, to in key["sitewide"]:
        targets[ed1._owner(frm).name].add(to)
    for name, base in ed1.outlets.items():
        o = ed1.outlet(name)
        listing = [t for t in o.all_targets(edition) if o.page(t, edition).article is None
                   and o.page(t, edition).ctype.startswith("text/html")]
        for target in listing + [o.path(a) for a in o.live(edition)]:
            status, headers, body = fetch(base + target)
            assert status == 200, target
            got = {ed1.resolve(l, edition) for l in links_in(text_of(headers, body), base + target)}
            assert {o.key_url(o.by_key[k]) for k in o.sitewide(edition)} <= got, (name, target)


# ---- validators and 304s ------------------------------------------------------------------------------

def _validators(headers):
    out = {}
    if headers.get("ETag"):
        out["If-None-Match"] = headers["ETag"]
    if headers.get("Last-Modified"):
        out["If-Modified-Since"] = headers["Last-Modified"]
    return out


def test_conditional_requests(ed1):
    key = ed1.key(1)
    kinds = defaultdict(set)
    for a in key["articles"]:
        s1, h1, b1 = fetch(a["url"])
        s2, h2, b2 = fetch(a["url"])
        kinds[a["outlet"]].add(("etag" if h1.get("ETag") else "") + ("+lm" if h1.get("Last-Modified") else ""))
        if a["needs_rendering"]:
            assert h1.get("ETag") != h2.get("ETag") and b1 != b2       # the counter moves
            s3, _, _ = fetch(a["url"], _validators(h1))
            assert s3 == 200
            continue
        assert _validators(h1) and _validators(h1) == _validators(h2) and b1 == b2, a["url"]
        s3, h3, b3 = fetch(a["url"], _validators(h1))
        assert s3 == 304 and b3 == b"", a["url"]
        if h1.get("ETag"):
            s4, _, _ = fetch(a["url"], {"If-None-Match": '"something-else"'})
            assert s4 == 200
    assert kinds["ecodellavalle"] == {"+lm"}
    assert kinds["meridianwire"] == {"etag"}
    assert kinds["tribunadoplanalto"] == {"etag+lm"}


def test_edition_change_moves_validators(ed1):
    k2 = ed1.key(2)
    ch = k2["changes"]
    saved = {}
    for a in ed1.key(1)["articles"]:
        if not a["needs_rendering"]:
            _, h, _ = fetch(a["url"])
            saved[a["url"]] = _validators(h)
    ed1.edition = 2
    unchanged = 0
    for url, val in saved.items():
        status, h, _ = fetch(url, val)
        if url in ch["updated"] or url in ch["cosmetic"]:
            assert status == 200, url
            assert _validators(h) != val
        else:
            assert status == 304, url
            unchanged += 1
    assert unchanged >= 3
    # within edition 2 the validators are stable again
    for url in ch["updated"] + ch["cosmetic"][:5]:
        _, h1, _ = fetch(url)
        assert fetch(url, _validators(h1))[0] == 304


def test_last_modified_advances(ed1):
    """A page changed by edition 2 is Last-Modified later than in edition 1, so that
    If-Modified-Since alone never hides a change."""
    from email.utils import parsedate_to_datetime
    for name in ("tribunadoplanalto", "ecodellavalle"):
        o = ed1.outlet(name)
        for a in o.live(1):
            ed1.edition = 1
            _, h1, _ = fetch(o.key_url(a))
            ed1.edition = 2
            _, h2, _ = fetch(o.key_url(a), {"If-Modified-Since": h1["Last-Modified"]})
            changed = o.page(o.path(a), 1).body != o.page(o.path(a), 2).body
            if changed:
                assert parsedate_to_datetime(h2["Last-Modified"]) > parsedate_to_datetime(h1["Last-Modified"])


# ---- formats -----------------------------------------------------------------------------------------------

def test_feeds_and_sitemaps_parse(ed1):
    for name, target in [("tribunadoplanalto", "/feed/"), ("tribunadoplanalto", "/sitemap_index.xml"),
                         ("tribunadoplanalto", "/post-sitemap.xml"),
                         ("meridianwire", "/arc/outboundfeeds/rss/?outputType=xml"),
                         ("meridianwire", "/arc/outboundfeeds/sitemap/?outputType=xml"),
                         ("federundfakt", "/feed"), ("federundfakt", "/sitemap.xml")]:
        status, headers, body = fetch(ed1.outlets[name] + target)
        assert status == 200 and "xml" in headers["Content-Type"], (name, target)
        ET.fromstring(body.split(b"<!--", 1)[0] if body.rstrip().endswith(b"-->") else body)


def test_legacy_is_really_latin1(ed1):
    base = ed1.outlets["ecodellavalle"]
    status, headers, body = fetch(base + "/articolo.php?id=3115")
    assert headers["Content-Type"] == "text/html; charset=iso-8859-1"
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    page = body.decode("iso-8859-1")
    assert 'charset=iso-8859-1' in page and "è uscito" in page and "I PIÙ LETTI" in page
    assert "application/ld+json" not in page and "datetime=" not in page and "article:published" not in page
    # the related box is immediately followed by the site-wide list, in the same markup
    assert re.search(r"LEGGI ANCHE</b>.*?</table>\n<table[^>]*class=\"box\"><tr><td[^>]*><b>I PIÙ LETTI", page, re.S)


def test_yoast_graph_and_amp(ed1):
    url = key_of(ed1, "tribunadoplanalto", "T1")
    _, h, b = fetch(url)
    page = b.decode()
    graph = json.loads(re.search(r'<script type="application/ld\+json" class="yoast-schema-graph">(.*?)</script>',
                                 page).group(1))
    article = next(n for n in graph["@graph"] if n["@type"] == "NewsArticle")
    assert set(article["author"]) == {"name", "@id"}
    assert any(n["@type"] == "Person" and n["@id"] == article["author"]["@id"] for n in graph["@graph"])
    amp = re.search(r'<link rel="amphtml" href="([^"]+)"', page).group(1)
    _, _, ab = fetch(amp)
    ap = ab.decode()
    assert "<html amp" in ap and "<amp-img" in ap and canonical_of(ap) == url
    assert "Mais lidas" not in ap and "comment-list" not in ap
    # AMP and canonical differ in markup but not in text; they write the dates in other zones
    k = next(a for a in ed1.key(1)["articles"] if a["url"] == url)
    for s in k["body_sentences"]:
        assert s in visible(ap)
    assert article["datePublished"].endswith("+00:00") and "-03:00" in ap


def test_no_resource_from_another_host(ed1):
    """Scripts, styles and images come from the world; other hosts only in anchors, under .example."""
    for e in (1, 2):
        ed1.edition = e
        for name, base in ed1.outlets.items():
            o = ed1.outlet(name)
            for target in o.all_targets(e) + [o.path(a) for a in o.live(e) if a.shell]:
                resp = o.page(target, e)
                if not resp.ctype.startswith("text/html"):
                    continue
                page = resp.body.decode("iso-8859-1" if "iso-8859-1" in resp.ctype else "utf-8")
                for m in re.finditer(r'<(script|img|amp-img|link|iframe)\b[^>]*\b(?:src|href)="([^"]+)"', page):
                    tag, src = m.groups()
                    full = urljoin(base + target, html.unescape(src))
                    if tag == "link" and re.search(r'rel="(canonical|amphtml|shortlink|alternate|profile)"', m.group(0)):
                        continue
                    assert ed1._owner(full) is not None, (name, target, src)
                for m in re.finditer(r'<a\b[^>]*\bhref="(https?://[^"]+)"', page):
                    full = html.unescape(m.group(1))
                    host = urlsplit(full).hostname
                    assert ed1._owner(full) is not None or host.endswith(".example"), (name, target, full)
