"""Tests of the freshness world itself (not of any monitor)."""

from __future__ import annotations

import email.utils
import http.client
import json
import math
import os
import re
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from . import content
from .answer_key import percentile, score
from .site import FreshnessSite

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
      "news": "http://www.google.com/schemas/sitemap-news/0.9",
      "atom": "http://www.w3.org/2005/Atom"}


class FakeClock:
    def __init__(self, t=1_750_000_000.25):
        self.t = t

    def __call__(self):
        return self.t

    def set(self, t):
        self.t = t


def get(site, path, headers=None, method="GET"):
    u = urlsplit(site.base_url)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=10)
    try:
        conn.request(method, path, headers=headers or {})
        resp = conn.getresponse()
        body = resp.read()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, body
    finally:
        conn.close()


def post(url, form):
    u = urlsplit(url)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=10)
    try:
        body = urlencode(form)
        conn.request("POST", u.path, body=body, headers={"Content-Type": "application/x-www-form-urlencoded"})
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


def wait_for(pred, timeout=5.0):
    end = time.time() + timeout
    while time.time() < end:
        if pred():
            return True
        time.sleep(0.02)
    return pred()


def links(html_bytes, prefix="/news/"):
    return re.findall(r'href="(' + re.escape(prefix) + r'[^"]+)"', html_bytes.decode())


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def site(clock):
    with FreshnessSite(seed=7, rate_per_minute=60, duration_s=10, clock=clock) as s:
        yield s


# --------------------------------------------------------------------------- determinism & content
def test_determinism_from_seed():
    a = FreshnessSite(seed=3, rate_per_minute=60, duration_s=10)
    b = FreshnessSite(seed=3, rate_per_minute=60, duration_s=10)
    c = FreshnessSite(seed=4, rate_per_minute=60, duration_s=10)
    assert a.schedule() == b.schedule()
    assert a.articles() == b.articles()
    assert a.schedule(include_initial=True) == b.schedule(include_initial=True)
    assert a.articles() != c.articles()
    assert [e["offset"] for e in a.schedule()] != [e["offset"] for e in c.schedule()] or \
        [x["headline"] for x in a.articles()] != [x["headline"] for x in c.articles()]
    assert len([x for x in a.articles() if x["initial"]]) == 40
    # the schedule is whole seconds within the window, new ones after the start
    for e in a.schedule():
        assert isinstance(e["offset"], int) and 1 <= e["offset"] <= 10


def test_content_shape_and_maduro_share():
    new = mad = 0
    for seed in range(8):
        s = FreshnessSite(seed=seed, rate_per_minute=60, duration_s=120, edit_fraction=0.3)
        arts = s.articles()
        assert len({x["slug"] for x in arts}) == len(arts)
        for x in arts:
            first = x["versions"][0]
            assert 3 <= len(first["paragraphs"]) <= 6
            assert x["headline"] and x["summary"] and x["byline"].startswith("By ")
            assert x["category"] in content.CATEGORIES
            for v in x["versions"]:
                assert all(len(p.split()) >= 40 for p in v["paragraphs"])
                text = " ".join([x["headline"], x["summary"]] + v["paragraphs"]).lower()
                assert v["mentions_maduro"] == ("maduro" in text)
            if not x["initial"]:
                new += 1
                mad += first["mentions_maduro"]
        edits = [e for e in s.schedule() if e["kind"] == "edit"]
        assert edits, "edit_fraction 0.3 should give edits"
        for e in edits:
            art = next(x for x in arts if x["slug"] == e["slug"])
            assert art["offset"] < e["offset"]
    assert 0.25 < mad / new < 0.42
    # nothing outside the Maduro banks mentions him
    for bank in (content.STORIES, content.VENEZUELA_STORIES):
        assert "maduro" not in json.dumps(bank, ensure_ascii=False).lower()
    for pool in (content.GENERIC_PARAGRAPHS, content.GENERIC_SOFT, content.UPDATE_PARAGRAPHS,
                 content.REPLACEMENT_SENTENCES, content.FIRST_NAMES, content.LAST_NAMES):
        assert "maduro" not in " ".join(pool).lower()


# --------------------------------------------------------------------------- HTTP caching
def test_conditional_get_304_with_both_validators(site, clock):
    first = site.schedule()[0]
    art = next(x for x in site.articles() if x["initial"])
    paths = ["/", f"/category/{first['category']}", art["path"], "/rss.xml", "/sitemap.xml", "/news-sitemap.xml", "/robots.txt"]
    saved = {}
    for p in paths:
        st, h, body = get(site, p)
        assert st == 200, p
        assert h["cache-control"] == "max-age=0"
        assert h["etag"].startswith('"') and h["last-modified"]
        assert int(h["content-length"]) == len(body)
        lm = email.utils.parsedate_to_datetime(h["last-modified"]).timestamp()
        assert lm <= clock()
        saved[p] = (h["etag"], h["last-modified"], body)
        st, h2, b2 = get(site, p, {"If-None-Match": h["etag"]})
        assert st == 304 and b2 == b"" and h2["etag"] == h["etag"]
        st, _, b2 = get(site, p, {"If-Modified-Since": h["last-modified"]})
        assert st == 304 and b2 == b""
        st, _, b2 = get(site, p, {"If-None-Match": f'W/{h["etag"]}, "other"'})
        assert st == 304
        # If-None-Match takes precedence over If-Modified-Since
        st, _, b2 = get(site, p, {"If-None-Match": '"nope"', "If-Modified-Since": h["last-modified"]})
        assert st == 200 and b2 == body
        st, h3, b3 = get(site, p, method="HEAD")
        assert st == 200 and b3 == b"" and h3["etag"] == h["etag"]
    # the first publication changes the listings, the feed and the sitemaps
    clock.set(first["time"] + 0.5)
    for p in ["/", "/rss.xml", "/sitemap.xml", "/news-sitemap.xml", f"/category/{first['category']}"]:
        etag, lms, body = saved[p]
        st, h, b = get(site, p, {"If-None-Match": etag})
        assert st == 200 and b != body and h["etag"] != etag, p
        st, h, _ = get(site, p, {"If-Modified-Since": lms})
        assert st == 200, p
        assert email.utils.parsedate_to_datetime(h["last-modified"]).timestamp() == first["time"]
    # unaffected pages still answer 304
    for p in [art["path"], "/robots.txt"]:
        assert get(site, p, {"If-None-Match": saved[p][0]})[0] == 304
        assert get(site, p, {"If-Modified-Since": saved[p][1]})[0] == 304


def test_article_absent_before_its_time(site, clock):
    ev = site.schedule()[0]
    assert ev["kind"] == "new"
    clock.set(ev["time"] - 0.01)
    assert get(site, ev["path"])[0] == 404
    assert site.ground_truth() == []
    for p in ["/", "/rss.xml", "/sitemap.xml", "/news-sitemap.xml", f"/category/{ev['category']}"]:
        assert ev["slug"].encode() not in get(site, p)[2], p
    clock.set(ev["time"])
    st, h, body = get(site, ev["path"])
    assert st == 200
    page = body.decode()
    assert "<article" in page and "<h1 class=\"headline\">" in page
    m = re.search(r'<time class="published" datetime="([^"]+)">(\d\d/\d\d/\d{4} \d\d:\d\d)</time>', page)
    assert m and datetime.fromisoformat(m.group(1)).timestamp() == ev["time"]
    assert datetime.fromisoformat(m.group(1)).strftime("%d/%m/%Y %H:%M") == m.group(2)
    for p in ["/", "/rss.xml", "/sitemap.xml", "/news-sitemap.xml", f"/category/{ev['category']}"]:
        assert ev["slug"].encode() in get(site, p)[2], p
    gt = site.ground_truth()
    assert [e["slug"] for e in gt if e["offset"] == ev["offset"]]
    assert gt[0]["time"] == ev["time"] and gt[0]["url"] == site.base_url + ev["path"]
    # everything in the ground truth has happened; nothing later has
    assert all(e["time"] <= clock() for e in gt)
    assert len(gt) == sum(1 for e in site.schedule() if e["time"] <= clock())


def test_edit_updates_page_and_lastmod(clock):
    with FreshnessSite(seed=11, rate_per_minute=60, duration_s=10, edit_fraction=0.5, clock=clock) as s:
        ed = next(e for e in s.schedule() if e["kind"] == "edit")
        clock.set(ed["time"] - 0.5)
        st, h, before = get(s, ed["path"])
        assert st == 200
        clock.set(ed["time"] + 0.5)
        st, h2, after = get(s, ed["path"], {"If-None-Match": h["etag"]})
        assert st == 200 and after != before
        assert email.utils.parsedate_to_datetime(h2["last-modified"]).timestamp() == ed["time"]
        assert get(s, ed["path"], {"If-Modified-Since": h["last-modified"]})[0] == 200
        assert b'<time class="updated"' in after
        sm = ET.fromstring(get(s, "/sitemap.xml")[2])
        lastmod = {u.find("sm:loc", NS).text: u.find("sm:lastmod", NS) for u in sm.findall("sm:url", NS)}
        assert datetime.fromisoformat(lastmod[s.base_url + ed["path"]].text).timestamp() == ed["time"]
        gt = s.ground_truth()
        assert any(e["kind"] == "edit" and e["slug"] == ed["slug"] for e in gt)


# --------------------------------------------------------------------------- consistency
def test_feed_and_sitemaps_consistent_with_pages(site, clock):
    clock.set(site.ends_at + 1)
    now = clock()
    arts = [x for x in site.articles() if x["time"] <= now]
    newest = sorted(arts, key=lambda x: (x["time"], x["id"]), reverse=True)
    by_url = {site.base_url + x["path"]: x for x in arts}

    rss = ET.fromstring(get(site, "/rss.xml")[2])
    items = rss.findall("./channel/item")
    assert len(items) == 20
    assert [i.find("link").text for i in items] == [site.base_url + x["path"] for x in newest[:20]]
    for it in items:
        st, h, body = get(site, urlsplit(it.find("link").text).path)
        assert st == 200
        page = body.decode()
        h1 = re.search(r'<h1 class="headline">(.*?)</h1>', page).group(1)
        assert it.find("title").text == __import__("html").unescape(h1)
        t = re.search(r'<time class="published" datetime="([^"]+)"', page).group(1)
        assert email.utils.parsedate_to_datetime(it.find("pubDate").text).timestamp() == \
            datetime.fromisoformat(t).timestamp()
        upd = datetime.fromisoformat(it.find("atom:updated", NS).text).timestamp()
        assert upd == email.utils.parsedate_to_datetime(h["last-modified"]).timestamp()
        # related news: 3 links to published articles of the same category, with DD/MM/YYYY dates
        aside = page.split('<aside class="related">', 1)[1]
        rel = re.findall(r'<li><a href="(/news/[^"]+)">.*?</a> <span class="date">(\d\d/\d\d/\d{4})</span></li>', aside)
        assert len(rel) == 3
        cat = by_url[it.find("link").text]["category"]
        for p, _ in rel:
            assert by_url[site.base_url + p]["category"] == cat
            assert get(site, p)[0] == 200
    assert rss.find("./channel/atom:link[@rel='self']", NS) is not None
    assert rss.find("./channel/atom:link[@rel='hub']", NS) is None  # websub off

    sm = ET.fromstring(get(site, "/sitemap.xml")[2])
    locs = {u.find("sm:loc", NS).text: u.find("sm:lastmod", NS) for u in sm.findall("sm:url", NS)}
    assert set(by_url) <= set(locs) and len(locs) == len(by_url) + 1  # + home page
    for url, x in by_url.items():
        st, h, _ = get(site, x["path"], method="HEAD")
        assert datetime.fromisoformat(locs[url].text).timestamp() == \
            email.utils.parsedate_to_datetime(h["last-modified"]).timestamp()

    ns = ET.fromstring(get(site, "/news-sitemap.xml")[2])
    news_urls = {}
    for u in ns.findall("sm:url", NS):
        pd = datetime.fromisoformat(u.find("news:news/news:publication_date", NS).text).timestamp()
        news_urls[u.find("sm:loc", NS).text] = pd
        assert u.find("sm:lastmod", NS) is not None
    r = math.floor(now - site.T0)
    expected = {url for url, x in by_url.items() if x["offset"] > r - 48 * 3600}
    assert set(news_urls) == expected
    assert all(news_urls[u] == by_url[u]["time"] for u in news_urls)

    home = get(site, "/")[2]
    assert links(home) == [x["path"] for x in newest[:30]]
    assert re.search(rb"\d\d/\d\d/\d{4} \d\d:\d\d", home)
    for cat in content.CATEGORIES:
        page = get(site, f"/category/{cat}")[2]
        got = links(page)
        assert got == [x["path"] for x in newest if x["category"] == cat][:20]
    assert get(site, "/category/nope")[0] == 404
    assert get(site, "/nope")[0] == 404
    robots = get(site, "/robots.txt")[2].decode()
    assert "Allow: /" in robots and f"Sitemap: {site.base_url}/sitemap.xml" in robots
    assert f"Sitemap: {site.base_url}/news-sitemap.xml" in robots


def test_request_log_and_counts(site, clock):
    art = site.articles()[0]
    get(site, "/")
    st, h, _ = get(site, "/rss.xml")
    get(site, "/rss.xml", {"If-None-Match": h["etag"]})
    get(site, art["path"])
    get(site, "/sitemap.xml")
    get(site, "/robots.txt")
    get(site, "/news/not-yet-1")
    log = site.requests()
    assert [r["status"] for r in log] == [200, 200, 304, 200, 200, 200, 404]
    assert [r["conditional"] for r in log] == [False, False, True, False, False, False, False]
    assert log[2]["bytes"] == 0 and log[0]["bytes"] > 1000
    assert set(log[0]) >= {"time", "method", "path", "status", "bytes", "conditional"}
    c = site.counts()
    assert c["home"]["requests"] == 1 and c["feed"]["requests"] == 2 and c["feed"]["not_modified"] == 1
    assert c["article"]["requests"] == 2 and c["article"]["not_found"] == 1
    assert c["sitemap"]["requests"] == 1 and c["robots"]["requests"] == 1 and c["hub"]["requests"] == 0
    assert c["total"]["requests"] == 7


# --------------------------------------------------------------------------- WebSub
class _Callback(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    echo = True

    def log_message(self, *a):
        pass

    def do_GET(self):
        q = parse_qs(urlsplit(self.path).query)
        self.server.verifications.append(q)
        body = (q["hub.challenge"][0] if self.server.echo else "wrong").encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        n = int(self.headers.get("Content-Length", 0))
        self.server.pushes.append((time.time(), dict(self.headers), self.rfile.read(n)))
        self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()


def _callback_server(echo=True):
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Callback)
    srv.daemon_threads = True
    srv.echo, srv.verifications, srv.pushes = echo, [], []
    threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return srv


def test_websub_hub_verification_and_push(clock):
    good, bad = _callback_server(True), _callback_server(False)
    try:
        with FreshnessSite(seed=5, rate_per_minute=60, duration_s=10, websub=True, clock=clock) as s:
            feed = ET.fromstring(get(s, "/rss.xml")[2])
            hub = feed.find("./channel/atom:link[@rel='hub']", NS).get("href")
            topic = feed.find("./channel/atom:link[@rel='self']", NS).get("href")
            assert hub == s.base_url + "/hub" and topic == s.base_url + "/rss.xml"
            assert 'rel="hub"' in get(s, "/rss.xml")[1]["link"]
            # refused: non-local callback, bad mode, unknown topic
            assert post(hub, {"hub.mode": "subscribe", "hub.topic": topic,
                              "hub.callback": "http://example.com/cb"})[0] == 400
            assert post(hub, {"hub.mode": "subscribe", "hub.topic": topic,
                              "hub.callback": "http://localhost:9/cb"})[0] == 400
            assert post(hub, {"hub.mode": "publish", "hub.topic": topic,
                              "hub.callback": f"http://127.0.0.1:{good.server_port}/cb"})[0] == 400
            assert post(hub, {"hub.mode": "subscribe", "hub.topic": s.base_url + "/other",
                              "hub.callback": f"http://127.0.0.1:{good.server_port}/cb"})[0] == 400
            good_cb = f"http://127.0.0.1:{good.server_port}/cb?id=1"
            bad_cb = f"http://127.0.0.1:{bad.server_port}/cb"
            assert post(hub, {"hub.mode": "subscribe", "hub.topic": topic, "hub.callback": good_cb,
                              "hub.secret": "s3cret"})[0] == 202
            assert post(hub, {"hub.mode": "subscribe", "hub.topic": topic, "hub.callback": bad_cb})[0] == 202
            assert wait_for(lambda: len([x for x in s.hub_log() if x["action"] == "verify"]) == 2)
            q = good.verifications[0]
            assert q["hub.mode"] == ["subscribe"] and q["hub.topic"] == [topic] and q["id"] == ["1"]
            assert set(s.subscriptions()) == {good_cb}
            assert not good.pushes
            # first publication -> the feed is pushed to the verified callback only
            ev = s.schedule()[0]
            clock.set(ev["time"] + 0.1)
            assert wait_for(lambda: len(good.pushes) >= 1)
            _, headers, body = good.pushes[0]
            assert ev["slug"].encode() in body
            assert body == get(s, "/rss.xml")[2]
            import hashlib
            import hmac
            sig = hmac.new(b"s3cret", body, hashlib.sha256).hexdigest()
            assert headers.get("X-Hub-Signature") == f"sha256={sig}"
            time.sleep(0.2)
            assert not bad.pushes
            assert len(good.pushes) == 1  # one push per event second
            assert s.counts()["hub"]["requests"] == 6
            # unsubscribe stops deliveries
            assert post(hub, {"hub.mode": "unsubscribe", "hub.topic": topic, "hub.callback": good_cb})[0] == 202
            assert wait_for(lambda: not s.subscriptions())
            clock.set(s.ends_at + 1)
            time.sleep(0.3)
            assert len(good.pushes) == 1
    finally:
        for srv in (good, bad):
            srv.shutdown()
            srv.server_close()


def test_websub_off_has_no_hub(site):
    st, _ = post(site.base_url + "/hub", {"hub.mode": "subscribe"})
    assert st == 404


# --------------------------------------------------------------------------- real time & CLI
def test_real_clock_publishes_on_schedule():
    with FreshnessSite(seed=2, rate_per_minute=60, duration_s=10, initial_articles=10) as s:
        ev = s.schedule()[0]
        assert ev["time"] - time.time() < 6
        assert get(s, ev["path"])[0] == 404 or time.time() >= ev["time"]
        time.sleep(max(0.0, ev["time"] - time.time()) + 0.05)
        assert get(s, ev["path"])[0] == 200
        assert ev["slug"] in [e["slug"] for e in s.ground_truth()]
        assert 0 <= ev["time"] - s.started_at <= ev["offset"]


def test_cli_serves_and_writes_answer_key(tmp_path):
    root = Path(__file__).resolve().parents[2]
    key = tmp_path / "key.json"
    proc = subprocess.Popen([sys.executable, "-m", "bench.freshness_world.site", "--seed", "1", "--rate", "60",
                             "--duration", "5", "--port", "0", "--answer-key", str(key)],
                            cwd=root, stdout=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONPATH=str(root)))
    try:
        line = proc.stdout.readline()
        assert line.startswith("serving http://127.0.0.1:")
        base = line.split()[1]
        u = urlsplit(base)
        conn = http.client.HTTPConnection(u.hostname, u.port, timeout=5)
        conn.request("GET", "/robots.txt")
        assert conn.getresponse().status == 200
        conn.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        proc.stdout.close()
    assert proc.returncode == 0
    data = json.loads(key.read_text())
    assert data["requests"][0]["path"] == "/robots.txt"
    assert len(data["schedule"]) >= 1


# --------------------------------------------------------------------------- answer key
def test_score_on_hand_made_example():
    B = "http://127.0.0.1:1"
    gt = [
        {"kind": "initial", "url": B + "/news/old-maduro", "time": 900.0, "mentions_maduro": True},
        {"kind": "new", "url": B + "/news/a", "time": 1000.0, "mentions_maduro": True},
        {"kind": "new", "url": B + "/news/b", "time": 1010.0, "mentions_maduro": False},
        {"kind": "new", "url": B + "/news/c", "time": 1020.0, "mentions_maduro": True},
        {"kind": "edit", "url": B + "/news/a", "time": 1100.0, "mentions_maduro": True},
        {"kind": "new", "url": B + "/news/d", "time": 1200.0, "mentions_maduro": True},
        {"kind": "edit", "url": B + "/news/b", "time": 1300.0, "mentions_maduro": True},
    ]
    alerts = [
        {"url": "http://localhost:1/news/a/", "time": 1030.0, "kind": "new"},    # a new: 30 s
        {"url": B + "/news/a", "time": 1040.0, "kind": "new"},                   # duplicate
        {"url": B + "/news/a", "time": 1110.0, "kind": "updated"},               # a edit: 10 s
        {"url": B + "/news/c", "time": "1970-01-01T00:18:20+00:00", "kind": "new"},  # c: 1100 -> 80 s
        {"url": B + "/news/b", "time": 1015.0, "kind": "new"},                   # b before Maduro: irrelevant
        {"url": B + "/news/b", "time": 1301.0, "kind": "new"},                   # b edit: 1 s, kind mismatch
        {"url": B + "/news/zzz", "time": 1050.0, "kind": "new"},                 # never Maduro: irrelevant
        {"url": B + "/news/old-maduro", "time": 1001.0, "kind": "new"},          # preexisting
        # d (1200) never alerted -> missed
    ]
    log = [{"path": "/"}] * 40
    r = score(gt, alerts, log)
    assert r["events"] == 5 and r["detected"] == 4
    assert [e["url"] for e in r["missed"]] == [B + "/news/d"]
    lat = sorted(m["latency_s"] for m in r["matches"])
    assert lat == [1.0, 10.0, 30.0, 80.0]
    assert r["latency_p50"] == pytest.approx(20.0)
    assert r["latency_p95"] == pytest.approx(30.0 + 0.85 * 50.0)  # (n-1)*0.95 = 2.85
    assert r["latency_max"] == 80.0
    assert r["false_alerts"] == 3
    assert sorted(a["reason"] for a in r["false_alert_details"]) == ["duplicate", "irrelevant", "irrelevant"]
    assert r["preexisting_alerts"] == 1
    assert r["by_kind"] == {"new": {"events": 3, "detected": 2}, "edit": {"events": 2, "detected": 2}}
    assert r["kind_mismatches"] == 1
    assert r["new_articles"] == 4 and r["requests"] == 40 and r["requests_per_new_article"] == 10.0
    # without the "initial" entries the alert on the old article counts as irrelevant
    r2 = score(gt[1:], alerts)
    assert r2["false_alerts"] == 4 and r2["requests_per_new_article"] is None
    # nothing detected
    r3 = score(gt, [])
    assert r3["detected"] == 0 and r3["latency_p50"] is None and len(r3["missed"]) == 5
    assert percentile([5.0], 95) == 5.0


def test_score_with_live_site(site, clock):
    clock.set(site.ends_at + 1)
    gt = site.ground_truth()
    targets = [e for e in gt if e["mentions_maduro"]]
    alerts = [{"url": e["url"], "time": e["time"] + 2.5, "kind": "new" if e["kind"] == "new" else "updated"}
              for e in targets]
    get(site, "/")
    r = score(site.ground_truth(include_initial=True), alerts, site.requests())
    assert r["detected"] == len(targets) and r["false_alerts"] == 0 and r["kind_mismatches"] == 0
    assert r["latency_p50"] == 2.5 and r["latency_max"] == 2.5
    assert r["requests_per_new_article"] == 1 / sum(e["kind"] == "new" for e in gt)
