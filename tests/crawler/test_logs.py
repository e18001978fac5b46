"""Log lines are JSON objects, one a line, with the crawl's or the job's ids when NEWSWATCH_LOG_FORMAT=json;
text stays the default.

A real crawl of the bundled site (``scrapy crawl news`` in a child process) and a real burst worker
(``newswatch worker``) on the articles it enqueued, both reaching Redis with a password no line may carry.
"""

import json
import os
import re
import subprocess
import sys
from datetime import datetime, timedelta

import pytest
from rq import Queue
from rq.registry import FailedJobRegistry
from rq.serializers import JSONSerializer

from newswatch.demo.runner import crawl_env, demo_base_urls
from newswatch.shared.connection import connect
from newswatch.shared.logs import FIELDS
from newswatch.shared.redis_keys import RedisKeys
from newswatch.shared.settings import PROJECT_ROOT
from newswatch.demo.webhook_receiver import WebhookReceiver
from workers.config import load_config

pytestmark = pytest.mark.integration
CRAWL_ID = "logs-json"
RULES = '[[rule]]\nid = "maduro"\nterms = ["Maduro"]\nthrottle_minutes = 0\n'
BAD_BODY = "ARTICLE-TEXT-OF-A-BAD-MESSAGE"
LEVELS = {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}
TEXT_LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \[[\w.-]+\] (DEBUG|INFO|WARNING|ERROR|CRITICAL): ")


def run(command, env):
    return subprocess.run(command, cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=240)


def crawl(config, site, **settings):
    env = crawl_env(config, settings.pop("crawl_id", CRAWL_ID), base_urls=demo_base_urls(site), **settings)
    if "log_format" not in settings:
        env.pop("NEWSWATCH_LOG_FORMAT", None)  # the default, whatever the environment of the tests
    result = run([sys.executable, "-m", "scrapy", "crawl", "news"], env)
    assert result.returncode == 0, result.stderr[-3000:]
    return result


@pytest.fixture(scope="module")
def config(redis_url, secret_redis_url):
    connection = connect(redis_url)
    connection.flushdb()
    yield load_config().with_changes(redis_url=secret_redis_url, keys=RedisKeys("nwlogs"),
                                     article_queue="logs-articles", alert_queue="logs-alerts")
    connection.flushdb()
    connection.close()


@pytest.fixture(scope="module")
def json_crawl(config, demo_site):
    demo_site.edition = 1
    demo_site.reset_hits()
    result = crawl(config, demo_site, log_format="json", log_level="DEBUG")
    return {"result": result, "lines": result.stderr.splitlines(), "site": demo_site}


@pytest.fixture(scope="module")
def json_worker(json_crawl, config, redis_url, tmp_path_factory):
    """A burst worker on the crawl's articles and one malformed message, its alerts' channel down."""
    rules = tmp_path_factory.mktemp("rules") / "rules.toml"
    rules.write_text(RULES, encoding="utf-8")
    connection = connect(redis_url)
    bad = {"schema_version": 99, "url": "http://x.test/a", "site": "x", "title": "t", "body": [BAD_BODY]}
    bad_job = Queue(config.article_queue, connection=connection, serializer=JSONSerializer).enqueue(
        "workers.jobs.process_articles", [bad])
    with WebhookReceiver() as webhook:
        webhook.fail_with = 503
        env = {**os.environ, "NEWSWATCH_LOG_FORMAT": "json", "NEWSWATCH_LOG_LEVEL": "DEBUG",
               "NEWSWATCH_KEY_PREFIX": config.keys.prefix, "NEWSWATCH_ARTICLE_QUEUE": config.article_queue,
               "NEWSWATCH_ALERT_QUEUE": config.alert_queue, "NEWSWATCH_RULES": str(rules),
               "NEWSWATCH_ALERT_URLS": webhook.apprise_url, "NEWSWATCH_ALERT_RETRIES": "1",
               "NEWSWATCH_ALERT_RETRY_INTERVALS": "1"}
        result = run([sys.executable, "-m", "newswatch", "worker", "--burst", "--simple", "--redis-url",
                      config.redis_url], env)
        webhook_address = webhook.apprise_url.split("/")[2]  # host:port
    alert_queue = Queue(config.alert_queue, connection=connection, serializer=JSONSerializer)
    failed_alerts = set(FailedJobRegistry(queue=alert_queue).get_job_ids())
    connection.close()
    return {"result": result, "lines": result.stderr.splitlines(), "bad_job": bad_job.id,
            "failed_alerts": failed_alerts, "webhook": webhook_address}


def records(lines):
    return [json.loads(line) for line in lines]


def is_json_record(line):
    try:
        return "level" in json.loads(line)
    except (ValueError, TypeError):
        return False


def test_every_line_of_a_crawl_is_one_json_object(json_crawl):
    assert len(json_crawl["lines"]) > 50
    for record in records(json_crawl["lines"]):
        assert isinstance(record, dict)


def test_each_line_has_time_in_utc_level_logger_and_message(json_crawl):
    for record in records(json_crawl["lines"]):
        assert datetime.fromisoformat(record["time"]).utcoffset() == timedelta(0)
        assert record["level"] in LEVELS and record["logger"] and "message" in record


def test_lines_carry_named_fields_only_not_the_objects_libraries_attach(json_crawl):
    for record in records(json_crawl["lines"]):
        assert set(record) <= set(FIELDS), record


def test_lines_after_the_crawl_starts_carry_its_crawl_id(json_crawl):
    logged = records(json_crawl["lines"])
    start = next(i for i, r in enumerate(logged) if r["message"].startswith(f"started crawl {CRAWL_ID}"))
    assert start < len(logged) - 10
    assert [r for r in logged[start:] if r.get("crawl_id") != CRAWL_ID] == []
    assert [r for r in logged[start:] if r.get("spider") != "news"] == []


def test_page_lines_name_the_site_of_the_page(json_crawl):
    site = json_crawl["site"]
    crawled = [r for r in records(json_crawl["lines"]) if r["message"].startswith("Crawled (")
               and "robots.txt" not in r["message"]]
    assert {r["site"] for r in crawled} == {"clashwire", "partner-daily"}
    for record in crawled:
        base = {"clashwire": site.base_url, "partner-daily": site.partner_url}[record["site"]]
        assert f"<GET {base}/" in record["message"]


def test_no_crawl_line_carries_the_redis_password(json_crawl, redis_password):
    assert redis_password not in json_crawl["result"].stdout + json_crawl["result"].stderr


def test_a_workers_lines_are_json_but_for_its_closing_notice(json_worker):
    assert json_worker["result"].returncode == 1  # the alerts' channel is down and a message is malformed
    *logs, notice = json_worker["lines"]
    assert records(logs) and notice.startswith("failed jobs stay in RQ's failed registry")


def test_lines_logged_during_a_job_carry_its_job_queue_and_worker(json_worker, config):
    delivery = [r for r in records(json_worker["lines"][:-1]) if r["logger"] == "workers.delivery"]
    assert delivery and json_worker["failed_alerts"]
    for record in delivery:
        assert record["job_id"] in json_worker["failed_alerts"]
        assert record["queue"] == config.alert_queue and record["worker"]


def test_a_failed_job_is_logged_with_its_id_but_not_its_arguments(json_worker):
    lines = [r for r in records(json_worker["lines"][:-1]) if r.get("job_id") == json_worker["bad_job"]]
    [refusal] = [r for r in lines if r["level"] == "WARNING"]  # the message refused, with its reason
    [failure] = [r for r in lines if r["level"] == "ERROR"]  # then the job failed, naming it
    assert "unsupported schema_version 99" in refusal["message"] and "unsupported schema_version 99" in failure["message"]
    assert BAD_BODY not in json_worker["result"].stderr


def test_no_worker_line_carries_the_redis_password(json_worker, redis_password):
    assert redis_password not in json_worker["result"].stdout + json_worker["result"].stderr


def test_no_worker_line_carries_an_alert_channels_url_even_at_debug(json_worker):
    assert json_worker["webhook"] not in json_worker["result"].stderr  # Apprise URLs hold tokens


def test_text_is_the_default(json_crawl, config, demo_site, redis_password):
    result = crawl(config, demo_site, crawl_id="logs-text", log_level="INFO")
    lines = result.stderr.splitlines()
    assert TEXT_LINE.match(lines[0]) and " [scrapy.utils.log] INFO: Scrapy " in lines[0]
    assert len([line for line in lines if TEXT_LINE.match(line)]) > 10
    assert not any(is_json_record(line) for line in lines)
    assert redis_password not in result.stdout + result.stderr


def test_an_unknown_log_format_stops_a_worker_at_start_up(redis_url):
    env = {**os.environ, "NEWSWATCH_LOG_FORMAT": "xml"}
    result = run([sys.executable, "-m", "newswatch", "worker", "--burst", "--redis-url", redis_url], env)
    assert result.returncode == 4  # EXIT_CONFIG
    assert "NEWSWATCH_LOG_FORMAT: is 'xml'; use text or json" in result.stderr
