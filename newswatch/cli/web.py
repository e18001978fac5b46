"""``newswatch web``: serve the on-call web view with waitress (a production WSGI server, pure Python).

Bound to 127.0.0.1 by default: put it behind a reverse proxy with TLS to reach it from
elsewhere, and give --host to listen on another address deliberately.
"""

import logging

import click

from newswatch.cli import common as cli
from newswatch.shared.connection import connect
from newswatch.shared.errors import ConfigError

logger = logging.getLogger(__name__)


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", default=8090, show_default=True, type=click.IntRange(1, 65535))
@click.option("--threads", default=4, show_default=True, type=click.IntRange(1, 64))
@click.option("--redis-url", help="Overrides NEWSWATCH_REDIS_URL.")
def web(host, port, threads, redis_url):
    """Serve the web view: alerts, why they matched, article versions, stories, and the actions."""
    import waitress  # noqa: PLC0415

    app = build_app(cli.project_settings(NEWSWATCH_REDIS_URL=redis_url))
    click.echo(f"newswatch web on http://{'[' + host + ']' if ':' in host else host}:{port}/ (Ctrl-C stops)")
    try:
        waitress.serve(app, host=host, port=port, threads=threads, ident="newswatch")
    except OSError as exc:
        cli.fail(f"cannot listen on {host}:{port}: {exc.strerror}; choose --port", cli.EXIT_FAILED)


def build_app(settings):
    """The Flask app from the project settings: exits 4 on bad users or rules, 3 when Redis is unreachable."""
    from newswatch.web.app import create_app  # noqa: PLC0415
    from newswatch.web.auth import Users  # noqa: PLC0415
    from workers.config import load_config  # noqa: PLC0415
    from workers.rules import load_rules  # noqa: PLC0415
    try:
        users = Users.from_settings(settings)
        config = load_config(settings)
        rules = load_rules(config.rules_path, channels=None)
    except (ConfigError, ValueError) as exc:
        cli.fail(str(exc), cli.EXIT_CONFIG)
    cli.require_redis(config.redis_url)
    return create_app(connect(config.redis_url), config, users, rules, settings.get("NEWSWATCH_WEB_SECRET_KEY"),
                      settings.get("NEWSWATCH_PUBLIC_URL"))
