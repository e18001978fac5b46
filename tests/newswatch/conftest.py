"""An operator's setting for the CLI tests: workers and the ``newswatch`` command sharing one Redis,
under a key prefix and queue names of their own.

The jobs are real: articles enqueued as the crawler enqueues them, worked by in-process burst
workers, alerts delivered to the local webhook. The command runs as a subprocess, configured
through the environment exactly as an operator's shell would configure it.
"""

import os
import subprocess
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from rq import Queue
from rq.serializers import JSONSerializer

from newswatch.shared.redis_keys import RedisKeys
from workers import runtime
from workers.draining import drain

NEWSWATCH = Path(sys.executable).with_name("newswatch")
RULES = '[[rule]]\nid = "maduro"\nany = ["Maduro"]\nseverity = "high"\nthrottle_minutes = 0\n'


@dataclass
class Operator:
    config: object
    connection: object
    env: dict

    @staticmethod
    def argv(*args):
        return [str(NEWSWATCH), *args]

    def run(self, *args, timeout=60):
        """``newswatch ARGS`` in a subprocess whose standard input is not a terminal."""
        return subprocess.run(self.argv(*args), stdin=subprocess.DEVNULL, capture_output=True, text=True,
                              env=self.env, timeout=timeout)

    def queue(self, name):
        return Queue(name, connection=self.connection, serializer=JSONSerializer)

    def enqueue_articles(self, *messages):
        """One batch job, as the crawler's pipeline enqueues it."""
        return self.queue(self.config.article_queue).enqueue_call(
            "workers.jobs.process_articles", args=(list(messages),), description="process articles")

    def work(self):
        assert drain(self.connection, self.config, timeout=60)


@pytest.fixture
def operator(redis_conn, redis_url, worker_config, webhook, tmp_path):
    """Workers and the CLI on one Redis, with a unique prefix and queues, and a rule that never throttles."""
    unique = uuid.uuid4().hex[:8]
    rules = tmp_path / "rules.toml"
    rules.write_text(RULES, encoding="utf-8")
    config = worker_config.with_changes(keys=RedisKeys(f"nwcli{unique}"), rules_path=str(rules),
                                        article_queue=f"articles-{unique}", alert_queue=f"alerts-{unique}")
    runtime.configure(config)
    env = {**os.environ, "NEWSWATCH_REDIS_URL": redis_url, "NEWSWATCH_KEY_PREFIX": config.keys.prefix,
           "NEWSWATCH_ARTICLE_QUEUE": config.article_queue, "NEWSWATCH_ALERT_QUEUE": config.alert_queue,
           "NEWSWATCH_RULES": str(rules), "NEWSWATCH_ALERT_URLS": webhook.apprise_url}
    return Operator(config, redis_conn, env)
