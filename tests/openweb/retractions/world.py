"""The retractions world: a small news site whose articles disappear, move or fail, by phase.

Written from issue 14 and the README alone, without reading the crawler's code. See README.md
in this folder for the phases table and the reasoning behind each expected outcome.

    with RetractionWorld() as world:
        seeds.write_text(world.seeds_toml())
        for phase in range(world.phases):
            world.phase = phase
            ...  # one crawl, then drain the workers
        key = world.answer_key()

Standard library only. Deterministic: the pages depend only on the phase and on the hour the
world was started at (articles are dated a few hours before it, so that they are recent news
for the crawler's first-crawl age limit). Pass ``now=`` to pin that too.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import html
import json
import socket
import struct
import threading
import unicodedata
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

try:
    from .articles import ARTICLES, RELATED
except ImportError:  # run as a plain module, with this folder on sys.path (selfcheck.py)
    from articles import ARTICLES, RELATED

HERE = Path(__file__).resolve().parent
SITE_TITLE = "The Caribbean Ledger"
PHASES = 5  # 0..4
HANG_CAP_SECONDS = 90.0
RULE_TERM = "Maduro"

BY_KEY = {a["key"]: a for a in ARTICLES}

# --- the script: what each article's original URL answers in each phase -------------------
# ("ok",)                   200, the article (ETag / Last-Modified, 304 on a match)
# ("status", code)          that status with a small HTML page (404, 410, 5xx)
# ("hang",)                 reads the request, answers nothing for 90 s, then closes
# ("reset",)                reads the request, then resets the connection (TCP RST)
# ("redirect", code, to)    that status with Location: to ("new" = the article's new URL,
#                           "home" = the home page)
OK = ("ok",)
HANG = ("hang",)
RESET = ("reset",)


def _s(code):
    return ("status", code)


SCRIPT = {
    #                      phase 0  phase 1               phase 2    phase 3    phase 4
    "gone_404":            [OK, _s(404),               _s(404),   _s(404),   _s(404)],
    "gone_410":            [OK, _s(410),               _s(410),   _s(410),   _s(410)],
    "quiet_removed":       [OK, _s(404),               _s(404),   _s(404),   _s(404)],
    "back_after_404":      [OK, _s(404),               OK,        OK,        OK],
    "gone_twice":          [OK, _s(404),               OK,        _s(404),   _s(404)],
    "gone_through_outage": [OK, _s(404),               _s(503),   _s(404),   _s(404)],
    "unavailable_503":     [OK, _s(503),               _s(503),   _s(503),   _s(503)],
    "server_errors":       [OK, _s(500),               _s(502),   _s(504),   _s(500)],
    "hang":                [OK, HANG,                  HANG,      HANG,      HANG],
    "reset":               [OK, RESET,                 RESET,     RESET,     RESET],
    "moved_301":           [OK] + [("redirect", 301, "new")] * 4,
    "moved_308":           [OK] + [("redirect", 308, "new")] * 4,
    "soft_404":            [OK] + [("redirect", 301, "home")] * 4,
    "control":             [OK, OK,                    OK,        OK,        OK],
}
# The new URLs of moved articles: unknown (404) before the move, the article from then on.
NEW_URL_SCRIPT = [_s(404), OK, OK, OK, OK]

for _k, _steps in SCRIPT.items():
    assert len(_steps) == PHASES, _k
assert set(SCRIPT) == set(BY_KEY)

# --- the expected outcomes (see README.md, "Why each outcome") ---------------------------
# event: the removed/moved event a correct crawler publishes for the article's original URL;
# earliest/latest: the phases (crawls) between which it is published (inclusive).
EXPECTED = {
    "gone_404": ("removed", 2, 2),
    "gone_410": ("removed", 2, 2),
    "quiet_removed": ("removed", 2, 2),
    "back_after_404": (None, None, None),
    "gone_twice": ("removed", 4, 4),
    "gone_through_outage": ("removed", 3, 4),
    "unavailable_503": (None, None, None),
    "server_errors": (None, None, None),
    "hang": (None, None, None),
    "reset": (None, None, None),
    "moved_301": ("moved", 1, 1),
    "moved_308": ("moved", 1, 1),
    "soft_404": ("removed", 2, 2),
    "control": (None, None, None),
}

WHY = {
    "gone_404": "404 from phase 1 on: first gone answer in crawl 1, confirmed by the 404 of crawl 2.",
    "gone_410": "410 from phase 1 on: a gone answer like 404; confirmed by crawl 2 (the issue asks "
                "for confirmation on a later fetch for every removal).",
    "quiet_removed": "404 from phase 1 on, confirmed in crawl 2; it never named Maduro, so the "
                     "removal alerts no rule.",
    "back_after_404": "404 in crawl 1 only; the page is back (200, same content) in crawl 2, so the "
                      "first gone answer is never confirmed. Never removed.",
    "gone_twice": "404 in crawl 1, back in crawl 2 (which cancels it), 404 again in crawls 3 and 4: "
                  "the second run of gone answers starts in crawl 3 and is confirmed in crawl 4.",
    "gone_through_outage": "404 in crawl 1, 503 in crawl 2, 404 in crawls 3 and 4. A 503 is neither a "
                           "return nor a removal: a crawler that keeps the crawl-1 404 pending through "
                           "the outage confirms in crawl 3; one that restarts after it confirms in "
                           "crawl 4. Either is right; both confirm by crawl 4.",
    "unavailable_503": "503 in every crawl from 1 on: a transient server error, never a removal "
                       "however often it happens.",
    "server_errors": "500, 502, 504, 500 in crawls 1-4: server errors, never a removal.",
    "hang": "Answers nothing (held 90 s) from crawl 1 on: a timeout, never a removal.",
    "reset": "Connection reset from crawl 1 on: a network failure, never a removal.",
    "moved_301": "301 to another article page of the site (/news/americas/...) serving the same "
                 "article: a move, published at once in crawl 1 with the new URL.",
    "moved_308": "308 (relative Location) to another article page serving the same article: a move, "
                 "published at once in crawl 1 with the new URL; it never named Maduro, so no rule "
                 "is told.",
    "soft_404": "301 to the home page, a listing, not an article: a soft 404, i.e. gone. First gone "
                "answer in crawl 1, confirmed in crawl 2: removed (not moved).",
    "control": "200 with the same content in every crawl: no event after its first 'new'.",
}


def article_path(art):
    return "/news/" + art["slug"]


def new_path(art):
    return "/news/" + art["new_slug"] if art.get("new_slug") else None


def _key_for(with_base):
    """The answer key; URLs absolute when ``with_base`` is a base URL, else paths."""
    pre = with_base or ""
    articles = {}
    traps = []
    for art in ARTICLES:
        key = art["key"]
        event, earliest, latest = EXPECTED[key]
        url = pre + article_path(art)
        new_url = pre + new_path(art) if event == "moved" else None
        alert = None
        if event and art["maduro"]:
            alert = "retracted" if event == "removed" else "moved"
        articles[url] = {
            "case": key,
            "path": article_path(art),
            "title": art["title"],
            "event": event,
            "new_url": new_url,
            "earliest_phase": earliest,
            "latest_phase": latest,
            "events_at_most": 1,
            "keyword_alert": art["maduro"],
            "keyword_alert_phase": 0 if art["maduro"] else None,
            "event_alert": alert,
            "statuses_by_phase": [_describe(step, art) for step in SCRIPT[key]],
            "why": WHY[key],
        }
        if event is None:
            traps.append(url)
        if art.get("new_slug"):
            nurl = pre + new_path(art)
            articles[nurl] = {
                "case": key + "_new_url",
                "path": new_path(art),
                "title": art["title"],
                "event": None,
                "new_url": None,
                "earliest_phase": None,
                "latest_phase": None,
                "events_at_most": 0,
                # the same body as the article already seen (and alerted on) at the old URL:
                # a duplicate or the moved article itself, never a second keyword alert.
                "keyword_alert": False,
                "keyword_alert_phase": None,
                "event_alert": None,
                "statuses_by_phase": [_describe(step, art) for step in NEW_URL_SCRIPT],
                "why": "The new home of a moved article, 200 from phase 1 on: never removed or "
                       "moved; no second keyword alert (same body as the article already seen).",
            }
            traps.append(nurl)
    return {
        "world": "retractions",
        "site": "retractions",
        "base_url": with_base,
        "phases": PHASES,
        "rule": {"id": "maduro", "any": [RULE_TERM]},
        "event_alert_kinds": {"removed": "retracted", "moved": "moved"},
        "articles": articles,
        "never_removed_or_moved": traps,
        "listed_on_home_by_phase": [
            [pre + p for p in _live_paths(phase)] for phase in range(PHASES)
        ],
        "notes": [
            "One crawl per phase, in order; every known article due for a revisit at each crawl.",
            "event: the removed/moved event for that URL (null: none may ever be published); "
            "earliest_phase/latest_phase: the crawls, inclusive, within which it is published; "
            "events_at_most: how many removed/moved events that URL may have in all.",
            "keyword_alert: the article raises one keyword alert (rule 'maduro', its 'new' event in "
            "phase 0); event_alert: the alert kind expected with the removed/moved event, only "
            "for articles that had alerted.",
        ],
    }


def _describe(step, art):
    kind = step[0]
    if kind == "ok":
        return "200"
    if kind == "status":
        return str(step[1])
    if kind == "redirect":
        target = new_path(art) if step[2] == "new" else "/"
        return f"{step[1]} -> {target}"
    return kind


def _listed_path(art, phase):
    """The path the listings link for an article in a phase, or None when not listed.

    The CMS state is followed through the phases: a 404/410 or a redirect home means the
    article was taken down, a 200 that it is up, a redirect to its new URL that it moved
    there; a server error, a hang or a reset changes nothing (the article stays listed if it
    was, and a deleted one is not listed again because its URL now answers 503).
    """
    state = "up"
    for step in SCRIPT[art["key"]][: phase + 1]:
        if step[0] == "ok":
            state = "up"
        elif step[0] == "status" and step[1] in (404, 410):
            state = "down"
        elif step[0] == "redirect":
            state = "down" if step[2] == "home" else "moved"
    if state == "down":
        return None
    return new_path(art) if state == "moved" else article_path(art)


def _live_paths(phase):
    """Article paths the home page lists in a phase."""
    return [p for p in (_listed_path(art, phase) for art in ARTICLES) if p]


def write_answer_key(path=HERE / "answer_key.json"):
    """Write the port-independent key (URLs as paths); only rewrites when it changed."""
    text = json.dumps(_key_for(None), indent=2, ensure_ascii=False) + "\n"
    path = Path(path)
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    return path


# --- pages ----------------------------------------------------------------------------------

def _esc(text):
    return html.escape(text, quote=True)


def _chrome(title, inner, head_extra=""):
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(title)}</title>
{head_extra}<link rel="stylesheet" href="/static/ledger.css">
</head>
<body class="ledger">
<header class="site-header">
  <a class="site-title" href="/">{SITE_TITLE}</a>
  <nav class="main-nav"><a href="/">Home</a> <a href="/section/politics">Politics</a>
  <a href="/section/business">Business</a></nav>
</header>
<main id="content">
{inner}
</main>
<footer class="site-footer"><p>&copy; 2026 {SITE_TITLE}. All rights reserved.
<a href="/about">About us</a></p></footer>
</body>
</html>
"""


class _Site:
    def __init__(self, now):
        self.now = now

    def published(self, art):
        return self.now - dt.timedelta(hours=art["hours_ago"])

    def article_html(self, art, base, canonical_path):
        pub = self.published(art)
        iso = pub.strftime("%Y-%m-%dT%H:%M:%SZ")
        human = pub.strftime("%-d %B %Y, %H:%M UTC")
        canonical = base + canonical_path
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": art["title"],
            "datePublished": iso,
            "author": {"@type": "Person", "name": art["author"]},
            "publisher": {"@type": "Organization", "name": SITE_TITLE},
            "mainEntityOfPage": canonical,
        }
        head = (
            f'<link rel="canonical" href="{_esc(canonical)}">\n'
            f'<meta name="description" content="{_esc(art["lead"])}">\n'
            f'<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{_esc(art["title"])}">\n'
            f'<meta property="og:url" content="{_esc(canonical)}">\n'
            f'<meta property="og:site_name" content="{SITE_TITLE}">\n'
            f'<meta property="article:published_time" content="{iso}">\n'
            f'<meta property="article:section" content="{art["section"].title()}">\n'
            f'<meta name="author" content="{_esc(art["author"])}">\n'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
        )
        paras = "\n".join(f"<p>{_esc(p)}</p>" for p in art["paragraphs"])
        related = []
        for key in RELATED[art["key"]]:
            other = BY_KEY[key]
            odate = self.published(other).strftime("%d/%m/%Y")
            related.append(
                f'<li><a href="{article_path(other)}">{_esc(other["title"])}</a> '
                f'<span class="related-category">{other["section"].title()}</span> '
                f'<span class="related-date">{odate}</span></li>'
            )
        inner = f"""<article class="post type-post">
<p class="kicker"><a href="/section/{art['section']}">{art['section'].title()}</a></p>
<h1 class="entry-title">{_esc(art['title'])}</h1>
<p class="byline">By <a class="author" rel="author" href="/author/{_slug(art['author'])}">{_esc(art['author'])}</a>
 &middot; <time class="published" datetime="{iso}">{human}</time></p>
<div class="entry-content">
<p class="lead">{_esc(art['lead'])}</p>
{paras}
</div>
<section class="related-news">
<h2>Related News</h2>
<ul>
{chr(10).join(related)}
</ul>
</section>
</article>"""
        return _chrome(f"{art['title']} | {SITE_TITLE}", inner, head)

    def listing_html(self, phase, section=None):
        items = []
        for art in ARTICLES:
            if section and art["section"] != section:
                continue
            path = _listed_path(art, phase)
            if path is None:
                continue
            pub = self.published(art)
            items.append(
                f'<li class="story-card"><h3><a href="{path}">{_esc(art["title"])}</a></h3>'
                f'<p class="standfirst">{_esc(art["lead"])}</p>'
                f'<time datetime="{pub.strftime("%Y-%m-%dT%H:%M:%SZ")}">'
                f'{pub.strftime("%-d %B %Y")}</time></li>'
            )
        heading = section.title() if section else "Latest news"
        inner = f'<h1 class="page-title">{heading}</h1>\n<ul class="story-list">\n' + \
            "\n".join(items) + "\n</ul>"
        return _chrome(f"{heading} | {SITE_TITLE}", inner)

    def error_html(self, code):
        text = {
            404: ("Page not found", "Sorry, we could not find the page you were looking for."),
            410: ("Article removed", "This article has been removed."),
            500: ("Internal server error", "Something went wrong. Please try again later."),
            502: ("Bad gateway", "The server received an invalid response upstream."),
            503: ("Service unavailable", "We are performing maintenance. Please come back soon."),
            504: ("Gateway timeout", "The upstream server did not answer in time."),
        }[code]
        return _chrome(f"{text[0]} | {SITE_TITLE}",
                       f'<div class="error-page"><h1>{text[0]}</h1><p>{text[1]}</p>'
                       f'<p><a href="/">Back to the home page</a></p></div>')


def _slug(name):
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "".join(c if c.isalnum() else "-" for c in ascii_name.lower()).strip("-")


# --- the server -----------------------------------------------------------------------------

class RetractionWorld:
    """Serves the site on 127.0.0.1 (a free port) while the context is open."""

    phases = PHASES

    def __init__(self, now=None):
        if now is None:
            now = dt.datetime.now(dt.timezone.utc).replace(minute=0, second=0, microsecond=0)
        self.now = now
        self.phase = 0
        self._site = _Site(now)
        self._hits = Counter()
        self._log = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._server = None
        self._thread = None
        self._routes = {}
        for art in ARTICLES:
            self._routes[article_path(art)] = ("article", art)
            if art.get("new_slug"):
                self._routes[new_path(art)] = ("new", art)

    # lifecycle
    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.stop()
        return False

    def start(self):
        world = self

        class Handler(_Handler):
            pass

        Handler.world = world
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._server.block_on_close = False
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.1}, daemon=True,
                                        name="retractions-world")
        self._thread.start()
        return self

    def stop(self):
        self._stop.set()  # releases hanging requests at once
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._thread.join(5)
            self._server = None

    # what a test uses
    @property
    def port(self):
        return self._server.server_address[1]

    @property
    def base_url(self):
        return f"http://127.0.0.1:{self.port}"

    @property
    def phase(self):
        return self._phase

    @phase.setter
    def phase(self, value):
        if not 0 <= int(value) < PHASES:
            raise ValueError(f"phase {value} out of 0..{PHASES - 1}")
        self._phase = int(value)

    def seeds_toml(self, site_name="retractions"):
        return f"""# The retractions world (tests/openweb/retractions), served at {self.base_url}
[[site]]
name = "{site_name}"
base_url = "{self.base_url}"
source = "{SITE_TITLE}"
start_urls = ["/", "/section/politics", "/section/business"]
article_patterns = ["^/news/"]
listing_patterns = ["^/$", "^/section/"]
allow_networks = ["127.0.0.1/32"]
language = "en"
date_order = "DMY"
timezone = "UTC"
render = "http"
max_depth = 4
max_pages = 200
rate = 50.0
concurrency = 4
"""

    @staticmethod
    def rules_toml(rule_id="maduro"):
        return f"""[[rule]]
id = "{rule_id}"
any = ["{RULE_TERM}"]
severity = "high"
channels = ["default"]
throttle_minutes = 0
"""

    @staticmethod
    def crawler_env(schedule="1 2 3 4 5 6", timeout=3):
        """Settings a test is expected to give the crawler for this world."""
        return {
            "NEWSWATCH_REVISIT_SCHEDULE": schedule,
            "NEWSWATCH_DOWNLOAD_TIMEOUT": str(timeout),
        }

    def hits(self):
        with self._lock:
            return dict(self._hits)

    def requests_log(self):
        """[(phase, method, path, status or 'hang'/'reset', conditional)] in arrival order."""
        with self._lock:
            return list(self._log)

    def reset_hits(self):
        with self._lock:
            self._hits.clear()
            self._log.clear()

    def answer_key(self, write=True):
        if write:
            write_answer_key()
        return _key_for(self.base_url)

    def article_urls(self):
        return [self.base_url + p for p in self._routes]

    # internals
    def _record(self, method, path, outcome, conditional):
        with self._lock:
            self._hits[path] += 1
            self._log.append((self._phase, method, path, outcome, conditional))


class _Handler(BaseHTTPRequestHandler):
    world: RetractionWorld
    protocol_version = "HTTP/1.1"
    server_version = "LedgerCMS/4.2"
    timeout = 100  # idle keep-alive connections end; a hang is capped by HANG_CAP_SECONDS
    sys_version = ""

    def log_message(self, fmt, *args):  # quiet
        pass

    def do_HEAD(self):
        self._serve(head=True)

    def do_GET(self):
        self._serve(head=False)

    def _serve(self, head):
        world = self.world
        phase = world.phase
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        conditional = bool(self.headers.get("If-None-Match") or
                           self.headers.get("If-Modified-Since"))
        site = world._site

        if path == "/robots.txt":
            return self._send(world, path, 200, "User-agent: *\nAllow: /\n",
                              ctype="text/plain; charset=utf-8", head=head)
        if path == "/":
            return self._send(world, path, 200, site.listing_html(phase), head=head,
                              extra={"Cache-Control": "max-age=60"})
        if path in ("/section/politics", "/section/business"):
            return self._send(world, path, 200,
                              site.listing_html(phase, path.rsplit("/", 1)[1]), head=head,
                              extra={"Cache-Control": "max-age=60"})
        route = world._routes.get(path)
        if route is None:
            return self._send(world, path, 404, site.error_html(404), head=head)

        kind, art = route
        step = SCRIPT[art["key"]][phase] if kind == "article" else NEW_URL_SCRIPT[phase]
        action = step[0]
        if action == "ok":
            canonical = article_path(art) if kind == "article" else new_path(art)
            return self._send_article(world, path, site.article_html(art, world.base_url,
                                                                     canonical),
                                      site.published(art), head)
        if action == "status":
            code = step[1]
            extra = {"Retry-After": "120"} if code == 503 else None
            return self._send(world, path, code, site.error_html(code), head=head, extra=extra)
        if action == "redirect":
            code, target = step[1], step[2]
            if target == "home":
                location = world.base_url + "/"
            elif code == 308:
                location = new_path(art)  # relative, as some servers write it
            else:
                location = world.base_url + new_path(art)
            body = _chrome("Moved", f'<p>This page has moved to <a href="{location}">'
                                    f'{_esc(location)}</a>.</p>')
            return self._send(world, path, code, body, head=head, extra={"Location": location})
        if action == "hang":
            world._record(self.command, path, "hang", conditional)
            world._stop.wait(HANG_CAP_SECONDS)
            self.close_connection = True
            return None
        if action == "reset":
            world._record(self.command, path, "reset", conditional)
            self.close_connection = True
            try:
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                           struct.pack("ii", 1, 0))
                self.connection.close()  # with linger 0: an RST, not a FIN
            except OSError:
                pass
            return None
        raise AssertionError(step)

    def _send_article(self, world, path, body, published, head):
        data = body.encode("utf-8")
        etag = '"' + hashlib.sha1(data).hexdigest()[:20] + '"'
        last_modified = email.utils.format_datetime(published, usegmt=True)
        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        not_modified = False
        if inm is not None:
            not_modified = etag in [t.strip() for t in inm.split(",")] or inm.strip() == "*"
        elif ims is not None:
            try:
                not_modified = email.utils.parsedate_to_datetime(ims) >= published
            except (TypeError, ValueError):
                not_modified = False
        validators = {"ETag": etag, "Last-Modified": last_modified,
                      "Cache-Control": "max-age=300"}
        if not_modified:
            return self._send(world, path, 304, b"", head=True, extra=validators,
                              conditional=True)
        return self._send(world, path, 200, data, head=head, extra=validators,
                          conditional=inm is not None or ims is not None)

    def _send(self, world, path, code, body, ctype="text/html; charset=utf-8", head=False,
              extra=None, conditional=None):
        if conditional is None:
            conditional = bool(self.headers.get("If-None-Match") or
                               self.headers.get("If-Modified-Since"))
        world._record(self.command, path, code, conditional)
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(code)
        if code != 304:
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if not head and code != 304:
            self.wfile.write(data)


if __name__ == "__main__":  # python -m tests.openweb.retractions.world: write the key, serve
    import time

    print("answer key:", write_answer_key())
    with RetractionWorld() as w:
        print("serving", w.base_url, "phase 0; Ctrl-C to stop")
        try:
            while True:
                time.sleep(1)
        except KeyboardInterrupt:
            pass
