"""The World: serves the four outlets on loopback, one port each, from daemon threads.

A page cache (as a WordPress/Drupal caching plugin or a CDN would keep) makes every page the
same bytes with the same validators within an edition; when an edition changes a page its
validators change too (ETag: a hash of the bytes; Last-Modified: the page's own date in
edition 1, a later instant when edition 2 changed the bytes). JS shells are never cached.
"""

from __future__ import annotations

import hashlib
import socket
import threading
import time
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from . import answer_key
from .common import Resp, http_date, rules_toml
from .drupal_wire import DrupalWire
from .ghost_blog import GhostBlog
from .legacy import Legacy
from .wordpress import WordPress

OUTLET_CLASSES = (WordPress, DrupalWire, GhostBlog, Legacy)


class _Server(ThreadingHTTPServer):
    request_queue_size = 128
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, *args, **kwargs):
        self.connections = set()
        self.conn_lock = threading.Lock()
        super().__init__(*args, **kwargs)

    def get_request(self):
        conn, addr = super().get_request()
        with self.conn_lock:
            self.connections.add(conn)
        return conn, addr

    def shutdown_request(self, request):
        with self.conn_lock:
            self.connections.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request, client_address):
        # A client that goes away, or a kept-alive connection closed when the World stops,
        # is not an error of the world.
        import sys
        if isinstance(sys.exc_info()[1], (OSError, ValueError)):
            return
        super().handle_error(request, client_address)

    def drop_connections(self):
        """Close kept-alive connections so that no handler thread outlives the World."""
        with self.conn_lock:
            conns = list(self.connections)
        for conn in conns:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 30

    def version_string(self):
        return self.server.outlet.server_header

    def log_message(self, *args):
        pass

    def do_GET(self):
        self._serve(True)

    def do_HEAD(self):
        self._serve(False)

    def _other(self):
        world = self.server.world
        world._record(self.server.outlet.name, self.command, self._target(), 405,
                      self.headers.get("User-Agent", ""), False)
        self.close_connection = True
        self.send_response(405)
        self.send_header("Allow", "GET, HEAD")
        self.send_header("Content-Length", "0")
        self.send_header("Connection", "close")
        self.end_headers()

    do_POST = do_PUT = do_DELETE = do_OPTIONS = do_PATCH = _other

    def _target(self):
        target = self.path
        if "://" in target.split("?", 1)[0]:          # absolute-form request target
            parts = urlsplit(target)
            target = (parts.path or "/") + ("?" + parts.query if parts.query else "")
        return target.split("#", 1)[0]

    def _serve(self, with_body):
        world = self.server.world
        outlet = self.server.outlet
        target = self._target()
        ed = world.edition
        try:
            resp = world._response(outlet, target, ed)
        except Exception as exc:  # a bug in the world must show, not hang a crawler
            resp = Resp(500, ("<h1>world error</h1><pre>%r</pre>" % exc).encode(), cacheable=False)
        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        status = resp.status
        if status == 200 and resp.cacheable and world._not_modified(outlet, resp, inm, ims):
            status = 304
        world._record(outlet.name, self.command, target, status, self.headers.get("User-Agent", ""),
                      bool(inm or ims))
        self.send_response(status)
        for name, value in outlet.extra_headers.items():
            self.send_header(name, value)
        for name, value in resp.headers.items():
            self.send_header(name, value)
        if resp.status == 200 and resp.cacheable:
            if outlet.send_etag and resp.etag:
                self.send_header("ETag", resp.etag)
            if outlet.send_last_modified and resp.lm_final:
                self.send_header("Last-Modified", http_date(resp.lm_final))
            if "Cache-Control" not in resp.headers:
                self.send_header("Cache-Control", "max-age=0, must-revalidate")
        if status != 304:
            self.send_header("Content-Type", resp.ctype)
            self.send_header("Content-Length", str(len(resp.body)))
        self.end_headers()
        if with_body and status != 304:
            self.wfile.write(resp.body)


class World:
    """Serves every outlet of the "dev" world on 127.0.0.1 (see tests/openweb/dev/README.md)."""

    def __init__(self, edition: int = 1):
        self.edition = edition
        self.outlets: dict[str, str] = {}
        self.t0: int | None = None
        self._objs: dict = {}
        self._servers: list = []
        self._threads: list = []
        self._lock = threading.Lock()
        self._hits: list = []
        self._cache: dict = {}
        self._counters: dict = {}
        self._keys: dict = {}
        self._by_key: dict = {}

    # ------------------------------------------------------------------ lifecycle
    def __enter__(self) -> "World":
        self.t0 = int(time.time())
        try:
            for cls in OUTLET_CLASSES:
                srv = _Server(("127.0.0.1", 0), _Handler)
                srv.world = self
                self._servers.append(srv)
                self.outlets[cls.name] = "http://127.0.0.1:%d" % srv.server_address[1]
            for cls, srv in zip(OUTLET_CLASSES, self._servers):
                obj = cls(self)
                srv.outlet = obj
                self._objs[cls.name] = obj
                for art in obj.arts:
                    self._by_key[art.key] = art
            self._link_copies()
            for srv in self._servers:
                t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05},
                                     name="openweb-dev-%s" % srv.outlet.name,
                                     daemon=True)
                t.start()
                self._threads.append(t)
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc):
        for srv in self._servers[: len(self._threads)]:
            srv.shutdown()
        for srv in self._servers:
            srv.server_close()
            srv.drop_connections()
        self._servers = []
        self._threads = []
        return False

    def _link_copies(self):
        for art in self._by_key.values():
            if art.copy_of:
                orig = self._by_key[art.copy_of]
                art.original = orig
                shared = orig.paras_at(orig.first)
                art.paras = list(art.head) + [art.lead or shared[0]] + list(shared[1:]) + list(art.tail)

    # ------------------------------------------------------------------ the interface
    def seeds(self) -> str:
        out = ["# Seeds of the open-web 'dev' world (tests/openweb/dev): generic, no selectors.",
               "# Base URLs are this run's; every outlet is on 127.0.0.1, each on its own port."]
        order = ["name", "base_url", "source", "start_urls", "feeds", "sitemaps", "article_patterns",
                 "listing_patterns", "allow_networks", "language", "date_order", "fallback_encoding",
                 "syndication_partner", "rate", "concurrency", "max_depth", "max_pages"]
        for name, obj in self._objs.items():
            entry = dict(obj.seeds_entry())
            entry.update({"base_url": self.outlets[name], "allow_networks": ["127.0.0.1/32"], "rate": 200,
                          "concurrency": 8, "max_depth": 6, "max_pages": 400})
            out += ["", "[[site]]"]
            for k in order:
                if k in entry:
                    out.append("%s = %s" % (k, _toml(entry[k])))
        return "\n".join(out) + "\n"

    def rules(self) -> str:
        return rules_toml()

    def hits(self) -> list:
        with self._lock:
            return [dict(h) for h in self._hits]

    def reset_hits(self) -> None:
        with self._lock:
            self._hits = []

    def key(self, edition: int) -> dict:
        with self._lock:
            cached = self._keys.get(edition)
        if cached is None:
            cached = answer_key.build(self, edition)
            with self._lock:
                self._keys[edition] = cached
        import copy
        return copy.deepcopy(cached)

    # ------------------------------------------------------------------ helpers for outlets
    def ts(self, hours: float) -> int:
        return int((self.t0 - hours * 3600) // 60 * 60)

    def article(self, key: str):
        return self._by_key[key]

    def outlet_objects(self) -> list:
        return list(self._objs.values())

    def outlet_of_url(self, url: str):
        for name, base in self.outlets.items():
            if url == base or url.startswith(base + "/"):
                return self._objs[name], (url[len(base):] or "/")
        return None, None

    def counter(self, name: str, start: int) -> int:
        with self._lock:
            value = self._counters.get(name, start) + 1 + len(self._counters) % 3
            self._counters[name] = value
            return value

    # ------------------------------------------------------------------ serving
    def _record(self, outlet, method, target, status, user_agent, conditional):
        with self._lock:
            self._hits.append({"outlet": outlet, "method": method, "target": target, "status": status,
                               "user_agent": user_agent, "conditional": conditional})

    def _response(self, outlet, target: str, ed: int) -> Resp:
        k = (outlet.name, ed, target)
        with self._lock:
            hit = self._cache.get(k)
        if hit is not None:
            return hit
        resp = outlet.route(target, ed)
        if not (resp.cacheable and resp.status == 200):
            return resp
        if outlet.send_etag:
            digest = hashlib.sha1(resp.body).hexdigest()[:20]
            resp.etag = ('W/"%s"' if outlet.weak_etag else '"%s"') % digest
        if ed == 1:
            resp.lm_final = min(resp.lm or self.t0 - 120, self.t0 - 120)
        else:
            before = self._response(outlet, target, 1)
            if before.status == 200 and before.cacheable and before.body == resp.body:
                resp.lm_final = before.lm_final
            else:
                resp.lm_final = self.t0 - 60
        with self._lock:
            return self._cache.setdefault(k, resp)

    def _not_modified(self, outlet, resp, inm, ims) -> bool:
        if inm is not None:
            if not (outlet.send_etag and resp.etag):
                return False
            tags = {t.strip() for t in inm.split(",")}
            if "*" in tags:
                return True
            opaque = lambda t: t[2:] if t.startswith("W/") else t
            return opaque(resp.etag) in {opaque(t) for t in tags}
        if ims is not None and outlet.send_last_modified and resp.lm_final:
            try:
                when = parsedate_to_datetime(ims)
            except (TypeError, ValueError, IndexError):
                return False
            if when is None:
                return False
            return int(when.timestamp()) >= resp.lm_final
        return False


def _toml(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        if "\\" in value and "'" not in value:
            return "'%s'" % value                 # literal string: regexes stay readable
        return '"%s"' % value.replace("\\", "\\\\").replace('"', '\\"')
    if isinstance(value, list):
        return "[%s]" % ", ".join(_toml(v) for v in value)
    raise TypeError(value)
