"""The SSRF guard's proxy for Chromium, spoken to directly: real sockets on loopback, the real policy.

127.0.0.1 is allowed and 127.0.0.2 refused (both loopback); what Chromium does through it is
tested on real crawls in test_ssrf.py.
"""

import asyncio
from ipaddress import ip_network

from scrapy_playwright.page import PageMethod

from crawler.security.address_policy import AddressPolicy
from crawler.security.browser_proxy import REFUSED_HEADER, BrowserProxy

POLICY = AddressPolicy(allow=(ip_network("127.0.0.1/32"),))


def judge(host, addresses):
    return next(filter(None, (POLICY.refusal(host, address) for address in addresses)), None)


class Listener:
    """A server on ``host`` that records what each connection sent and answers with ``answer``."""

    def __init__(self, host, answer=b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"):
        self.host, self.answer, self.received = host, answer, []

    async def __aenter__(self):
        self.server = await asyncio.start_server(self._serve, self.host, 0)
        self.port = self.server.sockets[0].getsockname()[1]
        return self

    async def _serve(self, reader, writer):
        self.received.append(await reader.read(65536))
        writer.write(self.answer)
        await writer.drain()
        writer.close()

    async def __aexit__(self, *exc_info):
        self.server.close()


async def through_proxy(request, listener_host="127.0.0.1", then=b""):
    """What the proxy answers ``request`` (``{port}`` is the listener's), what the listener received, and the proxy."""
    proxy = BrowserProxy(judge, timeout=5)
    server = (await proxy.context_kwargs())["proxy"]["server"]
    async with Listener(listener_host) as listener:
        reader, writer = await asyncio.open_connection("127.0.0.1", int(server.rsplit(":", 1)[1]))
        writer.write(request.format(port=listener.port).encode())
        if then:
            await reader.readuntil(b"\r\n\r\n")
            writer.write(then)
        answer = await asyncio.wait_for(reader.read(), 10)
        writer.close()
    await proxy.close()
    return answer, listener.received, proxy


def test_a_plain_request_to_an_allowed_address_is_sent_on_in_origin_form_one_per_connection():
    answer, received, _ = asyncio.run(through_proxy(
        "GET http://127.0.0.1:{port}/news/1?page=2 HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
        "Proxy-Connection: keep-alive\r\n\r\nGET http://127.0.0.2:{port}/smuggled HTTP/1.1\r\n\r\n"))
    assert answer.endswith(b"\r\n\r\nok")
    head = received[0].decode()
    assert head.startswith("GET /news/1?page=2 HTTP/1.1\r\n") and "Connection: close\r\n" in head
    assert "Proxy-Connection" not in head and "smuggled" not in head


def test_a_plain_request_to_a_refused_address_gets_a_marked_403_and_no_connection():
    answer, received, proxy = asyncio.run(through_proxy("GET http://127.0.0.2:{port}/secret HTTP/1.1\r\n\r\n",
                                                        listener_host="127.0.0.2"))
    assert answer.startswith(b"HTTP/1.1 403 Forbidden\r\n")
    header = next(line for line in answer.decode().split("\r\n") if line.startswith(REFUSED_HEADER))
    assert proxy.refused_reason(header.split(": ", 1)[1]) == "127.0.0.2 at 127.0.0.2, in 127.0.0.0/8 (loopback)"
    assert received == []


def test_a_refusal_header_without_the_proxys_token_is_not_taken_for_one():
    assert BrowserProxy(judge, timeout=5).refused_reason("0123456789abcdef 127.0.0.2 at 127.0.0.2") is None


def test_a_tunnel_to_a_refused_address_is_refused_before_any_connection():
    answer, received, _ = asyncio.run(through_proxy("CONNECT [::ffff:127.0.0.2]:{port} HTTP/1.1\r\n\r\n",
                                                    listener_host="127.0.0.2"))
    assert answer.startswith(b"HTTP/1.1 403 Forbidden\r\n")
    assert received == []


def test_a_tunnel_to_an_allowed_address_carries_bytes_both_ways():
    answer, received, _ = asyncio.run(through_proxy("CONNECT 127.0.0.1:{port} HTTP/1.1\r\n\r\n",
                                                    then=b"any bytes, TLS in practice"))
    assert answer.endswith(b"\r\n\r\nok")
    assert received == [b"any bytes, TLS in practice"]


def test_a_request_that_is_not_http_gets_400():
    answer, received, _ = asyncio.run(through_proxy("GET ftp://127.0.0.1:{port}/ HTTP/1.1\r\n\r\n"))
    assert answer.startswith(b"HTTP/1.1 400 Bad Request\r\n")
    assert received == []


def test_closing_the_proxy_ends_its_open_tunnels():
    async def scenario():
        proxy = BrowserProxy(judge, timeout=60)
        port = int((await proxy.context_kwargs())["proxy"]["server"].rsplit(":", 1)[1])
        async with Listener("127.0.0.1", answer=b"") as listener:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(f"CONNECT 127.0.0.1:{listener.port} HTTP/1.1\r\n\r\n".encode())
            await reader.readuntil(b"\r\n\r\n")
            await asyncio.wait_for(proxy.close(), 5)
            rest = await asyncio.wait_for(reader.read(), 5)
            writer.close()
        return rest, proxy.connections

    assert asyncio.run(scenario()) == (b"", set())


def test_page_methods_wrapped_once_stay_wrapped_once_when_the_request_is_retried():
    proxy = BrowserProxy(judge, timeout=5)
    wrapped = proxy.unless_refused([PageMethod("wait_for_selector", "#article-body p")])
    assert proxy.unless_refused([wrapped]) is wrapped
    assert BrowserProxy(judge, timeout=5).unless_refused([wrapped]) is not wrapped  # another process's proxy
