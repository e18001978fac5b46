"""A fixture site on 127.0.0.1 whose pages point the crawler at a trap on 127.0.0.2, a loopback address
its seeds do not allow: redirects to the trap by IP literal and by a name resolving to it, and JS
pages that reach for it in the browser. Each listener there counts the connections it accepts and
the requests it is sent."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TRAP_HOST = "127.0.0.2"
TRAP_NUMERIC_NAME = "2130706434"  # 127.0.0.2 as one number: a host name to URL parsers, 127.0.0.2 to the resolver


def article(title, body):
    return (f"<html><head><title>{title}</title></head><body><h1 class='headline'>{title}</h1>"
            f"<div class='article-body' id='article-body'>{body}</div></body></html>")


def js_article(title, reach_out):
    """A page whose body is written by JavaScript once its attempt(s) on the trap ended, whatever they gave."""
    return (f"<html><head><title>{title}</title></head><body><h1 class='headline'>{title}</h1>"
            f"<div class='article-body' id='article-body'></div><script>{reach_out}"
            ".finally(() => { document.getElementById('article-body').innerHTML = '<p>Rendered</p>'; });"
            "</script></body></html>")


class Trap:
    """An HTTP server on ``TRAP_HOST``: ``connections`` counts the connections it accepted, ``paths`` the requests."""

    def __init__(self):
        trap = self

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def verify_request(self, request, client_address):
                trap.connections += 1
                return True

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                trap.paths.append(self.path)
                send(self, 200, article("Internal secret", "<p>Only for the inside.</p>"))

            def log_message(self, *args):
                pass

        self.connections, self.paths = 0, []
        self.server = Server((TRAP_HOST, 0), Handler)
        self.port = self.server.server_address[1]

    def url(self, host, path):
        return f"http://{host}:{self.port}{path}"


class SsrfSite:
    """The site on 127.0.0.1 (``url``) and its listeners on 127.0.0.2; ``hits`` lists the paths the site served.

    ``trap`` is where redirects and page scripts point, ``frame_target`` where a page's iframe points,
    ``landing`` where a browser page is redirected (Chromium follows redirects itself, unseen by Scrapy)
    and ``navigation_target`` where a page's script sends a frame with ``location =``.
    """

    def __init__(self):
        self.trap, self.frame_target, self.landing = trap, frame_target, landing = Trap(), Trap(), Trap()
        self.navigation_target = navigation_target = Trap()
        secret = "/news/secret"
        self.pages = {
            "/": "".join(f"<a href='{path}'>{path}</a>" for path in ("/news/ok", "/redirects", "/live/probe",
                                                                     "/live/redirected", "/live/leaves")),
            "/redirects": "<a href='/news/to-literal'>a</a><a href='/news/to-number'>b</a>",
            "/news/ok": article("Allowed article", "<p>Fetched from an allowed address.</p>"),
            "/live/probe": js_article("Probing page", (
                f"Promise.allSettled([fetch('{trap.url('[::ffff:127.0.0.2]', secret)}', {{mode: 'no-cors'}}),"
                f" fetch('{trap.url(TRAP_HOST, secret)}', {{mode: 'no-cors'}}),"
                f" new Promise(done => {{ const frame = document.createElement('iframe');"
                f" frame.onload = frame.onerror = done; frame.src = '{frame_target.url(TRAP_HOST, secret)}';"
                f" document.body.appendChild(frame); setTimeout(done, 2000); }})])")),
            # The body is written once the frame's navigation ended, so the browser has tried it by then.
            "/live/leaves": js_article("Leaving page", (
                "new Promise(done => { const frame = document.createElement('iframe');"
                " document.body.appendChild(frame); frame.onload = frame.onerror = done; setTimeout(done, 2000);"
                f" frame.contentWindow.location = '{navigation_target.url(TRAP_HOST, secret)}'; }})")),
        }
        self.redirects = {"/news/to-literal": trap.url(TRAP_HOST, secret),
                          "/news/to-number": trap.url(TRAP_NUMERIC_NAME, secret),
                          "/live/redirected": landing.url(TRAP_HOST, "/live/landed")}
        self.hits = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                site.hits.append(self.path)
                if self.path in site.redirects:
                    self.send_response(302)
                    self.send_header("Location", site.redirects[self.path])
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                elif self.path in site.pages:
                    send(self, 200, site.pages[self.path])
                else:
                    self.send_error(404)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    @property
    def servers(self):
        return (self.server, self.trap.server, self.frame_target.server, self.landing.server,
                self.navigation_target.server)

    def __enter__(self):
        for server in self.servers:
            threading.Thread(target=server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc_info):
        for server in self.servers:
            server.shutdown()
            server.server_close()


def send(handler, status, html):
    data = html.encode("utf-8")
    handler.send_response(status)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)
