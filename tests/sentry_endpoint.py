"""A local Sentry: receives the envelopes sentry-sdk sends (POST /api/<project>/envelope/) on 127.0.0.1."""

import gzip
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class SentryEndpoint:
    """Point sentry-sdk at ``dsn``; ``envelopes`` holds (path, body) as received, ``events()`` the error events."""

    def __init__(self):
        self.envelopes = []
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                encoding = self.headers.get("Content-Encoding")
                if encoding == "gzip":
                    body = gzip.decompress(body)
                elif encoding == "br":
                    import brotli  # noqa: PLC0415 (sentry-sdk compresses with it when it is installed)
                    body = brotli.decompress(body)
                endpoint.envelopes.append((self.path, body.decode("utf-8", "replace")))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.dsn = f"http://publickey@127.0.0.1:{self.server.server_address[1]}/1"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def events(self):
        items = []
        for _, envelope in self.envelopes:
            lines = envelope.splitlines()
            items += [json.loads(line) for line in lines[1:] if line.startswith("{") and '"exception"' in line]
        return items

    def close(self):
        self.server.shutdown()
        self.server.server_close()
