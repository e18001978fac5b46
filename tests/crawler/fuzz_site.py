"""A generated fuzz site of hostile pages on 127.0.0.1, with the targets of its link flood on 127.0.0.2.

Every page is built from FUZZ_SEED when the site starts (tests/crawler/fuzz_payloads.py); the 50 MB
pages are streamed in 1 MiB chunks, never held whole. The home page links every page of ``corpus``;
``/links/many`` links 10,000 articles of the second host (even ones exist, odd ones are 404s), whose
own page budget (seeds) keeps the crawl short. Pages that stall or trickle give up on their own once
the site stops or after STALL_SECONDS, so no server thread outlives a test for long.
"""

import gzip
import threading
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.crawler import fuzz_payloads as fp

FUZZ_SEED = 6
MANY_LINKS = 10_000
HUGE_PAGE = 50 * fp.MIB
GIANT = 10 * fp.MIB  # a 10 MiB attribute value: past libxml2's 10,000,000-byte limit without huge_tree
NESTING = 100_000
STALL_SECONDS = 30
ROBOTS = b"User-agent: *\nDisallow: /private/\n\x00\xff\xfe garbage \x80\nAllow: /\n"


HTML = {"Content-Type": "text/html; charset=utf-8"}


def _pages(site):
    """{path: (status, headers, body)}; a body is bytes, or a callable that writes the response itself."""
    return {**_markup_pages(), **_transport_pages(site), **_navigation_pages(site)}


def rng(name):
    return fp.rng_for(FUZZ_SEED, name)


def art(name, **parts):
    return fp.article(f"Fuzz {name}", rng(name), **parts)


def utf8(name, **parts):
    return art(name, **parts).encode("utf-8")


def _markup_pages():
    html = HTML
    return {
        # Malformed markup.
        "/a/unclosed": (200, html, utf8("unclosed").replace(b"</p>", b"").replace(b"</article>", b"")
                        .replace(b"</body></html>", b"<div><span><table><tr><td><b><i>")),
        "/a/tag-soup": (200, html, ("<html><p>Stray</html><head><title>Fuzz tag soup</title><body a=b=c <<h1 "
                                    "class=x'y>Fuzz tag soup</h2></i>" + "".join(
                                        f"<p><b>{p}</i></table>" for p in fp.paragraphs(rng("soup")))
                                    + "</html></html>").encode()),
        "/a/garbage-bytes": (200, html, fp.sprinkle(art("garbage bytes"), rng("g"), lambda: rng("j").randbytes(9))),
        "/a/nul-bytes": (200, html, utf8("nul\x00bytes").replace(b" ", b" \x00")),
        "/a/control-chars": (200, html, utf8("control\x01\x07\x1b[31mchars\x7f")),
        "/a/unclosed-comment": (200, html, b"<html><head><title>Fuzz comment</title></head><body><!-- "
                                + utf8("comment")),
        "/a/unclosed-script": (200, html, b"<html><head><title>Fuzz script</title><script>var a = '"
                               + utf8("script")),
        "/a/only-garbage": (200, html, fp.garbage(rng("only"), 64 * 1024)),
        "/a/empty-document": (200, html, b"<!DOCTYPE html><html></html>"),
        "/a/no-text": (200, html, b"<html><head><title>Fuzz no text</title></head><body><h1>Fuzz no text"
                       b"</h1><div></div></body></html>"),
        "/a/binary-as-html": (200, html, fp.png() + fp.garbage(rng("bin"), 4096)),
        # Charsets: invalid, conflicting, unknown, UTF-16 without a BOM.
        "/a/invalid-utf8": (200, html, utf8("invalid utf8").replace(b"<p>", b"<p>\xff\xfe\xc3\x28\xe2\x82 ")),
        "/a/conflicting-charsets": (200, {"Content-Type": "text/html; charset=iso-8859-1"},
                                    art("conflicting charsets é", head='<meta charset="utf-8">').encode("utf-8")),
        "/a/utf16-no-bom": (200, {"Content-Type": "text/html; charset=utf-16"}, art("utf16").encode("utf-16-le")),
        "/a/utf16-undeclared": (200, {"Content-Type": "text/html"}, art("utf16 undeclared").encode("utf-16-le")),
        "/a/unknown-charset": (200, {"Content-Type": "text/html; charset=x-nonsense"},
                               utf8("unknown charset", head='<meta charset="x-nonsense">')),
        "/a/empty-charset": (200, {"Content-Type": "text/html; charset="}, utf8("empty charset")),
        "/a/utf7": (200, {"Content-Type": "text/html; charset=utf-7"}, art("utf7 +ADw-b+AD4-").encode("utf-7")),
        # Not HTML, or not what it says.
        "/a/image.png": (200, {"Content-Type": "image/png"}, fp.png()),
        "/a/document.pdf": (200, {"Content-Type": "application/pdf"}, fp.pdf("Fuzz pdf")),
        "/a/octet-stream": (200, {"Content-Type": "application/octet-stream"}, fp.garbage(rng("oct"), 8192)),
        "/a/no-content-type": (200, {}, fp.png() + fp.garbage(rng("nct"), 1024)),
        "/a/json": (200, {"Content-Type": "application/json"}, b'{"title": "<h1>Fuzz json</h1>"}'),
        "/a/xhtml": (200, {"Content-Type": "application/xhtml+xml"}, utf8("xhtml")),
        "/a/bad-gzip": (200, {**html, "Content-Encoding": "gzip"}, b"\x1f\x8b\x08\x00" + fp.garbage(rng("bg"), 512)),
        "/a/unknown-encoding": (200, {**html, "Content-Encoding": "x-fuzz"}, utf8("unknown encoding")),
    }


def _transport_pages(site):
    html = HTML
    return {
        # Size: 50 MB (declared, and undeclared until the connection closes), giant attributes, deep nesting.
        "/a/huge-declared": (200, {**html, "Content-Length": str(HUGE_PAGE)}, _streamed(HUGE_PAGE)),
        "/a/huge-streamed": (200, html, _streamed(HUGE_PAGE)),
        "/a/giant-attribute": (200, {**html, "Content-Encoding": "gzip"},  # 10 KB on the wire, as servers send it
                               gzip.compress(utf8("giant attribute", before=f"<div data-blob='{'A' * GIANT}'></div>"))),
        "/a/giant-href": (200, {**html, "Content-Encoding": "gzip"},
                          gzip.compress(utf8("giant href", after=f"<a href='/a/{'B' * GIANT}'>more</a>"))),
        "/a/deep-nesting": (200, html, fp.deep_nesting("Fuzz deep nesting", rng("deep"), NESTING).encode()),
        # Slow: a page that trickles a byte at a time, one that stalls half-way, one cut short.
        "/a/trickle": (200, {**html, "Content-Length": "100000"}, _trickle(site)),
        "/a/stall": (200, {**html, "Content-Length": "100000"}, _stall(site, utf8("stall")[:5000])),
        "/a/truncated": (200, {**html, "Content-Length": "100000"}, utf8("truncated")[:500]),
        "/a/huge-header": (200, {**html, "X-Fuzz": "h" * (256 * 1024)}, utf8("huge header")),
        "/raw/not-http": (None, {}, b"SSH-2.0-OpenSSH_9.9\r\n" + fp.garbage(rng("raw"), 256)),
        "/raw/silence": (None, {}, b""),
        # Statuses.
        "/a/server-error": (500, html, utf8("server error")),
        "/a/gone": (410, html, b""),
        "/a/no-content": (204, {}, b""),
        "/private/secret": (200, html, utf8("private")),  # robots.txt says no
    }


def _navigation_pages(site):
    html = HTML
    return {
        # Redirects: loops, an endless chain, broken ones, and a long chain that does land.
        "/r/loop-a": (302, {"Location": "/r/loop-b"}, b""),
        "/r/loop-b": (302, {"Location": "/r/loop-a"}, b""),
        "/r/self": (301, {"Location": "/r/self"}, b""),
        "/r/chain/0": (302, {"Location": "/r/chain/1"}, b""),
        "/r/no-location": (302, {}, b""),
        "/r/bad-location": (302, {"Location": "http://[broken/"}, b""),
        "/r/to-mailto": (302, {"Location": "mailto:nobody@example.invalid"}, b""),
        "/r/landing/10": (302, {"Location": "/r/landing/9"}, b""),
        # Crawl traps and link floods (listings).
        "/trap/loop/loop/": (200, html, b"<html><body><a href='loop/'>again</a></body></html>"),
        "/trap/deep": (200, html, b"<a href='/trap/" + b"d/" * 20 + b"'>deeper</a>"),
        "/trap/pages?page=1": (200, html, b"<a href='/trap/pages?page=999'>last</a>"),
        "/trap/calendar": (200, html, f"<a href='/trap/day/{date.today() + timedelta(days=400)}'>next year</a>"
                           .encode()),
        "/trap/chain/1": (200, html, b"<a href='/trap/chain/2'>next</a>"),
        "/links/many": (200, html, fp.thousands_of_links(site.links_url, MANY_LINKS).encode()),
        "/links/garbage": (200, html, "".join(f"<a href='{href}'>x</a>" for i in range(500) for href in (
            f"http://[bad{i}/", f"javascript:alert({i})", f"mailto:x{i}@example.invalid", "data:text/html,<h1>x",
            "\x00\x01", f"//{'c' * 300}.invalid/")).encode()),
    }


def dynamic(path, site):
    """Pages whose address carries their place in an endless space: chains, day pages, the flood's targets."""
    if path.startswith("/r/chain/"):
        return 302, {"Location": f"/r/chain/{int(path.rsplit('/', 1)[1]) + 1}"}, b""
    if path.startswith("/r/landing/"):
        left = int(path.rsplit("/", 1)[1])
        if left:
            return 302, {"Location": f"/r/landing/{left - 1}"}, b""
        return 200, {"Content-Type": "text/html"}, fp.article("Fuzz landed", fp.rng_for(FUZZ_SEED, path)).encode()
    if path.startswith("/trap/chain/"):
        return 200, {"Content-Type": "text/html"}, f"<a href='/trap/chain/{int(path[12:]) + 1}'>next</a>".encode()
    if path.startswith("/many/") and path[6:].isdigit() and int(path[6:]) % 2 == 0:
        return 200, {"Content-Type": "text/html"}, fp.article(f"Story {path[6:]}", fp.rng_for(FUZZ_SEED, path)).encode()
    return 404, {"Content-Type": "text/html"}, b"<h1>Not found</h1>"


def _streamed(size):
    def write(handler):
        chunk = b"<p>fuzz " * (fp.MIB // 8)  # 1 MiB, sent 50 times: never 50 MB in memory
        for _ in range(size // fp.MIB):
            handler.wfile.write(chunk)
    return write


def _trickle(site):
    def write(handler):
        handler.wfile.write(b"<html><body>")
        for _ in range(STALL_SECONDS * 5):
            if site.stopped.wait(0.2):
                return
            handler.wfile.write(b"x")
            handler.wfile.flush()
    return write


def _stall(site, start):
    def write(handler):
        handler.wfile.write(start)
        handler.wfile.flush()
        site.stopped.wait(STALL_SECONDS)
    return write


class FuzzSite:
    def __init__(self):
        self.hits = []
        self.stopped = threading.Event()
        self.servers = [ThreadingHTTPServer((host, 0), self._handler()) for host in ("127.0.0.1", "127.0.0.2")]
        for server in self.servers:
            server.daemon_threads = True
        self.url, self.links_url = (f"http://{s.server_address[0]}:{s.server_address[1]}" for s in self.servers)
        self.bombs = fp.compression_bombs()
        self.pages = _pages(self)
        self.pages.update({f"/bomb/{name}": (200, {"Content-Type": "text/html", "Content-Encoding": encoding}, body)
                           for name, (encoding, body) in self.bombs.items()})
        self.corpus = sorted(self.pages)
        self.pages["/"] = (200, {"Content-Type": "text/html"}, "<html><body>{}</body></html>".format(
            "".join(f"<a href='{path}'>{path}</a>" for path in self.corpus)).encode())

    def _handler(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                site.hits.append(self.path)
                if self.path == "/robots.txt":
                    status, headers, body = 200, {"Content-Type": "text/plain"}, ROBOTS
                else:
                    status, headers, body = site.pages.get(self.path) or dynamic(self.path, site)
                try:
                    self.answer(status, headers, body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the crawler gave up on the page, as it should

            def answer(self, status, headers, body):
                if status is None:  # not HTTP at all
                    self.wfile.write(body)
                    return
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                if isinstance(body, bytes) and "Content-Length" not in headers:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                body(self) if callable(body) else self.wfile.write(body)

            def log_message(self, *args):
                pass

        return Handler

    def __enter__(self):
        self.threads = [threading.Thread(target=s.serve_forever, daemon=True) for s in self.servers]
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc_info):
        self.stopped.set()
        for server in self.servers:
            server.shutdown()
            server.server_close()
