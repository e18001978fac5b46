"""Errors of workers and spiders reach Sentry as real envelopes at a local endpoint, without article text or
secrets; no DSN, no reporting and not a word about it."""

import gzip
import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from rq import Queue
from rq.serializers import JSONSerializer

from crawler.redis_keys import RedisKeys
from crawler.sentry import init_sentry
from crawler.settings import PROJECT_ROOT
from newswatch.demo import crawl_env
from tests.crawler.edge_site import EdgeSite
from workers.config import load_config

pytestmark = pytest.mark.integration
BODY_TEXT = "SECRET-ARTICLE-TEXT that must never leave the worker"


class SentryEndpoint:
    """Receives Sentry envelopes (POST /api/<project>/envelope/) on 127.0.0.1."""

    def __init__(self):
        self.envelopes = []
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                encoding = self.headers.get("Content-Encoding")
                if encoding == "gzip":
                    body = gzip.decompress(body)
                elif encoding == "br":
                    import brotli  # noqa: PLC0415 (sentry-sdk compresses with it when it is installed)
                    body = brotli.decompress(body)
                endpoint.envelopes.append((self.path, body.decode("utf-8", "replace")))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.dsn = f"http://publickey@127.0.0.1:{self.server.server_address[1]}/1"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def events(self):
        items = []
        for _, envelope in self.envelopes:
            lines = envelope.splitlines()
            items += [json.loads(line) for line in lines[1:] if line.startswith("{") and '"exception"' in line]
        return items

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def sentry():
    endpoint = SentryEndpoint()
    yield endpoint
    endpoint.close()


def test_without_a_dsn_nothing_is_started():
    assert init_sentry("", "worker") is False


def test_a_failing_job_is_reported_with_its_job_but_not_its_article(sentry, redis_url, redis_conn, worker_config):
    queue = Queue(worker_config.article_queue, connection=redis_conn, serializer=JSONSerializer)
    bad = {"schema_version": 99, "url": "http://x.test/a", "site": "x", "title": "t", "body": [BODY_TEXT]}
    job = queue.enqueue("workers.jobs.process_articles", [bad])
    env = {**os.environ, "NEWSWATCH_SENTRY_DSN": sentry.dsn, "NEWSWATCH_KEY_PREFIX": worker_config.keys.prefix,
           "NEWSWATCH_ARTICLE_QUEUE": worker_config.article_queue, "NEWSWATCH_ALERT_QUEUE": worker_config.alert_queue,
           "NEWSWATCH_ALERT_URLS": worker_config.channels["default"][0]}
    result = subprocess.run([sys.executable, "-m", "newswatch", "worker", "--burst", "--simple", "--redis-url",
                             redis_url], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1  # a job failed in this run
    [event] = sentry.events()
    assert event["exception"]["values"][-1]["type"] == "MessageError"
    assert event["tags"]["component"] == "worker" and event["tags"]["job_id"] == job.id
    everything = "".join(body for _, body in sentry.envelopes)
    assert BODY_TEXT not in everything
    assert "publickey" not in result.stdout + result.stderr


BROKEN_SELECTOR_SEEDS = """
[[site]]
name = "edge"
base_url = "http://127.0.0.1:1"
allow_networks = ["127.0.0.1/32"]
start_urls = ["/news/cp1252"]
article_patterns = ["^/news/"]
rate = 100

[site.selectors]
# An operator's typo: seeds check selector names, not their syntax, so extraction raises on each article.
title = "h1..headline"
"""


@pytest.fixture
def broken_site_crawl(redis_url, secret_redis_url, redis_conn, tmp_path):
    """Runs the spider on one article page whose site's title selector is malformed; returns the output."""
    seeds = tmp_path / "broken.toml"
    seeds.write_text(BROKEN_SELECTOR_SEEDS, encoding="utf-8")
    config = load_config().with_changes(redis_url=secret_redis_url, keys=RedisKeys("nwbroken"),
                                        article_queue="broken-articles")

    def crawl(**settings):
        with EdgeSite() as site:
            env = crawl_env(config, "broken-selector", seeds=seeds, base_urls={"edge": site.url}, **settings)
            if "sentry_dsn" not in settings:
                env.pop("NEWSWATCH_SENTRY_DSN", None)
            result = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "news"], cwd=PROJECT_ROOT, env=env,
                                    capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr[-3000:]
        return site.url, result.stdout + result.stderr

    return crawl


def test_a_spider_error_is_reported_with_its_site_and_url_but_not_the_page(sentry, broken_site_crawl, redis_password):
    site_url, output = broken_site_crawl(sentry_dsn=sentry.dsn)
    [event] = sentry.events()
    assert event["exception"]["values"][-1]["type"] == "SelectorSyntaxError"
    assert event["tags"]["component"] == "spider"
    assert event["tags"]["site"] == "edge" and event["tags"]["url"] == f"{site_url}/news/cp1252"
    everything = "".join(body for _, body in sentry.envelopes)
    assert "and a dash" not in everything and "Maduro" not in everything  # the page's body and title
    assert redis_password not in everything
    assert "publickey" not in output and redis_password not in output


def test_without_a_dsn_a_crawl_says_nothing_about_sentry(broken_site_crawl):
    _, output = broken_site_crawl(log_level="DEBUG")
    assert "Spider error processing" in output  # the error happened, and went to the log only
    assert "sentry" not in output.lower()
