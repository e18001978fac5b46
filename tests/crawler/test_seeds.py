import pytest

from crawler.seeds import load_sites
from newswatch.shared.errors import ConfigError
from newswatch.shared.settings import PROJECT_ROOT


def v4(*octets):
    """An IPv4 address as text, for tables of addresses the policy judges; nothing connects to them."""
    return ".".join(map(str, octets))


def write(tmp_path, text):
    path = tmp_path / "sites.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_demo_seeds_load():
    sites = load_sites([PROJECT_ROOT / "seeds" / "demo.toml"])
    assert set(sites) == {"clashwire", "partner-daily"}
    assert sites["clashwire"].needs_browser("http://127.0.0.1:8180/live/x")
    assert not sites["clashwire"].needs_browser("http://127.0.0.1:8180/news/x")


def test_base_url_override_rebases_relative_urls(tmp_path):
    path = write(tmp_path, '[[site]]\nname = "a"\nbase_url = "http://127.0.0.1:1"\nfeeds = ["/rss.xml"]\n')
    site = load_sites([path], {"a": "http://127.0.0.1:5555"})["a"]
    assert site.start_urls == ("http://127.0.0.1:5555/",)
    assert site.feeds == ("http://127.0.0.1:5555/rss.xml",)
    assert site.allowed_domains == ("127.0.0.1",)  # Scrapy compares hosts without ports


@pytest.mark.parametrize(("text", "reason"), [
    ('[[site]]\nname = "a"\n', "missing required key 'base_url'"),
    ('[[site]]\nname = "a"\nbase_url = "ftp://x"\n', "base_url must be an http(s) URL"),
    ('[[site]]\nname = "a"\nbase_url = "http://x"\nrender = "magic"\n', "render must be one of"),
    ('[[site]]\nname = "a"\nbase_url = "http://x"\nmax_depth = 0\n', "max_depth must be a positive integer"),
    ('[[site]]\nname = "a"\nbase_url = "http://x"\narticle_patterns = ["("]\n', "missing )"),
    ('[[site]]\nname = "a"\nbase_url = "http://x"\ncolour = "red"\n', "unknown key(s) colour"),
    ('[[site]]\nname = "a"\nbase_url = "http://x"\n[site.selectors]\nheadline = "h1"\n', "unknown selector(s) headline"),
    ("[[site]\n", "not valid TOML"),
    (f'[[site]]\nname = "a"\nbase_url = "http://x"\nallow_networks = ["{v4(10, 0, 0, 1)}/8"]\n', f"'{v4(10, 0, 0, 1)}/8' is not a network"),
    ('[[site]]\nname = "a"\nbase_url = "http://x"\nallow_networks = ["localhost"]\n', "'localhost' is not a network"),
    ('[[site]]\nname = "a"\nbase_url = "http://x"\nallow_networks = "127.0.0.1/32"\n', "allow_networks must be a list"),
])
def test_a_bad_seeds_file_names_the_file_site_and_reason(tmp_path, text, reason):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_sites([path])
    assert str(path) in str(caught.value)
    assert reason in str(caught.value)


@pytest.mark.parametrize("key", ["article_patterns", "listing_patterns", "playwright_patterns"])
def test_a_bad_regular_expression_names_the_site_the_key_and_the_pattern(tmp_path, key):
    path = write(tmp_path, f'[[site]]\nname = "a"\nbase_url = "http://x"\n{key} = ["^/ok/", "^/news/(\\\\d+"]\n')
    with pytest.raises(ConfigError) as caught:
        load_sites([path])
    assert str(caught.value) == (f"{path}: site 'a': {key}: pattern '^/news/(\\\\d+' is not a regular expression: "
                                 f"missing ), unterminated subpattern at position 7")


def test_allow_networks_are_read_as_networks(tmp_path):
    path = write(tmp_path, f'[[site]]\nname = "a"\nbase_url = "http://x"\nallow_networks = ["{v4(10, 1, 0, 0)}/16", "::1"]\n')
    assert [str(net) for net in load_sites([path])["a"].allow_networks] == [f"{v4(10, 1, 0, 0)}/16", "::1/128"]


def test_two_sites_with_one_name_are_refused(tmp_path):
    path = write(tmp_path, '[[site]]\nname = "a"\nbase_url = "http://x"\n[[site]]\nname = "a"\nbase_url = "http://y"\n')
    with pytest.raises(ConfigError, match="already used"):
        load_sites([path])


def test_a_missing_seeds_file_is_named(tmp_path):
    with pytest.raises(ConfigError, match="file not found"):
        load_sites([tmp_path / "nope.toml"])


def test_the_real_outlets_example_is_a_valid_seeds_file():
    sites = load_sites([PROJECT_ROOT / "seeds" / "outlets.example.toml"])
    assert "clashreport" in sites
    assert all(site.rate <= 1 and site.concurrency == 1 for site in sites.values())  # polite by default
