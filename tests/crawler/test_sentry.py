"""Errors of workers and spiders reach Sentry as real envelopes at a local endpoint, without article text or
secrets; no DSN, no reporting and not a word about it."""

import os
import subprocess
import sys

import pytest
from rq import Queue
from rq.serializers import JSONSerializer

from newswatch.demo.runner import crawl_env
from newswatch.shared.redis_keys import RedisKeys
from newswatch.shared.sentry import init_sentry
from newswatch.shared.settings import PROJECT_ROOT
from tests.crawler.edge_site import EdgeSite
from tests.sentry_endpoint import SentryEndpoint
from workers.config import load_config

pytestmark = pytest.mark.integration
BODY_TEXT = "SECRET-ARTICLE-TEXT that must never leave the worker"
CHANNEL_TOKEN = "tok-5e1f0c2a9b"  # in an alert channel's Apprise URL, as webhook services put their tokens


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


def test_a_worker_reports_errors_without_the_secrets_of_its_command_line_or_its_error_messages(
        sentry, redis_conn, secret_redis_url, redis_password, worker_config, webhook):
    channel = f"{webhook.apprise_url.split('?')[0]}/{CHANNEL_TOKEN}?token={CHANNEL_TOKEN}"
    queue = Queue(worker_config.article_queue, connection=redis_conn, serializer=JSONSerializer)
    for secret_bearing in (channel, secret_redis_url):  # int() quotes what it cannot read, as many errors quote input
        queue.enqueue("builtins.int", secret_bearing)
    env = {**os.environ, "NEWSWATCH_SENTRY_DSN": sentry.dsn, "NEWSWATCH_KEY_PREFIX": worker_config.keys.prefix,
           "NEWSWATCH_ARTICLE_QUEUE": worker_config.article_queue, "NEWSWATCH_ALERT_QUEUE": worker_config.alert_queue,
           "NEWSWATCH_ALERT_URLS": channel, "NEWSWATCH_LOG_LEVEL": "DEBUG",
           "NEWSWATCH_EXTRA_JOB_FUNCTIONS": "builtins.int"}  # not a newswatch job: allowed for this test
    result = subprocess.run([sys.executable, "-m", "newswatch", "worker", "--burst", "--simple", "--redis-url",
                             secret_redis_url], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stderr[-3000:]  # both jobs failed
    events = sentry.events()
    assert [e["exception"]["values"][-1]["type"] for e in events] == ["ValueError", "ValueError"]
    assert all("***" in e["exception"]["values"][-1]["value"] for e in events)  # the message kept, its secret masked
    assert "--redis-url" in events[0]["extra"]["sys.argv"]  # the command line is reported, its password masked
    everything = "".join(body for _, body in sentry.envelopes)
    assert redis_password not in everything and CHANNEL_TOKEN not in everything
    output = result.stdout + result.stderr
    assert "invalid literal for int()" in output  # the failures are logged, tracebacks included...
    assert redis_password not in output and CHANNEL_TOKEN not in output and "publickey" not in output  # ...scrubbed


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

    def crawl(password_in_argv=False, **settings):
        """``password_in_argv``: run `newswatch crawl --redis-url` with the password, as an operator may type it."""
        with EdgeSite() as site:
            env = crawl_env(config, "broken-selector", seeds=seeds, base_urls={"edge": site.url}, **settings)
            if "sentry_dsn" not in settings:
                env.pop("NEWSWATCH_SENTRY_DSN", None)
            command = [sys.executable, "-m", "scrapy", "crawl", "news"]
            if password_in_argv:
                env["NEWSWATCH_REDIS_URL"] = redis_url
                command = [sys.executable, "-m", "newswatch", "crawl", "--redis-url", secret_redis_url]
            result = subprocess.run(command, cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=120)
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


def test_a_crawl_given_the_redis_password_on_its_command_line_reports_without_it(sentry, broken_site_crawl,
                                                                                redis_password):
    _, output = broken_site_crawl(password_in_argv=True, sentry_dsn=sentry.dsn)
    [event] = sentry.events()
    assert event["exception"]["values"][-1]["type"] == "SelectorSyntaxError"
    assert "--redis-url" in event["extra"]["sys.argv"]
    assert redis_password not in "".join(body for _, body in sentry.envelopes)
    assert redis_password not in output


def test_without_a_dsn_a_crawl_says_nothing_about_sentry(broken_site_crawl):
    _, output = broken_site_crawl(log_level="DEBUG")
    assert "extraction_error" in output and "SelectorSyntaxError" in output  # it happened, and went to the log only
    assert "sentry" not in output.lower()
