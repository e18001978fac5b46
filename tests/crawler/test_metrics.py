"""MetricsToRedis: every spider process adds its pages fetched, failed and articles enqueued, by site, to Redis."""

import subprocess
import time

import pytest
from scrapy import Request
from scrapy.utils.test import get_crawler

from crawler.metrics import MetricsToRedis
from newswatch.demo.runner import crawl_env, demo_base_urls, run_crawl
from newswatch.demo.redis_server import find_redis_server, free_port
from newswatch.shared import metric_store
from newswatch.shared.connection import connect
from newswatch.shared.errors import RedisUnavailable
from newswatch.shared.items import Article
from newswatch.shared.metric_store import ARTICLES_ENQUEUED, PAGES_FAILED, PAGES_FETCHED
from newswatch.shared.redis_keys import RedisKeys
from tests.crawler.test_distributed_crawl import seeds_with, spider, wait_all
from workers.config import load_config

KEYS = RedisKeys("nwtest")


def extension(redis_url):
    settings = {"NEWSWATCH_REDIS_URL": redis_url, "NEWSWATCH_KEY_PREFIX": KEYS.prefix}
    return MetricsToRedis(get_crawler(settings_dict=settings))


def fetched(ext, site, times=1):
    for _ in range(times):
        ext.response_received(Request("http://127.0.0.1:1/", meta={"site": site}))


def counts(connection, family):
    return {labels[0]: n for labels, n in metric_store.read_counters(connection, KEYS, family).items()}


def test_each_flush_adds_only_what_came_since_the_last_one(redis_url, redis_conn):
    ext = extension(redis_url)
    fetched(ext, "clashwire", 3)
    ext.stats.inc_value("newswatch/site_failed/clashwire", 2)
    ext.flush()
    fetched(ext, "clashwire", 2)
    fetched(ext, "partner-daily")
    ext.stats.inc_value("newswatch/site_failed/clashwire")
    ext.flush()
    ext.flush()
    assert counts(redis_conn, PAGES_FETCHED) == {"clashwire": 5, "partner-daily": 1}
    assert counts(redis_conn, PAGES_FAILED) == {"clashwire": 3}


def test_robots_txt_fetches_belong_to_no_site(redis_url, redis_conn):
    ext = extension(redis_url)
    ext.response_received(Request("http://127.0.0.1:1/robots.txt"))
    ext.flush()
    assert counts(redis_conn, PAGES_FETCHED) == {}


def test_articles_are_counted_once_every_pipeline_took_them(redis_url, redis_conn):
    ext = extension(redis_url)
    ext.item_scraped(Article(url="http://127.0.0.1:1/news/a", site="clashwire", title="A", body=["a"]))
    ext.spider_closed()
    assert counts(redis_conn, ARTICLES_ENQUEUED) == {"clashwire": 1}


@pytest.fixture
def restartable_redis():
    """A redis-server on a fixed port that a test can stop and start again (same URL)."""
    port = free_port()
    url = f"redis://127.0.0.1:{port}/0"
    command = [find_redis_server(), "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    server = {"process": None}

    def start():
        server["process"] = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while True:
            try:
                return connect(url, socket_connect_timeout=0.5).close()
            except RedisUnavailable:
                assert time.monotonic() < deadline, "redis-server did not start"
                time.sleep(0.05)

    def stop():
        server["process"].terminate()
        server["process"].wait(timeout=10)
    start()
    yield url, start, stop
    stop()


def test_counts_wait_for_redis_to_come_back_and_are_then_added_once(restartable_redis):
    url, start, stop = restartable_redis
    ext = extension(url)
    fetched(ext, "clashwire", 2)
    stop()
    ext.flush()  # Redis away: a warning, nothing lost
    fetched(ext, "clashwire")
    start()
    ext.flush()
    ext.flush()
    assert counts(ext.redis, PAGES_FETCHED) == {"clashwire": 3}


DOWN_SITE = """
[[site]]
name = "down"
base_url = "http://127.0.0.1:{port}"
allow_networks = ["127.0.0.1/32"]
start_urls = ["/", "/world"]
article_patterns = ["^/news/"]
listing_patterns = ["^/$", "^/world"]
rate = 100
concurrency = 8

[site.selectors]
title = "h1"
body = "p"
"""


@pytest.mark.integration
def test_pages_of_a_site_that_does_not_answer_count_as_failed_for_it(redis_url, redis_conn, tmp_path):
    seeds = tmp_path / "down.toml"
    seeds.write_text(DOWN_SITE.format(port=free_port()), encoding="utf-8")
    config = load_config().with_changes(redis_url=redis_url, keys=KEYS, article_queue="nwtest-articles")
    run_crawl(crawl_env(config, "down", seeds=seeds), timeout=120)
    assert counts(redis_conn, PAGES_FAILED) == {"down": 2}
    assert counts(redis_conn, PAGES_FETCHED) == {}


@pytest.mark.integration
def test_two_processes_of_one_crawl_add_up_to_the_crawls_own_statistics(demo_site, redis_url, redis_conn, tmp_path):
    demo_site.edition = 1
    demo_site.reset_hits()
    config = load_config().with_changes(redis_url=redis_url, keys=KEYS, article_queue="nwtest-articles")
    env = crawl_env(config, "pair", seeds=seeds_with(tmp_path, rate=100), base_urls=demo_base_urls(demo_site))
    wait_all([spider(env), spider(env)])
    stats = {k.decode(): int(v) for k, v in redis_conn.hgetall(KEYS.crawl_stats("pair")).items()
             if k != b"finish_reason"}
    robots = sum(n for (_, path), n in demo_site.hits().items() if path == "/robots.txt")
    pages = counts(redis_conn, PAGES_FETCHED)
    assert set(pages) == {"clashwire", "partner-daily"}
    assert sum(pages.values()) == stats["response_received_count"] - robots
    expected = demo_site.expected()
    articles = counts(redis_conn, ARTICLES_ENQUEUED)
    assert sum(articles.values()) == stats["newswatch/enqueued"]
    assert articles["partner-daily"] == len(expected["partner_urls"])
