"""The SSRF policy: which addresses a host may be reached at, and which rule refuses the others.

Addresses here are only strings handed to the policy: no test connects to them.
"""

from ipaddress import ip_address, ip_network

import pytest

from crawler.security.address_policy import AddressPolicy, destinations, is_ip_literal, parse_networks
from crawler.seeds import SiteConfig

DEFAULT = AddressPolicy()


def v4(*octets):
    """An IPv4 address as text, for tables of addresses the policy judges; nothing connects to them."""
    return ".".join(map(str, octets))


def site(base_url, allow=(), domains=None):
    return SiteConfig(name=base_url, base_url=base_url, start_urls=(), allow_networks=parse_networks(allow, "test"),
                      allowed_domains=tuple(domains or ()))


@pytest.mark.parametrize(("address", "rule", "network"), [
    ("127.0.0.1", "loopback", "127.0.0.0/8"),
    ("127.255.255.254", "loopback", "127.0.0.0/8"),
    ("::1", "loopback", "::1/128"),
    (f"{v4(10, 20, 30, 40)}", "private", f"{v4(10, 0, 0, 0)}/8"),
    (f"{v4(172, 16, 0, 1)}", "private", f"{v4(172, 16, 0, 0)}/12"),
    (f"{v4(172, 31, 255, 255)}", "private", f"{v4(172, 16, 0, 0)}/12"),
    (f"{v4(192, 168, 1, 1)}", "private", f"{v4(192, 168, 0, 0)}/16"),
    ("fd12:3456::1", "private", "fc00::/7"),
    (f"{v4(169, 254, 169, 254)}", "metadata", f"{v4(169, 254, 169, 254)}/32"),
    ("fd00:ec2::254", "metadata", "fd00:ec2::254/128"),
    (f"{v4(169, 254, 10, 1)}", "link-local", f"{v4(169, 254, 0, 0)}/16"),
    ("fe80::1", "link-local", "fe80::/10"),
    ("fe80::1%eth0", "link-local", "fe80::/10"),
    ("100.64.0.1", "cgnat", "100.64.0.0/10"),
    ("100.127.255.255", "cgnat", "100.64.0.0/10"),
    ("0.0.0.0", "unspecified", "0.0.0.0/8"),
    ("::", "unspecified", "::/128"),
    ("224.0.0.251", "multicast", "224.0.0.0/4"),
    ("ff02::1", "multicast", "ff00::/8"),
    ("255.255.255.255", "reserved", "240.0.0.0/4"),
    ("198.18.0.1", "reserved", "198.18.0.0/15"),
    ("2001:db8::1", "reserved", "2001:db8::/32"),
    # IPv6 forms carrying a refused IPv4 address: mapped, NAT64, 6to4.
    ("::ffff:127.0.0.1", "loopback", "127.0.0.0/8"),
    (f"::ffff:{v4(169, 254, 169, 254)}", "metadata", f"{v4(169, 254, 169, 254)}/32"),
    (f"::ffff:{v4(10, 0, 0, 1)}", "private", f"{v4(10, 0, 0, 0)}/8"),
    ("64:ff9b::a9fe:a9fe", "metadata", f"{v4(169, 254, 169, 254)}/32"),
    ("2002:7f00:1::", "loopback", "127.0.0.0/8"),
    (f"::{v4(10, 0, 0, 1)}", "reserved", "::/96"),  # IPv4-compatible: deprecated, never a real destination
])
def test_internal_addresses_are_refused_by_default_naming_the_rule(address, rule, network):
    refusal = DEFAULT.refusal("news.example", address)
    assert (refusal.rule, refusal.network) == (rule, network)
    assert str(refusal) == f"news.example at {address}, in {network} ({rule})"


@pytest.mark.parametrize("address", ["93.184.215.14", "172.32.0.1", "100.128.0.1", "169.255.0.1",
                                     "2606:4700:4700::1111", "::ffff:93.184.215.14", "2002:5db8:d70e::"])
def test_public_addresses_are_allowed(address):
    assert DEFAULT.refusal("news.example", address) is None


def test_a_sites_allowed_networks_hold_for_its_own_hosts_only():
    policy = AddressPolicy.for_sites([site("http://127.0.0.1:8180", ["127.0.0.1/32"])])
    assert policy.refusal("127.0.0.1", "127.0.0.1") is None
    assert policy.refusal("127.0.0.1", "::ffff:127.0.0.1") is None  # the same address, IPv4-mapped
    assert policy.refusal("127.0.0.1", "127.0.0.2").rule == "loopback"  # outside the allowed /32
    assert policy.refusal("other.example", "127.0.0.1").rule == "loopback"  # another host


def test_allowed_networks_cover_every_host_of_the_site_whatever_its_case():
    policy = AddressPolicy.for_sites([site("http://intranet.example", [f"{v4(10, 1, 0, 0)}/16"], ["wire.example"])])
    for host in ("intranet.example", "wire.example", "WIRE.example."):
        assert policy.refusal(host, f"{v4(10, 1, 2, 3)}") is None
    assert policy.refusal("wire.example", f"{v4(10, 2, 0, 1)}").rule == "private"


def test_an_allowed_network_does_not_open_the_rest_of_its_range():
    policy = AddressPolicy(allow=parse_networks([f"{v4(169, 254, 0, 0)}/16"], "test"))
    assert policy.refusal("any.example", f"{v4(169, 254, 10, 1)}") is None
    assert policy.refusal("any.example", f"{v4(10, 0, 0, 1)}").rule == "private"


def test_the_deployments_allowed_networks_hold_for_every_host():
    policy = AddressPolicy(allow=parse_networks([f"{v4(10, 0, 0, 0)}/8"], "test"))
    assert policy.refusal("any.example", f"{v4(10, 9, 8, 7)}") is None
    assert policy.refusal("any.example", f"{v4(169, 254, 169, 254)}").rule == "metadata"


def test_the_deployments_denied_networks_beat_what_the_seeds_allow():
    policy = AddressPolicy.for_sites([site("http://127.0.0.1:8180", ["127.0.0.0/8"])],
                                     deny=parse_networks(["127.0.0.1/32"], "test"))
    refusal = policy.refusal("127.0.0.1", "127.0.0.1")
    assert (refusal.rule, refusal.network) == ("NEWSWATCH_DENY_NETWORKS", "127.0.0.1/32")
    assert policy.refusal("127.0.0.1", "::ffff:127.0.0.1").rule == "NEWSWATCH_DENY_NETWORKS"
    assert policy.refusal("127.0.0.1", "127.0.0.2") is None


def test_denied_networks_can_refuse_public_addresses_too():
    policy = AddressPolicy(deny=parse_networks(["93.184.215.0/24"], "test"))
    assert policy.refusal("news.example", "93.184.215.14").rule == "NEWSWATCH_DENY_NETWORKS"


@pytest.mark.parametrize(("address", "expected"), [
    ("127.0.0.1", ["127.0.0.1"]),
    ("2606:4700::1", ["2606:4700::1"]),
    ("::ffff:127.0.0.1", ["::ffff:7f00:1", "127.0.0.1"]),
    ("64:ff9b::7f00:1", ["64:ff9b::7f00:1", "127.0.0.1"]),
    ("::1", ["::1"]),
])
def test_an_ipv6_address_carrying_an_ipv4_one_is_judged_as_both(address, expected):
    assert [str(form) for form in destinations(ip_address(address))] == expected


@pytest.mark.parametrize(("value", "reason"), [
    (f"{v4(10, 0, 0, 1)}/8", "has host bits set"),
    (f"{v4(10, 0, 0, 0)}/33", f"{v4(10, 0, 0, 0)}/33"),
    ("intranet", "does not appear to be"),
    (8, "written as a string"),
])
def test_a_bad_network_is_refused_naming_where_it_is(value, reason):
    with pytest.raises(ValueError, match=f"NEWSWATCH_ALLOW_NETWORKS: {value!r} is not a network") as caught:
        parse_networks([value], "NEWSWATCH_ALLOW_NETWORKS")
    assert reason in str(caught.value)


def test_a_bare_address_is_a_single_address_network():
    assert parse_networks(["127.0.0.1", "::1"], "test") == (ip_network("127.0.0.1/32"), ip_network("::1/128"))


@pytest.mark.parametrize(("host", "literal"), [("127.0.0.1", True), ("[::1]", True), ("::ffff:7f00:2", True),
                                               ("localhost", False), ("2130706434", False), ("0x7f.1", False)])
def test_ip_literals_are_told_from_names_the_resolver_must_answer(host, literal):
    assert is_ip_literal(host) is literal
