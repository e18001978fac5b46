"""WebSub: a feed advertising a hub gets a subscription, and what the hub pushes is fetched in a push round.

Against bench/freshness_world with its hub on (written by a helper who never read newswatch's code),
on a clock the test moves: the hub pushes the feed to every verified callback at each publication.
"""

import subprocess
import time
from dataclasses import replace
from ipaddress import ip_network

import pytest

from crawler.frontier.websub_inbox import WebSubInbox
from crawler.security.address_policy import DENY_RULE, AddressPolicy
from crawler.seeds import load_sites
from crawler.spider_process import spider_command, spider_env
from newswatch.demo.runner import crawl_env
from newswatch.monitor.websub import WebSubConfig, WebSubSubscriber
from newswatch.shared.redis_keys import RedisKeys
from newswatch.shared.settings import PROJECT_ROOT
from workers.config import load_config

pytestmark = pytest.mark.integration
SEEDS = PROJECT_ROOT / "bench" / "freshness_world" / "seeds.toml"
KEYS = RedisKeys("nwsub")


@pytest.fixture
def world(tmp_path):
    from bench.freshness_world.site import FreshnessSite  # noqa: PLC0415
    now = [time.time()]
    with FreshnessSite(seed=5, rate_per_minute=2, duration_s=600, websub=True, clock=lambda: now[0]) as site:
        seeds = tmp_path / "seeds.toml"
        seeds.write_text(SEEDS.read_text(encoding="utf-8").replace("http://127.0.0.1:8300", site.base_url)
                         .replace("rate = 5", "rate = 100"), encoding="utf-8")
        yield site, now, seeds


@pytest.fixture
def subscriber(redis_conn, world):
    site, _, seeds = world
    policy = AddressPolicy.for_sites(load_sites([str(seeds)]).values())
    subscriber = WebSubSubscriber(redis_conn, KEYS, WebSubInbox(redis_conn, KEYS, 3600),
                                  WebSubConfig(listen="127.0.0.1:0", lease=600), policy, out=lambda line: None)
    yield subscriber
    subscriber.close()


def first_round(redis_url, seeds):
    config = load_config().with_changes(redis_url=redis_url, keys=KEYS, article_queue="sub-articles")
    env = crawl_env(config, "first", seeds=seeds, revisit_after=3600, conditional_listings=1,
                    websub_listen="127.0.0.1:0")
    subprocess.run(spider_command("meridian"), env=spider_env(env), timeout=120, check=True)  # as the monitor does
    return env


def wait_for(condition, seconds=10):
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.05)
    return condition()


def test_a_feed_advertising_a_hub_gets_a_verified_subscription(redis_url, redis_conn, world, subscriber):
    site, _, seeds = world
    first_round(redis_url, seeds)
    assert subscriber.inbox.hubs("meridian") == {f"{site.base_url}/rss.xml": f"{site.base_url}/hub"}
    subscriber.tick(["meridian"], time.time())
    assert wait_for(lambda: subscriber.live("meridian", time.time()))
    assert list(site.subscriptions()) == [subscriber.state("meridian")["callback"]]
    subscriber.tick(["meridian"], time.time())  # live: not asked again
    assert [entry["action"] for entry in site.hub_log()] == ["verify"]


def test_a_hub_outside_the_address_policy_gets_no_subscription(redis_conn, subscriber):
    subscriber.policy = replace(subscriber.policy, deny=(ip_network("127.0.0.1/32"),))  # as NEWSWATCH_DENY_NETWORKS
    subscriber.inbox.note_hub("meridian", "http://127.0.0.1:9/rss.xml", "http://127.0.0.1:9/hub")
    subscriber.tick(["meridian"], time.time())
    assert DENY_RULE in subscriber.state("meridian")["error"] and not subscriber.live("meridian", time.time())


def test_a_pushed_feed_waits_for_a_push_round_and_a_badly_signed_one_is_dropped(redis_url, redis_conn, world,
                                                                               subscriber):
    site, now, seeds = world
    first_round(redis_url, seeds)
    subscriber.tick(["meridian"], time.time())
    wait_for(lambda: subscriber.live("meridian", time.time()))
    token = subscriber.state("meridian")["callback"].rsplit("/", 1)[1]
    assert not subscriber.deliver("meridian", token, b"<rss/>", "sha256=" + "0" * 64)
    assert subscriber.inbox.ready() == []

    new = next(event for event in site.schedule() if event["kind"] == "new")
    now[0] = site.T0 + new["offset"]
    assert wait_for(lambda: subscriber.inbox.ready() == ["meridian"])


def test_a_push_round_fetches_the_new_article_and_nothing_else(redis_url, redis_conn, world, subscriber):
    site, now, seeds = world
    env = first_round(redis_url, seeds)
    subscriber.tick(["meridian"], time.time())
    wait_for(lambda: subscriber.live("meridian", time.time()))
    new = next(event for event in site.schedule() if event["kind"] == "new")
    now[0] = site.T0 + new["offset"]
    wait_for(lambda: subscriber.inbox.take_ready("meridian"))
    before = len(site.requests())
    subprocess.run(spider_command("meridian", "pushed=1"), env=spider_env({**env, "NEWSWATCH_CRAWL_ID": "push"}),
                   timeout=120, check=True)
    assert [(r["path"], r["status"]) for r in site.requests()[before:]] == [(new["path"], 200)]
    assert subscriber.inbox.take("meridian") == []  # read by that round
