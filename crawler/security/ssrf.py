"""The SSRF guard: the crawler connects only to addresses its policy allows (crawler.security.address_policy).

Where requests are checked:

- GuardedResolver (TWISTED_DNS_RESOLVER) checks the address actually connected to. Twisted's
  HostnameEndpoint asks the installed resolver for every HTTP connection, IP literals and numeric
  hosts such as http://2130706433/ included, so a host that resolves to a refused address, at
  first or after DNS rebinding, gets no connection: the download fails as a failed lookup.
- AddressGuardMiddleware asks the same resolver, through the same DNS cache, before robots.txt
  and the host slot, so a refused request ends early as ForbiddenAddress (an IgnoreRequest: the
  spider's errback ends its frontier lease). A redirect is a new request: every hop is checked.
- Chromium resolves names and follows redirects itself: every connection of a browser context goes
  through crawler.security.browser_proxy, which resolves once, checks every answer with the same resolver
  and connects to the address checked, so redirect hops and rebinding get no connection either.
  A browser page whose own address is refused is refused before Chromium opens it.
"""

import asyncio
import logging
import socket
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import CannotResolveHostError, IgnoreRequest
from scrapy.resolver import CachingThreadedResolver
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import load_object
from twisted.internet.error import DNSLookupError

from crawler.security.address_policy import AddressPolicy, is_ip_literal, parse_networks
from crawler.security.browser_proxy import REFUSED_HEADER, BrowserProxy
from crawler.seeds import load_sites

logger = logging.getLogger(__name__)

REFUSED_STAT, SITE_REFUSED_STAT = "newswatch/refused/ssrf", "newswatch/site_refused/"
RESOLVER_HINT = "the SSRF guard needs TWISTED_DNS_RESOLVER = 'crawler.security.ssrf.GuardedResolver' (crawler/settings.py)"


class ForbiddenAddress(IgnoreRequest):
    """A request the SSRF policy refuses; ``refusal`` names the host, address, network and rule."""

    def __init__(self, refusal):
        self.refusal = refusal
        super().__init__(f"SSRF guard refused {refusal}")


class AddressRefused(DNSLookupError):
    """A lookup whose answer the policy refuses: a DNSLookupError, the one failure Twisted's resolvers may give."""

    def __init__(self, refusal):
        self.refusal = refusal
        super().__init__(str(refusal))


def policy_from_settings(settings):
    """The process's AddressPolicy; a ValueError or ConfigError for a bad network, naming where it is."""
    sites = load_sites(settings.getlist("NEWSWATCH_SEEDS"), settings.getdict("NEWSWATCH_BASE_URLS")).values()
    return AddressPolicy.for_sites(
        sites,
        deny=parse_networks(settings.getlist("NEWSWATCH_DENY_NETWORKS"), "NEWSWATCH_DENY_NETWORKS"),
        allow=parse_networks(settings.getlist("NEWSWATCH_ALLOW_NETWORKS"), "NEWSWATCH_ALLOW_NETWORKS"),
    )


class GuardedResolver(CachingThreadedResolver):
    """Scrapy's default resolver (IPv4, cached), answering only addresses the policy allows for the name.

    Scrapy builds one per process, from the process's settings: the policy covers every site of
    the seeds files, keyed by host. Refusals are logged once per host.

    Settings read: NEWSWATCH_SEEDS, NEWSWATCH_BASE_URLS, NEWSWATCH_DENY_NETWORKS, NEWSWATCH_ALLOW_NETWORKS,
    and Scrapy's DNSCACHE_ENABLED, DNSCACHE_SIZE, DNS_TIMEOUT.
    """

    def __init__(self, reactor, cache_size, timeout, policy):
        super().__init__(reactor, cache_size, timeout)
        self.policy = policy
        self.logged_hosts = set()

    @classmethod
    def from_crawler(cls, crawler, reactor):
        settings = crawler.settings
        cache_size = settings.getint("DNSCACHE_SIZE") if settings.getbool("DNSCACHE_ENABLED") else 0
        return cls(reactor, cache_size, settings.getfloat("DNS_TIMEOUT"), policy_from_settings(settings))

    def getHostByName(self, name, timeout=()):
        # The check comes after the cache: a cached answer is checked on every use too.
        return super().getHostByName(name, timeout).addCallback(self._checked, name)

    def _checked(self, address, name):
        self.check(name, [address])
        return address

    def check(self, host, addresses):
        """Raise AddressRefused unless ``host`` may be reached at every one of ``addresses``."""
        for address in addresses:
            if refusal := self.policy.refusal(host, address):
                if host not in self.logged_hosts:
                    self.logged_hosts.add(host)
                    logger.warning("SSRF guard refused %s", refusal)
                raise AddressRefused(refusal)


def installed_resolver():
    """The process's GuardedResolver, which Scrapy installs on the reactor when the process starts."""
    from twisted.internet import reactor  # noqa: PLC0415 (the reactor Scrapy installed, once it is)
    if not isinstance(reactor.resolver, GuardedResolver):
        raise RuntimeError(RESOLVER_HINT)
    return reactor.resolver


async def browser_refusal(url):
    """The Refusal of ``url`` for Chromium, judged on every address getaddrinfo gives; None when allowed."""
    host = urlsplit(url).hostname
    if not host:  # data:, blob:, about: reach no server
        return None
    addresses = [host]
    if not is_ip_literal(host):
        try:
            answers = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
        except socket.gaierror:
            return None  # nothing to judge; Chromium's own lookup fails the same way
        addresses = [answer[4][0] for answer in answers]
    try:
        installed_resolver().check(host, addresses)
    except AddressRefused as exc:
        return exc.refusal
    return None


class AddressGuardMiddleware:
    """Refuses requests to addresses the policy forbids, as ForbiddenAddress, counted per site; sends
    every browser page through the process's BrowserProxy, closed with the spider.

    Settings read: TWISTED_DNS_RESOLVER (must be GuardedResolver, which holds the policy), and the
    policy's, checked at start: NEWSWATCH_SEEDS, NEWSWATCH_BASE_URLS, NEWSWATCH_DENY_NETWORKS,
    NEWSWATCH_ALLOW_NETWORKS; DOWNLOAD_TIMEOUT (the proxy's connect and idle timeout).
    """

    def __init__(self, stats, timeout):
        self.stats = stats
        self.proxy = BrowserProxy(self._browser_refusal, timeout)

    @classmethod
    def from_crawler(cls, crawler):
        if not issubclass(load_object(crawler.settings["TWISTED_DNS_RESOLVER"]), GuardedResolver):
            raise ValueError(RESOLVER_HINT)
        policy_from_settings(crawler.settings)  # a bad network fails the start, not the first request
        middleware = cls(crawler.stats, crawler.settings.getfloat("DOWNLOAD_TIMEOUT"))
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    async def spider_closed(self):
        await self.proxy.close()

    async def process_request(self, request):
        host = urlparse_cached(request).hostname
        if not host:
            return None
        browser = request.meta.get("playwright")
        refusal = await browser_refusal(request.url) if browser else await self._refusal(host)
        if refusal:
            self._refuse(request, refusal)
        if browser:  # the context's arguments are read when scrapy-playwright makes it
            request.meta["playwright_context_kwargs"] = await self.proxy.context_kwargs()
            if methods := request.meta.get("playwright_page_methods"):
                methods = list(methods.values()) if isinstance(methods, dict) else list(methods)
                request.meta["playwright_page_methods"] = [self.proxy.unless_refused(methods)]
        return None

    async def _refusal(self, host):
        resolver = installed_resolver()
        try:
            if is_ip_literal(host):
                resolver.check(host, [host])
            else:
                # Through the resolver and its cache: the connection then gets this same answer, checked again.
                await maybe_deferred_to_future(resolver.getHostByName(host))
        except AddressRefused as exc:
            return exc.refusal
        except DNSLookupError as exc:
            raise CannotResolveHostError(str(exc)) from exc  # what the download would fail with (and retry)
        return None

    def process_response(self, request, response):
        # A redirect Chromium followed to a refused address ends at the proxy's 403, counted there.
        marked = response.headers.get(REFUSED_HEADER, b"").decode("latin-1")
        if request.meta.get("playwright") and (reason := self.proxy.refused_reason(marked)):
            self._refuse(request, reason, counted=True)
        return response

    def _browser_refusal(self, host, addresses):
        """The proxy's judge: the Refusal of a connection Chromium asks for, counted; None when allowed."""
        try:
            installed_resolver().check(host, addresses)
        except AddressRefused as exc:
            self.stats.inc_value(REFUSED_STAT)
            return exc.refusal
        return None

    def _refuse(self, request, refusal, counted=False):
        if not counted:
            self.stats.inc_value(REFUSED_STAT)
        if site := request.meta.get("site"):
            self.stats.inc_value(SITE_REFUSED_STAT + site)
        raise ForbiddenAddress(refusal)
