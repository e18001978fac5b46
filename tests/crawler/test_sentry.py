"""Errors reach Sentry as real envelopes at a local endpoint, without article text; no DSN, no reporting."""

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

from crawler.sentry import init_sentry

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
