"""Self-check of the heldout2 world against its own key, over plain HTTP (urllib).

Run: .venv/bin/python -m pytest tests/openweb/heldout2 -q -p no:cacheprovider
"""
from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import time
import tomllib
import urllib.error
import urllib.request
from datetime import datetime, timedelta
from urllib.parse import urljoin, urlsplit

import pytest

from tests.openweb.heldout2 import World
from tests.openweb.heldout2.common import RULES, term_in
from tests.openweb.heldout2.keygen import page_links


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect)


def get(url: str, headers: dict | None = None):
    h = {"User-Agent": "heldout2-selfcheck/1.0"}
    h.update(headers or {})
    req = urllib.request.Request(url, headers=h)
    try:
        with _OPENER.open(req, timeout=15) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read()
    except urllib.error.HTTPError as e:
        return e.code, {k.lower(): v for k, v in e.headers.items()}, e.read()


def canonical_of(body: bytes) -> str | None:
    m = re.search(r"<link[^>]*rel=['\"]canonical['\"][^>]*>", body.decode("utf-8", "replace"))
    if not m:
        return None
    h = re.search(r"href=['\"]([^'\"]+)['\"]", m.group(0))
    return html.unescape(h.group(1)) if h else None


def text_of(body: bytes) -> str:
    t = html.unescape(body.decode("utf-8", "replace"))
    return re.sub(r"\s+", " ", t)


@pytest.fixture(scope="module")
def world():
    with World() as w:
        w.edition = 1
        yield w


@pytest.fixture(scope="module")
def keys(world):
    world.edition = 1
    k1 = world.key(1)
    k2 = world.key(2)
    return {1: k1, 2: k2}


# ---------------------------------------------------------------------------- lifecycle

def test_starts_fast_and_is_reusable():
    for _ in range(2):
        t = time.monotonic()
        with World() as w:
            elapsed = time.monotonic() - t
            assert elapsed < 1.0, elapsed
            assert len(w.outlets) == 4
            for base in w.outlets.values():
                assert get(base + "/robots.txt")[0] == 200


def test_seeds_and_rules(world, keys):
    seeds = tomllib.loads(world.seeds())
    sites = seeds["site"]
    assert {s["name"] for s in sites} == set(world.outlets)
    partners = [s["name"] for s in sites if s.get("syndication_partner")]
    assert partners == ["meridian-wire"]
    for s in sites:
        assert s["base_url"] == world.outlets[s["name"]]
        assert s["allow_networks"] == ["127.0.0.1/32"]
        assert s["rate"] == 200 and s["concurrency"] == 8 and s["max_depth"] == 6 and s["max_pages"] == 400
        assert "render" not in s and "selectors" not in s
        pats = [re.compile(p) for p in s["article_patterns"]]
        lpats = [re.compile(p) for p in s["listing_patterns"]]
        for u in s["start_urls"]:
            assert any(p.search(u) for p in lpats), (s["name"], u)
        for k in keys.values():
            for a in k["articles"]:
                if a["outlet"] != s["name"]:
                    continue
                parts = urlsplit(a["url"])
                pq = parts.path + (("?" + parts.query) if parts.query else "")
                assert any(p.search(pq) for p in pats), (s["name"], pq)
                assert not any(p.search(pq) for p in lpats), pq
    rules = tomllib.loads(world.rules())["rule"]
    assert {r["id"] for r in rules} == {"maduro", "cyberattack"}
    assert all(r["throttle_minutes"] == 0 for r in rules)


# ---------------------------------------------------------------------------- the key itself

def test_key_consistency(world, keys):
    start = world.start_time
    for ed, k in keys.items():
        urls = {a["url"] for a in k["articles"]}
        assert len(urls) == len(k["articles"])
        by_outlet = {}
        for a in k["articles"]:
            by_outlet.setdefault(a["outlet"], []).append(a)
            pub = datetime.fromisoformat(a["published"])
            assert pub.tzinfo is not None
            assert start - timedelta(hours=36) <= pub <= start, a["url"]
            if a["modified"]:
                assert pub < datetime.fromisoformat(a["modified"]) <= start
            assert len(a["body_sentences"]) == 3
            assert a["url"] not in a["variants"]
            assert all("#" not in v for v in a["variants"])
            if a["copy_of"]:
                assert a["copy_of"] in urls and a["copy_of"] != a["url"]
        if ed == 1:
            for name, arts in by_outlet.items():
                assert 8 <= len(arts) <= 14, (name, len(arts))
        rel = {tuple(e) for e in k["related"]}
        site = {tuple(e) for e in k["sitewide"]}
        assert not rel & site
        for f, t in rel | site:
            assert f in urls and t in urls and f != t
        assert sum(a["needs_rendering"] for a in k["articles"]) >= 2
        copies = [a for a in k["articles"] if a["copy_of"]]
        assert copies and all(k["outlets"][a["outlet"]]["syndication_partner"] for a in copies)
        alert_urls = {x["url"] for x in k["alerts"]}
        assert not alert_urls & {a["url"] for a in copies}
        # at least one alerting original has its reprint
        assert alert_urls & {a["copy_of"] for a in copies}
    # a story followed by a rule never links (related, either way) to an article the rule
    # does not match: the key has no story_development alerts to list
    for ed, k in keys.items():
        text = {}
        for o in world._objs.values():
            for a in o.edition(ed).articles.values():
                text[o.canonical_url(a)] = a.text()
        for r in RULES:
            match = {u for u, t in text.items() if any(term_in(x, t) for x in r["any"])}
            for f, t in k["related"]:
                assert (f in match) == (t in match), (r["id"], f, t)
    ch = keys[2]["changes"]
    assert keys[1]["changes"] is None
    assert ch["updated"] and ch["cosmetic"] and ch["new"]
    assert len({o for o in world._objs if any(u.startswith(world.outlets[o]) for u in ch["updated"])}) == 4
    assert {x["event"] for x in keys[2]["alerts"]} == {"new", "update"}
    # every page class the spec names has at least one instance
    allvars = [v for a in keys[1]["articles"] for v in a["variants"]]
    for marker in ("amp/", "print=1", "?p=", "m=1", "replytocom=", "showComment=", "relatedposts_hit=",
                   "ref=", "utm_source=", "fbclid=", "option=com_content"):
        assert any(marker in v for v in allvars), marker
    assert any(v.endswith("/") and not a["url"].endswith("/") for a in keys[1]["articles"] for v in a["variants"])
    assert any(a["url"].endswith("/") and v == a["url"][:-1] for a in keys[1]["articles"] for v in a["variants"])


# ---------------------------------------------------------------------------- pages vs key

def _check_article_pages(world, k):
    for a in k["articles"]:
        st, hd, body = get(a["url"])
        assert st == 200, (a["url"], st)
        t = text_of(body)
        assert a["title"] in t, a["url"]
        for s in a["body_sentences"]:
            assert s in t, (a["url"], s)
        canon = canonical_of(body)
        assert canon == (a["copy_of"] or a["url"]), (a["url"], canon)


def _check_variants(world, k):
    for a in k["articles"]:
        for v in a["variants"]:
            url, hops = v, 0
            while True:
                st, hd, body = get(url)
                if st in (301, 302, 307, 308):
                    url = urljoin(url, hd["location"])
                    hops += 1
                    assert hops <= 3, v
                    continue
                break
            assert st == 200, (v, st)
            if url != a["url"]:
                assert canonical_of(body) in (a["url"], a["copy_of"]), (v, canonical_of(body))


def test_edition1_pages_and_variants(world, keys):
    world.edition = 1
    _check_article_pages(world, keys[1])
    _check_variants(world, keys[1])


def test_edition2_pages_and_variants(world, keys):
    world.edition = 2
    try:
        _check_article_pages(world, keys[2])
        _check_variants(world, keys[2])
    finally:
        world.edition = 1


def test_editions_switch(world, keys):
    new = keys[2]["changes"]["new"]
    world.edition = 1
    for u in new:
        assert get(u)[0] == 404, u
    before = {u: get(u)[2] for u in keys[2]["changes"]["updated"]}
    world.edition = 2
    try:
        for u in new:
            assert get(u)[0] == 200, u
        k1 = {a["url"]: a for a in keys[1]["articles"]}
        k2 = {a["url"]: a for a in keys[2]["articles"]}
        for u, b1 in before.items():
            b2 = get(u)[2]
            assert b1 != b2, u
            # a substantive change: the headline or the text a reader sees
            assert k1[u]["title"] != k2[u]["title"] or len(text_of(b2)) > len(text_of(b1)), u
        for u in keys[2]["changes"]["cosmetic"]:
            assert k1[u]["title"] == k2[u]["title"]
            assert k1[u]["body_sentences"] == k2[u]["body_sentences"]
    finally:
        world.edition = 1


# ---------------------------------------------------------------------------- validators

def test_conditional_requests(world, keys):
    world.edition = 1
    k1 = keys[1]
    only_lm = set()
    for a in k1["articles"]:
        st, hd, body = get(a["url"])
        if a["needs_rendering"]:
            assert "etag" not in hd and "last-modified" not in hd
            assert get(a["url"])[2] != body       # the view counter moves
            continue
        assert "etag" in hd or "last-modified" in hd, a["url"]
        if "etag" not in hd:
            only_lm.add(a["outlet"])
        cond = {}
        if "etag" in hd:
            cond["If-None-Match"] = hd["etag"]
        if "last-modified" in hd:
            cond["If-Modified-Since"] = hd["last-modified"]
        st2, hd2, body2 = get(a["url"], cond)
        assert st2 == 304 and body2 == b"", (a["url"], st2)
        st3, hd3, _ = get(a["url"])
        assert hd3.get("etag") == hd.get("etag") and hd3.get("last-modified") == hd.get("last-modified")
        if "last-modified" in hd:
            assert get(a["url"], {"If-Modified-Since": hd["last-modified"]})[0] == 304
    assert only_lm == {"courrier-estuaire"}
    # after the switch: changed pages answer 200 to edition 1's validators, others 304
    val = {}
    for a in k1["articles"]:
        if not a["needs_rendering"]:
            hd = get(a["url"])[1]
            val[a["url"]] = {k: hd[h] for k, h in (("If-None-Match", "etag"), ("If-Modified-Since", "last-modified")) if h in hd}
    ch = keys[2]["changes"]
    world.edition = 2
    try:
        for u, cond in val.items():
            st = get(u, cond)[0]
            if u in ch["updated"] or u in ch["cosmetic"]:
                assert st == 200, u
            else:
                assert st == 304, u
    finally:
        world.edition = 1


# ---------------------------------------------------------------------------- graph

def _links(url: str, body: bytes) -> set[str]:
    return set(page_links(url, body, "text/html"))


def test_related_edges_appear(world, keys):
    for ed, k in keys.items():
        world.edition = ed
        try:
            spell = {a["url"]: {a["url"], *a["variants"]} for a in k["articles"]}
            pages = {}
            for f, t in k["related"]:
                if f not in pages:
                    pages[f] = _links(f, get(f)[2])
                assert pages[f] & spell[t], (ed, f, t)
        finally:
            world.edition = 1


def test_sitewide_lists_on_every_page(world, keys):
    for ed, k in keys.items():
        world.edition = ed
        try:
            spell = {a["url"]: {a["url"], *a["variants"]} for a in k["articles"]}
            targets = {}
            for f, t in k["sitewide"]:
                o = next(n for n, b in world.outlets.items() if f.startswith(b + "/"))
                targets.setdefault(o, set()).add(t)
            assert set(targets) == set(world.outlets)
            for a in k["articles"]:
                links = _links(a["url"], get(a["url"])[2])
                for t in targets[a["outlet"]]:
                    if t != a["url"]:
                        assert links & spell[t], (ed, a["url"], t)
            for o, base in world.outlets.items():     # and on the home page
                links = _links(base + "/", get(base + "/")[2])
                for t in targets[o]:
                    assert links & spell[t], (ed, o, t)
        finally:
            world.edition = 1


# ---------------------------------------------------------------------------- other classes

def test_amp_shortlinks_print(world, keys):
    world.edition = 1
    n_amp = n_short = n_print = 0
    for a in keys[1]["articles"]:
        st, hd, body = get(a["url"])
        page = body.decode()
        m = re.search(r'<link rel="amphtml" href="([^"]+)"', page)
        if m:
            n_amp += 1
            assert m.group(1) in a["variants"]
            st2, _, amp = get(m.group(1))
            assert st2 == 200 and b"<html amp" in amp and canonical_of(amp) == a["url"]
            assert amp != body and a["body_sentences"][0] in text_of(amp)
        m = re.search(r"<link rel='shortlink' href='([^']+)'", page)
        if m:
            n_short += 1
            st2, hd2, _ = get(m.group(1))
            assert st2 == 301 and hd2["location"] == a["url"]
            assert m.group(1) in a["variants"]
        for v in a["variants"]:
            if "print=1" in v:
                n_print += 1
                st2, _, pr = get(v)
                assert st2 == 200 and canonical_of(pr) == a["url"] and "print" in v
                assert html.escape(v[len(world.outlets[a["outlet"]]):], quote=True).replace("&#x27;", "'") in page
    assert n_amp >= 4 and n_short >= 8 and n_print >= 8


def test_fragment_links_present(world, keys):
    world.edition = 1
    seen = set()
    for a in keys[1]["articles"]:
        page = get(a["url"])[2].decode()
        for frag in ("#content", "#main", "#comments", "#respond", "#comment-", "#comment-form", "#more", "#up", "#c"):
            if f'{frag}' in page:
                seen.add(frag)
    assert {"#content", "#main", "#comments", "#respond", "#comment-"} <= seen


def test_no_foreign_resources(world, keys):
    pages = []
    for ed in (1, 2):
        world.edition = ed
        for o in world._objs.values():
            from tests.openweb.heldout2.keygen import all_pages
            for t in all_pages(world, o, ed):
                st, hd, body = get(o.base + t)
                if st == 200 and "html" in hd.get("content-type", ""):
                    pages.append((o.base + t, body.decode("utf-8", "replace")))
    world.edition = 1
    for url, page in pages:
        for m in re.finditer(r"<(script|img|amp-img|iframe|link|source)\b[^>]*>", page):
            tag = m.group(0)
            if m.group(1) == "link" and not re.search(r"rel=['\"](stylesheet|preload|icon)", tag):
                continue
            src = re.search(r"(?:src|href)=['\"]([^'\"]+)['\"]", tag)
            if not src:
                continue
            host = urlsplit(urljoin(url, html.unescape(src.group(1)))).hostname
            assert host == "127.0.0.1", (url, tag)
        for m in re.finditer(r"<a\b[^>]*href=['\"](https?://[^'\"]+)['\"]", page):
            host = urlsplit(html.unescape(m.group(1))).hostname
            assert host == "127.0.0.1" or host.endswith(".example"), (url, m.group(1))


def test_robots_and_feeds(world):
    world.edition = 1
    for name, base in world.outlets.items():
        st, hd, body = get(base + "/robots.txt")
        assert st == 200 and b"Disallow: /" in body
    seeds = tomllib.loads(world.seeds())["site"]
    for s in seeds:
        for f in s.get("feeds", []) + s.get("sitemaps", []):
            st, hd, body = get(s["base_url"] + f)
            assert st == 200 and "xml" in hd["content-type"], (s["name"], f)


def test_hits_log(world, keys):
    world.edition = 1
    world.reset_hits()
    a = next(x for x in keys[1]["articles"] if x["outlet"] == "meridian-wire" and not x["needs_rendering"])
    st, hd, _ = get(a["url"] + "?relatedposts_hit=1&relatedposts_origin=1&relatedposts_position=0",
                    {"User-Agent": "probe/2"})
    get(a["url"], {"If-None-Match": hd["etag"]})
    hits = world.hits()
    assert len(hits) == 2
    path = urlsplit(a["url"]).path
    assert hits[0] == {"outlet": "meridian-wire", "method": "GET",
                       "target": path + "?relatedposts_hit=1&relatedposts_origin=1&relatedposts_position=0",
                       "status": 200, "user_agent": "probe/2", "conditional": False}
    assert hits[1]["status"] == 304 and hits[1]["conditional"] is True and hits[1]["target"] == path
    world.reset_hits()
    assert world.hits() == []


# ---------------------------------------------------------------------------- JS shells in Chromium

def _chromium():
    for c in (os.environ.get("NEWSWATCH_CHROMIUM_PATH"), "/usr/lib/chromium/chromium", shutil.which("chromium"),
              shutil.which("chromium-browser")):
        if c and os.path.exists(c):
            return c
    return None


@pytest.mark.skipif(_chromium() is None, reason="no Chromium on this machine")
def test_shells_render_in_chromium(world, keys):
    world.edition = 1
    shells = [a for a in keys[1]["articles"] if a["needs_rendering"]]
    assert len(shells) >= 2
    for a in shells:
        static = text_of(get(a["url"])[2])
        out = subprocess.run(
            [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", "--dump-dom", a["url"]],
            capture_output=True, timeout=60)
        dom = text_of(out.stdout)
        plain = re.sub(r"<[^>]+>", " ", dom)
        plain = re.sub(r"\s+", " ", plain)
        for s in a["body_sentences"]:
            assert s in plain, (a["url"], s)
        # the static page shows none of the text outside its scripts
        static_plain = re.sub(r"<script\b.*?</script>", " ", static, flags=re.S)
        assert a["body_sentences"][0] not in static_plain, a["url"]


# ---------------------------------------------------------------------------- reachability

def test_every_article_reachable_from_the_seeds(world, keys):
    """A breadth-first walk from each site's start URLs, feeds and sitemaps, following only
    same-site links that its article or listing patterns accept and robots.txt allows, finds
    every article of the key (through some spelling of it) within max_depth."""
    from urllib.robotparser import RobotFileParser
    for ed in (1, 2):
        world.edition = ed
        try:
            k = keys[ed]
            for s in tomllib.loads(world.seeds())["site"]:
                base = s["base_url"]
                rp = RobotFileParser()
                rp.parse(get(base + "/robots.txt")[2].decode().splitlines())
                pats = [re.compile(p) for p in s["article_patterns"] + s["listing_patterns"]]
                seen, frontier = set(), [base + u for u in s["start_urls"] + s.get("feeds", []) + s.get("sitemaps", [])]
                for depth in range(s["max_depth"] + 1):
                    nxt = []
                    for u in frontier:
                        if u in seen:
                            continue
                        seen.add(u)
                        st, hd, body = get(u)
                        if st in (301, 302):
                            nxt.append(urljoin(u, hd["location"]))
                            continue
                        if st != 200:
                            continue
                        for v in page_links(u, body, hd.get("content-type", "")):
                            p = urlsplit(v)
                            if f"{p.scheme}://{p.netloc}" != base or not rp.can_fetch("*", v):
                                continue
                            pq = p.path + (("?" + p.query) if p.query else "")
                            if any(x.search(pq) for x in pats) or v.endswith(".xml") or "sitemap" in v:
                                nxt.append(v)
                    frontier = nxt
                for a in k["articles"]:
                    if a["outlet"] == s["name"]:
                        assert {a["url"], *a["variants"]} & seen, (ed, a["url"])
        finally:
            world.edition = 1
