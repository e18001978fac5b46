"""Telling on-call staff that Redis was wiped: one self-monitoring alert per wipe, whoever sees it first.

Workers and the monitor both look (newswatch.shared.instance); the alert's condition is opened
with SET NX under the lost instance's id, so it goes out once however many see it,
and it expires after a day, the time ``status`` shows it open.
"""

import logging

logger = logging.getLogger(__name__)
OPEN_SECONDS = 24 * 3600


def watch_alerts(connection, config):
    """The monitor's self-monitoring alerts (newswatch.monitor.watch_alerts), for a worker to raise one."""
    from newswatch.monitor.watch_alerts import WatchAlerts  # noqa: PLC0415 (newswatch imports workers)
    return WatchAlerts(connection, config.keys, config.channels, config.watch_channel, config.alert_timeout)


def announce_wipe(connection, config, wiped):
    """Open the ``redis_wiped`` condition (one alert), delivered by the caller through the watch channel."""
    return watch_alerts(connection, config).open("redis_wiped", wiped.lost, "Redis was wiped: crawls stopped, queued work lost",
                       f"{wiped}. Crawls running at the time stopped with reason redis_wiped (exit code 6); "
                       f"articles queued for workers and alerts not yet delivered are gone. Check the Redis "
                       f"server's persistence (AOF or RDB) and start the crawls again: articles older than "
                       f"NEWSWATCH_ALERT_MAX_AGE are then learned without alerting.", ttl=OPEN_SECONDS)
