"""JS pages need Chromium: a crawl that cannot have it says so at once instead of hanging."""

import json
import subprocess
import sys
import time

import pytest

from crawler.rendering import BrowserUnavailable, check_browser, should_abort_request
from crawler.spider_process import spider_command, spider_env
from newswatch.demo.runner import crawl_env
from newswatch.shared.redis_keys import RedisKeys
from workers.config import load_config

pytestmark = pytest.mark.integration


def crawl(site, redis_url, chromium_path):
    env = {**__import__("os").environ, "NEWSWATCH_CHROMIUM_PATH": chromium_path, "NEWSWATCH_KEY_PREFIX": "nwrender",
           "NEWSWATCH_BASE_URLS": json.dumps({"clashwire": site.base_url, "partner-daily": site.partner_url})}
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "newswatch", "crawl", "--site", "clashwire", "--redis-url",
                             redis_url], capture_output=True, text=True, env=env, timeout=180)
    return result, time.monotonic() - started


def test_a_missing_chromium_is_refused_at_start_with_what_to_do(site, redis_url):
    result, _ = crawl(site, redis_url, "/nonexistent/chromium")
    assert result.returncode == 5
    assert "Chromium not found at /nonexistent/chromium" in result.stderr
    assert "playwright install chromium" in result.stderr
    assert site.hits() == {}


def test_a_chromium_that_cannot_start_is_refused_at_start_too(site, redis_url):
    # There, but not working (an image without one of its libraries): `crawl` and `monitor` launch it once first.
    result, _ = crawl(site, redis_url, "/bin/false")
    assert result.returncode == 5
    assert "Chromium could not start" in result.stderr
    assert site.hits() == {}


def test_a_chromium_that_cannot_launch_closes_a_spider_promptly(site, redis_url, redis_conn):
    # A spider started without that check (a monitor round whose Chromium broke since the monitor started).
    env = {**crawl_env(load_config().with_changes(redis_url=redis_url, keys=RedisKeys("nwrender")), "render",
                       base_urls={"clashwire": site.base_url, "partner-daily": site.partner_url}),
           "NEWSWATCH_CHROMIUM_PATH": "/bin/false"}
    started = time.monotonic()
    result = subprocess.run(spider_command("clashwire"), env=spider_env(env), capture_output=True, text=True,
                            timeout=180)
    assert result.returncode == 0, result.stderr  # Scrapy's: the reason is in the crawl's stats
    reason = redis_conn.hget(RedisKeys("nwrender").crawl_stats("render"), "finish_reason")
    assert reason.decode().startswith("browser_failed")
    assert time.monotonic() - started < 60


def test_check_browser_names_a_path_that_is_not_executable(tmp_path):
    fake = tmp_path / "chromium"
    fake.write_text("not a program")
    with pytest.raises(BrowserUnavailable, match=str(fake)):
        check_browser({"executable_path": str(fake)})


@pytest.mark.parametrize(("resource", "skipped"), [("image", True), ("font", True), ("document", False),
                                                    ("script", False), ("xhr", False)])
def test_only_resources_without_text_are_skipped(resource, skipped):
    assert should_abort_request(type("R", (), {"resource_type": resource})()) is skipped
