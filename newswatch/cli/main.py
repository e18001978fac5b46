"""``newswatch``: the operators' command line. Parses, validates, calls the library, prints.

Exit codes: see newswatch.cli.common.
"""

import signal
import sys

import click

from newswatch.shared.connection import connect, redact_url
from newswatch.shared.errors import ConfigError
from newswatch.cli.alerts import alerts
from newswatch.cli.common import (EXIT_CONFIG, CommandGroup, EXIT_FAILED, EXIT_INTERRUPTED, EXIT_REDIS,
                                  fail, project_settings, require_own_queues, require_redis)
from newswatch.cli.crawl import crawl, stop
from newswatch.cli.metrics import metrics
from newswatch.cli.monitor import monitor
from newswatch.cli.queue import queue
from newswatch.cli.setup import init, install_units
from newswatch.cli.stream import stream
from newswatch.cli.web import web

@click.group(cls=CommandGroup)
@click.version_option(package_name="newswatch")
def main():
    """Crawl news sites, detect duplicates and updates, alert on keywords."""


@main.command()
@click.option("--redis-url", envvar="NEWSWATCH_REDIS_URL", default="redis://127.0.0.1:6379/0",
              help="Redis to use; a private server is started when it does not answer.")
def demo(redis_url):
    """Two crawls of the bundled news site through the whole pipeline, alerts shown."""
    from newswatch.demo.runner import run_demo  # noqa: PLC0415
    from newswatch.demo.redis_server import RedisServerMissing, redis_available  # noqa: PLC0415
    try:
        with redis_available(redis_url, log=click.echo) as url:
            run_demo(url, out=click.echo)
    except RedisServerMissing as exc:
        fail(str(exc), EXIT_REDIS)
    except KeyboardInterrupt:
        fail("interrupted; the demo's servers are stopped", EXIT_INTERRUPTED)


@main.command()
@click.option("--burst", is_flag=True, help="Stop once the queues are empty (retries included).")
@click.option("--redis-url", help="Overrides NEWSWATCH_REDIS_URL.")
@click.option("--simple", is_flag=True, help="Run jobs in this process instead of a forked child.")
@click.option("--queue", "kinds", multiple=True, type=click.Choice(["articles", "alerts"]),
              help="Work only these queues (repeatable; default both, articles first). A worker on alerts "
                   "alone delivers them while a burst of articles waits.")
def worker(burst, redis_url, simple, kinds):
    """Run an RQ worker on the article and alert queues with the project's settings."""
    from rq.serializers import JSONSerializer  # noqa: PLC0415

    from newswatch.shared.logs import use_log_format  # noqa: PLC0415
    from workers import runtime  # noqa: PLC0415
    from workers.config import load_config  # noqa: PLC0415
    from workers.draining import QUEUE_KINDS, drain, failed_jobs, worker_queues  # noqa: PLC0415
    from workers.near_duplicates import expiry_advice  # noqa: PLC0415
    from workers.reliable import ReliableSimpleWorker, ReliableWorker  # noqa: PLC0415
    config = load_config(project_settings(NEWSWATCH_REDIS_URL=redis_url))
    try:
        use_log_format(project_settings())
        runtime.configure(config)
    except ConfigError as exc:
        fail(str(exc), EXIT_CONFIG)
    require_redis(config.redis_url)
    require_own_queues(project_settings(NEWSWATCH_REDIS_URL=redis_url))
    connection = connect(config.redis_url, patience=config.redis_retry_seconds)  # a lost Redis is waited for
    worker_class = ReliableSimpleWorker if simple else ReliableWorker
    kinds = kinds or QUEUE_KINDS
    queues = worker_queues(connection, config, kinds)
    click.echo(f"worker on {redact_url(config.redis_url)}: queues {', '.join(queue.name for queue in queues)}")
    if (advice := expiry_advice(connection)) is not None:
        click.echo(f"warning: {advice}", err=True)
    if not burst:
        running = worker_class(queues, connection=connection, serializer=JSONSerializer)
        running.work(with_scheduler=True)
        if running.stopped_by == signal.SIGINT:
            raise click.Abort  # Ctrl-C: "Aborted!", exit 1; SIGTERM (a supervisor's stop) is a clean end
        return
    failed_before = failed_jobs(queues)
    drained = drain(connection, config, worker_class=worker_class, kinds=kinds)
    failed = failed_jobs(queues) - failed_before
    click.echo(f"queues {'drained' if drained else 'NOT drained (timed out)'}; jobs failed in this run: {failed}")
    if failed:
        click.echo("failed jobs stay in RQ's failed registry: `rq info`, and the alert records' last_error", err=True)
    sys.exit(0 if drained and not failed else EXIT_FAILED)


@main.command("demo-site")
@click.option("--port", default=8180, show_default=True)
@click.option("--partner-port", default=8181, show_default=True)
@click.option("--edition", type=click.IntRange(1, 2), default=1, show_default=True)
def demo_site(port, partner_port, edition):
    """Serve the bundled news site on loopback until Ctrl-C."""
    from newswatch.demo.site.__main__ import main as serve  # noqa: PLC0415
    try:
        serve(["--port", str(port), "--partner-port", str(partner_port), "--edition", str(edition)])
    except OSError as exc:
        fail(f"cannot serve on 127.0.0.1:{port} or :{partner_port}: {exc.strerror}; choose --port/--partner-port",
             EXIT_FAILED)


@main.group()
def graph():
    """The related-news graph of a crawl."""


@graph.command("export")
@click.option("--crawl-id", help="The crawl to export (default: the latest crawl).")
@click.option("--format", "fmt", type=click.Choice(["json", "graphml"]), default="json", show_default=True)
@click.option("--output", "-o", type=click.File("wb"), default="-", help="File to write (default: stdout).")
@click.option("--redis-url", help="Overrides NEWSWATCH_REDIS_URL.")
def graph_export(crawl_id, fmt, output, redis_url):
    """Write a crawl's related-news graph as JSON (node-link) or GraphML."""
    from crawler.graph import export, latest_crawl_id, load_graph  # noqa: PLC0415
    from newswatch.shared.redis_keys import RedisKeys  # noqa: PLC0415
    settings = project_settings(NEWSWATCH_REDIS_URL=redis_url)
    require_redis(settings.get("NEWSWATCH_REDIS_URL"))
    connection = connect(settings.get("NEWSWATCH_REDIS_URL"))
    keys = RedisKeys(settings.get("NEWSWATCH_KEY_PREFIX"))
    crawl_id = crawl_id or latest_crawl_id(connection, keys)
    if not crawl_id:
        raise click.BadParameter("no crawl has run yet; give --crawl-id", param_hint="--crawl-id")
    result = load_graph(connection, keys, crawl_id)
    if not result.number_of_nodes():
        raise click.BadParameter(f"no graph recorded for crawl {crawl_id!r} (expired, or another prefix?)",
                                 param_hint="--crawl-id")
    export(result, output, fmt)
    click.echo(f"crawl {crawl_id}: {result.number_of_nodes()} articles, {result.number_of_edges()} related links",
               err=True)


@main.command()
@click.option("--redis-url", help="Overrides NEWSWATCH_REDIS_URL.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document instead of lines.")
def status(redis_url, as_json):
    """The crawl, queues, workers, alerts and stream, as Redis sees them now."""
    import json  # noqa: PLC0415

    from newswatch.status import collect_status, status_lines  # noqa: PLC0415
    from workers.config import load_config  # noqa: PLC0415
    config = load_config(project_settings(NEWSWATCH_REDIS_URL=redis_url))
    require_redis(config.redis_url)
    snapshot = collect_status(connect(config.redis_url), config)
    click.echo(json.dumps(snapshot, indent=2) if as_json else "\n".join(status_lines(snapshot)))


main.add_command(alerts)
main.add_command(crawl)
main.add_command(stop)
main.add_command(monitor)
main.add_command(queue)
main.add_command(metrics)
main.add_command(web)
main.add_command(stream)
main.add_command(init)
main.add_command(install_units)
