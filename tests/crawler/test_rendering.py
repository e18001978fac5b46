"""JS pages need Chromium: a crawl that cannot have it says so at once instead of hanging."""

import json
import subprocess
import sys
import time

import pytest

from crawler.rendering import BrowserUnavailable, check_browser, should_abort_request

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


def test_a_chromium_that_cannot_launch_closes_the_crawl_promptly(site, redis_url, redis_conn):
    result, seconds = crawl(site, redis_url, "/bin/false")
    assert result.returncode == 1
    assert "browser_failed" in result.stderr
    assert seconds < 60


def test_check_browser_names_a_path_that_is_not_executable(tmp_path):
    fake = tmp_path / "chromium"
    fake.write_text("not a program")
    with pytest.raises(BrowserUnavailable, match=str(fake)):
        check_browser({"executable_path": str(fake)})


@pytest.mark.parametrize(("resource", "skipped"), [("image", True), ("font", True), ("document", False),
                                                    ("script", False), ("xhr", False)])
def test_only_resources_without_text_are_skipped(resource, skipped):
    assert should_abort_request(type("R", (), {"resource_type": resource})()) is skipped
