"""Self-monitoring alerts: one when a condition opens, one when it clears, never a flood.

A condition (check, subject), e.g. ("silent", "clashwire"), opens with an
atomic SET NX: however often it is seen, and by however many monitors, it
alerts once, and once more when it clears. The monitor delivers these alerts
itself, through the same Apprise channels as article alerts (workers.delivery),
so they still go out when the workers are the thing that failed. An alert a
channel did not take stays pending and is tried again, backing off.
"""

import json
import logging
import time
import uuid

import apprise

from workers.delivery import send

logger = logging.getLogger(__name__)
LOG_KEPT = 200
MAX_BACKOFF_SECONDS = 300
# The Apprise type of a condition that opened (the pipeline is in trouble) and of one that cleared.
NOTIFY_TYPES = {"opened": apprise.NotifyType.WARNING, "cleared": apprise.NotifyType.SUCCESS}


class WatchAlerts:
    """Settings read (by the caller): NEWSWATCH_WATCH_CHANNEL, NEWSWATCH_ALERT_CHANNELS, NEWSWATCH_ALERT_TIMEOUT."""

    def __init__(self, connection, keys, channels, channel_name, timeout=None):
        self.redis, self.keys, self.channels, self.channel_name = connection, keys, channels, channel_name
        self.timeout = timeout  # seconds an attempt to one URL may take (None: Apprise's own limits)

    def open(self, check, subject, title, body, ttl=None):
        """Alert that the condition began; False (and no alert) when it was already open. ``ttl``: seconds
        after which an event-like condition (one that never clears) stops showing as open."""
        if not self.redis.set(self.keys.watch_open(check, subject), json.dumps({"since": time.time()}), nx=True,
                              ex=ttl):
            return False
        self._raise(check, subject, "opened", title, body)
        return True

    def close(self, check, subject, title, body):
        """Alert that the condition cleared; False when it was not open."""
        if not self.redis.delete(self.keys.watch_open(check, subject)):
            return False
        self._raise(check, subject, "cleared", title, body)
        return True

    def is_open(self, check, subject):
        return bool(self.redis.exists(self.keys.watch_open(check, subject)))

    def _raise(self, check, subject, state, title, body):
        alert = {"id": uuid.uuid4().hex[:12], "check": check, "subject": subject, "state": state,
                 "title": title, "body": body, "at": time.time(), "delivered": [], "attempts": 0, "last_error": ""}
        logger.warning("self-monitoring: %s", title)
        with self.redis.pipeline() as pipe:
            pipe.hset(self.keys.watch_pending, alert["id"], json.dumps(alert))
            pipe.lpush(self.keys.watch_log, json.dumps(alert)).ltrim(self.keys.watch_log, 0, LOG_KEPT - 1)
            pipe.execute()
        self.deliver_pending(only=alert["id"])

    def deliver_pending(self, now=None, still_acting=lambda: True, only=None):
        """Send every pending alert due for a try (or the one with id ``only``: a worker sends its own, the
        acting monitor all others) to the channels that have not taken it; how many are pending.

        ``still_acting`` is asked before each alert (the monitor renews its lease with it): a monitor whose
        lease lapsed while a slow channel held it up stops, rather than send what its successor sends too.
        """
        now = now or time.time()
        pending = self.redis.hgetall(self.keys.watch_pending)
        if only is not None:
            pending = {ident: raw for ident, raw in pending.items() if ident.decode() == only}
        for ident, raw in pending.items():
            if not still_acting():
                break
            alert = json.loads(raw)
            claim = self.keys.watch_sending(ident.decode())
            # one sender at a time (a worker sends its own alert while the acting monitor sends all pending)
            if alert.get("next_try", 0) > now or not self.redis.set(claim, 1, nx=True, ex=self._claim_seconds()):
                continue
            try:
                self._deliver(ident, now)
            finally:
                self.redis.delete(claim)
        return self.redis.hlen(self.keys.watch_pending)

    def _deliver(self, ident, now):
        raw = self.redis.hget(self.keys.watch_pending, ident)  # read again under the claim: it may have gone out
        if raw is None:
            return
        alert = json.loads(raw)
        delivered, failed, _ = send(self.channels, [self.channel_name], alert["delivered"], alert["title"],
                                    alert["body"], self.timeout, message_id=ident.decode(),
                                    notify_type=NOTIFY_TYPES[alert.get("state", "opened")])
        alert.update(delivered=delivered, attempts=alert["attempts"] + 1,
                     last_error=f"channel(s) failed: {', '.join(failed)}" if failed else "")
        if failed:  # back off: 2, 4, 8 ... seconds, at most MAX_BACKOFF
            alert["next_try"] = now + min(MAX_BACKOFF_SECONDS, 2 ** alert["attempts"])
            self.redis.hset(self.keys.watch_pending, ident, json.dumps(alert))
        else:
            self.redis.hdel(self.keys.watch_pending, ident)

    def _claim_seconds(self):
        """Long enough for one alert to every URL of the channel to be tried."""
        return int((self.timeout or 30) * max(1, len(self.channels.get(self.channel_name) or []))) + 10
