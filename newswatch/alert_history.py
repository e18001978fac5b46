"""What ``newswatch alerts list`` and ``alerts show`` report: recent alerts, and one alert with
the article version it fired on and what changed since the version before. Read-only.

Channels are named, never their URLs (secrets). A channel has one delivery target per Apprise
URL (``name#0``, ``name#1``...); its state is ``sent`` once every target took the alert, else
the alert's own status (pending, grouped, retrying, failed).
"""

import json

from workers.alerts import decode_alert
from workers.diff import describe, diff_versions
from workers import version_records


def recent_alerts(connection, config, limit):
    """The ``limit`` newest alerts, newest first, and how many of those ids had expired."""
    idents = [ident.decode() for ident in connection.lrange(config.keys.alert_log, 0, limit - 1)]
    with connection.pipeline(transaction=False) as pipe:
        for ident in idents:
            pipe.hgetall(config.keys.alert(ident))
        records = pipe.execute()
    alerts = [alert_view(decode_alert(raw), config) for raw in records if raw]
    return {"alerts": alerts, "count": len(alerts), "expired": len(idents) - len(alerts)}


def alert_view(alert, config):
    """One alert as operators read it, its delivery told channel by channel."""
    return {
        "id": alert["id"], "created_at": alert["created_at"], "rule": alert["rule"], "severity": alert["severity"],
        "event": alert["event"], "source": alert["source"], "title": alert["title"], "url": alert["url"],
        "article_id": alert["article_id"], "version": alert["version"], "terms": alert["terms"],
        "story": {"id": alert["story_id"], "title": alert["story_title"], "size": alert["story_size"]},
        "status": alert["status"], "attempts": alert["attempts"], "last_error": alert["last_error"],
        "delivery": channel_states(alert, config),
        "acknowledged": {"by": alert.get("acked_by", ""), "at": alert["acked_at"], "note": alert.get("ack_note", "")}
        if alert.get("acked_at") else None,
        "held_by": json.loads(alert["held_by"]) if alert.get("held_by") else None,
    }


def channel_states(alert, config):
    states = []
    for name in alert["channels"]:
        delivered = [target for target in alert["delivered"] if target.rsplit("#", 1)[0] == name]
        targets = max(len(config.channels.get(name) or [None]), len(delivered))
        states.append({"channel": name, "targets": targets, "delivered": delivered,
                       "state": "sent" if len(delivered) >= targets else alert["status"]})
    return states


def alert_detail(connection, config, ident):
    """The alert, the stored version it fired on and the diff against the version before; None if unknown."""
    raw = connection.hgetall(config.keys.alert(ident))
    if not raw:
        return None
    alert = decode_alert(raw)
    stored = {record["version"]: record for record in
              map(version_records.decode, connection.lrange(config.keys.versions(alert["article_id"]), 0, -1))}
    fired, previous = stored.get(alert["version"]), stored.get(alert["version"] - 1)
    is_update = alert["event"] == "update"
    detail = {"alert": alert_view(alert, config), "fired_on": fired,
              "previous_version": alert["version"] - 1 if is_update else None,
              "diff": diff_versions(previous["substance"], fired["substance"]) if is_update and fired and previous
              else None,
              "changes": alert["changes"], "notes": []}
    if fired is None:
        detail["notes"].append(f"version {alert['version']} is no longer stored (expired, or past "
                               f"NEWSWATCH_MAX_VERSIONS={config.max_versions})")
    if is_update and fired and previous is None:
        detail["notes"].append(f"version {alert['version'] - 1} is no longer stored: the changes shown are "
                               "those recorded when the alert was raised")
    return detail


def list_lines(report):
    lines = []
    for alert in report["alerts"]:
        lines.append(f"{alert['created_at']}  {alert['id']}  [{alert['severity'].upper()}] {alert['rule']} "
                     f"{alert['event']}  {_delivery(alert)}")
        lines.append(f"    {alert['source']}: {alert['title']}  {alert['url']}" + _story(alert))
        if alert["last_error"]:
            lines.append(f"    last error: {alert['last_error']}")
        if alert["acknowledged"]:
            acked = alert["acknowledged"]
            lines.append(f"    acknowledged by {acked['by']} at {acked['at']}" + (f": {acked['note']}" if acked["note"]
                                                                              else ""))
        if alert["held_by"]:
            held = alert["held_by"]
            lines.append(f"    not sent: {held['action']}d by {held['by']} until {held['until']}")
    expired = f" ({report['expired']} more expired)" if report["expired"] else ""
    return [*lines, f"{report['count']} alert(s){expired}"]


def show_lines(detail):
    alert, fired = detail["alert"], detail["fired_on"]
    lines = [f"alert {alert['id']}  [{alert['severity'].upper()}] rule {alert['rule']}, {alert['event']} "
             f"of v{alert['version']}, matched {', '.join(alert['terms']) or '(story development)'}",
             f"created {alert['created_at']}; {_delivery(alert)}",
             *(f"  {c['channel']}: {c['state']} ({len(c['delivered'])}/{c['targets']} target(s))"
               for c in alert["delivery"])]
    if alert["last_error"]:
        lines.append(f"  last error: {alert['last_error']}")
    lines.append(f"{alert['source']}: {alert['title']}  {alert['url']}" + _story(alert))
    if fired:
        substance = fired["substance"]
        lines += [f"version {fired['version']} (fetched {fired.get('fetched_at') or '?'}):",
                  f"  title: {substance['title']}", f"  summary: {substance['summary']}",
                  f"  published: {substance.get('published_at') or '-'}, "
                  f"modified: {substance.get('modified_at') or '-'}",
                  *(f"  | {paragraph}" for paragraph in substance["body"])]
    if detail["diff"]:
        lines += [f"changes since v{detail['previous_version']}:", describe(detail["diff"])]
    elif detail["changes"]:
        lines += ["changes (as recorded with the alert):", detail["changes"]]
    return lines


def _delivery(alert):
    return f"{alert['status']}, {alert['attempts']} attempt(s)"


def _story(alert):
    story = alert["story"]
    return f"  (story {story['title']!r}, {story['size']} articles)" if story["size"] > 1 else ""
