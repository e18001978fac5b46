"""Serves the demo news site and its partner (syndication) site on loopback, in background threads."""

from __future__ import annotations

import dataclasses
import datetime as dt
import socket
import sys
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from newswatch.demo.site import content, routes, validators

MAIN, PARTNER = "main", "partner"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as crawlers use it
    timeout = 30  # idle keep-alive connections are dropped after this many seconds
    server_version = "ClashWireDemo/1.0"

    def do_GET(self) -> None:
        self._respond(send_body=True)

    def do_HEAD(self) -> None:
        self._respond(send_body=False)

    def _respond(self, send_body: bool) -> None:
        path = urlsplit(self.path).path or "/"
        conditions = (self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since"))
        response = self.server.site._serve(self.server.role, path, counted=send_body, conditions=conditions)
        self.send_response(response.status)
        if response.status != 304:  # a 304 carries no body, hence no representation headers
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(response.body)))
        self.send_header("Cache-Control", "no-cache")
        if response.etag:
            self.send_header("ETag", response.etag)
        if response.last_modified:
            self.send_header("Last-Modified", validators.http_date(response.last_modified))
        self.end_headers()
        if send_body:
            self.wfile.write(response.body)

    def log_message(self, format: str, *args: object) -> None:
        """Silenced: a crawl makes thousands of requests and the tests read hits() instead."""


class _Server(ThreadingHTTPServer):
    request_queue_size = 128
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], site: DemoSite, role: str) -> None:
        self.site, self.role = site, role
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, _Handler)

    def get_request(self):
        conn, address = super().get_request()
        with self._open_lock:
            self._open.add(conn)
        return conn, address

    def shutdown_request(self, request) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def drop_connections(self) -> None:
        """Wake handler threads waiting on idle keep-alive connections, so they close their sockets now."""
        with self._open_lock:
            conns = list(self._open)
        for conn in conns:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed by its handler thread

    def handle_error(self, request, client_address) -> None:
        """Clients hanging up mid-response are routine for crawlers; other errors are still reported."""
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


class DemoSite:
    """The demo news site (``base_url``) and its partner site (``partner_url``), one switchable edition.

    ``hits()`` counts GET requests per (site, path), ``conditional_hits()`` those that carried
    If-None-Match or If-Modified-Since and ``not_modified_hits()`` those answered 304;
    ``article_urls()`` and ``expected()`` give the ground truth a crawl of the current (or a
    given) edition should find.
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0, partner_port: int = 0, edition: int = 1) -> None:
        self.host = host
        self._ports = (port, partner_port)
        self._edition = content.check_edition(edition)
        self._lock = threading.Lock()
        self._hits: Counter = Counter()
        self._conditional: Counter = Counter()
        self._not_modified: Counter = Counter()
        self._arrivals: list[tuple[float, str, str]] = []
        self._requests = 0
        self._servers: list[_Server] = []
        self._threads: list[threading.Thread] = []
        self._urls: tuple[str, str] | None = None

    @property
    def edition(self) -> int:
        return self._edition

    @edition.setter
    def edition(self, value: int) -> None:
        self._edition = content.check_edition(value)

    def set_edition(self, edition: int) -> DemoSite:
        self.edition = edition
        return self

    @property
    def base_url(self) -> str:
        return self._started_urls()[0]

    @property
    def partner_url(self) -> str:
        return self._started_urls()[1]

    def _started_urls(self) -> tuple[str, str]:
        if self._urls is None:
            raise RuntimeError("DemoSite is not running: call start() or use it as a context manager")
        return self._urls

    def start(self) -> DemoSite:
        if self._servers:
            return self
        main = _Server((self.host, self._ports[0]), self, MAIN)
        try:
            partner = _Server((self.host, self._ports[1]), self, PARTNER)
        except OSError:
            main.server_close()
            raise
        self._servers = [main, partner]
        self._urls = (f"http://{self.host}:{main.server_address[1]}", f"http://localhost:{partner.server_address[1]}")
        for server in self._servers:
            thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                                      name=f"demo-site-{server.role}", daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self) -> None:
        servers, threads = self._servers, self._threads
        self._servers, self._threads = [], []
        for server in servers:
            server.shutdown()
        for server in servers:
            server.drop_connections()
            server.server_close()
        for thread in threads:
            thread.join(timeout=5)

    def __enter__(self) -> DemoSite:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def hits(self) -> Counter:
        with self._lock:
            return Counter(self._hits)

    def arrivals(self) -> list[tuple[float, str, str]]:
        """(time.monotonic(), site, path) of every counted GET, in arrival order: for rate checks."""
        with self._lock:
            return list(self._arrivals)

    def conditional_hits(self) -> Counter:
        with self._lock:
            return Counter(self._conditional)

    def not_modified_hits(self) -> Counter:
        with self._lock:
            return Counter(self._not_modified)

    def reset_hits(self) -> None:
        with self._lock:
            for record in (self._hits, self._arrivals, self._conditional, self._not_modified):
                record.clear()

    def _serve(self, role: str, path: str, counted: bool, conditions: tuple = (None, None)) -> routes.Response:
        response = self._page(role, path, counted)
        fresh = response.status == 200 and validators.not_modified(response.etag, response.last_modified, *conditions)
        if counted and conditions != (None, None):
            with self._lock:
                self._conditional[(role, path)] += 1
                if fresh:
                    self._not_modified[(role, path)] += 1
        return dataclasses.replace(response, status=304, body=b"") if fresh else response

    def _page(self, role: str, path: str, counted: bool) -> routes.Response:
        with self._lock:
            self._requests += 1
            if counted:
                self._hits[(role, path)] += 1
                self._arrivals.append((time.monotonic(), role, path))
            views, counter, edition = 1000 + 7 * self._hits[(role, path)], self._requests, self._edition
        base, partner = self._started_urls()
        stamp = dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds")
        request = routes.Request(path, edition, base, partner, views, counter, stamp)
        return routes.main_site(request) if role == MAIN else routes.partner_site(request)

    def article_urls(self, edition: int | None = None) -> list[str]:
        """Every main-site article of the edition, listed or hidden (the untitled brief excluded)."""
        edition = self._edition if edition is None else edition
        return [self.base_url + a.path for a in content.articles(edition).values()]

    def expected(self, edition: int | None = None) -> dict:
        """Ground truth of an edition, keyed by absolute URL (see the keys below)."""
        ed = self._edition if edition is None else content.check_edition(edition)
        base, partner = self._started_urls()
        arts = content.articles(ed)
        url = {slug: base + a.path for slug, a in arts.items()}
        depths = {url[slug]: d for slug, d in content.link_depths(ed).items()}
        syndicated = f"{partner}/story/{content.SYNDICATED_SLUG}" if ed == 2 else None
        return {
            "edition": ed,
            "articles": {url[slug]: a for slug, a in arts.items()},
            "listed_urls": [url[a.slug] for a in content.listed(ed)],
            "hidden_urls": [url[s] for s, a in arts.items() if not a.listed],
            "js_urls": [url[s] for s, a in arts.items() if a.js],
            "depths": depths,
            "deepest_url": max(depths, key=depths.get),
            "maduro_urls": [url[s] for s, a in arts.items() if a.mentions("Maduro")],
            "edited_url": url[content.EDITED_SLUG],
            "new_url": url.get(content.NEW_IN_EDITION_2_SLUG),
            "syndicated_url": syndicated,
            "syndicated_listing_url": syndicated and f"{syndicated}?{content.SYNDICATION_QUERY}",
            "syndicated_original_url": url[content.SYNDICATED_SLUG],
            "partner_urls": [f"{partner}/story/{a.slug}" for a in content.partner_articles(ed)],
            "partner_articles": {f"{partner}/story/{a.slug}": a for a in content.partner_articles(ed)},
            "untitled_url": f"{base}/news/{content.UNTITLED_SLUG}",
            "pdf_url": f"{base}/news/annual-report.pdf",
            "private_url": f"{base}/private/secret",
        }
