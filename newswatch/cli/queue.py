"""``newswatch queue``: look at the article and alert queues, requeue failed jobs, purge.

Exit codes as for ``newswatch`` (newswatch.cli.common): 1 a purge declined at the prompt,
2 invalid usage (unknown queue or job, purge without --yes off a terminal), 3 Redis unreachable.
"""

import json
import sys

import click

from newswatch.cli import common as cli
from newswatch.shared.connection import connect

QUEUE_HELP = "A configured queue, by name or role: articles, alerts (default: both)."


@click.group()
def queue():
    """The RQ queues of articles and alerts: peek, requeue failed jobs, purge."""


def _config(redis_url):
    from workers.config import load_config  # noqa: PLC0415 (keeps --help fast)
    return load_config(cli.project_settings(NEWSWATCH_REDIS_URL=redis_url))


def _connect(config):
    cli.require_redis(config.redis_url)
    return connect(config.redis_url)


def _queue_names(config, given):
    from newswatch.cli.queue_admin import known_queues, resolve  # noqa: PLC0415
    if given is None:
        return known_queues(config)
    name = resolve(config, given)
    if name is None:
        raise click.BadParameter(f"unknown queue {given!r}; known queues: {', '.join(known_queues(config))}",
                                 param_hint="--queue")
    return [name]


@queue.command("peek")
@click.option("--queue", "queue_name", help=QUEUE_HELP)
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True, help="Jobs shown per queue.")
@click.option("--failed", is_flag=True, help="The failed jobs (with their error) instead of the queued ones.")
@click.option("--redis-url", help="Overrides NEWSWATCH_REDIS_URL.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document instead of lines.")
def peek_command(queue_name, limit, failed, redis_url, as_json):
    """The next jobs of the queues, or their failed jobs.

    Oldest first; each job is summed up by its articles' site and URL or its alert, never article bodies.
    """
    from newswatch.cli.queue_admin import peek, peek_lines  # noqa: PLC0415
    config = _config(redis_url)
    names = _queue_names(config, queue_name)
    connection = _connect(config)
    reports = [peek(connection, name, limit, failed) for name in names]
    if as_json:
        click.echo(json.dumps({"queues": reports}, ensure_ascii=False, indent=2))
        return
    for report in reports:
        click.echo("\n".join(peek_lines(report)))


@queue.command("requeue-failed")
@click.option("--queue", "queue_name", help=QUEUE_HELP)
@click.option("--job", "job_ids", multiple=True, help="Requeue this failed job only (repeatable; default: all).")
@click.option("--redis-url", help="Overrides NEWSWATCH_REDIS_URL.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document instead of lines.")
def requeue_command(queue_name, job_ids, redis_url, as_json):
    """Put failed jobs back on their queue.

    All of them, or those given with --job; a worker must be running to run them.
    """
    from newswatch.cli.queue_admin import requeue_failed  # noqa: PLC0415
    config = _config(redis_url)
    names = _queue_names(config, queue_name)
    try:
        requeued = requeue_failed(_connect(config), config, names, job_ids)
    except KeyError as exc:
        raise click.BadParameter(f"not a failed job of {', '.join(names)}: {exc.args[0]}; "
                                 "list them with `newswatch queue peek --failed`", param_hint="--job") from None
    total = sum(len(ids) for ids in requeued.values())
    if as_json:
        click.echo(json.dumps({"requeued": requeued, "count": total}, indent=2))
        return
    for name, ids in requeued.items():
        click.echo(f"queue {name}: {len(ids)} failed job(s) requeued")


@queue.command("purge")
@click.option("--queue", "queue_name", required=True, help="The queue to empty: articles, alerts, or its name.")
@click.option("--failed", is_flag=True, help="Empty the queue's failed registry instead of the queue.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation (needed when not on a terminal).")
@click.option("--redis-url", help="Overrides NEWSWATCH_REDIS_URL.")
def purge_command(queue_name, failed, yes, redis_url):
    """Delete the jobs waiting on a queue, or its failed jobs.

    Asks first, unless --yes; off a terminal (a script, cron) --yes is required.
    """
    from crawler.frontier.conditional import ValidatorStore  # noqa: PLC0415
    from newswatch.cli.queue_admin import count, purge  # noqa: PLC0415
    config = _config(redis_url)
    [name] = _queue_names(config, queue_name)
    if not yes and not (sys.stdin and sys.stdin.isatty()):
        raise click.UsageError("standard input is not a terminal, so purge cannot ask: pass --yes to purge")
    connection = _connect(config)
    what = f"failed job(s) of queue {name}" if failed else f"job(s) queued on {name}"
    if not yes:
        click.confirm(f"Delete {count(connection, name, failed)} {what}? This cannot be undone", abort=True, err=True)
    buckets = cli.project_settings().getint("NEWSWATCH_FRONTIER_BUCKETS")
    validators = ValidatorStore(connection, config.keys, buckets=buckets, ttl=config.dedup_ttl)
    deleted = purge(connection, name, failed, dropping_articles=lambda urls: [validators.forget(u) for u in urls])
    click.echo(f"{deleted} {what} deleted")
