"""``newswatch stream follow``: the processed-article stream as JSON lines, for services that want a pipe.

Reads as a consumer group does (XREADGROUP): first what this consumer was delivered and never
acknowledged (a follower killed mid-way gets it again), then new events. Each event is printed,
flushed, and only then acknowledged, so an event is acknowledged only once it left the process:
at least once, never lost. A reader that stops reading (a closed pipe) ends the command with
nothing acknowledged that it did not print.
"""

import json
import signal
import socket
import sys

import click

from newswatch.cli import common as cli
from newswatch.shared.connection import connect

WAIT_MS = 5000  # one blocking read; the loop reads again


@click.group()
def stream():
    """The processed-article stream downstream services read."""


@stream.command("follow")
@click.option("--group", required=True, help="Consumer group: each group gets every event once.")
@click.option("--from", "start", default="$", show_default=True,
              help="Where a new group starts: $ (new events only), 0 (every event kept), or an entry id. "
                   "An existing group is moved there only when given explicitly.")
@click.option("--consumer", default=socket.gethostname(), show_default="the host name",
              help="This reader's name within the group: a follower restarted under the same name gets back what "
                   "it was delivered and never acknowledged.")
@click.option("--count", "limit", type=click.IntRange(min=1), help="Stop after this many events.")
@click.option("--wait/--no-wait", default=True, show_default=True,
              help="Keep waiting for new events, or stop once caught up.")
@click.option("--redis-url", help="Overrides NEWSWATCH_REDIS_URL.")
def follow(group, start, consumer, limit, wait, redis_url):
    """Print the stream's events as JSON lines, acknowledging each once printed."""
    from newswatch.shared.redis_keys import RedisKeys  # noqa: PLC0415
    settings = cli.project_settings(NEWSWATCH_REDIS_URL=redis_url)
    url, key = settings.get("NEWSWATCH_REDIS_URL"), RedisKeys(settings.get("NEWSWATCH_KEY_PREFIX")).stream
    cli.require_redis(url)
    connection = connect(url)
    explicit = click.get_current_context().get_parameter_source("start").name == "COMMANDLINE"
    _join(connection, key, group, start, explicit)
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # a reader gone: stop at once, nothing more acknowledged
    printed, cursor = 0, "0"  # "0": this consumer's pending events first, then ">" (new ones)
    while limit is None or printed < limit:
        wanted = 100 if limit is None else min(100, limit - printed)
        reply = connection.xreadgroup(group, consumer, {key: cursor}, count=wanted,
                                      block=WAIT_MS if wait and cursor == ">" else None)
        entries = reply[0][1] if reply else []
        if not entries:
            if cursor != ">":
                cursor = ">"  # this consumer's pending events are done: new ones now
                continue
            if not wait:
                break
            continue
        for entry_id, fields in entries:
            if fields:  # a pending entry trimmed away since comes back empty: nothing to print
                sys.stdout.write(json.dumps(_event(entry_id, fields), ensure_ascii=False) + "\n")
                sys.stdout.flush()  # printed before acknowledged
                printed += 1
            connection.xack(key, group, entry_id)
            if cursor != ">":
                cursor = entry_id.decode()  # the next pending one after this
    click.echo(f"{printed} event(s) from {key} for group {group}", err=True)


def _join(connection, key, group, start, explicit):
    import redis  # noqa: PLC0415
    try:
        connection.xgroup_create(key, group, id=start, mkstream=True)
    except redis.ResponseError as exc:
        if "BUSYGROUP" not in str(exc):
            raise click.BadParameter(f"cannot start group {group!r} at {start!r}: {exc}", param_hint="--from")
        if explicit:
            connection.xgroup_setid(key, group, id=start)


def _event(entry_id, fields):
    """One line: the entry id, then the event as documented ("Message format")."""
    decoded = {k.decode(): v.decode() for k, v in fields.items()}
    return {"id": entry_id.decode(), "event": decoded.get("event"),
            "schema_version": int(decoded.get("schema_version", 0)), "data": json.loads(decoded.get("data", "null"))}
