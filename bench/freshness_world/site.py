"""A deterministic fake news site that publishes on a schedule, for freshness benchmarks.

    with FreshnessSite(seed=1, rate_per_minute=2, duration_s=600) as site:
        print(site.base_url)          # http://127.0.0.1:PORT
        ...                           # run the monitor against it
        truth = site.ground_truth()   # events that have happened so far
        log = site.requests()

CLI:  python -m bench.freshness_world.site --seed 1 --rate 2 --duration 600 --port 8300
Standard library only.  Binds 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import bisect
import email.utils
import hashlib
import hmac
import html
import http.client
import json
import math
import random
import secrets
import signal
import sys
import threading
import time
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit
from xml.sax.saxutils import escape as xml_escape

try:  # package import (python -m bench.freshness_world.site, pytest)
    from . import content
except ImportError:  # pragma: no cover - direct script execution
    import content  # type: ignore

SITE_NAME = "The Meridian Herald"
NEWS_SITEMAP_WINDOW_S = 48 * 3600
INITIAL_SPAN_S = 72 * 3600
HOME_SIZE, CATEGORY_SIZE, FEED_SIZE = 30, 20, 20
HUB_DEFAULT_LEASE_S = 86400


class _Article:
    __slots__ = ("index", "id", "slug", "path", "category", "headline", "summary", "byline",
                 "pub", "initial", "versions", "ver_offsets", "related", "ctx", "story_id")

    def mentions_at(self, vi):
        return self.versions[vi][2]


class FreshnessSite:
    """A fake news site on 127.0.0.1 whose publishing schedule is fixed by ``seed``.

    Times: the schedule is in whole seconds relative to ``T0 = floor(start time)``; a new
    article with offset k (k >= 1) exists from epoch second ``T0 + k`` on.  ``clock`` (a
    callable returning epoch seconds, default ``time.time``) is a testing knob.
    """

    def __init__(self, seed, rate_per_minute, duration_s, initial_articles=40, edit_fraction=0.1,
                 port=0, websub=False, *, clock=None, tz_offset_hours=-4):
        self.seed = seed
        self.rate_per_minute = float(rate_per_minute)
        self.duration_s = float(duration_s)
        self.initial_articles = int(initial_articles)
        self.edit_fraction = float(edit_fraction)
        self.port = int(port)
        self.websub = bool(websub)
        self._clock = clock or time.time
        self._tz = timezone(timedelta(hours=tz_offset_hours))
        self._lock = threading.Lock()
        self._log = []
        self._hub_log = []
        self._subs = {}
        self._cache = {}
        self._server = None
        self._threads = []
        self._stop = threading.Event()
        self.T0 = None
        self.started_at = None
        self._build_plan()

    # ------------------------------------------------------------------ plan
    def _build_plan(self):
        rng = random.Random(f"freshness-world/{self.seed}")
        cats = content.CATEGORIES
        n_init = self.initial_articles
        init_offsets = sorted(-rng.randint(300, INITIAL_SPAN_S) for _ in range(n_init))
        init_cats = [c for c in cats for _ in range(n_init // len(cats))]
        init_cats += rng.sample(cats, n_init % len(cats))
        rng.shuffle(init_cats)
        new_offsets = []
        if self.rate_per_minute > 0:
            t, limit = 0.0, math.ceil(self.duration_s)
            while True:
                t += rng.expovariate(self.rate_per_minute / 60.0)
                if t > self.duration_s:
                    break
                new_offsets.append(min(limit, max(1, math.ceil(t))))

        specs = []  # (offset, category, maduro, in_headline, venezuela, initial)
        for off, cat in zip(init_offsets, init_cats):
            maduro = cat in ("politics", "world", "economy") and rng.random() < 0.45
            specs.append((off, cat, maduro, rng.random() < 2 / 3, rng.random() < 0.2, True))
        for off in new_offsets:
            maduro = rng.random() < 1 / 3
            cat = rng.choice(content.MADURO_CATEGORIES) if maduro else rng.choice(cats)
            specs.append((off, cat, maduro, rng.random() < 2 / 3, rng.random() < 0.2, False))

        arts, used_slugs = [], set()
        for i, (off, cat, maduro, in_head, ven, initial) in enumerate(specs):
            gen = content.make_article(rng, cat, maduro=maduro, maduro_in_headline=in_head, venezuela=ven)
            a = _Article()
            a.index, a.id = i, 10001 + i
            a.slug = f"{content.slugify(gen['headline'])}-{a.id}"
            assert a.slug not in used_slugs
            used_slugs.add(a.slug)
            a.path = f"/news/{a.slug}"
            a.category, a.headline, a.summary, a.byline = cat, gen["headline"], gen["summary"], gen["byline"]
            a.pub, a.initial, a.ctx, a.story_id = off, initial, gen["ctx"], gen["story_id"]
            paras = tuple(gen["paragraphs"])
            a.versions = [(off, paras, content.mentions_maduro(a.headline, a.summary, *paras), "published")]
            arts.append(a)
        self._articles = arts
        self._by_path = {a.path: a for a in arts}
        self._pub_offsets = [a.pub for a in arts]

        # Edits: edit_fraction of the run's publications, at uniform times, mostly recent articles.
        n_edits = int(round(self.edit_fraction * len(new_offsets)))
        edit_offsets = sorted(min(math.ceil(self.duration_s), max(1, math.ceil(rng.uniform(0, self.duration_s))))
                              for _ in range(n_edits))
        events = [("new", a.pub, a) for a in arts if not a.initial]
        for e in edit_offsets:
            n_before = bisect.bisect_left(self._pub_offsets, e)  # published strictly before e
            cands = [a for a in arts[:n_before] if a.versions[-1][0] < e]
            if not cands:
                continue
            target = rng.choice(cands[-10:]) if rng.random() < 0.7 else rng.choice(cands)
            paras, what = content.make_edit(rng, target.category, target.ctx, target.versions[-1][1])
            paras = tuple(paras)
            target.versions.append(
                (e, paras, content.mentions_maduro(target.headline, target.summary, *paras), what))
            events.append(("edit", e, target))
        order = {"new": 0, "edit": 1}
        events.sort(key=lambda ev: (ev[1], order[ev[0]], ev[2].index))
        self._events = events
        for a in arts:
            a.ver_offsets = [v[0] for v in a.versions]

        # Related news: the three latest earlier articles of the category (static per article);
        # the earliest ones are filled with other initial articles (all exist from the start).
        by_cat = {}
        for a in arts:
            by_cat.setdefault(a.category, []).append(a)
        for lst in by_cat.values():
            for pos, a in enumerate(lst):
                rel = list(reversed(lst[max(0, pos - 3):pos]))
                for b in lst[pos + 1:]:
                    if len(rel) >= 3:
                        break
                    if b.initial:
                        rel.append(b)
                a.related = rel[:3]

        self._change_offsets = sorted(off for a in arts for off in a.ver_offsets)
        self._aging_offsets = sorted(a.pub + NEWS_SITEMAP_WINDOW_S for a in arts)
        self._event_offsets = sorted({ev[1] for ev in events})

    # ------------------------------------------------------------------ lifecycle
    def start(self):
        if self._server is not None:
            return self
        site = self

        class Handler(_Handler):
            pass
        Handler.site = site
        server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        server.daemon_threads = True
        self._server = server
        self.port = server.server_address[1]
        self.started_at = self._clock()
        self.T0 = math.floor(self.started_at)
        t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                             name="freshness-site", daemon=True)
        t.start()
        self._threads.append(t)
        if self.websub:
            s = threading.Thread(target=self._scheduler, name="freshness-hub", daemon=True)
            s.start()
            self._threads.append(s)
        return self

    def stop(self):
        self._stop.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        for t in self._threads:
            t.join(timeout=5)
        self._threads = []

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
        return False

    @property
    def base_url(self):
        if self._server is None:
            raise RuntimeError("site not started")
        return f"http://127.0.0.1:{self.port}"

    @property
    def ends_at(self):
        """Epoch time after which nothing more is published (None before start)."""
        return None if self.T0 is None else self.T0 + math.ceil(self.duration_s)

    def now(self):
        return self._clock()

    # ------------------------------------------------------------------ answer key
    def _abs(self, off):
        return None if self.T0 is None else float(self.T0 + off)

    def _url(self, path):
        return (self.base_url if self._server is not None else "") + path

    def _event_dict(self, kind, off, a, vi):
        return {"kind": kind, "slug": a.slug, "url": self._url(a.path), "path": a.path,
                "time": self._abs(off), "offset": off, "mentions_maduro": a.versions[vi][2],
                "headline": a.headline, "category": a.category, "article_id": a.id,
                "change": a.versions[vi][3]}

    def _all_events(self, include_initial):
        out = []
        if include_initial:  # pre-existing articles as they were at the start (edits come below)
            out.extend(self._event_dict("initial", a.pub, a, 0) for a in self._articles if a.initial)
        for kind, off, a in self._events:
            vi = a.ver_offsets.index(off)
            out.append(self._event_dict(kind, off, a, vi))
        if include_initial:
            out.sort(key=lambda e: e["offset"])
        return out

    def schedule(self, include_initial=False):
        """The full planned list of events (time is None before the server starts)."""
        return self._all_events(include_initial)

    def ground_truth(self, include_initial=False):
        """Events with time <= now.  Kinds: "new", "edit" (and "initial" if asked)."""
        if self.T0 is None:
            return []
        r = math.floor(self._clock() - self.T0)
        return [e for e in self._all_events(include_initial) if e["offset"] <= r]

    def articles(self):
        """Every planned article with all its versions (for tests and inspection)."""
        return [{"id": a.id, "slug": a.slug, "path": a.path, "category": a.category,
                 "headline": a.headline, "summary": a.summary, "byline": a.byline,
                 "offset": a.pub, "time": self._abs(a.pub), "initial": a.initial,
                 "related": [b.path for b in a.related],
                 "versions": [{"offset": v[0], "time": self._abs(v[0]), "paragraphs": list(v[1]),
                               "mentions_maduro": v[2], "change": v[3]} for v in a.versions]}
                for a in self._articles]

    def requests(self):
        with self._lock:
            return [dict(r) for r in self._log]

    def counts(self):
        """Aggregate of the request log by path kind."""
        kinds = ["home", "category", "article", "feed", "sitemap", "robots", "hub", "other"]
        out = {k: {"requests": 0, "not_modified": 0, "conditional": 0, "not_found": 0, "bytes": 0}
               for k in kinds}
        for r in self.requests():
            c = out[r["kind"]]
            c["requests"] += 1
            c["not_modified"] += r["status"] == 304
            c["conditional"] += bool(r["conditional"])
            c["not_found"] += r["status"] == 404
            c["bytes"] += r["bytes"]
        out["total"] = {k: sum(out[x][k] for x in kinds) for k in out["home"]}
        return out

    def hub_log(self):
        with self._lock:
            return [dict(r) for r in self._hub_log]

    def subscriptions(self):
        with self._lock:
            return {cb: dict(s) for cb, s in self._subs.items()}

    # ------------------------------------------------------------------ state at a time
    def _r(self, now=None):
        return math.floor((self._clock() if now is None else now) - self.T0)

    def _published(self, r):
        n = bisect.bisect_right(self._pub_offsets, r)
        return self._articles[:n]

    @staticmethod
    def _version(a, r):
        return bisect.bisect_right(a.ver_offsets, r) - 1

    def _fmt_iso(self, off):
        return datetime.fromtimestamp(self.T0 + off, self._tz).isoformat(timespec="seconds")

    def _fmt_visible(self, off, with_time=True):
        dt = datetime.fromtimestamp(self.T0 + off, self._tz)
        return dt.strftime("%d/%m/%Y %H:%M" if with_time else "%d/%m/%Y")

    def _fmt_rfc822(self, off):
        return email.utils.formatdate(self.T0 + off, usegmt=True)

    # ------------------------------------------------------------------ rendering
    @staticmethod
    def path_kind(path):
        """The kind a path is counted under: home, category, article, feed, sitemap, robots, hub, other."""
        if path == "/":
            return "home"
        if path.startswith("/category/"):
            return "category"
        if path.startswith("/news/"):
            return "article"
        if path == "/rss.xml":
            return "feed"
        if path in ("/sitemap.xml", "/news-sitemap.xml"):
            return "sitemap"
        if path == "/robots.txt":
            return "robots"
        if path == "/hub":
            return "hub"
        return "other"

    def _page(self, path, r):
        """Return (kind, page) where page is None (404) or (body bytes, lm_offset, ctype, headers)."""
        kind = self.path_kind(path)
        if kind in ("hub", "other"):
            return kind, None
        key = (path, bisect.bisect_right(self._change_offsets, r), bisect.bisect_right(self._aging_offsets, r))
        with self._lock:
            hit = self._cache.get(key)
        if hit is not None:
            return kind, hit
        page = getattr(self, "_render_" + kind)(path, r)
        if page is not None:
            with self._lock:
                if len(self._cache) > 4000:
                    self._cache.clear()
                self._cache[key] = page
        return kind, page

    def _head(self, title, description, extra=""):
        nav = " ".join(f'<a href="/category/{c}">{content.CATEGORY_LABELS[c]}</a>' for c in content.CATEGORIES)
        return (
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{html.escape(title)}</title>\n"
            f"<meta name=\"description\" content=\"{html.escape(description)}\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<link rel=\"alternate\" type=\"application/rss+xml\" title=\"{SITE_NAME}\" href=\"/rss.xml\">\n"
            f"{extra}</head>\n<body>\n<header class=\"site-header\"><a class=\"logo\" href=\"/\">{SITE_NAME}</a>\n"
            f"<nav class=\"sections\">{nav}</nav></header>\n<main>\n")

    _FOOT = ("</main>\n<footer class=\"site-footer\"><p>&copy; The Meridian Herald. All rights reserved.</p>"
             "<p><a href=\"/rss.xml\">RSS</a> &middot; <a href=\"/sitemap.xml\">Sitemap</a></p></footer>\n"
             "</body>\n</html>\n")

    def _teasers(self, arts, r):
        out = ["<ul class=\"article-list\">"]
        for a in arts:
            vi = self._version(a, r)
            upd = ""
            if vi > 0:
                mo = a.ver_offsets[vi]
                upd = (f' <span class="teaser-updated">Updated <time datetime="{self._fmt_iso(mo)}">'
                       f"{self._fmt_visible(mo)}</time></span>")
            out.append(
                f"<li class=\"teaser\"><h3><a class=\"teaser-link\" href=\"{a.path}\">{html.escape(a.headline)}</a></h3>"
                f"<p class=\"teaser-summary\">{html.escape(a.summary)}</p>"
                f"<p class=\"teaser-meta\"><a class=\"teaser-category\" href=\"/category/{a.category}\">"
                f"{content.CATEGORY_LABELS[a.category]}</a> &middot; "
                f"<time datetime=\"{self._fmt_iso(a.pub)}\">{self._fmt_visible(a.pub)}</time>{upd}</p></li>")
        out.append("</ul>")
        return "\n".join(out)

    def _lm(self, arts, r):
        if not arts:
            return 0
        return max(a.ver_offsets[self._version(a, r)] for a in arts)

    def _render_home(self, path, r):
        arts = list(reversed(self._published(r)))[:HOME_SIZE]
        body = (self._head(f"{SITE_NAME} - Latest news", "Latest news, politics, world, economy and more.",
                           "<link rel=\"canonical\" href=\"/\">\n")
                + "<section class=\"latest\"><h1>Latest news</h1>\n" + self._teasers(arts, r) + "\n</section>\n"
                + self._FOOT)
        return body.encode(), self._lm(arts, r), "text/html; charset=utf-8", {}

    def _render_category(self, path, r):
        name = path[len("/category/"):]
        if name not in content.CATEGORY_LABELS:
            return None
        arts = [a for a in reversed(self._published(r)) if a.category == name][:CATEGORY_SIZE]
        label = content.CATEGORY_LABELS[name]
        body = (self._head(f"{label} - {SITE_NAME}", f"Latest {label} news from {SITE_NAME}.",
                           f"<link rel=\"canonical\" href=\"{path}\">\n")
                + f"<section class=\"category\"><h1>{label}</h1>\n" + self._teasers(arts, r) + "\n</section>\n"
                + self._FOOT)
        return body.encode(), self._lm(arts, r), "text/html; charset=utf-8", {}

    def _render_article(self, path, r):
        a = self._by_path.get(path)
        if a is None or a.pub > r:
            return None
        vi = self._version(a, r)
        mo, paras = a.ver_offsets[vi], a.versions[vi][1]
        pub_iso, mod_iso = self._fmt_iso(a.pub), self._fmt_iso(mo)
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.headline,
              "description": a.summary, "datePublished": pub_iso, "dateModified": mod_iso,
              "articleSection": content.CATEGORY_LABELS[a.category],
              "author": {"@type": "Person", "name": a.byline[3:]},
              "publisher": {"@type": "Organization", "name": SITE_NAME}}
        ld_json = json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
        extra = (f"<link rel=\"canonical\" href=\"{a.path}\">\n"
                 f"<meta property=\"og:type\" content=\"article\">\n"
                 f"<meta property=\"og:title\" content=\"{html.escape(a.headline)}\">\n"
                 f"<meta property=\"article:published_time\" content=\"{pub_iso}\">\n"
                 f"<meta property=\"article:modified_time\" content=\"{mod_iso}\">\n"
                 f"<meta property=\"article:section\" content=\"{content.CATEGORY_LABELS[a.category]}\">\n"
                 f"<script type=\"application/ld+json\">{ld_json}</script>\n")
        upd = ""
        if vi > 0:
            upd = (f" &middot; Updated <time class=\"updated\" datetime=\"{mod_iso}\">"
                   f"{self._fmt_visible(mo)}</time>")
        body_paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras)
        related = "\n".join(
            f"<li><a href=\"{b.path}\">{html.escape(b.headline)}</a> "
            f"<span class=\"date\">{self._fmt_visible(b.pub, with_time=False)}</span></li>" for b in a.related)
        body = (self._head(f"{a.headline} - {SITE_NAME}", a.summary, extra)
                + "<article class=\"story\">\n"
                f"<p class=\"kicker\"><a href=\"/category/{a.category}\">{content.CATEGORY_LABELS[a.category]}</a></p>\n"
                f"<h1 class=\"headline\">{html.escape(a.headline)}</h1>\n"
                f"<p class=\"summary\">{html.escape(a.summary)}</p>\n"
                f"<p class=\"byline\">{html.escape(a.byline)}</p>\n"
                f"<p class=\"dateline\">Published <time class=\"published\" datetime=\"{pub_iso}\">"
                f"{self._fmt_visible(a.pub)}</time>{upd}</p>\n"
                f"<div class=\"article-body\">\n{body_paras}\n</div>\n</article>\n"
                f"<aside class=\"related\"><h2>Related News</h2>\n<ul>\n{related}\n</ul>\n</aside>\n"
                + self._FOOT)
        return body.encode(), mo, "text/html; charset=utf-8", {}

    def _feed_headers(self):
        if not self.websub:
            return {}
        return {"Link": f'<{self.base_url}/hub>; rel="hub", <{self.base_url}/rss.xml>; rel="self"'}

    def _render_feed(self, path, r):
        arts = list(reversed(self._published(r)))[:FEED_SIZE]
        lm = self._lm(arts, r)
        base = self.base_url
        links = f'<atom:link rel="self" type="application/rss+xml" href="{base}/rss.xml"/>\n'
        if self.websub:
            links += f'<atom:link rel="hub" href="{base}/hub"/>\n'
        items = []
        for a in arts:
            vi = self._version(a, r)
            items.append(
                "<item>\n"
                f"<title>{xml_escape(a.headline)}</title>\n<link>{base}{a.path}</link>\n"
                f"<guid isPermaLink=\"true\">{base}{a.path}</guid>\n"
                f"<pubDate>{self._fmt_rfc822(a.pub)}</pubDate>\n"
                f"<atom:updated>{self._fmt_iso(a.ver_offsets[vi])}</atom:updated>\n"
                f"<category>{xml_escape(content.CATEGORY_LABELS[a.category])}</category>\n"
                f"<dc:creator>{xml_escape(a.byline[3:])}</dc:creator>\n"
                f"<description>{xml_escape(a.summary)}</description>\n</item>")
        body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\" "
                "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n"
                f"<title>{SITE_NAME}</title>\n<link>{base}/</link>\n"
                f"<description>Latest news from {SITE_NAME}</description>\n<language>en</language>\n"
                f"<lastBuildDate>{self._fmt_rfc822(lm)}</lastBuildDate>\n{links}"
                + "\n".join(items) + "\n</channel>\n</rss>\n")
        return body.encode(), lm, "application/rss+xml; charset=utf-8", self._feed_headers()

    def _render_sitemap(self, path, r):
        base = self.base_url
        pub = list(reversed(self._published(r)))
        if path == "/sitemap.xml":
            urls = [f"<url><loc>{base}{a.path}</loc><lastmod>{self._fmt_iso(a.ver_offsets[self._version(a, r)])}"
                    f"</lastmod></url>" for a in pub]
            body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                    f"<url><loc>{base}/</loc></url>\n" + "\n".join(urls) + "\n</urlset>\n")
            return body.encode(), self._lm(pub, r), "application/xml; charset=utf-8", {}
        # Google News sitemap: articles published in the last 48 hours.
        recent = [a for a in pub if a.pub > r - NEWS_SITEMAP_WINDOW_S]
        lm = self._lm(recent, r)
        n_aged = bisect.bisect_right(self._aging_offsets, r)
        if n_aged:
            lm = max(lm, self._aging_offsets[n_aged - 1])  # an article dropping out changes the page too
        urls = []
        for a in recent:
            urls.append(
                f"<url><loc>{base}{a.path}</loc>"
                f"<lastmod>{self._fmt_iso(a.ver_offsets[self._version(a, r)])}</lastmod>"
                "<news:news><news:publication>"
                f"<news:name>{SITE_NAME}</news:name><news:language>en</news:language></news:publication>"
                f"<news:publication_date>{self._fmt_iso(a.pub)}</news:publication_date>"
                f"<news:title>{xml_escape(a.headline)}</news:title></news:news></url>")
        body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n"
                + "\n".join(urls) + "\n</urlset>\n")
        return body.encode(), lm, "application/xml; charset=utf-8", {}

    def _render_robots(self, path, r):
        base = self.base_url
        body = (f"User-agent: *\nAllow: /\n\nSitemap: {base}/sitemap.xml\nSitemap: {base}/news-sitemap.xml\n")
        return body.encode(), 0, "text/plain; charset=utf-8", {}

    # ------------------------------------------------------------------ HTTP
    def _record(self, now, method, path, kind, status, nbytes, conditional, ua):
        with self._lock:
            self._log.append({"time": now, "method": method, "path": path, "kind": kind, "status": status,
                              "bytes": nbytes, "conditional": conditional, "user_agent": ua})

    @staticmethod
    def _etag_matches(header, etag):
        tags = [t.strip() for t in header.split(",")]
        if "*" in tags:
            return True
        strip = (lambda t: t[2:] if t.startswith("W/") else t)
        return strip(etag) in {strip(t) for t in tags}

    def _handle_get(self, h, head):
        now = self._clock()
        r = self._r(now)
        path = urlsplit(h.path).path or "/"
        kind, page = self._page(path, r)
        inm, ims = h.headers.get("If-None-Match"), h.headers.get("If-Modified-Since")
        conditional = bool(inm or ims)
        ua = h.headers.get("User-Agent", "")
        if kind == "hub" and self.websub:
            msg = "The hub accepts POST only.\n"
            self._record(now, h.command, h.path, kind, 405, 0 if head else len(msg), conditional, ua)
            self._send_simple(h, 405, msg, head, {"Allow": "POST"})
            return
        if page is None:
            body = (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found - "
                    f"{SITE_NAME}</title></head><body><h1>Page not found</h1><p><a href=\"/\">Home</a></p>"
                    "</body></html>\n").encode()
            self._record(now, h.command, h.path, kind, 404, 0 if head else len(body), conditional, ua)
            self._send(h, 404, body, "text/html; charset=utf-8", {"Cache-Control": "max-age=0"}, head)
            return
        body, lm_off, ctype, extra = page
        etag = '"' + hashlib.sha256(body).hexdigest()[:24] + '"'
        lm_epoch = self.T0 + lm_off
        headers = {"ETag": etag, "Last-Modified": email.utils.formatdate(lm_epoch, usegmt=True),
                   "Cache-Control": "max-age=0"}
        headers.update(extra)
        not_modified = False
        if inm is not None:
            not_modified = self._etag_matches(inm, etag)
        elif ims is not None:
            try:
                since = email.utils.parsedate_to_datetime(ims).timestamp()
                not_modified = lm_epoch <= since
            except (TypeError, ValueError, IndexError, OverflowError):
                not_modified = False
        if not_modified:
            self._record(now, h.command, h.path, kind, 304, 0, conditional, ua)
            h.send_response(304)
            for k, v in headers.items():
                h.send_header(k, v)
            h.end_headers()
            return
        self._record(now, h.command, h.path, kind, 200, 0 if head else len(body), conditional, ua)
        self._send(h, 200, body, ctype, headers, head)

    @staticmethod
    def _send(h, status, body, ctype, headers, head):
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            h.send_header(k, v)
        h.end_headers()
        if not head:
            h.wfile.write(body)

    def _send_simple(self, h, status, text, head=False, headers=None):
        self._send(h, status, text.encode(), "text/plain; charset=utf-8", headers or {}, head)

    def _handle_post(self, h):
        now = self._clock()
        path = urlsplit(h.path).path
        ua = h.headers.get("User-Agent", "")
        try:
            length = int(h.headers.get("Content-Length") or 0)
        except ValueError:
            length = 0
        raw = h.rfile.read(min(max(length, 0), 65536)) if length > 0 else b""
        kind = self.path_kind(path)
        if path != "/hub" or not self.websub:
            status = 404 if path == "/hub" else 405
            msg = "Not found.\n" if status == 404 else "Method not allowed.\n"
            self._record(now, "POST", h.path, kind, status, len(msg), False, ua)
            self._send_simple(h, status, msg, headers={"Allow": "GET, HEAD"} if status == 405 else None)
            return
        status, msg = self._hub_request(raw)
        self._record(now, "POST", h.path, "hub", status, len(msg.encode()), False, ua)
        self._send_simple(h, status, msg)

    # ------------------------------------------------------------------ WebSub hub
    def _hub_request(self, raw):
        try:
            form = {k: v[0] for k, v in parse_qs(raw.decode("utf-8"), keep_blank_values=True).items()}
        except UnicodeDecodeError:
            return 400, "Body must be application/x-www-form-urlencoded UTF-8.\n"
        mode, topic, callback = form.get("hub.mode"), form.get("hub.topic"), form.get("hub.callback")
        if mode not in ("subscribe", "unsubscribe"):
            return 400, "hub.mode must be subscribe or unsubscribe.\n"
        if not topic or urlsplit(topic).path != "/rss.xml":
            return 400, f"Unknown hub.topic; the only topic is {self.base_url}/rss.xml\n"
        try:
            cb = urlsplit(callback or "")
            cb_ok = cb.scheme == "http" and cb.hostname == "127.0.0.1" and cb.port is not None
        except ValueError:
            cb_ok = False
        if not cb_ok:
            return 400, "hub.callback must be an http://127.0.0.1:PORT/... URL.\n"
        try:
            lease = int(form.get("hub.lease_seconds") or HUB_DEFAULT_LEASE_S)
        except ValueError:
            return 400, "hub.lease_seconds must be an integer.\n"
        lease = max(60, min(lease, 10 * HUB_DEFAULT_LEASE_S))
        secret = form.get("hub.secret") or None
        if secret is not None and len(secret.encode()) >= 200:
            return 400, "hub.secret must be shorter than 200 bytes.\n"
        t = threading.Thread(target=self._verify, args=(mode, topic, callback, lease, secret), daemon=True)
        t.start()
        return 202, "Accepted; verifying intent.\n"

    def _http(self, method, url, body=None, headers=None, timeout=5.0):
        u = urlsplit(url)
        target = (u.path or "/") + (f"?{u.query}" if u.query else "")
        conn = http.client.HTTPConnection(u.hostname, u.port, timeout=timeout)
        try:
            conn.request(method, target, body=body, headers=headers or {})
            resp = conn.getresponse()
            return resp.status, resp.read(65536)
        finally:
            conn.close()

    def _verify(self, mode, topic, callback, lease, secret):
        challenge = secrets.token_urlsafe(16)
        params = {"hub.mode": mode, "hub.topic": topic, "hub.challenge": challenge}
        if mode == "subscribe":
            params["hub.lease_seconds"] = str(lease)
        url = callback + ("&" if "?" in callback else "?") + urlencode(params)
        try:
            status, body = self._http("GET", url, headers={"User-Agent": "MeridianHeraldHub/1.0"})
            ok = 200 <= status < 300 and body.decode("utf-8", "replace").strip() == challenge
        except (OSError, http.client.HTTPException):
            status, ok = None, False
        now = self._clock()
        with self._lock:
            self._hub_log.append({"time": now, "action": "verify", "mode": mode, "callback": callback,
                                  "status": status, "ok": ok})
            if ok and mode == "subscribe":
                self._subs[callback] = {"topic": topic, "secret": secret, "expires": now + lease,
                                        "verified_at": now}
            elif ok and mode == "unsubscribe":
                self._subs.pop(callback, None)

    def _scheduler(self):
        r0 = self._r()
        idx = bisect.bisect_right(self._event_offsets, r0)
        while not self._stop.is_set():
            r = self._r()
            if idx < len(self._event_offsets) and self._event_offsets[idx] <= r:
                while idx < len(self._event_offsets) and self._event_offsets[idx] <= r:
                    idx += 1
                self._distribute(r)
            self._stop.wait(0.02)

    def _distribute(self, r):
        kind, page = self._page("/rss.xml", r)
        body = page[0]
        now = self._clock()
        with self._lock:
            subs = [(cb, dict(s)) for cb, s in self._subs.items() if s["expires"] > now]
        for cb, s in subs:
            headers = {"Content-Type": "application/rss+xml; charset=utf-8",
                       "User-Agent": "MeridianHeraldHub/1.0"}
            headers.update(self._feed_headers())
            if s["secret"]:
                sig = hmac.new(s["secret"].encode(), body, hashlib.sha256).hexdigest()
                headers["X-Hub-Signature"] = f"sha256={sig}"
            threading.Thread(target=self._deliver, args=(cb, body, headers), daemon=True).start()

    def _deliver(self, cb, body, headers):
        try:
            status, _ = self._http("POST", cb, body=body, headers=headers)
        except (OSError, http.client.HTTPException):
            status = None
        with self._lock:
            self._hub_log.append({"time": self._clock(), "action": "deliver", "callback": cb,
                                  "status": status, "bytes": len(body)})


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "MeridianHerald/1.0"
    sys_version = ""
    site: FreshnessSite = None  # set on a per-site subclass

    def log_message(self, format, *args):  # noqa: A002 - silence stderr logging
        pass

    def version_string(self):
        return self.server_version

    def date_time_string(self, timestamp=None):
        return email.utils.formatdate(self.site.now() if timestamp is None else timestamp, usegmt=True)

    def do_GET(self):
        self.site._handle_get(self, head=False)

    def do_HEAD(self):
        self.site._handle_get(self, head=True)

    def do_POST(self):
        self.site._handle_post(self)


# ---------------------------------------------------------------------- CLI
def main(argv=None):
    p = argparse.ArgumentParser(prog="python -m bench.freshness_world.site",
                                description="Serve the freshness test world on 127.0.0.1.")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--rate", type=float, default=2.0, help="new articles per minute (Poisson)")
    p.add_argument("--duration", type=float, default=600.0, help="publishing window in seconds")
    p.add_argument("--port", type=int, default=8300, help="0 picks a free port")
    p.add_argument("--initial", type=int, default=40, help="articles that exist at start")
    p.add_argument("--edit-fraction", type=float, default=0.1)
    p.add_argument("--websub", action="store_true", help="advertise and run a WebSub hub at /hub")
    p.add_argument("--answer-key", metavar="PATH",
                   help="on exit write JSON {start, ground_truth, schedule, requests, counts, hub_log}")
    args = p.parse_args(argv)

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    site = FreshnessSite(args.seed, args.rate, args.duration, initial_articles=args.initial,
                         edit_fraction=args.edit_fraction, port=args.port, websub=args.websub)
    with site:
        sched = site.schedule()
        n_new = sum(e["kind"] == "new" for e in sched)
        n_mad = sum(e["kind"] == "new" and e["mentions_maduro"] for e in sched)
        print(f"serving {site.base_url}", flush=True)
        print(f"start={site.T0} duration={args.duration:g}s planned: {n_new} new ({n_mad} Maduro), "
              f"{len(sched) - n_new} edits; websub={'on' if args.websub else 'off'}; Ctrl-C to stop",
              flush=True)
        try:
            while not stop.wait(0.5):
                pass
        except KeyboardInterrupt:
            pass
        if args.answer_key:
            data = {"base_url": site.base_url, "start": site.T0, "started_at": site.started_at,
                    "stopped_at": site.now(), "ground_truth": site.ground_truth(),
                    "ground_truth_with_initial": site.ground_truth(include_initial=True),
                    "schedule": site.schedule(), "requests": site.requests(), "counts": site.counts(),
                    "hub_log": site.hub_log()}
            with open(args.answer_key, "w", encoding="utf-8") as f:
                json.dump(data, f, ensure_ascii=False, indent=1)
    c = site.counts()["total"]
    print(f"stopped: {c['requests']} requests ({c['not_modified']} x 304)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
