"""The SSRF guard on real crawls (``scrapy crawl news`` in a child process, real Redis, real Chromium).

The site serves on 127.0.0.1 and its seeds allow 127.0.0.1/32 only; its pages point the crawler
at a trap on 127.0.0.2 (loopback too, but not allowed): redirects by IP literal and by a name that
resolves there, and JS pages reaching for it, whose connections go through the guard's proxy
(crawler.security.browser_proxy). Nothing but loopback is ever used.
"""

import json
import subprocess
import sys
from dataclasses import dataclass

import pytest
from rq import Queue
from rq.serializers import JSONSerializer
from scrapy.settings import Settings

from crawler import settings as project_settings
from crawler.security.ssrf import policy_from_settings
from newswatch.demo.runner import DEMO_SEEDS, crawl_env
from newswatch.shared.connection import connect
from newswatch.shared.redis_keys import RedisKeys
from newswatch.shared.settings import PROJECT_ROOT
from tests.crawler.ssrf_site import TRAP_NUMERIC_NAME, SsrfSite
from workers.config import load_config

KEYS = RedisKeys("nwssrf")
CRAWL_ID = "ssrf"
SEEDS = """
[[site]]
name = "guarded"
base_url = "http://127.0.0.1:1"
{allow}
allowed_domains = ["127.0.0.1", "127.0.0.2", "{numeric}"]
start_urls = {start}
article_patterns = ["^/news/", "^/live/"]
listing_patterns = ["^/$", "^/redirects$"]
playwright_patterns = ["^/live/"]
wait_for = "#article-body p"
rate = 100
concurrency = 8

[site.selectors]
title = "h1.headline"
body = "div.article-body"
"""
ALLOW_LOOPBACK_ONE = 'allow_networks = ["127.0.0.1/32"]'


def v4(*octets):
    """An IPv4 address as text, for tables of addresses the policy judges; nothing connects to them."""
    return ".".join(map(str, octets))


@dataclass
class Crawl:
    titles: set
    stats: dict
    log: str
    hits: list  # paths the site served
    trap_connections: int  # to where redirects and page scripts point
    frame_connections: int  # to where a page's iframe points
    landing_connections: int  # to where a browser page is redirected
    navigation_connections: int  # to where a page's script sends a frame with location =
    host_slots_held: int


def run_crawl(redis_url, tmp_path, allow=ALLOW_LOOPBACK_ONE, start=("/",), scrapy_args=(), **settings):
    seeds = tmp_path / "guarded.toml"
    seeds.write_text(SEEDS.format(allow=allow, start=json.dumps(list(start)), numeric=TRAP_NUMERIC_NAME), "utf-8")
    connection = connect(redis_url)
    connection.flushdb()
    config = load_config().with_changes(redis_url=redis_url, keys=KEYS, article_queue="ssrf-articles")
    with SsrfSite() as site:
        env = crawl_env(config, CRAWL_ID, seeds=seeds, base_urls={"guarded": site.url}, log_level="INFO", **settings)
        result = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "news", *scrapy_args], cwd=PROJECT_ROOT,
                                env=env, capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stderr[-3000:]
    queue = Queue(config.article_queue, connection=connection, serializer=JSONSerializer)
    crawl = Crawl(
        titles={message["title"] for job in queue.jobs for message in job.args[0]},
        stats={k.decode(): v.decode() for k, v in connection.hgetall(KEYS.crawl_stats(CRAWL_ID)).items()},
        log=result.stderr, hits=site.hits, trap_connections=site.trap.connections,
        frame_connections=site.frame_target.connections, landing_connections=site.landing.connections,
        navigation_connections=site.navigation_target.connections,
        host_slots_held=sum(connection.zcard(key) for key in connection.scan_iter(match=KEYS.host_in_flight("*"))))
    connection.flushdb()
    connection.close()
    return crawl


@pytest.fixture(scope="module")
def guarded(redis_url, tmp_path_factory):
    """The whole site crawled with its seeds allowing 127.0.0.1/32."""
    return run_crawl(redis_url, tmp_path_factory.mktemp("seeds"))


# --- the policy the process builds from its settings ---------------------------------------------

def test_the_demo_seeds_allow_the_bundled_sites_on_loopback_and_nothing_else():
    policy = policy_from_settings(Settings({"NEWSWATCH_SEEDS": [str(DEMO_SEEDS)],
                                            "NEWSWATCH_BASE_URLS": {"clashwire": "http://127.0.0.1:5555"}}))
    assert policy.refusal("127.0.0.1", "127.0.0.1") is None
    assert policy.refusal("localhost", "::1") is None
    assert policy.refusal("127.0.0.1", f"{v4(10, 0, 0, 1)}").rule == "private"
    assert policy.refusal("news.example", "127.0.0.1").rule == "loopback"


def test_a_bad_network_in_the_settings_stops_the_start_naming_the_setting():
    with pytest.raises(ValueError, match=f"NEWSWATCH_DENY_NETWORKS: '{v4(10, 0, 0, 0)}/33' is not a network"):
        policy_from_settings(Settings({"NEWSWATCH_SEEDS": [str(DEMO_SEEDS)], "NEWSWATCH_DENY_NETWORKS": [f"{v4(10, 0, 0, 0)}/33"]}))


# --- a crawl whose seeds allow the site's address --------------------------------------------------

@pytest.mark.integration
def test_a_site_whose_seeds_allow_its_address_is_crawled(guarded):
    assert {"Allowed article", "Probing page"} <= guarded.titles
    assert guarded.stats["finish_reason"] == "finished"


@pytest.mark.integration
def test_a_redirect_to_a_refused_ip_literal_is_refused_before_any_connection(guarded):
    assert "SSRF guard refused 127.0.0.2 at 127.0.0.2, in 127.0.0.0/8 (loopback)" in guarded.log
    assert guarded.trap_connections == 0


@pytest.mark.integration
def test_a_redirect_to_a_name_resolving_to_a_refused_address_is_refused(guarded):
    assert f"SSRF guard refused {TRAP_NUMERIC_NAME} at 127.0.0.2, in 127.0.0.0/8 (loopback)" in guarded.log
    assert guarded.trap_connections == 0


@pytest.mark.integration
def test_a_browser_page_cannot_reach_a_refused_address_from_its_scripts(guarded):
    assert "Probing page" in guarded.titles  # the page itself rendered
    assert "SSRF guard refused ::ffff:7f00:2 at ::ffff:7f00:2, in 127.0.0.0/8 (loopback)" in guarded.log
    assert guarded.trap_connections == 0


@pytest.mark.integration
def test_a_frame_of_a_browser_page_gets_no_connection_to_a_refused_address(guarded):
    assert "Probing page" in guarded.titles
    assert guarded.frame_connections == 0


@pytest.mark.integration
def test_a_browser_page_redirected_to_a_refused_address_gets_no_connection_there(guarded):
    # Chromium follows the 302 itself; the hop reaches the proxy, which refuses it before connecting.
    assert guarded.landing_connections == 0
    assert "Internal secret" not in guarded.titles
    assert "/live/redirected: SSRF guard refused 127.0.0.2 at 127.0.0.2" in guarded.log


@pytest.mark.integration
def test_a_script_sending_a_browser_frame_to_a_refused_address_gets_no_connection_there(guarded):
    assert "Leaving page" in guarded.titles  # the page went on once the frame's navigation was refused
    assert guarded.navigation_connections == 0


@pytest.mark.integration
def test_refused_requests_are_counted_and_end_cleanly(guarded):
    # Every refused connection: the two Scrapy redirect hops; in Chromium, the page's redirect hop, the
    # probing page's two fetches and its frame, and the frame sent away by a script.
    assert guarded.stats["newswatch/refused/ssrf"] == "7"
    # Per site, the pages refused: the two redirects and the browser page whose redirect was refused.
    assert guarded.stats["newswatch/site_refused/guarded"] == "3"
    assert not any(key.startswith("newswatch/errors/") for key in guarded.stats)
    assert guarded.host_slots_held == 0


# --- what the deployment's settings change ---------------------------------------------------------

@pytest.mark.integration
def test_denied_networks_of_the_deployment_beat_the_seeds(redis_url, tmp_path):
    crawl = run_crawl(redis_url, tmp_path, start=["/news/ok"], deny_networks="127.0.0.1/32")
    assert crawl.hits == []  # not even robots.txt
    assert "SSRF guard refused 127.0.0.1 at 127.0.0.1, in 127.0.0.1/32 (NEWSWATCH_DENY_NETWORKS)" in crawl.log
    assert crawl.stats["newswatch/site_refused/guarded"] == "1"
    assert crawl.stats["finish_reason"] == "finished"
    assert crawl.titles == set()


@pytest.mark.integration
def test_a_site_on_loopback_without_allowed_networks_is_refused(redis_url, tmp_path):
    crawl = run_crawl(redis_url, tmp_path, allow="", start=["/news/ok"])
    assert crawl.hits == []
    assert "SSRF guard refused 127.0.0.1 at 127.0.0.1, in 127.0.0.0/8 (loopback)" in crawl.log
    assert crawl.stats["finish_reason"] == "finished"


@pytest.mark.integration
def test_allowed_networks_of_the_deployment_hold_for_every_site(redis_url, tmp_path):
    crawl = run_crawl(redis_url, tmp_path, allow="", start=["/news/ok"], allow_networks="127.0.0.1/32")
    assert crawl.titles == {"Allowed article"}
    assert "SSRF guard" not in crawl.log


# --- the check at connect time, alone ----------------------------------------------------------------

@pytest.mark.integration
def test_the_resolver_alone_refuses_the_connection_to_a_refused_address(redis_url, tmp_path):
    """Without the middleware's early refusal, the resolver, asked by Twisted for every connection
    (IP literals included), still gives no address to connect to."""
    middlewares = {**project_settings.DOWNLOADER_MIDDLEWARES, "crawler.security.ssrf.AddressGuardMiddleware": None}
    crawl = run_crawl(redis_url, tmp_path, start=["/redirects"],
                      scrapy_args=["-s", f"DOWNLOADER_MIDDLEWARES={json.dumps(middlewares)}"])
    assert "/news/to-literal" in crawl.hits and "/news/to-number" in crawl.hits
    assert crawl.trap_connections == 0
    assert "SSRF guard refused 127.0.0.2 at 127.0.0.2" in crawl.log
    assert f"SSRF guard refused {TRAP_NUMERIC_NAME} at 127.0.0.2" in crawl.log
    assert crawl.stats["newswatch/errors/CannotResolveHostError"] == "2"  # failed lookups, after their retries
