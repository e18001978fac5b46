"""Shared fixtures: a real Redis, the bundled news site and a webhook, all on loopback.

Redis: ``NEWSWATCH_TEST_REDIS_URL`` when set (its database is flushed!),
else a private redis-server started for the session on a free port.
"""

import os

# The bundled site's articles, and most fixtures', are dated months back: with the default window every
# test crawl would be a first crawl of old news, learned without alerting. Off here (before the settings
# module reads it, for the child processes too); tests/workers/test_first_crawls.py and
# tests/test_redis_wiped.py set it.
os.environ.setdefault("NEWSWATCH_ALERT_MAX_AGE", "0")

import pytest  # noqa: E402

from newswatch.demo.redis_server import PrivateRedis  # noqa: E402
from newswatch.shared.connection import connect  # noqa: E402
from newswatch.shared.redis_keys import RedisKeys  # noqa: E402
from newswatch.demo.webhook_receiver import WebhookReceiver  # noqa: E402
from workers import runtime  # noqa: E402
from workers.config import load_config  # noqa: E402


@pytest.fixture(scope="session")
def redis_url():
    url = os.environ.get("NEWSWATCH_TEST_REDIS_URL")
    if url:
        yield url
        return
    with PrivateRedis() as server:
        yield server.url


@pytest.fixture
def redis_conn(redis_url):
    """A real connection to an empty database, emptied again afterwards."""
    connection = connect(redis_url)
    connection.flushdb()
    yield connection
    connection.flushdb()
    connection.close()


@pytest.fixture
def webhook():
    with WebhookReceiver() as receiver:
        yield receiver


@pytest.fixture
def worker_config(redis_url, webhook):
    """Worker settings pointing at the test Redis and webhook, fast retries, made current."""
    config = load_config().with_changes(
        redis_url=redis_url,
        keys=RedisKeys("nwtest"),
        channels={"default": [webhook.apprise_url]},
        alert_retries=3,
        alert_retry_intervals=(1, 1, 1),
    )
    runtime.configure(config)
    yield config
    runtime.reset()


@pytest.fixture(scope="session")
def demo_site():
    from newswatch.demo.site import DemoSite  # noqa: PLC0415
    with DemoSite() as site:
        yield site


@pytest.fixture
def site(demo_site):
    """The bundled news site at edition 1 with its hit counters at zero."""
    demo_site.edition = 1
    demo_site.reset_hits()
    return demo_site
