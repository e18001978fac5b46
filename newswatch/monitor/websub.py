"""WebSub subscriber: the monitor subscribes to the hub a site's feed advertises and is told of each change.

A feed read in full that advertises a hub (crawler.frontier.websub_inbox) gets a subscription from the acting
monitor: a form POST to the hub (``hub.mode=subscribe``, the feed as ``hub.topic``, a callback of
its own with a token, a fresh ``hub.secret``, ``hub.lease_seconds``), then the hub's GET to the
callback, answered with its ``hub.challenge`` when the token and topic are the ones asked for. Each
feed the hub then POSTs, signed with the secret (``X-Hub-Signature: sha256=...``; an unsigned or
badly signed one is acknowledged and dropped, as the spec says), goes to the site's inbox, and the
monitor starts a push round of the site at once. A subscription is renewed at nine tenths of its
lease, and taken over (subscribed again with this monitor's callback) when another monitor made it.
The hub must be an http(s) address the crawler itself may reach (crawler.security.address_policy).
"""

import hmac
import secrets
import socket
import threading
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MAX_BODY = 2 * 1024 * 1024
SUBSCRIBE_TIMEOUT = 5
RETRY_SECONDS = 300  # a subscription asked for and not verified is asked again after this


@dataclass(frozen=True)
class WebSubConfig:
    """Settings read: NEWSWATCH_WEBSUB_LISTEN, _CALLBACK_URL, _POLL_INTERVAL, _LEASE."""

    listen: str = ""
    callback_url: str = ""
    poll_interval: int = 3600
    lease: int = 86400

    def __post_init__(self):
        if self.listen and not self.address()[1].isdigit():
            raise ValueError(f"NEWSWATCH_WEBSUB_LISTEN must be host:port, not {self.listen!r}")
        if self.callback_url and urllib.parse.urlsplit(self.callback_url).scheme not in ("http", "https"):
            raise ValueError(f"NEWSWATCH_WEBSUB_CALLBACK_URL must be an http(s) URL, not {self.callback_url!r}")
        if self.poll_interval <= 0 or self.lease < 60:
            raise ValueError("NEWSWATCH_WEBSUB_POLL_INTERVAL must be positive and NEWSWATCH_WEBSUB_LEASE at least 60")

    def address(self):
        host, _, port = self.listen.rpartition(":")
        return host, port

    @classmethod
    def from_settings(cls, settings):
        return cls(settings.get("NEWSWATCH_WEBSUB_LISTEN"), settings.get("NEWSWATCH_WEBSUB_CALLBACK_URL"),
                   settings.getint("NEWSWATCH_WEBSUB_POLL_INTERVAL"), settings.getint("NEWSWATCH_WEBSUB_LEASE"))


class WebSubSubscriber:
    def __init__(self, connection, keys, inbox, config, policy, out=print):
        self.redis, self.keys, self.inbox, self.config, self.policy, self.out = \
            connection, keys, inbox, config, policy, out
        host, port = config.address()
        self.server = ThreadingHTTPServer((host, int(port)), _handler(self))
        self.server.daemon_threads = True
        bound = f"{host}:{self.server.server_address[1]}"
        self.callback_base = (config.callback_url or f"http://{bound}").rstrip("/")
        threading.Thread(target=self.server.serve_forever, name="websub-callbacks", daemon=True).start()

    def state(self, site):
        return {k.decode(): v.decode() for k, v in self.redis.hgetall(self.keys.websub_subscription(site)).items()}

    def live(self, site, now):
        """True while the site has a verified subscription whose callback is this monitor's."""
        state = self.state(site)
        return float(state.get("expires") or 0) > now and self.mine(state)

    def tick(self, sites, now):
        """Subscribe where a feed advertises a hub and no subscription of ours lives or is being verified."""
        for site in sites:
            for topic, hub in self.inbox.hubs(site).items():
                state = self.state(site)
                expires, asked = float(state.get("expires") or 0), float(state.get("requested") or 0)
                if state.get("topic") == topic:
                    if self.mine(state) and now < expires - self.config.lease / 10:
                        continue  # live, and ours
                    if now - asked < RETRY_SECONDS:
                        continue  # asked lately: being verified, or refused
                self.subscribe(site, topic, hub, now, state if self.mine(state) and state.get("topic") == topic else {})
                break  # one feed per site

    def mine(self, state):
        return state.get("callback", "").startswith(self.callback_base + "/")

    def subscribe(self, site, topic, hub, now, renewed):
        """Ask ``hub`` for ``topic``; a renewal (``renewed``: our subscription's state) keeps its callback."""
        key = self.keys.websub_subscription(site)
        if (refused := self.refusal(hub)) is not None:
            self.out(f"websub: not subscribing {site} to {hub}: {refused}")
            self.redis.delete(key)
            self.redis.hset(key, mapping={"requested": now, "topic": topic, "error": refused})
            return
        callback = renewed.get("callback") or f"{self.callback_base}/websub/{site}/{secrets.token_urlsafe(12)}"
        secret = renewed.get("secret") or secrets.token_urlsafe(24)
        if not renewed:
            self.redis.delete(key)
        self.redis.hset(key, mapping={"topic": topic, "hub": hub, "callback": callback, "secret": secret,
                                      "requested": now})
        self.redis.expire(key, self.config.lease * 2)
        form = urllib.parse.urlencode({"hub.mode": "subscribe", "hub.topic": topic, "hub.callback": callback,
                                       "hub.secret": secret, "hub.lease_seconds": self.config.lease}).encode()
        try:
            with urllib.request.urlopen(urllib.request.Request(hub, data=form), timeout=SUBSCRIBE_TIMEOUT) as reply:
                status = reply.status
        except (OSError, ValueError) as exc:
            status = getattr(exc, "code", None) or type(exc).__name__
        self.out(f"websub: asked {hub} for {topic} ({site}): {status}")

    def refusal(self, hub):
        """Why the monitor may not post to ``hub``, or None."""
        parts = urllib.parse.urlsplit(hub)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return "not an http(s) address"
        try:
            addresses = {info[4][0] for info in socket.getaddrinfo(parts.hostname, parts.port or 80)}
        except OSError as exc:
            return f"unresolvable ({exc})"
        found = [self.policy.refusal(parts.hostname, address) for address in addresses]
        return next((str(refusal) for refusal in found if refusal is not None), None)

    def verify(self, site, token, query):
        """The challenge to echo to the hub's verification GET, or None to refuse it."""
        state = self.state(site)
        if not state.get("callback", "").endswith(f"/{token}") or query.get("hub.topic") != state.get("topic"):
            return None
        if query.get("hub.mode") == "subscribe":
            lease = int(query.get("hub.lease_seconds") or self.config.lease)
            self.redis.hset(self.keys.websub_subscription(site), "expires", time.time() + lease)
            self.redis.expire(self.keys.websub_subscription(site), lease * 2)
        return query.get("hub.challenge")

    def deliver(self, site, token, body, signature):
        """A pushed feed: kept for a push round when signed with the subscription's secret."""
        state = self.state(site)
        if not state.get("callback", "").endswith(f"/{token}"):
            return False
        method, _, given = (signature or "").partition("=")
        if method not in ("sha1", "sha256", "sha384", "sha512"):
            return False
        expected = hmac.new(state.get("secret", "").encode(), body, method).hexdigest()
        if not hmac.compare_digest(expected, given):
            return False
        self.inbox.push(site, state["topic"], body)
        return True

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def _handler(subscriber):
    class Callback(BaseHTTPRequestHandler):
        def route(self):
            parts = urllib.parse.urlsplit(self.path)
            segments = parts.path.strip("/").split("/")
            if len(segments) != 3 or segments[0] != "websub":
                return None, None, {}
            return segments[1], segments[2], dict(urllib.parse.parse_qsl(parts.query))

        def do_GET(self):
            site, token, query = self.route()
            challenge = subscriber.verify(site, token, query) if site else None
            self.reply(200 if challenge else 404, (challenge or "unknown subscription").encode())

        def do_POST(self):
            site, token, _ = self.route()
            length = int(self.headers.get("Content-Length") or 0)
            if not site or length > MAX_BODY:
                self.reply(404 if not site else 413, b"")
                return
            body = self.rfile.read(length)
            subscriber.deliver(site, token, body, self.headers.get("X-Hub-Signature"))
            self.reply(202, b"")  # a bad signature is acknowledged all the same (WebSub 3.0, section 7.1)

        def reply(self, status, body):
            self.send_response(status)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    return Callback
