"""Which addresses the crawler may connect to: the SSRF policy, per host.

Refused by default: loopback, private (RFC 1918, IPv6 ULA), link-local
(with the cloud metadata address 169.254.169.254), shared CGNAT space,
unspecified, multicast and reserved ranges, and IPv6 addresses embedding
one of those IPv4 addresses (IPv4-mapped, IPv4-compatible, NAT64, 6to4).
Precedence, first match wins:

1. NEWSWATCH_DENY_NETWORKS: refused, whatever allows it;
2. the ``allow_networks`` of the seeds site(s) owning the host (its base_url
   host and ``allowed_domains``, exact names), and NEWSWATCH_ALLOW_NETWORKS:
   allowed;
3. the default ranges above: refused;
4. anything else (public addresses): allowed.
"""

from dataclasses import dataclass, field
from ipaddress import IPv4Address, ip_address, ip_network
from urllib.parse import urlsplit

DEFAULT_DENIED = (
    ("metadata", ("169.254.169.254/32", "fd00:ec2::254/128")),
    ("loopback", ("127.0.0.0/8", "::1/128")),
    ("unspecified", ("0.0.0.0/8", "::/128")),
    ("private", ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7", "fec0::/10")),
    ("link-local", ("169.254.0.0/16", "fe80::/10")),
    ("cgnat", ("100.64.0.0/10",)),
    ("multicast", ("224.0.0.0/4", "ff00::/8")),
    ("reserved", ("240.0.0.0/4", "192.0.0.0/24", "192.0.2.0/24", "198.18.0.0/15", "198.51.100.0/24",
                  "203.0.113.0/24", "2001:db8::/32", "100::/64", "::/96")),
)
_DEFAULT_DENIED = tuple((rule, tuple(map(ip_network, networks))) for rule, networks in DEFAULT_DENIED)
DENY_RULE = "NEWSWATCH_DENY_NETWORKS"  # the rule a refusal names when the deployment's deny list matched
_NAT64 = ip_network("64:ff9b::/96")
_V4_COMPATIBLE = ip_network("::/96")


@dataclass(frozen=True)
class Refusal:
    """Why ``host`` may not be reached at ``address``: the ``rule`` and the ``network`` it matched."""

    host: str
    address: str
    rule: str
    network: str

    def __str__(self):
        return f"{self.host} at {self.address}, in {self.network} ({self.rule})"


@dataclass(frozen=True)
class AddressPolicy:
    """``deny`` and ``allow`` hold for every host; ``allow_by_host`` adds the networks of a host's seeds site."""

    deny: tuple = ()
    allow: tuple = ()
    allow_by_host: dict = field(default_factory=dict)  # host name -> networks its seeds site allows

    @classmethod
    def for_sites(cls, sites, deny=(), allow=()):
        """The policy of ``sites`` (SiteConfig): each site's allow_networks apply to its own hosts."""
        by_host = {}
        for site in sites:
            for host in {urlsplit(site.base_url).hostname, *site.allowed_domains}:
                by_host[_host_key(host)] = by_host.get(_host_key(host), ()) + site.allow_networks
        return cls(deny=tuple(deny), allow=tuple(allow), allow_by_host=by_host)

    def refusal(self, host, address):
        """The Refusal when ``host`` may not be reached at ``address`` (a string), else None."""
        forms = destinations(ip_address(address))
        for form in forms:
            if network := _matching(form, self.deny):
                return Refusal(host, address, DENY_RULE, str(network))
        allowed = self.allow + self.allow_by_host.get(_host_key(host), ())
        for form in forms:
            if _matching(form, allowed):
                continue
            for rule, networks in _DEFAULT_DENIED:
                if network := _matching(form, networks):
                    return Refusal(host, address, rule, str(network))
        return None


def destinations(address):
    """``address`` and the IPv4 address an IPv6 one carries to (mapped, compatible, NAT64, 6to4)."""
    if isinstance(address, IPv4Address):
        return (address,)
    embedded = address.ipv4_mapped or address.sixtofour
    if embedded is None and (address in _NAT64 or (address in _V4_COMPATIBLE and int(address) > 1)):
        embedded = IPv4Address(int(address) & 0xFFFFFFFF)
    return (address,) if embedded is None else (address, embedded)


def parse_networks(values, where):
    """CIDRs (a bare address is a /32 or /128) as networks; a ValueError names ``where`` and the bad value."""
    networks = []
    for value in values:
        try:
            if not isinstance(value, str):
                raise ValueError("a CIDR is written as a string")
            networks.append(ip_network(value.strip()))
        except ValueError as exc:
            raise ValueError(f"{where}: {value!r} is not a network in CIDR form ({exc})") from None
    return tuple(networks)


def is_ip_literal(host):
    try:
        ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def _host_key(host):
    return host.strip("[]").rstrip(".").lower()


def _matching(address, networks):
    return next((network for network in networks if address in network), None)

