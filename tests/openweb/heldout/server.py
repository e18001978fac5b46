"""The World: four outlets served on 127.0.0.1 (one port each, chosen by the OS),
the seeds and rules an operator would write for them, the request log, and the
answer key of each edition.
"""

from __future__ import annotations

import re
import threading
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .blog import Blog
from .common import links_in
from .legacy import Legacy
from .tribuna import Tribuna
from .wire import Wire

OUTLET_CLASSES = (Tribuna, Wire, Blog, Legacy)

SERVER_HEADERS = {
    "tribunadoplanalto": "nginx",
    "meridianwire": "AkamaiGHost",
    "federundfakt": "Vercel",
    "ecodellavalle": "Apache/2.2.22 (Debian) PHP/5.4.45",
}

RULES = {
    # id: (regex, flags): the README's matching, as far as these articles need it
    "maduro": (r"(?<!\w)Maduro(?!\w)", 0),
    "lagarde": (r"(?<!\w)lagarde(?!\w)", re.I),
}

RULES_TOML = """\
# Alert rules for the "heldout" open-web world.
[[rule]]
id = "maduro"
any = ["Maduro", "Nicolás Maduro"]
# "maduro" is also Portuguese for "ripe" (café maduro): only the name counts
case_sensitive = true
fields = ["title", "summary", "body"]
severity = "high"
channels = ["default"]
throttle_minutes = 0

[[rule]]
id = "lagarde"
any = ["Lagarde", "Christine Lagarde"]
fields = ["title", "summary", "body"]
severity = "medium"
channels = ["default"]
throttle_minutes = 0
"""


class _Server(ThreadingHTTPServer):
    request_queue_size = 128
    daemon_threads = True
    allow_reuse_address = True


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 20

    def version_string(self):
        return SERVER_HEADERS.get(self.server.outlet.name, "nginx")

    def log_message(self, format, *args):  # noqa: A002 - quiet
        pass

    def do_GET(self):
        self._serve("GET")

    def do_HEAD(self):
        self._serve("HEAD")

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self._record("POST", self.path.partition("#")[0], 405)
        self.send_response(405)
        self.send_header("Content-Length", "0")
        self.send_header("Allow", "GET, HEAD")
        self.end_headers()

    def _record(self, method, target, status):
        self.server.world._record({
            "outlet": self.server.outlet.name,
            "method": method,
            "target": target,
            "status": status,
            "user_agent": self.headers.get("User-Agent"),
            "conditional": ("If-None-Match" in self.headers) or ("If-Modified-Since" in self.headers),
        })

    def _serve(self, method):
        target = self.path.partition("#")[0]
        if target.startswith("http://") or target.startswith("https://"):
            target = "/" + target.split("/", 3)[3] if target.count("/") >= 3 else "/"
        try:
            status, headers, body = self.server.outlet.serve(method, target, self.headers)
        except Exception:  # pragma: no cover - a bug in the world, visible in the hits
            status, headers, body = 500, {"Content-Type": "text/plain"}, b"internal error"
        self._record(method, target, status)
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        if method != "HEAD" and status != 304:
            self.wfile.write(body)


class World:
    """Serves every outlet of this world on 127.0.0.1, each on its own port chosen by
    the OS, from daemon threads of the calling process.  A context manager."""

    def __init__(self):
        self.t0 = datetime.now(timezone.utc).replace(microsecond=0)
        self._edition = 1
        self._hits = []
        self._hits_lock = threading.Lock()
        self._outlets = {}
        for cls in OUTLET_CLASSES:
            o = cls(self)
            self._outlets[o.name] = o
        self.outlets: dict[str, str] = {}
        self._servers = []
        self._threads = []
        self._keys = {}

    # ---- lifecycle --------------------------------------------------------------------
    def __enter__(self) -> "World":
        try:
            for name, o in self._outlets.items():
                srv = _Server(("127.0.0.1", 0), _Handler)
                srv.outlet = o
                srv.world = self
                o.base = "http://127.0.0.1:%d" % srv.server_address[1]
                self.outlets[name] = o.base
                t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05},
                                     name="openweb-heldout-%s" % name, daemon=True)
                t.start()
                self._servers.append(srv)
                self._threads.append(t)
        except BaseException:
            self.__exit__()
            raise
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

    # ---- edition ---------------------------------------------------------------------------
    @property
    def edition(self) -> int:
        return self._edition

    @edition.setter
    def edition(self, value: int) -> None:
        if value not in (1, 2):
            raise ValueError("edition must be 1 or 2")
        self._edition = value

    def outlet(self, name):
        return self._outlets[name]

    # ---- hits ------------------------------------------------------------------------------
    def _record(self, hit):
        with self._hits_lock:
            self._hits.append(hit)

    def hits(self) -> list[dict]:
        with self._hits_lock:
            return [dict(h) for h in self._hits]

    def reset_hits(self) -> None:
        with self._hits_lock:
            self._hits.clear()

    # ---- seeds and rules -----------------------------------------------------------------
    def seeds(self) -> str:
        b = self.outlets
        return f"""\
# Seeds for the "heldout" open-web world: generic (no selectors), as an operator
# would write them for each CMS.  Base URLs are this run's.

[[site]]
name = "tribunadoplanalto"
base_url = "{b['tribunadoplanalto']}"
source = "Tribuna do Planalto"
start_urls = ["/"]
feeds = ["/feed/"]
sitemaps = ["/sitemap_index.xml"]
article_patterns = ['^/\\d{{4}}/\\d{{2}}/\\d{{2}}/[^/?#]+']
listing_patterns = ['^/$', '^/page/\\d+/$', '^/categoria/[^/]+/$']
allow_networks = ["127.0.0.1/32"]
language = "pt"
date_order = "DMY"
rate = 200
concurrency = 8
max_depth = 6
max_pages = 400

[[site]]
name = "meridianwire"
base_url = "{b['meridianwire']}"
source = "Meridian Wire"
start_urls = ["/", "/world/", "/business/", "/partners/"]
feeds = ["/arc/outboundfeeds/rss/?outputType=xml"]
sitemaps = ["/arc/outboundfeeds/sitemap/?outputType=xml"]
article_patterns = ['^/(world|business|partners)/\\d{{4}}/\\d{{2}}/\\d{{2}}/']
listing_patterns = ['^/$', '^/(world|business|partners)/?$']
allow_networks = ["127.0.0.1/32"]
language = "en"
date_order = "MDY"
syndication_partner = true
rate = 200
concurrency = 8
max_depth = 6
max_pages = 400

[[site]]
name = "federundfakt"
base_url = "{b['federundfakt']}"
source = "Feder & Fakt"
start_urls = ["/", "/archive?sort=new"]
feeds = ["/feed"]
sitemaps = ["/sitemap.xml"]
article_patterns = ['^/p/[a-z0-9-]+']
listing_patterns = ['^/$', '^/archive']
allow_networks = ["127.0.0.1/32"]
language = "de"
date_order = "DMY"
rate = 200
concurrency = 8
max_depth = 6
max_pages = 400

[[site]]
name = "ecodellavalle"
base_url = "{b['ecodellavalle']}"
source = "L'Eco della Valle"
start_urls = ["/", "/sezione.php?id=1", "/sezione.php?id=2", "/sezione.php?id=3"]
article_patterns = ['^/articolo\\.php\\?id=\\d+']
listing_patterns = ['^/$', '^/index\\.php$', '^/sezione\\.php\\?id=\\d+$']
allow_networks = ["127.0.0.1/32"]
language = "it"
date_order = "DMY"
rate = 200
concurrency = 8
max_depth = 6
max_pages = 400
"""

    def rules(self) -> str:
        return RULES_TOML

    # ---- the answer key ------------------------------------------------------------------
    def _owner(self, url):
        for o in self._outlets.values():
            if o.base and url.startswith(o.base + "/"):
                return o
        return None

    def resolve(self, url, e):
        """Key URL of the article an URL of this world shows or redirects to (or None)."""
        url = url.partition("#")[0]
        o = self._owner(url)
        if o is None:
            return None
        target = o.target_of(url)
        if target is None:
            return None
        return o.page(target, e).article

    def _discover(self, e):
        """Every URL of the world that appears in a page, a feed or a sitemap, with
        the article it stands for."""
        found = {}
        for o in self._outlets.values():
            pages = list(o.all_targets(e))
            pages += [o.path(a) for a in o.live(e) if a.shell]
            for target in pages:
                resp = o.page(target, e)
                if resp.status != 200 or not resp.ctype.startswith(("text/html", "application/rss", "text/xml",
                                                                      "application/xml")):
                    continue
                enc = "iso-8859-1" if "iso-8859-1" in resp.ctype else "utf-8"
                for link in links_in(resp.body.decode(enc), o.base + target):
                    link = link.partition("#")[0]
                    if self._owner(link) is not None:
                        found.setdefault(link, set()).add(o.name)
            for a in o.live(e):
                for link in o.rendered_links(a, e):
                    found.setdefault(link, set()).add(o.name)
        return found

    def key(self, edition: int) -> dict:
        e = edition
        if e not in (1, 2):
            raise ValueError("edition must be 1 or 2")
        if not self.outlets:
            raise RuntimeError("the World must be started (with World() as w) before its key is read")
        if e in self._keys:
            return self._keys[e]
        articles = []
        index = {}
        for o in self._outlets.values():
            for a in o.live(e):
                entry = o.key_entry(a, e)
                variants = [u for u in o.explicit_variants(a, e)]
                entry["variants"] = variants
                articles.append(entry)
                index[entry["url"]] = entry
        for link in sorted(self._discover(e)):
            art = self.resolve(link, e)
            if art and art != link and art in index and link not in index[art]["variants"]:
                index[art]["variants"].append(link)
        related, sitewide = [], []
        rel_set = set()
        for o in self._outlets.values():
            for a in o.live(e):
                frm = o.key_url(a)
                for k in o.view(a, e).related:
                    pair = (frm, o.key_url(o.by_key[k]))
                    if pair not in rel_set:
                        rel_set.add(pair)
                        related.append(list(pair))
        for o in self._outlets.values():
            targets = [o.key_url(o.by_key[k]) for k in o.sitewide(e)]
            for a in o.live(e):
                frm = o.key_url(a)
                for to in targets:
                    if to != frm and (frm, to) not in rel_set:
                        sitewide.append([frm, to])
        changes = None
        if e == 2:
            changes = {"updated": [], "cosmetic": [], "new": []}
            for o in self._outlets.values():
                for a in o.live(2):
                    u = o.key_url(a)
                    if a.new_in == 2:
                        changes["new"].append(u)
                    elif a.substance_changed():
                        changes["updated"].append(u)
                    elif o.page(o.path(a), 1).body != o.page(o.path(a), 2).body:
                        changes["cosmetic"].append(u)
        alerts = []
        for o in self._outlets.values():
            for a in o.live(e):
                if a.copy_of:
                    continue          # a copy never alerts on its own
                if e == 1:
                    event = "new"
                elif a.new_in == 2:
                    event = "new"
                elif a.substance_changed():
                    event = "update"
                else:
                    continue
                text = o.view(a, e).text
                for rule, (rx, flags) in RULES.items():
                    if re.search(rx, text, flags):
                        alerts.append({"rule": rule, "url": o.key_url(a), "event": event})
        key = {
            "outlets": {o.name: {"cms": o.cms, "language": o.language, "syndication_partner": o.partner}
                        for o in self._outlets.values()},
            "articles": articles,
            "related": related,
            "sitewide": sitewide,
            "changes": changes,
            "alerts": alerts,
        }
        self._keys[e] = key
        return key
