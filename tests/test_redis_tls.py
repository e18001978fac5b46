"""A production-like Redis, for real: a private redis-server speaking TLS only on loopback, with a certificate from a
CA made for this run, and an ACL user with a password. Every process reaches it through one ``rediss://`` URL
(user, password, and the CA in the query): ``newswatch crawl`` runs the real spider on the bundled site, a
``newswatch worker`` turns its articles into stream events and alerts, ``newswatch status`` reports them.

No output carries the password, the alert channel's token or the Sentry DSN, logs at DEBUG as JSON lines
included; a wrong password, a plain ``redis://`` URL or an untrusted certificate stop each command at once
(exit 3) with a message that says what is wrong.
"""

import json
import subprocess
import sys
import time
from collections import Counter

import pytest
from rq import Worker

from newswatch.demo.runner import crawl_env, demo_base_urls
from newswatch.demo.redis_server import PrivateRedis
from newswatch.shared.connection import connect
from newswatch.shared.redis_keys import RedisKeys
from newswatch.shared.settings import PROJECT_ROOT
from newswatch.demo.webhook_receiver import WebhookReceiver
from tests.certificates import write_tls_files
from tests.sentry_endpoint import SentryEndpoint
from workers.config import load_config
from workers.events import ArticleEvent

pytestmark = pytest.mark.integration
USER, PASSWORD, WRONG_PASSWORD = "nwtls", "pw-tls-1c9e7a", "pw-wrong-0f3a"
TOKEN = "tok-tls-4b2d8f"  # the alert channel's token, in its Apprise URL's path and query
DSN_KEY = "publickey"  # the Sentry DSN's key (tests.sentry_endpoint)
SECRETS = (PASSWORD, WRONG_PASSWORD, TOKEN, DSN_KEY)
RULES = '[[rule]]\nid = "maduro"\nterms = ["Maduro"]\nthrottle_minutes = 0\n'


def newswatch(*args, env, timeout=300):
    return subprocess.run([sys.executable, "-m", "newswatch", *args], cwd=PROJECT_ROOT, env=env, capture_output=True,
                          text=True, timeout=timeout)


def output(result):
    return result.stdout + result.stderr


def channel_url(webhook):
    host_port = webhook.apprise_url.split("/")[2]
    return f"json://{host_port}/alerts/{TOKEN}?token={TOKEN}&cto=2&rto=5"


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory):
    return write_tls_files(tmp_path_factory.mktemp("tls"))


@pytest.fixture(scope="module")
def server(tls_files):
    with PrivateRedis(password=PASSWORD, username=USER, tls=tls_files) as redis_server:
        yield redis_server


@pytest.fixture(scope="module")
def operator_env(server, demo_site, tmp_path_factory):
    """What an operator's shell holds: the rediss:// URL, a Sentry DSN, an alert channel with a token, JSON logs at
    DEBUG; yields it with the webhook, the Sentry endpoint and the config."""
    rules = tmp_path_factory.mktemp("rules") / "rules.toml"
    rules.write_text(RULES, encoding="utf-8")
    config = load_config().with_changes(redis_url=server.url, keys=RedisKeys("nwtls"), article_queue="tls-articles",
                                        alert_queue="tls-alerts", rules_path=str(rules))
    sentry, webhook = SentryEndpoint(), WebhookReceiver().start()
    env = crawl_env(config, "tls-crawl", base_urls=demo_base_urls(demo_site), revisit_after=0, conditional_requests=0,
                    log_format="json", log_level="DEBUG", sentry_dsn=sentry.dsn, alert_queue=config.alert_queue,
                    rules=str(rules), alert_urls=channel_url(webhook))
    yield {"env": env, "config": config, "webhook": webhook, "sentry": sentry}
    webhook.stop()
    sentry.close()


@pytest.fixture(scope="module")
def pipeline(server, operator_env, demo_site):
    """One crawl of the bundled site, a burst worker on what it enqueued, then the status: each command's result."""
    demo_site.edition = 1
    demo_site.reset_hits()
    env = operator_env["env"]
    crawl = newswatch("crawl", "--verbose", env=env)
    assert crawl.returncode == 0, crawl.stderr[-3000:]
    worker = newswatch("worker", "--burst", env=env)
    assert worker.returncode == 0, worker.stderr[-3000:]
    return {"crawl": crawl, "worker": worker,
            "status": newswatch("status", env=env), "status --json": newswatch("status", "--json", env=env),
            "alerts list": newswatch("alerts", "list", env=env),
            "alerts test": newswatch("alerts", "test", "Maduro speaks", env=env),
            "queue peek": newswatch("queue", "peek", env=env)}


def test_a_crawl_and_a_worker_carry_every_article_to_the_stream_once(pipeline, server, operator_env, demo_site):
    connection = connect(server.url)
    events = [event for _, fields in connection.xrange(operator_env["config"].keys.stream)
              if (event := ArticleEvent.from_stream_fields(fields)).event == "new"]  # story developments aside
    connection.close()
    expected = demo_site.expected(1)
    assert sorted(e.article["canonical_url"] for e in events) == sorted([*expected["articles"],
                                                                         *expected["partner_urls"]])
    assert set(Counter(e.article_id for e in events).values()) == {1}


def test_the_worker_sends_the_alerts_of_the_crawl(pipeline, operator_env, demo_site):
    alerted = {line.split("Link: ")[1] for message in operator_env["webhook"].received
               for line in message["message"].splitlines() if line.startswith("Link: ")}
    assert set(demo_site.expected(1)["maduro_urls"]) <= alerted


def test_status_reads_the_finished_crawl_and_the_stream(pipeline):
    snapshot = json.loads(pipeline["status --json"].stdout)
    assert snapshot["crawl"]["id"] == "tls-crawl" and snapshot["crawl"]["status"] == "finished"
    assert snapshot["stream"]["length"] > 0
    assert "crawl tls-crawl (news): finished" in pipeline["status"].stdout


def test_the_redis_url_is_shown_with_its_password_masked(pipeline):
    assert f"worker on rediss://{USER}:***@127.0.0.1:" in pipeline["worker"].stdout


@pytest.mark.parametrize("command", ["crawl", "worker", "status", "status --json", "alerts list", "alerts test",
                                     "queue peek"])
def test_no_output_of_a_command_carries_a_secret(pipeline, command):
    result = pipeline[command]
    assert output(result).strip()
    for secret in SECRETS:
        assert secret not in output(result), f"{secret!r} in the output of {command}"


def test_the_crawl_and_the_worker_logged_at_debug_as_json_lines(pipeline):
    for command in ("crawl", "worker"):
        logged = [json.loads(line) for line in pipeline[command].stderr.splitlines() if line.startswith("{")]
        assert any(record["level"] == "DEBUG" for record in logged), command


@pytest.mark.parametrize("command", [("status",), ("crawl", "--site", "clashwire"), ("worker", "--burst"),
                                     ("alerts", "list"), ("queue", "peek")])
def test_a_wrong_password_stops_a_command_at_once_naming_the_url_but_not_the_password(server, operator_env, command):
    env = {**operator_env["env"], "NEWSWATCH_REDIS_URL": server.url.replace(f":{PASSWORD}@", f":{WRONG_PASSWORD}@")}
    result = newswatch(*command, env=env, timeout=60)
    assert result.returncode == 3, output(result)[-2000:]
    assert f"cannot reach Redis at rediss://{USER}:***@127.0.0.1:" in result.stderr
    assert "invalid username-password pair" in result.stderr
    for secret in SECRETS:
        assert secret not in output(result)


def test_a_plain_redis_url_to_the_tls_port_says_to_use_rediss(server, operator_env):
    plain = "redis://" + server.url.split("://", 1)[1].split("?")[0]
    result = newswatch("status", env={**operator_env["env"], "NEWSWATCH_REDIS_URL": plain}, timeout=60)
    assert result.returncode == 3
    assert "if it speaks TLS only, use a rediss:// URL" in result.stderr
    assert PASSWORD not in output(result)


def test_a_certificate_from_an_unknown_ca_is_refused_with_how_to_trust_it(server, operator_env):
    without_ca = server.url.split("?")[0]
    result = newswatch("status", env={**operator_env["env"], "NEWSWATCH_REDIS_URL": without_ca}, timeout=60)
    assert result.returncode == 3
    assert "certificate verify failed" in result.stderr and "add ?ssl_ca_certs=" in result.stderr
    assert PASSWORD not in output(result)


def wait_until(condition, timeout, what):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def test_a_worker_waits_out_a_restart_of_its_tls_redis_and_warns_without_the_password(tls_files, operator_env,
                                                                                       tmp_path):
    with PrivateRedis(password=PASSWORD, username=USER, tls=tls_files, appendonly=True) as server:
        connection = connect(server.url)
        env = {**operator_env["env"], "NEWSWATCH_REDIS_URL": server.url, "NEWSWATCH_REDIS_RETRY_SECONDS": "60"}
        log_path = tmp_path / "worker.log"
        with log_path.open("w") as log:
            worker = subprocess.Popen([sys.executable, "-m", "newswatch", "worker"], cwd=PROJECT_ROOT, env=env,
                                      stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_until(lambda: Worker.all(connection=connection), 60, "the worker to start")
            port = int(server.url.split("@")[1].split("/")[0].rsplit(":", 1)[1])
            server.stop(keep_data=True)
            time.sleep(2)
            server.start(port=port)
            wait_until(lambda: "answers again" in log_path.read_text() or worker.poll() is not None, 60,
                       "the worker to find Redis again")
            assert worker.poll() is None, log_path.read_text()[-3000:]
        finally:
            worker.terminate()
            worker.wait(timeout=30)
            connection.close()
    logged = log_path.read_text()
    warnings = [json.loads(line) for line in logged.splitlines() if "does not answer" in line]
    assert warnings, logged[-3000:]  # one per connection that waited: the worker's own, its pub/sub listener's
    for warning in warnings:
        assert warning["level"] == "WARNING"
        assert f"Redis at rediss://{USER}:***@127.0.0.1:{port}/0" in warning["message"]
    for secret in SECRETS:
        assert secret not in logged
