"""Alert records: what one alert says, stored in Redis as a hash until delivered.

An alert is raised once per (rule, article version); its id says so:
``<rule>-<article_id>-v<version>``, which is also its delivery job's id.
"""

import json

from workers.diff import describe

DELIVER_ALERT_JOB = "workers.jobs.deliver_alert"


def alert_id(rule, article_ident, version):
    return f"{rule.id}-{article_ident}-v{version}"


def new_alert(ident, rule, article, outcome, terms, created_at):
    """The alert hash: everything delivery needs, so it never rereads the article."""
    return {
        "id": ident,
        "rule": rule.id,
        "severity": rule.severity,
        "channels": json.dumps(list(rule.channels)),
        "event": outcome.event,
        "article_id": outcome.article_id,
        "version": outcome.version,
        "title": article.title,
        "url": article.url,
        "source": article.source or article.site,
        "published_at": article.published_at or "",
        "terms": json.dumps(terms, ensure_ascii=False),
        "changes": describe(outcome.diff) if outcome.diff else "",
        "created_at": created_at,
        "status": "pending",
        "attempts": 0,
        "delivered": json.dumps([]),
        "last_error": "",
    }


def decode_alert(raw):
    """An alert hash read from Redis, with its JSON fields parsed."""
    alert = {k.decode(): v.decode() for k, v in raw.items()}
    for name in ("channels", "terms", "delivered"):
        alert[name] = json.loads(alert.get(name) or "[]")
    alert["attempts"] = int(alert.get("attempts") or 0)
    alert["version"] = int(alert.get("version") or 0)
    return alert


def alert_text(alert):
    """Title and body of the notification on-call staff read."""
    what = {"new": "NEW", "update": "UPDATED"}.get(alert["event"], alert["event"].upper())
    title = f"[{alert['severity'].upper()}] {alert['rule']}: {what} - {alert['title']}"
    lines = [
        f"{what} article matching rule '{alert['rule']}' ({', '.join(alert['terms'])})",
        f"Headline: {alert['title']}",
        f"Source: {alert['source']}",
        f"Published: {alert['published_at'] or 'unknown'}",
        f"Link: {alert['url']}",
    ]
    if alert["changes"]:
        lines += ["What changed:", alert["changes"]]
    return title, "\n".join(lines)
