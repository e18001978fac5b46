"""``newswatch metrics``: serves the whole cluster's Prometheus metrics, read from Redis at each scrape."""

import signal

import click

from newswatch.cli.common import EXIT_FAILED, fail, project_settings, require_redis

# A scrape waits at most this long for Redis, then answers newswatch_up 0 (Prometheus' own timeout is 10 s).
REDIS_TIMEOUT = 5


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to serve on; 0.0.0.0 for every interface (in a container).")
@click.option("--port", type=click.IntRange(0, 65535), help="Port to serve on [default: NEWSWATCH_METRICS_PORT].")
@click.option("--once", is_flag=True, help="Print the metrics once, in Prometheus text format, and exit.")
@click.option("--redis-url", help="Overrides NEWSWATCH_REDIS_URL.")
def metrics(host, port, once, redis_url):
    """Serve /metrics for Prometheus: pages, articles, alerts and latency of all spiders and workers, and the
    queues, frontier and stream as they are now."""
    from prometheus_client import generate_latest, start_http_server  # noqa: PLC0415

    from newswatch.metrics import metrics_registry  # noqa: PLC0415
    from newswatch.shared.connection import connect, redact_url  # noqa: PLC0415
    from workers.config import load_config  # noqa: PLC0415
    settings = project_settings(NEWSWATCH_REDIS_URL=redis_url)
    config = load_config(settings)
    require_redis(config.redis_url)
    registry = metrics_registry(connect(config.redis_url, socket_timeout=REDIS_TIMEOUT), config)
    if once:
        click.echo(generate_latest(registry).decode(), nl=False)
        return
    port = settings.getint("NEWSWATCH_METRICS_PORT") if port is None else port
    try:
        server, thread = start_http_server(port, addr=host, registry=registry)
    except OSError as exc:
        fail(f"cannot serve on {host}:{port}: {exc.strerror}; choose --host/--port", EXIT_FAILED)
    click.echo(f"metrics of {redact_url(config.redis_url)} (keys {config.keys.prefix}:*) "
               f"on http://{host}:{server.server_port}/metrics")
    signal.signal(signal.SIGTERM, lambda *_: server.shutdown())  # a service manager's stop ends cleanly
    try:
        thread.join()
    except KeyboardInterrupt:
        server.shutdown()
