"""The SSRF guard for Chromium: a filtering forward proxy on loopback through which every browser connection goes.

Chromium resolves names and follows redirects itself, so a check before it fetches leaves two gaps:
a redirect hop into an internal address, and a DNS answer that changes between the check and the
connection (rebinding). Every browser context is made with this proxy, loopback included
(``<-loopback>``: Chromium bypasses proxies for loopback otherwise). For each plain-HTTP request
(absolute URI) and each CONNECT tunnel (https, wss), the proxy resolves the host once, checks every
address with the process's policy (crawler.security.ssrf.installed_resolver) and connects to the address it
checked, never resolving again. A refused host gets ``403`` marked with REFUSED_HEADER and no connection.
crawler.security.ssrf.AddressGuardMiddleware owns the proxy, judges the addresses and counts the refusals.

Bounded: at most MAX_CONNECTIONS at once (more get 503), request heads up to HEAD_LIMIT bytes, and
every read, connect and tunnel idle for DOWNLOAD_TIMEOUT seconds ends the connection.
"""

import asyncio
import html
import secrets
import socket
from functools import partial
from urllib.parse import urlsplit

from scrapy_playwright.page import PageMethod

from crawler.security.address_policy import is_ip_literal

REFUSED_HEADER, REFUSED_META = "X-Newswatch-Refused", "newswatch-refused"
MAX_CONNECTIONS = 128
HEAD_LIMIT = 64 * 1024
HOP_HEADERS = frozenset({"proxy-connection", "proxy-authorization", "connection", "keep-alive"})


class ProxyRefusal(Exception):
    """A request the proxy answers itself, with ``status`` and ``reason``."""

    def __init__(self, status, reason, header=""):
        self.status, self.reason, self.header = status, reason, header
        super().__init__(f"{status} {reason}")


class BrowserProxy:
    """The proxy of one crawler process, started for the first browser page; ``close`` ends it and its connections.

    ``judge(host, addresses)`` gives the Refusal of a host at its addresses, or None; ``timeout`` bounds
    each read, connect and idle tunnel (seconds).
    """

    def __init__(self, judge, timeout):
        self.judge, self.timeout = judge, timeout
        self.token = secrets.token_hex(8)  # a page's own headers cannot pass for a refusal
        self.connections = set()
        self._server = None
        self._starting = None

    async def context_kwargs(self):
        """Playwright's new_context arguments that send the context's every connection through the proxy."""
        if self._starting is None:
            self._starting = asyncio.ensure_future(self._start())
        await self._starting
        port = self._server.sockets[0].getsockname()[1]
        return {"proxy": {"server": f"http://127.0.0.1:{port}", "bypass": "<-loopback>"}}

    async def _start(self):
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0, limit=HEAD_LIMIT)

    async def close(self):
        if self._server is not None:
            self._server.close()
            for task in self.connections:
                task.cancel()
            await asyncio.gather(*self.connections, return_exceptions=True)

    def refused_reason(self, header_value):
        """The refusal a response's REFUSED_HEADER carries when this proxy made it, else None."""
        token, _, reason = (header_value or "").partition(" ")
        return reason if token == self.token else None

    async def _serve(self, reader, writer):
        self.connections.add(task := asyncio.current_task())
        try:
            if len(self.connections) > MAX_CONNECTIONS:
                raise ProxyRefusal(503, "Service Unavailable")
            await self._handle(reader, writer)
        except ProxyRefusal as refusal:
            writer.write(self._answer(refusal))
        except (TimeoutError, OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError):
            pass  # the browser, or the site, went away or broke the protocol: the connection ends
        except asyncio.CancelledError:
            pass  # close() ends the connection (asyncio's stream callback fails on a cancelled task)
        finally:
            self.connections.discard(task)
            writer.close()

    def _answer(self, refusal):
        """The proxy's own response. A refusal's page is HTML (Chromium fails an empty one on its own)
        marked for ``unless_refused``; its REFUSED_HEADER is for the middleware."""
        header = f"{REFUSED_HEADER}: {self.token} {refusal.header}\r\n" if refusal.header else ""
        body = (f'<html><head><meta name="{REFUSED_META}" content="{self.token}"><title>{refusal}</title></head>'
                f"<body>{html.escape(refusal.header)}</body></html>").encode()
        return (f"HTTP/1.1 {refusal.status} {refusal.reason}\r\n{header}Content-Type: text/html; charset=utf-8\r\n"
                f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode("latin-1", "replace") + body

    def unless_refused(self, methods):
        """``methods`` (PageMethods) as one, skipped on a page this proxy refused: a site's wait_for never matches it.
        Methods it wrapped already (a retry of the request) are returned as they are."""
        if len(methods) == 1 and getattr(methods[0].method, "unless_refused_by", None) is self:
            return methods[0]

        async def run(page):
            if await page.locator(f'meta[name="{REFUSED_META}"][content="{self.token}"]').count():
                return
            for method in methods:
                call = partial(method.method, page) if callable(method.method) else getattr(page, method.method)
                method.result = await call(*method.args, **method.kwargs)
        run.unless_refused_by = self
        return PageMethod(run)

    async def _handle(self, reader, writer):
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), self.timeout)
        method, target, version, lines, headers = parse_head(head)
        url = urlsplit(f"//{target}" if method == "CONNECT" else target)
        if method != "CONNECT" and url.scheme != "http" or not url.hostname or "transfer-encoding" in headers:
            raise ProxyRefusal(400, "Bad Request")
        upstream_reader, upstream_writer = await self._connect(url.hostname, url.port or 80)
        try:
            if method == "CONNECT":
                writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
                await self._tunnel((reader, upstream_writer), (upstream_reader, writer))
                return
            path = (url.path or "/") + (f"?{url.query}" if url.query else "")
            kept = "".join(f"{line}\r\n" for line in lines if line.partition(":")[0].strip().lower() not in HOP_HEADERS)
            upstream_writer.write(f"{method} {path} {version}\r\n{kept}Connection: close\r\n\r\n".encode("latin-1"))
            await self._send_body(reader, upstream_writer, int(headers.get("content-length", 0)))
            # One request per connection: what the browser sends next is never read, so it reaches nobody unchecked.
            await self._tunnel((upstream_reader, writer))
        finally:
            upstream_writer.close()

    async def _send_body(self, reader, writer, length):
        while length > 0:
            data = await asyncio.wait_for(reader.read(min(length, 65536)), self.timeout)
            if not data:
                raise asyncio.IncompleteReadError(b"", length)
            length -= len(data)
            writer.write(data)
            await writer.drain()

    async def _connect(self, host, port):
        address = await self._checked_address(host)
        try:
            return await asyncio.wait_for(asyncio.open_connection(address, port, limit=HEAD_LIMIT), self.timeout)
        except (TimeoutError, OSError):
            raise ProxyRefusal(502, "Bad Gateway") from None

    async def _checked_address(self, host):
        """The address to connect to, once every address ``host`` resolves to is allowed; else a ProxyRefusal."""
        addresses = [host]
        if not is_ip_literal(host):
            try:
                lookup = asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
                answers = await asyncio.wait_for(lookup, self.timeout)
            except (TimeoutError, socket.gaierror):
                raise ProxyRefusal(502, "Bad Gateway") from None
            addresses = [answer[4][0] for answer in answers]
        if refusal := self.judge(host, addresses):
            raise ProxyRefusal(403, "Forbidden", header=str(refusal))
        return addresses[0]

    async def _tunnel(self, *directions):
        """Copy each (reader, writer) until one side ends or the whole tunnel is idle for the timeout."""
        loop = asyncio.get_running_loop()
        last = [loop.time()]

        async def copy(reader, writer):
            while True:
                try:
                    data = await asyncio.wait_for(reader.read(65536), self.timeout)
                except TimeoutError:
                    if loop.time() - last[0] < self.timeout:
                        continue  # the other direction is busy: a long download, or a long upload
                    return
                if not data:
                    return
                last[0] = loop.time()
                writer.write(data)
                await writer.drain()

        tasks = [asyncio.ensure_future(copy(reader, writer)) for reader, writer in directions]
        try:
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)


def parse_head(head):
    """Method, target, version, header lines and headers by lower-case name of a request head; ValueError when malformed."""
    request_line, *lines = head.decode("latin-1").split("\r\n")
    method, target, version = request_line.split(" ")
    lines = [line for line in lines if line]
    headers = {name.strip().lower(): value.strip() for name, _, value in (line.partition(":") for line in lines)}
    return method, target, version, lines, headers
