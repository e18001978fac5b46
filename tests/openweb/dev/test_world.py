"""Self-check of the "dev" open-web world against its own answer key, over plain HTTP (urllib).

Run: .venv/bin/python -m pytest tests/openweb/dev -q -p no:cacheprovider
It never runs the crawler: it checks that the world is what its key says it is.
"""

from __future__ import annotations

import html
import json
import re
import time
import tomllib
import urllib.error
import urllib.request
import urllib.robotparser
from datetime import datetime
from urllib.parse import urljoin, urlsplit, urlunsplit

import pytest

from tests.openweb.dev import World
from tests.openweb.dev.common import RULES, term_matches

OUTLETS = ("isthmusledger", "meridianwire", "barrelgrid", "diariodellago")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def fetch(url, headers=None, method="GET"):
    req = urllib.request.Request(url, headers={"User-Agent": "openweb-selfcheck/1", **(headers or {})},
                                 method=method)
    try:
        with _OPENER.open(req, timeout=10) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def decode(headers, body):
    m = re.search(rb'charset=["\']?([\w-]+)', body[:600])
    ctype = headers.get("Content-Type", "")
    cs = re.search(r"charset=([\w-]+)", ctype)
    enc = cs.group(1) if cs else (m.group(1).decode() if m else "utf-8")
    return body.decode(enc)


def text_of(markup, scripts=True):
    if not scripts:
        markup = re.sub(r"(?is)<script\b.*?</script>", " ", markup)
    markup = re.sub(r"(?is)<(style|head)\b.*?</\1>", " ", markup) if not scripts else markup
    t = html.unescape(re.sub(r"<[^>]+>", " ", markup))
    return re.sub(r"\s+", " ", t)


def links(page_url, markup):
    out = set()
    for a, b in re.findall(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')""", markup):
        h = html.unescape(a or b).strip()
        if not h or h.startswith(("mailto:", "javascript:", "data:")):
            continue
        p = urlsplit(urljoin(page_url, h))
        out.add(urlunsplit((p.scheme, p.netloc, p.path, p.query, "")))
    return out


def rel_canonical(markup):
    m = re.search(r"""<link\s+rel=["']canonical["']\s+href=["']([^"']+)["']""", markup)
    return html.unescape(m.group(1)) if m else None


def get_page(url):
    status, headers, body = fetch(url)
    assert status == 200, (url, status)
    return decode(headers, body)


@pytest.fixture(scope="module")
def world():
    with World() as w:
        yield w


@pytest.fixture(scope="module")
def keys(world):
    return {1: world.key(1), 2: world.key(2)}


def variant_map(key):
    m = {}
    for a in key["articles"]:
        m[a["url"]] = a["url"]
        for v in a["variants"]:
            m[v] = a["url"]
    return m


# ---------------------------------------------------------------------------- lifecycle


def test_starts_fast_and_can_be_used_again_and_again():
    for _ in range(3):
        t = time.monotonic()
        with World() as w:
            assert time.monotonic() - t < 0.5
            assert set(w.outlets) == set(OUTLETS)
            for name, base in w.outlets.items():
                assert base.startswith("http://127.0.0.1:")
                assert fetch(base + "/robots.txt")[0] == 200
        # stopped: nothing answers any more
        with pytest.raises(OSError):
            urllib.request.urlopen(base + "/robots.txt", timeout=2)


def test_seeds_and_rules(world):
    seeds = tomllib.loads(world.seeds())
    sites = {s["name"]: s for s in seeds["site"]}
    assert set(sites) == set(OUTLETS)
    for name, s in sites.items():
        assert s["base_url"] == world.outlets[name]
        assert s["allow_networks"] == ["127.0.0.1/32"]
        assert (s["rate"], s["concurrency"], s["max_depth"], s["max_pages"]) == (200, 8, 6, 400)
        assert "selectors" not in s and "render" not in s
        assert s["article_patterns"] and s["listing_patterns"] and s["language"]
        for pat in s["article_patterns"] + s["listing_patterns"]:
            re.compile(pat)
    assert [n for n, s in sites.items() if s.get("syndication_partner")] == ["meridianwire"]
    assert sites["diariodellago"]["date_order"] == "DMY"
    rules = tomllib.loads(world.rules())["rule"]
    assert {r["id"] for r in rules} == {"maduro", "blackout"}
    assert all(r["throttle_minutes"] == 0 for r in rules)


# ---------------------------------------------------------------------------- the key


def test_key_shape_and_dates(world, keys):
    k1, k2 = keys[1], keys[2]
    assert set(k1["outlets"]) == set(OUTLETS)
    assert [n for n, o in k1["outlets"].items() if o["syndication_partner"]] == ["meridianwire"]
    json.dumps(k1), json.dumps(k2)
    for name in OUTLETS:
        n = sum(1 for a in k1["articles"] if a["outlet"] == name)
        assert 8 <= n <= 14, (name, n)
    urls = [a["url"] for a in k2["articles"]]
    assert len(urls) == len(set(urls))
    for key in (k1, k2):
        known = {a["url"] for a in key["articles"]}
        for a in key["articles"]:
            pub = datetime.fromisoformat(a["published"])
            assert pub.tzinfo is not None
            assert world.t0 - 36 * 3600 <= pub.timestamp() <= world.t0, a["url"]
            if a["modified"]:
                assert datetime.fromisoformat(a["modified"]).timestamp() >= pub.timestamp()
                assert datetime.fromisoformat(a["modified"]).timestamp() <= world.t0
            assert len(a["body_sentences"]) == 3
            assert a["copy_of"] is None or a["copy_of"] in known
            assert not any("#" in v for v in a["variants"])
            assert a["url"] not in a["variants"]
        for f, t in key["related"] + key["sitewide"]:
            assert f in known and t in known
        assert not set(map(tuple, key["related"])) & set(map(tuple, key["sitewide"]))
    assert k1["changes"] is None
    ch = k2["changes"]
    ed1 = {a["url"] for a in k1["articles"]}
    assert set(ch["new"]) == {a["url"] for a in k2["articles"]} - ed1
    assert not set(ch["updated"]) & set(ch["cosmetic"])
    assert set(ch["updated"]) | set(ch["cosmetic"]) <= ed1
    for name in OUTLETS:
        base = world.outlets[name]
        assert any(u.startswith(base) for u in ch["updated"]), name
        assert any(u.startswith(base) for u in ch["new"]), name
    copies = [a for a in k1["articles"] if a["copy_of"]]
    assert len(copies) >= 6
    assert len([a for a in k1["articles"] if a["needs_rendering"]]) >= 2


def test_alerts_are_about_originals_and_no_story_development(keys):
    k1, k2 = keys[1], keys[2]
    assert len(k1["alerts"]) == 9 and len(k2["alerts"]) == 3
    assert {(a["rule"], a["event"]) for a in k2["alerts"]} == {("maduro", "update"), ("maduro", "new"),
                                                               ("blackout", "update")}
    for key in (k1, k2):
        by_url = {a["url"]: a for a in key["articles"]}
        for al in key["alerts"]:
            assert by_url[al["url"]]["copy_of"] is None
        # an alerting original whose reprint exists
        reprinted = {a["copy_of"] for a in key["articles"] if a["copy_of"]}
        assert {al["url"] for al in key["alerts"]} & reprinted
    # every reprint of an alerting original matches too (the alert must not be lost to the copy)
    alerting = {al["url"] for al in k1["alerts"]}
    assert any(a["copy_of"] in alerting for a in k1["articles"] if a["copy_of"])


def test_related_edges_never_cross_rule_boundaries(world, keys):
    # A related edge between an article that matches a rule and one that does not would make
    # a "story development" alert that the key does not list: the world has none.
    for ed in (1, 2):
        for a in world.outlet_objects():
            for art in a.live(ed):
                from tests.openweb.dev.common import matching_rules
                mine = set(matching_rules(art.original or art, ed if not art.original else art.original.first))
                for k in art.related_at(ed):
                    other = world.article(k)
                    theirs = set(matching_rules(other.original or other,
                                                ed if not other.original else other.original.first))
                    assert mine == theirs, (art.key, k)


def test_no_stray_rule_terms(world, keys):
    alerting = {al["url"] for al in keys[1]["alerts"] + keys[2]["alerts"]}
    for a in keys[2]["articles"]:
        if a["copy_of"] is None and a["url"] not in alerting:
            art = next(x for o in world.outlet_objects() for x in o.arts if o.canonical(x) == a["url"])
            text = " ".join([art.title_at(2), art.summary_at(2)] + art.paras_at(2))
            for r in RULES:
                assert not any(term_matches(t, text) for t in r["any"]), (a["url"], r["id"])


# ---------------------------------------------------------------------------- pages over HTTP


@pytest.mark.parametrize("ed", [1, 2])
def test_articles_and_variants_answer(world, keys, ed):
    world.edition = ed
    try:
        key = keys[ed]
        for a in key["articles"]:
            status, headers, body = fetch(a["url"])
            assert status == 200, a["url"]
            markup = decode(headers, body)
            canon = rel_canonical(markup)
            expected = a["copy_of"] if a["copy_of"] and canon != a["url"] else a["url"]
            assert canon == expected, (a["url"], canon)
            visible = text_of(markup, scripts=not a["needs_rendering"])
            if a["needs_rendering"]:
                for s in a["body_sentences"]:
                    assert s not in visible, (a["url"], s)
                    assert s in html.unescape(markup), (a["url"], s)
            else:
                assert a["title"] in visible, a["url"]
                for s in a["body_sentences"]:
                    assert s in visible, (a["url"], s)
            for v in a["variants"]:
                st, hd, bd = fetch(v)
                if st in (301, 302):
                    assert urljoin(v, hd["Location"]) == a["url"], (v, hd["Location"])
                else:
                    assert st == 200, (v, st)
                    vm = decode(hd, bd)
                    assert rel_canonical(vm) == canon, (v, rel_canonical(vm), canon)
    finally:
        world.edition = 1


def test_new_articles_only_in_edition_2(world, keys):
    for url in keys[2]["changes"]["new"]:
        world.edition = 1
        assert fetch(url)[0] == 404
        world.edition = 2
        assert fetch(url)[0] == 200
    world.edition = 1


def test_cosmetic_edits_keep_substance_and_updates_change_it(world, keys):
    k1 = {a["url"]: a for a in keys[1]["articles"]}
    k2 = {a["url"]: a for a in keys[2]["articles"]}
    ch = keys[2]["changes"]
    for url in ch["cosmetic"]:
        assert k1[url]["title"] == k2[url]["title"]
        assert k1[url]["body_sentences"] == k2[url]["body_sentences"]
        assert k1[url]["published"] == k2[url]["published"]
    for url in ch["updated"]:
        assert (k1[url]["title"], k1[url]["body_sentences"]) != (k2[url]["title"], k2[url]["body_sentences"])
    # pages really differ between the editions, and the updated text is served
    for url in ch["cosmetic"] + ch["updated"]:
        world.edition = 1
        one = fetch(url)[2]
        world.edition = 2
        two = fetch(url)[2]
        assert one != two, url
    world.edition = 1


def test_same_instant_in_another_time_zone(world, keys):
    wp = world.outlets["isthmusledger"]
    url = next(a["url"] for a in keys[1]["articles"] if a["url"].startswith(wp) and not a["copy_of"])
    pat = r'article:published_time" content="([^"]+)"'
    world.edition = 1
    one = re.search(pat, get_page(url)).group(1)
    world.edition = 2
    two = re.search(pat, get_page(url)).group(1)
    world.edition = 1
    assert one != two and datetime.fromisoformat(one) == datetime.fromisoformat(two)
    amp = re.search(r'"datePublished": "([^"]+)"', get_page(url + "amp/")).group(1)
    assert amp != one and datetime.fromisoformat(amp) == datetime.fromisoformat(one)


def test_amp_pages_carry_the_same_text(world, keys):
    for ed in (1, 2):
        world.edition = ed
        for a in keys[ed]["articles"]:
            amps = [v for v in a["variants"] if v.endswith("/amp/") or v.endswith("?amp=1")]
            if not amps:
                continue
            canonical_paras = re.findall(r"<p>(.*?)</p>", get_page(a["url"]))
            amp_paras = re.findall(r"<p>(.*?)</p>", get_page(amps[0]))
            body = [p for p in amp_paras if p in canonical_paras]
            assert len(body) >= 4 and body == [p for p in canonical_paras if p in amp_paras]
            assert a["title"] in text_of(get_page(amps[0]))
    world.edition = 1


def test_conditional_requests(world, keys):
    world.edition = 1
    validators = {}
    try:
        for a in keys[1]["articles"]:
            if a["needs_rendering"]:
                continue
            st, hd, _ = fetch(a["url"])
            st2, hd2, _ = fetch(a["url"])
            assert st == st2 == 200
            etag, lm = hd.get("ETag"), hd.get("Last-Modified")
            assert etag or lm, a["url"]
            assert (etag, lm) == (hd2.get("ETag"), hd2.get("Last-Modified")), a["url"]
            outlet = a["outlet"]
            if outlet == "diariodellago":
                assert lm and not etag
            if outlet == "barrelgrid":
                assert etag and not lm and etag.startswith('W/"')
            cond = {"If-None-Match": etag} if etag else {"If-Modified-Since": lm}
            assert fetch(a["url"], cond)[0] == 304, a["url"]
            if lm:
                assert fetch(a["url"], {"If-Modified-Since": lm})[0] == 304
            validators[a["url"]] = cond
        world.edition = 2
        changed = set(keys[2]["changes"]["cosmetic"]) | set(keys[2]["changes"]["updated"])
        for url, cond in validators.items():
            st, hd, _ = fetch(url, cond)
            assert st == (200 if url in changed else 304), url
            if st == 200:
                new = {"If-None-Match": hd["ETag"]} if "If-None-Match" in cond else {"If-Modified-Since": hd["Last-Modified"]}
                assert fetch(url, new)[0] == 304
        world.edition = 1
        for url, cond in validators.items():
            assert fetch(url, cond)[0] == 304, url
        # listings are cached too
        for base in world.outlets.values():
            st, hd, _ = fetch(base + "/")
            if st == 200:
                cond = {"If-None-Match": hd["ETag"]} if hd.get("ETag") else {"If-Modified-Since": hd["Last-Modified"]}
                assert fetch(base + "/", cond)[0] == 304
    finally:
        world.edition = 1


def test_js_shells(world, keys):
    shells = [a for a in keys[1]["articles"] if a["needs_rendering"]]
    assert {a["outlet"] for a in shells} == {"meridianwire", "barrelgrid"}
    for a in shells:
        st, hd, b1 = fetch(a["url"])
        _, _, b2 = fetch(a["url"])
        assert st == 200
        assert b1 != b2                                   # the view counter moves on every request
        assert "ETag" not in hd and "Last-Modified" not in hd
        markup = b1.decode()
        assert ("__NEXT_DATA__" in markup) or ("window.__STATE__" in markup)
        assert re.search(r"Loading", markup)
        assert a["title"] in markup                       # in <title>, og:title and the blob
        static = html.unescape(re.sub(r"(?is)<script\b.*?</script>", "", markup))
        for s in a["body_sentences"]:
            assert s not in static and s in html.unescape(markup)
        assert not re.search(r"<script[^>]+src=", markup)  # inline scripts only


def test_related_edges_appear_in_their_pages(world, keys):
    for ed in (1, 2):
        world.edition = ed
        key = keys[ed]
        vm = variant_map(key)
        pages = {}
        for f, t in key["related"]:
            if f not in pages:
                pages[f] = {vm.get(u, u) for u in links(f, get_page(f))}
            assert t in pages[f], (ed, f, t)
    world.edition = 1


def test_sitewide_lists_on_every_page(world, keys):
    for ed in (1, 2):
        world.edition = ed
        key = keys[ed]
        vm = variant_map(key)
        related = {tuple(e) for e in key["related"]}
        by_outlet = {}
        for f, t in key["sitewide"]:
            by_outlet.setdefault(next(a["outlet"] for a in key["articles"] if a["url"] == f), set()).add(t)
        assert set(by_outlet) == set(OUTLETS)
        for a in key["articles"]:
            targets = by_outlet[a["outlet"]]
            found = {vm.get(u, u) for u in links(a["url"], get_page(a["url"]))}
            missing = {t for t in targets if t != a["url"] and t not in found}
            assert not missing, (a["url"], missing)
            for t in targets:
                if t != a["url"] and (a["url"], t) not in related:
                    assert [a["url"], t] in key["sitewide"]
    world.edition = 1


def test_hits_are_recorded(world):
    world.reset_hits()
    base = world.outlets["isthmusledger"]
    fetch(base + "/feed/", {"User-Agent": "probe/2"})
    fetch(base + "/", {"If-Modified-Since": "Thu, 01 Jan 2099 00:00:00 GMT"})
    fetch(base + "/?p=999999")
    fetch(world.outlets["diariodellago"] + "/nota.php?id=4518&ref=masleido", method="HEAD")
    hits = world.hits()
    assert [h["target"] for h in hits] == ["/feed/", "/", "/?p=999999", "/nota.php?id=4518&ref=masleido"]
    assert hits[0]["user_agent"] == "probe/2" and hits[0]["conditional"] is False
    assert hits[1]["conditional"] is True and hits[1]["status"] == 304
    assert hits[2]["status"] == 404
    assert hits[3]["method"] == "HEAD" and hits[3]["outlet"] == "diariodellago"
    world.reset_hits()
    assert world.hits() == []


def test_robots_and_their_traps(world, keys):
    traps = {"isthmusledger": "/wp-login.php", "meridianwire": "/user/login?destination=/node/",
             "barrelgrid": None, "diariodellago": "buscar.php?avanzada=1"}
    for name, base in world.outlets.items():
        st, _, body = fetch(base + "/robots.txt")
        assert st == 200 and b"Disallow:" in body
        rp = urllib.robotparser.RobotFileParser()
        rp.parse(body.decode().splitlines())
        for a in keys[1]["articles"]:
            if a["outlet"] == name:
                assert rp.can_fetch("newswatch", a["url"]), a["url"]
        if traps[name]:
            home_links = set()
            for a in keys[1]["articles"][:40]:
                if a["outlet"] == name:
                    home_links |= links(a["url"], get_page(a["url"]))
            trapped = [u for u in home_links if traps[name] in u]
            assert trapped and not rp.can_fetch("newswatch", trapped[0]), name


def test_no_resource_from_another_host(world, keys):
    for ed in (1, 2):
        world.edition = ed
        for a in keys[ed]["articles"]:
            for url in [a["url"]] + a["variants"]:
                st, hd, body = fetch(url)
                if st != 200:
                    continue
                markup = decode(hd, body)
                for src in re.findall(r"""\bsrc\s*=\s*["']([^"']+)""", markup):
                    u = urljoin(url, html.unescape(src))
                    assert u.startswith("http://127.0.0.1:") or u.startswith("data:"), (url, src)
                for u in links(url, markup):
                    host = urlsplit(u).hostname or ""
                    assert host == "127.0.0.1" or host.endswith(".example"), (url, u)
    world.edition = 1


def test_legacy_encoding(world, keys):
    base = world.outlets["diariodellago"]
    st, hd, body = fetch(base + "/nota.php?id=4518")
    assert st == 200
    assert "charset" not in hd["Content-Type"]
    assert b'charset=windows-1252' in body
    assert "Apagón".encode("cp1252") in body and "Apagón".encode("utf-8") not in body
    assert "Lo más leído".encode("cp1252") in body
    markup = body.decode("cp1252")
    assert not re.search(r'itemprop|application/ld\+json|og:|article:published_time|<time', markup)
    assert re.search(r"\d{2}/\d{2}/\d{4} \| \d{1,2}:\d{2} [ap]\.m\.", markup)


def test_page_classes_present(world, keys):
    wp, wire, ghost, legacy = (world.outlets[n] for n in OUTLETS)
    a1 = {a["outlet"]: [] for a in keys[1]["articles"]}
    for a in keys[1]["articles"]:
        a1[a["outlet"]].append(a)
    w1 = next(a for a in a1["isthmusledger"] if "maduro-arraigned" in a["url"])
    page = get_page(w1["url"])
    for needle in ('href="#content"', "#comments", "#respond", "#comment-12", "?replytocom=12#respond",
                   "relatedposts_hit=1&#038;relatedposts_origin=", 'rel="amphtml"', "rel='shortlink'",
                   '"@graph"', '"author": {"@id"', "jp-relatedposts", "More news", "Trending", 'rel="prev"'):
        assert needle in page, needle
    assert any("?replytocom=" in v for v in w1["variants"]) and any(v.endswith("/amp/") for v in w1["variants"])
    assert any("/?p=" in v for v in w1["variants"]) and any(v.endswith("/print/") for v in w1["variants"])
    home = get_page(wp + "/")
    assert "utm_source=homepage" in home
    opinion = get_page(next(a["url"] for a in a1["isthmusledger"] if "opinion" in a["url"]))
    assert "yarpp-related" in opinion and "Related posts:" in opinion and "Also read:" in opinion
    assert "Read more:" in get_page(next(a["url"] for a in a1["isthmusledger"] if "migrants" in a["url"]))
    # wire
    wire_pages = {a["url"]: get_page(a["url"]) for a in a1["meridianwire"]}
    joined = "\n".join(wire_pages.values())
    for needle in ("More on this story", "Related coverage", "Más sobre este tema", "Te puede interesar",
                   "Most read", "view-related-content", 'rel="shortlink"', "?amp=1", "#main-content",
                   "window.__STATE__"):
        assert needle in joined, needle
    cross = [u for u, p in wire_pages.items() if (rel_canonical(p) or u).split("/")[2] != u.split("/")[2]]
    assert len(cross) >= 4
    no_canonical_copy = [a for a in a1["meridianwire"] if a["copy_of"] and rel_canonical(wire_pages[a["url"]]) == a["url"]]
    assert no_canonical_copy
    assert "utm_source=rss" in get_page(wire + "/en/rss.xml")
    # ghost: minimal markup, no JSON-LD
    ghost_pages = [get_page(a["url"]) for a in a1["barrelgrid"]]
    assert all("application/ld+json" not in p for p in ghost_pages)
    assert all("#/portal/signup" in p and 'href="#main"' in p for p in ghost_pages)
    assert any("Read more" in p and "post-card" in p for p in ghost_pages)
    assert any("__NEXT_DATA__" in p for p in ghost_pages)
    assert "?ref=featured" in get_page(ghost + "/")
    crosspost = next(a for a in a1["barrelgrid"] if a["copy_of"])
    assert rel_canonical(get_page(crosspost["url"])) == crosspost["url"]
    # legacy
    nota = get_page(legacy + "/nota.php?id=4515")
    for needle in ("Noticias relacionadas", "Lo más leído", "Últimas noticias", "fbclid=", "&amp;ref=masleido",
                   "imprimir.php?id=4515", "<table", "Página generada el"):
        assert needle in nota, needle
    assert re.search(r"\(\d{2}/\d{2}/\d{4}\)", nota)      # related dates in DD/MM/YYYY
