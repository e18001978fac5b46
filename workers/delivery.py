"""Alert delivery through Apprise, one channel URL at a time, each attempt recorded.

A channel that took an alert is never sent it again: a retry only retries the
channels that failed. A failing channel raises DeliveryFailed so RQ retries the
job with back-off and, when retries run out, keeps it in the FailedJobRegistry
(the dead letter) with the alert's status ``failed``. An alert held back by its
story's throttle window schedules the digest job once, at the window's end, and
is sent inside the digest. Apprise URLs are secrets: logs and records name
channels, never URLs. Text is escaped for the markup of each channel
(workers.markup). Each attempt is counted in the cluster metrics, in the
same MULTI as the alert's record (newswatch.shared.metric_store), and notes which
channels are failing, and why (workers.channel_health).

An attempt to one URL lasts at most NEWSWATCH_ALERT_TIMEOUT seconds: Apprise
stops waiting then (its service timeout) and reports a timeout, whether the
channel never answers or trickles its answer a byte at a time; its read
timeout is set just past that, so the thread Apprise gave up on ends soon
after when the channel is silent.
"""

import json
import logging
import re
from collections import Counter
from datetime import timedelta

import apprise
from rq import Retry

from newswatch.shared import metric_store
from newswatch.shared.errors import NewswatchError
from newswatch.shared.job_names import DELIVER_DIGEST
from workers.actions import holding
from workers.alerts import ROUTE_DIGEST, alert_text, decode_alert, digest_text, note_status
from workers.attempts import Attempts, idempotency_key
from workers.channel_health import note_attempt
from workers.job_policy import open_queue
from workers.markup import escape_for

logger = logging.getLogger(__name__)
READ_TIMEOUT_PAST_DEADLINE = 1  # seconds: the deadline, not the socket, ends an attempt to a silent channel
# The Apprise type chats colour and filter by, for each rule severity: medium, the default, stays plain info.
NOTIFY_TYPES = {"low": apprise.NotifyType.INFO, "medium": apprise.NotifyType.INFO,
                "high": apprise.NotifyType.WARNING, "critical": apprise.NotifyType.FAILURE}
HTTP_STATUS = re.compile(r"\berror=(\d{3})\b")  # how Apprise's services log a refusal: "..., error=500."


class DeliveryFailed(NewswatchError):
    """At least one channel did not take the alert; RQ will retry."""


def deliver(connection, config, alert_ident, final_attempt=False):
    """Send one alert to every channel URL of its rule not yet served (or leave it to its digest)."""
    keys = config.keys
    alert = load_alert(connection, keys, alert_ident)
    if hold_back(connection, keys, alert, config.dedup_ttl):
        return []
    if alert.get("route") == ROUTE_DIGEST:
        schedule_digest(connection, config, alert)
        connection.hset(keys.alert(alert_ident), "status", "grouped")
        return []
    title, body = alert_text(alert, config.public_url)
    attempts = Attempts(connection, [keys.alert(alert_ident)], config.alert_replica_wait_ms)
    delivered, failed, repeats = send(config.channels, alert["channels"], alert["delivered"], title, body,
                                      config.alert_timeout, attempts, alert_ident, notify_type(alert))
    record(connection, keys, [alert], alert["delivered"], delivered, failed, final_attempt, attempts, repeats,
           message_id=alert_ident, ttl=config.dedup_ttl)
    return delivered


def deliver_digest(connection, config, rule_id, story_id, final_attempt=False):
    """Send the alerts a story's throttle window held back, as one message; empty digests send nothing."""
    keys, channels = config.keys, config.channels
    digest_key, delivered_key = keys.alert_digest(rule_id, story_id), keys.alert_digest_delivered(rule_id, story_id)
    idents = [ident.decode() for ident in connection.lrange(digest_key, 0, -1)]
    alerts = [alert for ident in idents if (alert := load_alert(connection, keys, ident, missing_ok=True))
              and not hold_back(connection, keys, alert, config.dedup_ttl)]
    if not alerts:
        connection.ltrim(digest_key, len(idents), -1)
        return []
    title, body = digest_text(alerts, config.public_url)
    done = [target.decode() for target in connection.smembers(delivered_key)]
    attempts = Attempts(connection, [keys.alert(alert["id"]) for alert in alerts], config.alert_replica_wait_ms)
    message_id = f"digest-{alerts[0]['id']}"
    delivered, failed, repeats = send(channels, alerts[0]["channels"], done, title, body, config.alert_timeout,
                                      attempts, message_id, notify_type(alerts[0]))
    if delivered:
        connection.sadd(delivered_key, *delivered)
        connection.expire(delivered_key, 3600)
    record(connection, keys, alerts, done, delivered, failed, final_attempt, attempts, repeats,
           message_id=message_id, ttl=config.dedup_ttl)
    if not failed:
        with connection.pipeline() as pipe:
            pipe.ltrim(digest_key, len(idents), -1).delete(delivered_key).execute()
    return delivered


def notify_type(alert):
    """The Apprise type of an alert, from its rule's severity."""
    return NOTIFY_TYPES.get(alert.get("severity"), apprise.NotifyType.INFO)


def hold_back(connection, keys, alert, ttl):
    """True, with the alert marked muted or snoozed and why, when on-call staff muted its story or snoozed
    its rule (workers.actions): it is sent to no channel, now or later."""
    held = holding(connection, keys, alert)
    if held is None:
        return False
    status = "muted" if held["action"] == "mute" else "snoozed"
    with connection.pipeline() as pipe:
        pipe.hset(keys.alert(alert["id"]), mapping={"status": status, "held_by": json.dumps(held)})
        note_status(pipe, keys, alert, status, ttl)
        pipe.execute()
    logger.info("%s not sent: %s by %s until %s", alert["id"], status, held["by"], held["until"])
    return True


def schedule_digest(connection, config, alert):
    """Enqueue the story's digest job for the end of its window, once per window."""
    keys = config.keys
    window_key = keys.alert_window(alert["rule"], alert["story_id"])
    wait = max(connection.ttl(window_key), 0) + 1
    marker = f"{keys.alert_digest(alert['rule'], alert['story_id'])}:scheduled"
    if connection.set(marker, "1", nx=True, ex=wait):
        queue = open_queue(config.alert_queue, connection)
        retry = Retry(max=config.alert_retries, interval=list(config.alert_retry_intervals))
        queue.enqueue_in(timedelta(seconds=wait), DELIVER_DIGEST, alert["rule"], alert["story_id"], retry=retry,
                         job_timeout=config.delivery_timeout(alert["channels"]))


def load_alert(connection, keys, ident, missing_ok=False):
    raw = connection.hgetall(keys.alert(ident))
    if not raw and not missing_ok:
        raise DeliveryFailed(f"alert {ident} not found (expired?)")
    return decode_alert(raw) if raw else None


UNKNOWN_OUTCOME = frozenset({"timeout", "connection error"})  # failures after which the channel may have the message


def send(channels, names, done, title, body, timeout=None, attempts=None, message_id="message",
         notify_type=apprise.NotifyType.INFO):
    """(targets served now or before, {target failing: why}, targets sent as possible repeats) for the named
    channels; ``timeout``: the seconds an attempt to one URL may take (None: Apprise's own limits). Each attempt
    is recorded before it is sent in ``attempts`` (workers.attempts; None: a sender that keeps its own count).
    ``notify_type``: Apprise's info, success, warning or failure."""
    delivered, failed, repeats = list(done), {}, []
    for target, url in _targets(names, channels):
        if target in delivered:
            continue
        repeat, key = attempts is not None and attempts.begin(target), idempotency_key(message_id, target)
        if repeat:
            repeats.append(target)
        heading = f"[POSSIBLE REPEAT] {title}" if repeat else title
        text = f"{body}\nIdempotency-Key: {key}"
        why = (_notify(url, escape_for(url, heading), escape_for(url, text), timeout, key, repeat, notify_type)
               if url else "no URL")
        if why:
            failed[target] = why
        else:
            delivered.append(target)
    return delivered, failed, repeats


def record(connection, keys, alerts, done, delivered, failed, final_attempt, attempts, repeats, message_id, ttl):
    """Write the outcome of one run into each alert (with the id of the message it went out in: its own, or its
    digest's), the cluster metrics and the channels' health (``done``: targets served before it); raise
    DeliveryFailed when a channel failed."""
    status = "sent" if not failed else ("failed" if final_attempt else "retrying")
    error = f"channel(s) failed: {', '.join(failed)}" if failed else ""
    alert_keys = [keys.alert(alert["id"]) for alert in alerts]
    sent = [target for target in delivered if target not in done]
    # A timeout or a broken connection may come after the channel took the message: the attempt stays
    # marked under way, so the next one goes out as a possible repeat. An answer (an HTTP error) ends it.
    answered = [target for target, why in failed.items() if why not in UNKNOWN_OUTCOME]
    with connection.pipeline() as pipe:
        for key, alert in zip(alert_keys, alerts):
            pipe.hset(key, mapping={"delivered": json.dumps(delivered), "status": status, "last_error": error,
                                    "message_id": message_id, "failed_targets": json.dumps(sorted(failed))})
            note_status(pipe, keys, alert, status, ttl)
        attempts.end(pipe, [*sent, *answered], repeats)
        count_attempt(pipe, keys, alerts, sent, failed)
        note_attempt(pipe, keys, sent, failed)
        pipe.execute()
    if failed:
        logger.warning("%s: %s", ", ".join(k.rsplit(":", 1)[-1] for k in alert_keys), error)
        raise DeliveryFailed(error)


def count_attempt(pipe, keys, alerts, sent, failed):
    """Messages sent and refused, by channel; once an alert reached all its channels, its fetch-to-alert latency
    (once: a job run again after a crash finds the alert already ``sent``)."""
    metric_store.add_many(pipe, keys, metric_store.ALERTS_SENT, Counter((_channel(target),) for target in sent))
    metric_store.add_many(pipe, keys, metric_store.ALERTS_FAILED, Counter((_channel(target),) for target in failed))
    if not failed:
        for alert in alerts:
            if alert.get("status") != "sent":
                metric_store.observe_latency(pipe, keys, alert.get("fetched_at"))


def _channel(target):
    return target.rsplit("#", 1)[0]


def _targets(names, channels):
    """(target, url) for every URL of the named channels; a channel with no URL is one failing target."""
    for name in names:
        urls = channels.get(name) or [None]
        for index, url in enumerate(urls):
            yield f"{name}#{index}", url


def _notify(url, title, body, timeout, key, repeat, notify_type):
    """Empty when the channel took the message, else why not in a few words, never naming the URL."""
    notifier = apprise.Apprise(asset=apprise.AppriseAsset(service_timeout=timeout))
    if not notifier.add(url):
        return "invalid URL"
    for service in notifier:
        if timeout:
            service.socket_connect_timeout = min(service.socket_connect_timeout, timeout)
            service.socket_read_timeout = timeout + READ_TIMEOUT_PAST_DEADLINE
        if isinstance(getattr(service, "headers", None), dict):  # webhook channels: json://, form://, xml://
            service.headers["Idempotency-Key"] = key
        if isinstance(getattr(service, "payload_extras", None), dict):
            service.payload_extras.update({"idempotency_key": key, "possible_repeat": "yes" if repeat else "no"})
    with notifier.notify(title=title, body=body, body_format=apprise.NotifyFormat.TEXT,
                         notify_type=notify_type) as result:
        return "" if result else _why(result)


def _why(result):
    """The kind of failure of an Apprise result: timeout, HTTP <status>, connection error, or refused."""
    if result.status == apprise.AppriseResultStatus.TIMEOUT:
        return "timeout"
    messages = [entry.message for entry in result.logs()]
    statuses = [found.group(1) for message in messages if (found := HTTP_STATUS.search(message))]
    if statuses:
        return f"HTTP {statuses[-1]}"
    return "connection error" if any("connection error" in m.lower() for m in messages) else "refused"
