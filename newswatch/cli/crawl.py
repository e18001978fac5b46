"""``newswatch crawl`` and ``newswatch stop``: run a crawl in the foreground or detached, stop it cleanly."""

import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import click

from newswatch.shared.connection import connect
from newswatch.cli.common import (EXIT_FAILED, EXIT_REDIS_WIPED, checked_sites, fail, project_settings, require_browser,
                                  require_own_queues, require_redis)
from newswatch.cli.crawl_summary import nothing_fetched, summary_line

PROGRESS_EVERY_SECONDS = 2.0
DETACH_WAIT_SECONDS = 60


@click.command()
@click.option("--site", help="Crawl this site only (a name from the seeds files).")
@click.option("--seeds", multiple=True, type=click.Path(exists=True, dir_okay=False), help="Seeds file(s).")
@click.option("--depth", type=click.IntRange(min=1), help="Follow links this deep on every site (overrides seeds).")
@click.option("--budget", type=click.IntRange(min=1), help="Fetch at most this many pages per site (overrides seeds).")
@click.option("--redis-url", help="Overrides NEWSWATCH_REDIS_URL.")
@click.option("--crawl-id", help="Identifier of this crawl in messages and stats.")
@click.option("--detach", is_flag=True, help="Check the set-up, start the crawl in the background and return.")
@click.option("--log-file", type=click.Path(dir_okay=False), help="Where a detached crawl writes (default: a temp file).")
@click.option("--quiet", is_flag=True, help="No progress lines, only the summary.")
@click.option("--verbose", is_flag=True, help="Scrapy's own log lines too (default: its warnings and errors only).")
def crawl(site, seeds, depth, budget, redis_url, crawl_id, detach, log_file, quiet, verbose):
    """Crawl the sites of the seeds files and enqueue their articles, showing progress."""
    settings = project_settings(NEWSWATCH_REDIS_URL=redis_url, NEWSWATCH_CRAWL_ID=crawl_id,
                                NEWSWATCH_SEEDS=list(seeds) or None,
                                NEWSWATCH_PROGRESS_INTERVAL=None if quiet or detach else PROGRESS_EVERY_SECONDS,
                                LOG_LEVEL=None if verbose else "WARNING")
    sites = checked_sites(settings, site)
    require_redis(settings.get("NEWSWATCH_REDIS_URL"))
    require_own_queues(settings)
    require_browser(settings, [sites[site]] if site else sites.values())
    if detach:
        _detach(settings, site, crawl_id or uuid.uuid4().hex[:12], log_file)
        return
    _run(settings, site, {"max_depth": depth, "max_pages": budget})


def _run(settings, site, limits):
    from scrapy.crawler import CrawlerProcess  # noqa: PLC0415
    process = CrawlerProcess(settings)
    crawler = process.create_crawler("news")
    process.crawl(crawler, site=site, **{name: value for name, value in limits.items() if value})
    process.start()
    stats = crawler.stats.get_stats()
    click.echo(summary_line(crawler.spider.crawl_id, stats))
    reason = stats.get("finish_reason")
    if reason == "stopped":
        click.echo("stopped by `newswatch stop`; pages still queued are fetched by the next crawl")
    elif reason == "redis_wiped":
        fail("crawl stopped: Redis was wiped while it ran (restarted without its data?): its frontier and the "
             "articles queued for workers are lost. Check Redis persistence and start the crawl again.",
             EXIT_REDIS_WIPED)
    elif reason == "shutdown":  # Ctrl-C or SIGTERM: Scrapy closed the spider
        click.echo("interrupted; pages still queued are fetched by the next crawl")
        raise click.Abort
    elif reason != "finished":
        fail(f"crawl ended: {reason}", EXIT_FAILED)
    elif (why := nothing_fetched(stats)) is not None:
        fail(f"no page could be fetched: {why}; is the site up, and are its seeds' URLs right?", EXIT_FAILED)


def _detach(settings, site, crawl_id, log_file):
    """The same command, without --detach, in a new session that outlives this one; returns once the crawl runs,
    so that a `newswatch stop` right after it finds it. The Redis URL goes by the environment, not by `ps`."""
    from crawler.frontier.store import Frontier, FrontierConfig, crawl_name  # noqa: PLC0415
    from newswatch.shared.redis_keys import RedisKeys  # noqa: PLC0415
    redis_url = settings.get("NEWSWATCH_REDIS_URL")
    args, skip = [], False
    for arg in sys.argv[1:]:
        if skip or arg == "--detach":
            skip = False
            continue
        if arg in ("--crawl-id", "--log-file", "--redis-url"):
            skip = True
            continue
        if not arg.startswith(("--crawl-id=", "--log-file=", "--redis-url=")):
            args.append(arg)
    frontier = Frontier(connect(redis_url), RedisKeys(settings.get("NEWSWATCH_KEY_PREFIX")), crawl_name("news", site),
                        FrontierConfig())
    already = frontier.state()
    log_path = Path(log_file or Path(tempfile.gettempdir()) / f"newswatch-crawl-{crawl_id}.log")
    with log_path.open("ab") as log:
        child = subprocess.Popen([sys.executable, "-m", "newswatch", *args, "--crawl-id", crawl_id, "--quiet"],
                                 stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                 start_new_session=True, env={**os.environ, "NEWSWATCH_REDIS_URL": redis_url})
    if already.get("status") in ("running", "stopping"):
        crawl_id = already["id"]  # the child joins it
    deadline = time.monotonic() + DETACH_WAIT_SECONDS
    while frontier.state().get("id") != crawl_id and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    if child.poll() not in (None, 0):
        fail(f"the crawl exited at once (status {child.returncode}); see {log_path}", EXIT_FAILED)
    click.echo(f"crawl {crawl_id} running in the background: pid {child.pid}, log {log_path}\n"
               f"watch it with `newswatch status`, stop it with `newswatch stop`")


@click.command()
@click.option("--site", help="Stop the crawl of this site only (default: every running crawl).")
@click.option("--wait", default=60, show_default=True, type=click.IntRange(min=0),
              help="Seconds to wait for the pages in flight to finish.")
@click.option("--redis-url", help="Overrides NEWSWATCH_REDIS_URL.")
def stop(site, wait, redis_url):
    """Stop crawls cleanly: no new pages, those in flight finish; what is queued waits for the next crawl."""
    from crawler.frontier.store import Frontier, FrontierConfig, crawl_name  # noqa: PLC0415
    from newswatch.shared.redis_keys import RedisKeys  # noqa: PLC0415
    settings = project_settings(NEWSWATCH_REDIS_URL=redis_url)
    if site:
        checked_sites(settings, site)
    require_redis(settings.get("NEWSWATCH_REDIS_URL"))
    connection = connect(settings.get("NEWSWATCH_REDIS_URL"))
    keys = RedisKeys(settings.get("NEWSWATCH_KEY_PREFIX"))
    names = [crawl_name("news", site)] if site else sorted(n.decode() for n in connection.smembers(keys.crawl_names))
    frontiers = [Frontier(connection, keys, name, FrontierConfig()) for name in names]
    stopping = [f for f in frontiers if f.stop() or f.state().get("status") == "stopping"]
    if not stopping:
        click.echo(f"no running crawl{f' of {site}' if site else ''} to stop")
        return
    deadline = time.monotonic() + wait
    while True:
        left = [f for f in stopping if not f.settle_stop()]
        if not left or time.monotonic() >= deadline:
            break
        time.sleep(0.5)
    for frontier in stopping:
        state = frontier.state()
        queued, leased = frontier.pending()
        click.echo(f"crawl {state.get('id')} ({frontier.name}): {state.get('status')}; {leased} pages in flight, "
                   f"{queued} queued for the next crawl")
    if left:
        fail(f"{len(left)} crawl(s) still finishing their pages after {wait} s; run `newswatch stop` again to "
             f"wait more (their leases expire after NEWSWATCH_FRONTIER_LEASE if the processes are gone)", EXIT_FAILED)
