"""newswatch.shared.redaction: passwords and tokens masked in URLs we print, and in any text or log line quoting them."""

import io
import json
import logging
import os
import subprocess
import sys

import pytest

from newswatch.shared.logs import JsonLineFormatter
from newswatch.shared.settings import PROJECT_ROOT
from newswatch.shared.redaction import Redactor, apprise_tokens, redact_logs, redact_url, secrets_of


@pytest.mark.parametrize(("url", "printed"), [
    ("redis://127.0.0.1:6379/0", "redis://127.0.0.1:6379/0"),
    ("redis://:pw-1@127.0.0.1:6379/0", "redis://:***@127.0.0.1:6379/0"),
    ("rediss://user:pw-1@redis.internal:6380/2?ssl_ca_certs=/ca", "rediss://user:***@redis.internal:6380/2?ssl_ca_certs=/ca"),
    ("redis://user:p%40ss%2Fw@[::1]:6379/0", "redis://user:***@[::1]:6379/0"),
    ("redis://127.0.0.1:6379/0?password=pw-1", "redis://127.0.0.1:6379/0?password=***"),
    ("json://127.0.0.1:8080/hook?cto=2&token=abc123", "json://127.0.0.1:8080/hook?cto=2&token=***"),
    ("cannot reach Redis at redis://u:pw-1@h:1/0: refused", "cannot reach Redis at redis://u:***@h:1/0: refused"),
])
def test_redact_url_masks_the_password_and_tokens_written_in_a_url(url, printed):
    assert redact_url(url) == printed


@pytest.mark.parametrize(("url", "tokens"), [
    ("slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ", {"T1JJ3T3L2", "A1BRTD4JD", "TIiajkdnlazkcOXrIdevi7FQ"}),
    ("discord://4174216298/JHMHI8qBe7bk2ZwO5U711o3dV_js", {"4174216298", "JHMHI8qBe7bk2ZwO5U711o3dV_js"}),
    ("tgram://123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/-1000000001",
     {"123456789", "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", "-1000000001"}),
    ("json://127.0.0.1:8080/hook/tok-5e1f0c2a?token=q-tok-7d3b&cto=2", {"tok-5e1f0c2a", "q-tok-7d3b"}),
    ("jsons://user:s3cret-pw@hooks.example.com/alerts", {"s3cret-pw"}),
])
def test_the_tokens_of_an_apprise_url_are_its_long_parts_but_not_its_host_address(url, tokens):
    assert apprise_tokens(url) == tokens


def test_a_processs_secrets_are_its_redis_password_dsn_and_channel_urls_with_their_tokens():
    secrets = secrets_of("rediss://nw:pw%2Fsecret@redis.internal:6380/0", "https://0123abcd@sentry.example.com/42",
                         ["slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ"])
    assert {"pw%2Fsecret", "pw/secret", "https://0123abcd@sentry.example.com/42", "0123abcd",
            "slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ", "TIiajkdnlazkcOXrIdevi7FQ"} <= secrets
    assert "redis.internal" not in secrets and "nw" not in secrets


def test_a_redactor_masks_a_whole_url_before_its_parts_then_any_written_password():
    redact = Redactor(["slack://Tok-aaaa/Tok-bbbb", "Tok-bbbb"])
    assert redact("sent to slack://Tok-aaaa/Tok-bbbb, then Tok-bbbb, via redis://u:x@h/0") == (
        "sent to ***, then ***, via redis://u:***@h/0")


@pytest.fixture
def scrubbed_logs():
    """A logger whose records are made by redact_logs; yields it, a text stream and a JSON-lines stream."""
    text, lines = io.StringIO(), io.StringIO()
    logger = logging.getLogger("tests.redaction")
    handlers = [logging.StreamHandler(text), logging.StreamHandler(lines)]
    handlers[1].setFormatter(JsonLineFormatter())
    for handler in handlers:
        logger.addHandler(handler)
    factory = logging.getLogRecordFactory()
    redact_logs({"tok-5e1f0c2a9b"})
    yield logger, text, lines
    logging.setLogRecordFactory(factory)
    for handler in handlers:
        logger.removeHandler(handler)


def test_log_lines_and_their_tracebacks_are_written_without_the_secrets(scrubbed_logs):
    logger, text, lines = scrubbed_logs
    logger.warning("channel %s refused", "json://h/hook/tok-5e1f0c2a9b")
    try:
        int("redis://u:pw-42@h/0")
    except ValueError:
        logger.exception("job failed")
    assert "tok-5e1f0c2a9b" not in text.getvalue() and "pw-42" not in text.getvalue()
    assert "channel json://h/hook/*** refused" in text.getvalue()
    assert "ValueError: invalid literal for int() with base 10: 'redis://u:***@h/0'" in text.getvalue()
    records = [json.loads(line) for line in lines.getvalue().splitlines()]
    assert records[1]["message"] == "job failed" and "'redis://u:***@h/0'" in records[1]["exc_info"]
    assert "tok-5e1f0c2a9b" not in lines.getvalue() and "pw-42" not in lines.getvalue()


CRAWL_PROCESS_LOGS = """
import logging, sys
from scrapy.crawler import CrawlerProcess
from newswatch.cli.common import project_settings
CrawlerProcess(project_settings())  # what `newswatch crawl` builds; `scrapy crawl` loads the same add-ons
logging.getLogger("newswatch.test").warning("quoted: %s %s", *sys.argv[1:])
"""


def test_a_crawl_process_scrubs_its_log_lines_of_its_own_secrets():
    env = {**os.environ, "NEWSWATCH_REDIS_URL": "redis://nw:pw-crawl-77c1@127.0.0.1:1/0",
           "NEWSWATCH_ALERT_URLS": "slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ"}
    result = subprocess.run([sys.executable, "-c", CRAWL_PROCESS_LOGS, "pw-crawl-77c1", "TIiajkdnlazkcOXrIdevi7FQ"],
                            cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert "quoted: *** ***" in result.stderr, result.stderr[-2000:]
