"""What every ``newswatch`` command shares: exit codes, settings, start-up checks, failing.

Exit codes: 0 success; 1 the run failed; 2 invalid usage; 3 Redis
unreachable; 4 invalid seeds or rules file; 5 Chromium missing; 130 interrupted.
"""

import sys

import click

from crawler.connection import connect
from crawler.errors import RedisUnavailable

EXIT_FAILED, EXIT_REDIS, EXIT_CONFIG, EXIT_BROWSER, EXIT_INTERRUPTED = 1, 3, 4, 5, 130


def project_settings(**overrides):
    from workers.config import project_settings as load  # noqa: PLC0415 (keeps --help fast)
    settings = load()
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


def require_browser(settings, sites):
    from crawler.rendering import BrowserUnavailable, check_browser  # noqa: PLC0415
    if any(s.render == "playwright" or s.playwright_patterns for s in sites):
        try:
            check_browser(settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS"))
        except BrowserUnavailable as exc:
            fail(str(exc), EXIT_BROWSER)
