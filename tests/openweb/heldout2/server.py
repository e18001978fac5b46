"""The World: every outlet of heldout2 served on 127.0.0.1, one port each, from daemon threads.

Standard library only. No state on disk. Usable many times in one process.
"""
from __future__ import annotations

import hashlib
import threading
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .common import UTC, http_date, minute, parse_http_date
from .outlet import Outlet, Response


class _Server(ThreadingHTTPServer):
    request_queue_size = 128
    daemon_threads = True
    allow_reuse_address = True


def _etag_matches(header: str, etag: str) -> bool:
    bare = etag[2:] if etag.startswith("W/") else etag
    for tok in header.split(","):
        tok = tok.strip()
        if tok == "*":
            return True
        if tok.startswith("W/"):
            tok = tok[2:]
        if tok == bare:
            return True
    return False


class World:
    """Serves every outlet of this world on 127.0.0.1, each on its own port chosen by the OS."""

    def __init__(self):
        from . import courrier, cronica, havenpost, meridian
        self._classes = [courrier.Courrier, cronica.Cronica, meridian.Meridian, havenpost.Havenpost]
        self.edition = 1
        self.outlets: dict[str, str] = {}
        self._servers: list[_Server] = []
        self._threads: list[threading.Thread] = []
        self._objs: dict[str, Outlet] = {}
        self._hits: list[dict] = []
        self._lock = threading.Lock()
        self._cache: dict[tuple, Response] = {}
        self._keys: dict[int, dict] = {}
        self.start_time: datetime | None = None

    # ------------------------------------------------------------------ lifecycle
    def __enter__(self) -> "World":
        self.start_time = minute(datetime.now(UTC))
        servers = {}
        for cls in self._classes:
            srv = _Server(("127.0.0.1", 0), self._handler_class(cls.name))
            servers[cls.name] = srv
            self.outlets[cls.name] = f"http://127.0.0.1:{srv.server_address[1]}"
        for cls in self._classes:
            self._objs[cls.name] = cls(self.start_time, dict(self.outlets))
        for o in self._objs.values():
            o.peers = self._objs
        for name, srv in servers.items():
            t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.1},
                                 name=f"heldout2-{name}", daemon=True)
            t.start()
            self._servers.append(srv)
            self._threads.append(t)
        return self

    def __exit__(self, *exc):
        for srv in self._servers:
            srv.shutdown()
            srv.server_close()
        for t in self._threads:
            t.join(timeout=5)
        self._servers.clear()
        self._threads.clear()
        return False

    # ------------------------------------------------------------------ public API
    def seeds(self) -> str:
        head = ("# Seeds of the heldout2 open-web world (generic: no selectors).\n"
                "# Written for this run's ports.\n\n")
        return head + "\n".join(o.seeds() for o in self._objs.values())

    def rules(self) -> str:
        return '''# Alert rules of the heldout2 world.

[[rule]]
id = "maduro"
description = "Nicolás Maduro and his trial"
any = ["Maduro", "Nicolás Maduro", "Cilia Flores"]
none = ["plátano maduro"]
fields = ["title", "summary", "body"]
severity = "high"
throttle_minutes = 0

[[rule]]
id = "cyberattack"
description = "cyberattacks, in the world's four languages"
any = ["cyberattack", "cyberattaque", "ciberataque", "cyberaanval"]
fields = ["title", "summary", "body"]
severity = "medium"
throttle_minutes = 0
'''

    def hits(self) -> list[dict]:
        with self._lock:
            return [dict(h) for h in self._hits]

    def reset_hits(self) -> None:
        with self._lock:
            self._hits.clear()

    def key(self, edition: int) -> dict:
        if edition not in self._keys:
            from .keygen import build_key
            self._keys[edition] = build_key(self, edition)
        return self._keys[edition]

    # ------------------------------------------------------------------ serving
    def outlet(self, name: str) -> Outlet:
        return self._objs[name]

    def respond(self, name: str, ed: int, target: str) -> Response:
        """The full response (before conditional handling) of `target` in edition `ed`."""
        o = self._objs[name]
        ck = (name, ed, target)
        with self._lock:
            cached = self._cache.get(ck)
        if cached is not None:
            return cached
        route = o.route(ed, target)
        resp = o.render(ed, route, target)
        if resp.status == 200 and not resp.dynamic:
            self._add_validators(o, ed, target, resp)
            with self._lock:
                self._cache[ck] = resp
        elif resp.status != 200:
            with self._lock:
                self._cache[ck] = resp
        return resp

    def _add_validators(self, o: Outlet, ed: int, target: str, resp: Response) -> None:
        if o.etag:
            h = hashlib.sha1(resp.body).hexdigest()[:24]
            resp.headers["ETag"] = (f'W/"{h}"' if o.weak_etag else f'"{h}"')
        if o.last_modified:
            lm = resp.lastmod or (self.start_time - timedelta(hours=2))
            if ed == 2:
                first = self.respond(o.name, 1, target)
                if first.status != 200 or first.body != resp.body:
                    # the page changed in edition 2: the page cache was refreshed after the
                    # edition's changes, later than anything edition 1 said
                    lm = max(lm, self.start_time - timedelta(minutes=2))
                else:
                    lm = first.lastmod or lm
            resp.lastmod = lm
            resp.headers["Last-Modified"] = http_date(lm)

    def _record(self, **hit) -> None:
        with self._lock:
            self._hits.append(hit)

    def _handler_class(self, outlet_name: str):
        world = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            server_version = "Apache"
            sys_version = ""
            timeout = 20

            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):
                self._serve(head=False)

            def do_HEAD(self):
                self._serve(head=True)

            def _serve(self, head: bool):
                target = self.path
                if "#" in target:
                    target = target.split("#", 1)[0]
                ed = world.edition
                inm = self.headers.get("If-None-Match")
                ims = self.headers.get("If-Modified-Since")
                try:
                    resp = world.respond(outlet_name, ed, target)
                except Exception as e:  # a bug of the world: make it visible
                    import traceback
                    traceback.print_exc()
                    resp = Response(500, f"world error: {e!r}".encode(), "text/plain; charset=utf-8")
                status = resp.status
                not_modified = False
                if status == 200 and not resp.dynamic:
                    etag = resp.headers.get("ETag")
                    lm = resp.lastmod if "Last-Modified" in resp.headers else None
                    if inm is not None and etag is not None:
                        not_modified = _etag_matches(inm, etag)
                    elif ims is not None and lm is not None and inm is None:
                        d = parse_http_date(ims)
                        not_modified = d is not None and lm <= d
                if not_modified:
                    status = 304
                world._record(outlet=outlet_name, method=self.command, target=target,
                              status=status, user_agent=self.headers.get("User-Agent", ""),
                              conditional=(inm is not None or ims is not None))
                self.send_response(status)
                for k, v in resp.headers.items():
                    if status == 304 and k not in ("ETag", "Last-Modified", "Cache-Control",
                                                   "Vary", "Expires"):
                        continue
                    self.send_header(k, v)
                if status == 304:
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_header("Content-Type", resp.ctype)
                self.send_header("Content-Length", str(len(resp.body)))
                self.end_headers()
                if not head:
                    self.wfile.write(resp.body)

        return Handler
