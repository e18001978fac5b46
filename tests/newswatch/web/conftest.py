"""A real crawl of the bundled site (two editions, real spider, workers and webhook) behind a real
``newswatch web`` server on loopback, for the web view's tests."""

import re
import threading

import pytest
import waitress

from newswatch.demo.runner import crawl_env, demo_base_urls, run_crawl
from newswatch.demo.redis_server import free_port
from newswatch.shared.connection import connect
from newswatch.shared.redis_keys import RedisKeys
from newswatch.web.app import create_app
from newswatch.web.auth import Users, parse_users
from newswatch.demo.webhook_receiver import WebhookReceiver
from workers import runtime
from workers.config import load_config
from workers.draining import drain
from workers.rules import load_rules

RESPONDER_TOKEN = "responder-token-0123456789"
VIEWER_TOKEN = "viewer-token-0123456789abc"
USERS = f"ana:responder:{RESPONDER_TOKEN} vic:viewer:{VIEWER_TOKEN}"
OPEN_LINK = re.compile(r"^Open: (\S+)$", re.M)
RULES = ('[[rule]]\nid = "maduro"\nany = ["Maduro"]\nseverity = "high"\nthrottle_minutes = 0\n'
         'description = "Venezuela\'s president"\n')


class WebServer:
    """``newswatch web``'s app served by waitress on a free loopback port, in a thread, until closed."""

    def __init__(self, app):
        self.port = free_port()
        self.server = waitress.create_server(app, host="127.0.0.1", port=self.port, threads=4)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.url = f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.close()
        self.thread.join(timeout=5)


class World:
    """Redis after crawls of the bundled site, the worker config, the webhook and the web server."""

    def __init__(self, connection, config, webhook, demo_site, server):
        self.connection, self.config, self.webhook, self.site, self.server = (connection, config, webhook,
                                                                               demo_site, server)

    def crawl(self, edition):
        """Crawl one edition of the site and drain the workers; the webhook messages it brought."""
        self.site.edition = edition
        before = len(self.webhook.received)
        env = crawl_env(self.config, f"web-edition{edition}", base_urls=demo_base_urls(self.site), revisit_after=0,
                        conditional_requests=0)
        run_crawl(env, timeout=300)
        assert drain(self.connection, self.config, timeout=120), "queues did not drain"
        return self.webhook.received[before:]

    def links(self, messages):
        return [found.group(1) for message in messages for found in OPEN_LINK.finditer(message["message"])]


@pytest.fixture(scope="module")
def world(redis_url, demo_site, tmp_path_factory):
    rules = tmp_path_factory.mktemp("rules") / "rules.toml"
    rules.write_text(RULES, encoding="utf-8")
    connection = connect(redis_url)
    keys = RedisKeys("nwweb")
    for key in connection.scan_iter(match="nwweb:*"):
        connection.delete(key)
    with WebhookReceiver() as webhook:
        config = load_config().with_changes(
            redis_url=redis_url, keys=keys, rules_path=str(rules), article_queue="web-articles",
            alert_queue="web-alerts", channels={"default": [webhook.apprise_url]}, alert_retry_intervals=(1, 1, 1),
            alert_max_age=0)
        app = create_app(connection, config, Users(parse_users(USERS)), load_rules(str(rules)))
        with WebServer(app) as server:
            config = config.with_changes(public_url=server.url)
            runtime.configure(config)
            yield World(connection, config, webhook, demo_site, server)
    runtime.reset()
    for key in connection.scan_iter(match="nwweb:*"):
        connection.delete(key)
