"""What every ``newswatch`` command shares: exit codes, settings, start-up checks, failing.

Exit codes, the same for every command:

- 0 success (also a read command that found nothing: an empty queue, no alerts).
- 1 the run failed: a crawl that did not finish, jobs failed in ``worker --burst``,
  the demo site's port taken, a ``queue purge`` declined at its prompt.
- 2 invalid usage, refused before anything changes: a bad option (a Redis URL that
  cannot be parsed), an unknown site, rule, alert id, queue or failed job (the message names the known ones or the
  command listing them), ``queue purge`` off a terminal without ``--yes``.
- 3 Redis unreachable (the message names the URL, password masked).
- 4 invalid configuration: seeds or rules file, or a rule whose channel has no URL.
- 5 Chromium missing while a site needs JavaScript rendering.
- 130 ``demo`` interrupted (Ctrl-C). Elsewhere Ctrl-C ends in click's "Aborted!", exit 1,
  after a clean stop: ``crawl`` lets Scrapy close the spider, ``worker`` finishes its
  current job (RQ), ``monitor`` stops its rounds. SIGTERM, a supervisor's stop, ends
  ``worker`` and ``monitor`` with 0.

Read commands print people's text on stdout, or with ``--json`` one JSON document
on stdout; warnings and notes go to stderr.
"""

import sys

import click

from newswatch.shared.connection import connect
from newswatch.shared.errors import ConfigError, RedisUnavailable, RedisUrlInvalid

EXIT_FAILED, EXIT_USAGE, EXIT_REDIS, EXIT_CONFIG, EXIT_BROWSER = 1, 2, 3, 4, 5
EXIT_REDIS_WIPED, EXIT_INTERRUPTED = 6, 130


class CommandGroup(click.Group):
    """The ``newswatch`` group: a Redis URL that cannot be parsed, wherever a command meets it, is bad usage told in
    one line (exit 2), not a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except RedisUrlInvalid as exc:
            fail(f"{exc}; set --redis-url or NEWSWATCH_REDIS_URL to redis://HOST:PORT/DB (rediss:// for TLS, "
                 f"unix:///PATH for a socket)", EXIT_USAGE)


def project_settings(**overrides):
    """Scrapy's settings and newswatch's own (crawler.settings): the CLI runs crawls as well as workers."""
    from scrapy.settings import Settings  # noqa: PLC0415 (keeps --help fast)

    from crawler.spider_process import SETTINGS_MODULE  # noqa: PLC0415
    settings = Settings()
    settings.setmodule(SETTINGS_MODULE, priority="project")
    for name, value in overrides.items():
        if value is not None:
            settings.set(name, value, priority="cmdline")
    return settings


def fail(message, code):
    click.secho(f"error: {message}", fg="red", err=True)
    sys.exit(code)


def require_redis(url):
    try:
        connect(url).close()
    except RedisUnavailable as exc:
        fail(f"{exc}\nStart Redis or set NEWSWATCH_REDIS_URL (or --redis-url).", EXIT_REDIS)


def require_own_queues(settings):
    """Exit 4 when this deployment's queues are another key prefix's (newswatch.shared.redis_keys.claim_queues)."""
    from newswatch.shared.redis_keys import claim_queues, queue_names  # noqa: PLC0415
    connection = connect(settings.get("NEWSWATCH_REDIS_URL"))
    try:
        claim_queues(connection, settings.get("NEWSWATCH_KEY_PREFIX"), queue_names(settings))
    except ConfigError as exc:
        fail(str(exc), EXIT_CONFIG)
    finally:
        connection.close()


def require_browser(settings, sites):
    from crawler.rendering import BrowserUnavailable, check_browser  # noqa: PLC0415
    if any(s.render == "playwright" or s.playwright_patterns for s in sites):
        try:
            check_browser(settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS"), launch=True)
        except BrowserUnavailable as exc:
            fail(str(exc), EXIT_BROWSER)


def checked_sites(settings, site=None):
    """The seeds' sites (checked: exit 4 on a bad file), and ``site`` among them (exit 2 if unknown)."""
    from crawler.seeds import load_sites  # noqa: PLC0415
    try:
        sites = load_sites(settings.getlist("NEWSWATCH_SEEDS"), settings.getdict("NEWSWATCH_BASE_URLS"))
    except ConfigError as exc:
        fail(f"{exc}\nFix the seeds file (format: README, \"Seeds\").", EXIT_CONFIG)
    if site and site not in sites:
        raise click.BadParameter(f"unknown site {site!r}; seeds define: {', '.join(sorted(sites))}", param_hint="--site")
    return sites
