"""A small news site on 127.0.0.1 offering its articles in several places, to test what is polled.

``/rss.xml`` lists the feed's articles with an Atom ``<updated>`` date each, ``/sitemap.xml`` the same
with ``<lastmod>``, ``/`` (the home page) links to them and to ``/section/local``, a section page with
articles of its own that nothing else lists. Every page sends an ETag of its body and honours
If-None-Match. Requests are recorded as (path, status); tests change the dicts between two crawls.
"""

import hashlib
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PARAGRAPH = ("The council met on Monday to discuss the harbour plan, which would widen the quay and add two "
             "berths for container ships, officials said after a session that lasted well into the evening.")


class PollingSite:
    def __init__(self):
        self.feed = {"/news/quay-plan": "2026-12-01T10:00:00+00:00"}  # path -> updated
        self.local = ["/news/bus-timetable"]  # only on the section page
        self.texts = {}  # path -> extra sentence (an edit)
        self.log = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                page = site.page(self.path)
                if page is None:
                    site.reply(self, 404, b"", "text/plain")
                    return
                body, content_type = page
                etag = '"' + hashlib.sha1(body).hexdigest()[:12] + '"'
                if self.headers.get("If-None-Match") == etag:
                    site.reply(self, 304, b"", content_type, etag)
                    return
                site.reply(self, 200, body, content_type, etag)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def reply(self, handler, status, body, content_type, etag=None):
        self.log.append((handler.path, status))
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        if etag:
            handler.send_header("ETag", etag)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    def page(self, path):
        if path == "/robots.txt":
            return b"User-agent: *\nAllow: /\n", "text/plain"
        if path == "/rss.xml":
            items = "".join(f"<item><title>{p}</title><link>{self.base_url}{p}</link><atom:updated>{when}"
                            f"</atom:updated></item>" for p, when in self.feed.items())
            return (f'<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
                    f"<title>Little</title>{items}</channel></rss>").encode(), "application/rss+xml"
        if path == "/sitemap.xml":
            urls = "".join(f"<url><loc>{self.base_url}{p}</loc><lastmod>{when}</lastmod></url>"
                           for p, when in self.feed.items())
            return (f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}'
                    "</urlset>").encode(), "application/xml"
        if path == "/":
            return self.listing("Home", [*self.feed, "/section/local"]), "text/html; charset=utf-8"
        if path == "/section/local":
            return self.listing("Local", self.local), "text/html; charset=utf-8"
        if path in self.feed or path in self.local:
            title = path.rsplit("/", 1)[1].replace("-", " ").title()
            return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{PARAGRAPH}</p>"
                    f"<p>{PARAGRAPH} {self.texts.get(path, '')}</p></article></body></html>").encode(), \
                "text/html; charset=utf-8"
        return None

    @staticmethod
    def listing(title, paths):
        links = "".join(f'<li><a href="{p}">{p}</a></li>' for p in paths)
        return f"<html><body><h1>{title}</h1><ul>{links}</ul></body></html>".encode()

    def fetched(self):
        """{path: [statuses]} since the log was last cleared."""
        found = {}
        for path, status in self.log:
            found.setdefault(path, []).append(status)
        return found

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


def seeds(tmp_path, base_url, feeds=True, sitemaps=False):
    path = tmp_path / "seeds.toml"
    path.write_text(f'[[site]]\nname = "little"\nbase_url = "{base_url}"\nallow_networks = ["127.0.0.1/32"]\n'
                    'start_urls = ["/"]\n' + ('feeds = ["/rss.xml"]\n' if feeds else "")
                    + ('sitemaps = ["/sitemap.xml"]\n' if sitemaps else "")
                    + 'article_patterns = ["^/news/"]\nlisting_patterns = ["^/$", "^/section/"]\n'
                    'max_depth = 3\nrate = 100\nconcurrency = 1\n', encoding="utf-8")
    return path
