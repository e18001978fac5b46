"""A small fixture site of awkward pages, served on 127.0.0.1: encodings, size, slowness, broken HTML,
a redirect and a page that fails twice before it answers."""

import threading
import time
from datetime import date, timedelta
from urllib.parse import parse_qs, urlsplit
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def article(title, paragraph, charset_meta=""):
    return (f"<html><head>{charset_meta}<title>{title}</title></head><body><h1 class='headline'>{title}</h1>"
            f"<div class='article-body'><p>{paragraph}</p></div></body></html>")


CP1252_TITLE = "Café “Maduro” talks — São Paulo"
LATIN1_TITLE = "Réunion à Genève: señal de diálogo"
PAGES = {
    "/": ("text/html; charset=utf-8", "<html><body>" + "".join(
        f"<a href='/news/{name}'>{name}</a>" for name in
        ("cp1252", "latin1-meta", "undeclared", "huge", "slow", "broken", "empty", "moved", "flaky")) +
        f"<a href='/list?page=1'>more</a><a href='/calendar/{date.today()}'>today</a>"
        "<a href='/news/cp1252;jsessionid=S1'>again</a><a href='/news/cp1252?PHPSESSID=S2'>and again</a>"
        "</body></html>"),
    # The HTTP header names the encoding.
    "/news/cp1252": ("text/html; charset=windows-1252",
                     article(CP1252_TITLE, "Price: 5 € and a dash – here.").encode("cp1252")),
    # Only a <meta charset> names it.
    "/news/latin1-meta": ("text/html", article(LATIN1_TITLE, "Ça va très bien.",
                                               '<meta charset="iso-8859-1">').encode("latin-1")),
    # Nothing names it: detection.
    "/news/undeclared": ("text/html", article("Déjà vu in Zürich", "Größere Änderungen.").encode("cp1252")),
    "/news/huge": ("text/html; charset=utf-8", article("Huge", "word " * 400_000)),
    "/news/slow": ("text/html; charset=utf-8", article("Slow", "Too late.")),
    "/news/broken": ("text/html; charset=utf-8",
                     "<html><h1 class='headline'>Broken <i>markup<div class='article-body'><p>Still read<p>Twice</table>"
                     "<a href='http://[broken/'></a>"),  # a link no URL parser takes
    "/news/empty": ("text/html; charset=utf-8", ""),
    "/news/landed": ("text/html; charset=utf-8", article("Landed", "Reached through a redirect.")),
    "/news/flaky": ("text/html; charset=utf-8", article("Flaky", "Served at the third attempt.")),
}
REDIRECTS = {"/news/moved": "/news/landed"}
FLAKY_FAILURES = 2  # /news/flaky answers 503 this many times first
SLOW_SECONDS = 3


def endless_listing(path):
    """Traps: pagination that never ends, and a calendar linking to the next and previous day forever."""
    if path.startswith("/list"):
        page = int(parse_qs(urlsplit(path).query)["page"][0])
        links = [f"/list?page={page + 1}"]
    else:
        day = date.fromisoformat(path.rsplit("/", 1)[1])
        links = [f"/calendar/{day + timedelta(days=1)}", f"/calendar/{day - timedelta(days=1)}"]
    return "<html><body>" + "".join(f"<a href='{link}'>{link}</a>" for link in links) + "</body></html>"


class EdgeSite:
    def __init__(self):
        self.hits = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                site.hits.append(self.path)
                if self.path in REDIRECTS:
                    self.send_response(301)
                    self.send_header("Location", REDIRECTS[self.path])
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if self.path == "/news/flaky" and site.hits.count(self.path) <= FLAKY_FAILURES:
                    self.send_error(503)
                    return
                if self.path == "/robots.txt":
                    content_type, body = "text/plain", "User-agent: *\nAllow: /\n"
                elif self.path in PAGES:
                    content_type, body = PAGES[self.path]
                elif self.path.startswith(("/list", "/calendar/")):
                    content_type, body = "text/html; charset=utf-8", endless_listing(self.path)
                else:
                    self.send_error(404)
                    return
                if self.path == "/news/slow":
                    time.sleep(SLOW_SECONDS)
                data = body.encode("utf-8") if isinstance(body, str) else body
                self.send_response(200)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc_info):
        self.server.shutdown()
        self.server.server_close()
