"""Alert delivery through Apprise, one channel at a time, each recorded.

A channel that succeeded is never sent the same alert again: a retry only
retries the channels that failed. A failing channel raises DeliveryFailed so
RQ retries the job with back-off and, when retries run out, keeps it in the
FailedJobRegistry (the dead letter) with the alert's status ``failed``.
Apprise URLs are secrets: logs and records name channels, never URLs.
"""

import json
import logging

import apprise

from crawler.errors import NewswatchError
from workers.alerts import alert_text, decode_alert

logger = logging.getLogger(__name__)


class DeliveryFailed(NewswatchError):
    """At least one channel did not take the alert; RQ will retry."""


def deliver(connection, keys, channels, alert_ident, final_attempt=False):
    """Send one alert to every channel URL of its rule not yet served; return the targets served."""
    key = keys.alert(alert_ident)
    raw = connection.hgetall(key)
    if not raw:
        raise DeliveryFailed(f"alert {alert_ident} not found (expired?)")
    alert = decode_alert(raw)
    delivered = list(alert["delivered"])
    failed = []
    title, body = alert_text(alert)
    for target, url in _targets(alert["channels"], channels):
        if target in delivered:
            continue
        if url and _notify(url, title, body):
            delivered.append(target)
        else:
            failed.append(target)
    status = "sent" if not failed else ("failed" if final_attempt else "retrying")
    error = f"channel(s) failed: {', '.join(failed)}" if failed else ""
    connection.hset(key, mapping={"delivered": json.dumps(delivered), "status": status, "last_error": error})
    connection.hincrby(key, "attempts", 1)
    if failed:
        logger.warning("alert %s: %s", alert_ident, error)
        raise DeliveryFailed(f"alert {alert_ident}: {error}")
    return delivered


def _targets(names, channels):
    """(target, url) for every URL of the named channels; a channel with no URL is one failing target."""
    for name in names:
        urls = channels.get(name) or [None]
        for index, url in enumerate(urls):
            yield f"{name}#{index}", url


def _notify(url, title, body):
    notifier = apprise.Apprise()
    if not notifier.add(url):
        return False
    return bool(notifier.notify(title=title, body=body, body_format=apprise.NotifyFormat.TEXT))
