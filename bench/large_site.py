"""A generated news site of thousands of articles, served on 127.0.0.1, for crawl benchmarks.

Same markup as the bundled demo site (the demo seeds' selectors read it): a home
page linking section pages of 50 articles each, articles with five paragraphs
and three related-news links. ``js=True`` serves every article with its body
and related list inserted by JavaScript, for the Chromium benchmark. Articles
carry an ETag and answer a matching If-None-Match with a 304; ``bytes_sent``
counts the bytes of the bodies served. ``flag_every=k`` puts ALERT_WORD in the
summary of every k-th article, for runs that check keyword alerts. ``delay`` seconds are spent on
every request before it is answered (a slow site, whose per-host concurrency is the limit). ``distinct=True``:
every article its own story (words drawn per article, no related links), for runs that count its alerts.
"""

import hashlib
import random
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

WORDS = ("government officials said the talks would continue next week while markets waited for "
         "the central bank energy ministry announced new measures after the ceasefire held overnight").split()
PER_SECTION = 50
VOCABULARY = [f"{a}{b}" for a in ("ka", "ro", "mi", "te", "su", "pa", "lo", "ne") for b in
              ("ral", "ven", "dos", "mir", "tek", "sal", "bor", "fin", "gat", "huk", "jes", "lum")]
ALERT_WORD = "Maduro"  # in the summary of the articles ``flag_every`` picks, for keyword-alert runs
LIVE_SCRIPT = """<script>document.addEventListener('DOMContentLoaded', () => setTimeout(() => {
  document.getElementById('article-body').innerHTML = DATA.body;
  document.getElementById('related').innerHTML = DATA.related; }, 50));</script>"""


def paragraph(n, p, distinct=False):
    if distinct:  # words drawn per article from a larger vocabulary: no two articles near-duplicates of each other
        draw = random.Random(n * 8 + p)
        return " ".join(draw.choice(VOCABULARY) for _ in range(45)) + f" (report {n}.{p})"
    return " ".join(WORDS[(n * 13 + p * 7 + i) % len(WORDS)] for i in range(45)) + f" (report {n}.{p})"


def flagged(n, flag_every):
    """True when article ``n`` carries ALERT_WORD (every ``flag_every``-th one; none when 0)."""
    return bool(flag_every) and n % flag_every == 0


def article_page(n, count, prefix, js, flag_every=0, distinct=False):
    related = "" if distinct else "".join(
        f"<li class='related-item'><a href='/{prefix}/a{m}'>Report {m}</a><span class='related-category'>World"
        f"</span><span class='related-date'>{1 + m % 28:02d}/01/2026</span></li>"
        for m in ((n * 7 + 1) % count, (n * 11 + 3) % count, (n + 1) % count))
    body = "".join(f"<p>{paragraph(n, p, distinct)}</p>" for p in range(5))
    about = f" on {ALERT_WORD}" if flagged(n, flag_every) else ""
    data = f"<script>const DATA = {{body: {body!r}, related: {related!r}}};</script>{LIVE_SCRIPT}" if js else ""
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Report {n}</title>{data}</head>"
            f"<body><article><h1 class='headline'>Report {n} on regional talks</h1><p class='summary'>Summary of "
            f"report {n}{about}.</p><div class='meta'><span class='dateline'>January {1 + n % 28:02d}, 2026</span>"
            f"<span class='source'>Bench Wire</span></div><div class='article-body' id='article-body'>"
            f"{'' if js else body}</div><section class='related-news'><ul id='related'>{'' if js else related}"
            f"</ul></section></article></body></html>").encode("utf-8")


def build_pages(count, js=False, flag_every=0, distinct=False):
    prefix = "live" if js else "news"
    sections = (count + PER_SECTION - 1) // PER_SECTION
    pages = {"/robots.txt": b"User-agent: *\nAllow: /\n",
             "/": ("<html><body>" + "".join(f"<a href='/section/{k}'>Section {k}</a>" for k in range(sections))
                   + "</body></html>").encode()}
    for k in range(sections):
        links = "".join(f"<a href='/{prefix}/a{n}'>Report {n}</a>"
                        for n in range(k * PER_SECTION, min(count, (k + 1) * PER_SECTION)))
        pages[f"/section/{k}"] = f"<html><body>{links}</body></html>".encode()
    for n in range(count):
        pages[f"/{prefix}/a{n}"] = article_page(n, count, prefix, js, flag_every, distinct)
    return pages


class QuietServer(ThreadingHTTPServer):
    request_queue_size = 1024

    def handle_error(self, request, client_address):
        # A client killed mid-request (the chaos run's kill -9) is expected: no traceback for it.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class LargeSite:
    def __init__(self, count=3000, js=False, flag_every=0, delay=0.0, distinct=False):
        pages = build_pages(count, js, flag_every, distinct)
        etags = {path: f'"{hashlib.sha1(body).hexdigest()[:16]}"' for path, body in pages.items()
                 if path.startswith(("/news/", "/live/"))}
        self.pages, self.article_count = pages, count
        self.hit_times = []  # time.perf_counter() of every request served
        self.body_sizes = []  # bytes of every body served (list.append is thread-safe)

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(handler):
                body, etag = pages.get(handler.path), etags.get(handler.path)
                self.hit_times.append(time.perf_counter())
                if delay:
                    time.sleep(delay)
                if etag and handler.headers.get("If-None-Match") == etag:
                    handler.send_response(304)
                    handler.send_header("ETag", etag)
                    handler.end_headers()
                    return
                handler.send_response(200 if body else 404)
                handler.send_header("Content-Type", "text/plain" if handler.path.endswith(".txt")
                                    else "text/html; charset=utf-8")
                handler.send_header("Content-Length", str(len(body or b"")))
                if etag:
                    handler.send_header("ETag", etag)
                handler.end_headers()
                handler.wfile.write(body or b"")
                self.body_sizes.append(len(body or b""))

            def log_message(handler, *args):
                pass

        self.server = QuietServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def reset(self):
        self.hit_times, self.body_sizes = [], []

    @property
    def bytes_sent(self):
        return sum(self.body_sizes)

    def rate(self, exclude=0):
        """Pages/s from the first request served to the last, ``exclude`` requests (robots.txt) aside."""
        times = self.hit_times
        return (len(times) - exclude - 1) / (times[-1] - times[0])

    @property
    def page_count(self):
        return len(self.pages) - 1  # robots.txt aside

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc_info):
        self.server.shutdown()
        self.server.server_close()
