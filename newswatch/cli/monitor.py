"""``newswatch monitor``: keep the seeds' sites under watch, and watch the pipeline itself."""

import os
import signal
import threading

import click

from newswatch.shared.connection import connect, redact_url
from newswatch.shared.errors import ConfigError
from newswatch.shared.settings import BUNDLED_SEEDS
from newswatch.cli.common import (EXIT_CONFIG, checked_sites, fail, project_settings, require_browser, require_own_queues,
                                  require_redis)


@click.command()
@click.option("--site", "only", multiple=True, help="Watch this site only (repeatable; default: every site).")
@click.option("--seeds", multiple=True, type=click.Path(exists=True, dir_okay=False), help="Seeds file(s).")
@click.option("--redis-url", help="Overrides NEWSWATCH_REDIS_URL.")
@click.option("--verbose", is_flag=True, help="Scrapy's own log lines from the rounds too (default: warnings only).")
def monitor(only, seeds, redis_url, verbose):
    """Crawl each site at its interval, revisit recent articles, raise self-monitoring alerts, run the canary.

    Run two for safety: only the one holding the lease in Redis acts; the other takes over when it dies.
    Stops on Ctrl-C or SIGTERM, stopping its crawl rounds cleanly.
    """
    from newswatch.monitor.config import MonitorConfig  # noqa: PLC0415
    from newswatch.monitor.loop import Monitor  # noqa: PLC0415
    from workers.config import load_config  # noqa: PLC0415
    from workers.runtime import canary_rules  # noqa: PLC0415
    settings = project_settings(NEWSWATCH_REDIS_URL=redis_url, NEWSWATCH_SEEDS=list(seeds) or None)
    sites = checked_sites(settings, None)
    for name in only:
        if name not in sites:
            raise click.BadParameter(f"unknown site {name!r}; seeds define: {', '.join(sorted(sites))}",
                                     param_hint="--site")
    sites = {name: site for name, site in sites.items() if not only or name in only}
    config = load_config(settings)
    try:
        monitor_config = MonitorConfig.from_settings(settings)
    except ValueError as exc:
        fail(str(exc), EXIT_CONFIG)
    watch_channel = monitor_config.watch_channel
    if not config.channels.get(watch_channel):
        fail(f"NEWSWATCH_WATCH_CHANNEL names channel {watch_channel!r}, which has no Apprise URL: set "
             f"NEWSWATCH_ALERT_CHANNELS (or NEWSWATCH_ALERT_URLS for \"default\")", EXIT_CONFIG)
    try:
        canary_rules(config)
    except ConfigError as exc:
        fail(str(exc), EXIT_CONFIG)
    require_redis(config.redis_url)
    require_own_queues(settings)
    require_browser(settings, sites.values())
    if settings.getlist("NEWSWATCH_SEEDS") == [str(BUNDLED_SEEDS / "demo.toml")]:
        click.echo("note: monitoring the bundled demo seeds (the demo news site); set NEWSWATCH_SEEDS to your "
                   "own seeds file (README, \"Seeds\")", err=True)
    crawl_env = {**os.environ, "NEWSWATCH_REDIS_URL": config.redis_url,
                 "NEWSWATCH_SEEDS": " ".join(settings.getlist("NEWSWATCH_SEEDS")),
                 "NEWSWATCH_LOG_LEVEL": settings.get("LOG_LEVEL") if verbose else "WARNING"}
    from crawler.security.ssrf import policy_from_settings  # noqa: PLC0415
    policy = policy_from_settings(settings)
    stopping = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopping.set())
    click.echo(f"monitor on {redact_url(config.redis_url)}: {len(sites)} site(s) {', '.join(sorted(sites))}")
    try:
        Monitor(connect(config.redis_url), config, monitor_config, sites, crawl_env,
                out=lambda line: click.echo(line), policy=policy).run(stopping.is_set)
    except KeyboardInterrupt:
        click.echo("monitor stopped")
        raise click.Abort from None  # Ctrl-C: "Aborted!", exit 1; SIGTERM (a supervisor's stop) is a clean end
    click.echo("monitor stopped")
