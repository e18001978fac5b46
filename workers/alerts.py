"""Alert records: what one alert says, and how it is routed, decided inside the article's transaction.

An alert is raised once per (rule, article version), its id says so: ``<rule>-<article_id>-v<version>``,
also its delivery job's id. The first alert of a rule on a story is sent at once and opens the rule's
throttle window for that story; the alerts that follow within the window wait in the story's digest
and go out together in one message when the window closes (workers.delivery).
"""

import json
from datetime import datetime, timezone

from rq import Retry

from newswatch.shared.job_names import DELIVER_ALERT
from workers.diff import describe

ALERT_LOG_LENGTH = 1000
ROUTE_DIGEST = "digest"  # the ROUTE script's answer for an alert held back ("now" otherwise)

# KEYS: decision, throttle window, digest list, alert hash   ARGV: alert id, window seconds, ttl
ROUTE = """
if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'EX', ARGV[3]) then return 'decided' end
local route = 'now'
if tonumber(ARGV[2]) > 0 and not redis.call('SET', KEYS[2], ARGV[1], 'NX', 'EX', ARGV[2]) then
  route = 'digest'
  redis.call('RPUSH', KEYS[3], ARGV[1])
  redis.call('EXPIRE', KEYS[3], ARGV[3])
end
redis.call('HSET', KEYS[4], 'route', route)
return route
"""


PAGE_EVENTS = ("retracted", "moved")  # told once per article, whatever its version (workers.page_status)


def alert_id(rule, article_ident, version, event=None):
    """``<rule>-<article>-v<version>``; an article gone or moved is told once more, under its own id."""
    return f"{rule.id}-{article_ident}-{event if event in PAGE_EVENTS else f'v{version}'}"


class AlertWriter:
    """Writes alert records and their delivery jobs on the article's MULTI pipeline."""

    def __init__(self, config, queue):
        self.config, self.keys, self.queue = config, config.keys, queue
        self.route = queue.connection.register_script(ROUTE)
        # Index keys whose trim and expiry a write of this job that went through renewed, and those the write
        # being built renews: a job's later alerts only add to them (index).
        self._kept, self._keeping = set(), set()

    def begin(self):
        """A new write (or the same one again after its WATCH failed): nothing of it has gone through."""
        self._keeping.clear()

    def went_through(self):
        self._kept |= self._keeping
        self._keeping.clear()

    def write(self, pipe, article, outcome, rule, terms, placement, event=None, copy_urls=()):
        """``event``: the outcome's own (new, update), ``story_development``, or ``original`` (the follow-up
        of the alerts raised on ``copy_urls``, copies taken for the original until this article came)."""
        ident, ttl = alert_id(rule, outcome.article_id, outcome.version, event), self.config.dedup_ttl
        story_id = placement.story_id if placement else outcome.article_id
        record = new_alert(ident, rule, article, outcome, terms, placement, event or outcome.event, copy_urls)
        pipe.hset(self.keys.alert(ident), mapping=record)
        pipe.expire(self.keys.alert(ident), ttl)
        told = event if event in PAGE_EVENTS else outcome.version
        keys = [self.keys.alert_decision(rule.id, outcome.article_id, told),
                self.keys.alert_window(rule.id, story_id), self.keys.alert_digest(rule.id, story_id),
                self.keys.alert(ident)]
        self.route(keys=keys, args=[ident, rule.throttle_seconds, ttl], client=pipe)
        pipe.lpush(self.keys.alert_log, ident)
        pipe.ltrim(self.keys.alert_log, 0, ALERT_LOG_LENGTH - 1)
        self._keeping |= index(pipe, self.keys, record, ttl, kept=self._kept)
        retry = Retry(max=self.config.alert_retries, interval=list(self.config.alert_retry_intervals))
        self.queue.enqueue_call(DELIVER_ALERT, args=(ident,), job_id=self.keys.delivery_job(ident), retry=retry,
                                timeout=self.config.delivery_timeout(rule.channels), pipeline=pipe,
                                description=f"deliver alert {ident}")
        return ident


FACETS = ("rule", "site", "severity")


def index(pipe, keys, record, ttl, kept=frozenset()):
    """List the alert where the web view looks for it: by time, and by rule, site and severity. Keys in ``kept``
    had their trim and expiry written a moment ago (by the same job): only added to. Returns the keys written."""
    listed = [keys.alert_index, *(keys.alert_index_by(facet, record[facet]) for facet in FACETS)]
    for key in listed:
        _list_by_time(pipe, key, record, ttl, upkeep=key not in kept)
    for facet in FACETS:
        pipe.sadd(keys.alert_facet_values(facet), record[facet])
        if keys.alert_facet_values(facet) not in kept:
            pipe.expire(keys.alert_facet_values(facet), ttl)
    return {*listed, *(keys.alert_facet_values(facet) for facet in FACETS)}


# Statuses rare enough that scanning for them would be slow: indexed when an alert takes them (an index may
# list an alert that has moved on since: readers check the status itself).
NOTED_STATUSES = frozenset({"retrying", "failed", "muted", "snoozed", "acknowledged"})


def note_status(pipe, keys, alert, status, ttl):
    """List ``alert`` (a decoded alert) under ``status`` when it is one of NOTED_STATUSES."""
    if status in NOTED_STATUSES and alert.get("created_at"):
        _list_by_time(pipe, keys.alert_index_by("status", status), alert, ttl)


def _list_by_time(pipe, key, alert, ttl, upkeep=True):
    """``alert`` in the sorted set ``key`` by its creation time (ms); with ``upkeep``, entries older than ``ttl``
    go (their alerts have expired) and the key's expiry is renewed."""
    created_ms = int(datetime.fromisoformat(alert["created_at"]).timestamp() * 1000)
    pipe.zadd(key, {alert["id"]: created_ms})
    if upkeep:
        pipe.zremrangebyscore(key, "-inf", created_ms - ttl * 1000)
        pipe.expire(key, ttl)


def new_alert(ident, rule, article, outcome, terms, placement, event, copy_urls=(), created_at=None):
    """The alert hash: everything delivery needs, so it never rereads the article."""
    return {
        "id": ident,
        "rule": rule.id,
        "severity": rule.severity,
        "channels": json.dumps(list(rule.channels)),
        "event": event,
        "copy_urls": json.dumps(list(copy_urls)),
        "article_id": outcome.article_id,
        "version": outcome.version,
        "title": article.title,
        "url": article.url,
        "source": article.source or article.site,
        "site": article.site,
        "published_at": article.published_at or "",
        "fetched_at": article.fetched_at or "",  # delivery measures fetch-to-alert latency from it
        "terms": json.dumps(terms, ensure_ascii=False),
        "changes": describe(outcome.diff) if outcome.diff else "",
        "story_id": placement.story_id if placement else "",
        "story_title": placement.title if placement else "",
        "story_size": placement.size if placement else 0,
        "throttle_seconds": rule.throttle_seconds,
        "created_at": created_at or datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
        "status": "pending",
        "attempts": 0,
        "delivered": json.dumps([]),
        "last_error": "",
    }


def decode_alert(raw):
    """An alert hash read from Redis, with its JSON fields parsed."""
    alert = {k.decode(): v.decode() for k, v in raw.items()}
    for name in ("channels", "terms", "delivered", "copy_urls"):
        alert[name] = json.loads(alert.get(name) or "[]")
    for name in ("attempts", "version", "story_size", "throttle_seconds"):
        alert[name] = int(alert.get(name) or 0)
    return alert


# What happened, as a message's title says it, and as a list of alerts says it.
WHAT = {"new": "NEW", "update": "UPDATED", "story_development": "STORY DEVELOPMENT", "original": "ORIGINAL FOUND",
        "retracted": "RETRACTED", "moved": "MOVED"}
IN_WORDS = {"new": "New article", "update": "Article updated", "story_development": "Story development",
            "original": "Original of a copy found", "retracted": "Article removed from its site",
            "moved": "Article moved"}
# Headlines come from the pages: a hostile one may run to megabytes, which chat services refuse
# (Discord takes 2,000 characters a message), and the alert would never be delivered.
MAX_HEADLINE = 300


def headline(text):
    """``text`` cut to MAX_HEADLINE characters, an ellipsis saying so."""
    return text if len(text) <= MAX_HEADLINE else text[:MAX_HEADLINE - 1] + "…"


def alert_text(alert, public_url=""):
    """Title and body of the notification on-call staff read about one alert."""
    what = WHAT.get(alert["event"], alert["event"].upper())
    title = f"[{alert['severity'].upper()}] {alert['rule']}: {what} - {headline(alert['title'])}"
    return title, "\n".join(alert_lines(alert, public_url))


def alert_page(alert, public_url):
    """The alert's page in the web view (newswatch web), when its address is configured."""
    return f"{public_url}/alerts/{alert['id']}" if public_url else ""


def alert_lines(alert, public_url=""):
    """The lines about one alert. A story is never named by its title here: it is its first article's,
    which may be about something else than the rule's match; the story page has the whole thread."""
    what = WHAT.get(alert["event"], alert["event"].upper())
    story_link = f": {public_url}/stories/{alert['story_id']}" if public_url and alert["story_id"] else ""
    if alert["event"] == "story_development":
        lines = [f"{what}: a new article on a story rule '{alert['rule']}' alerted on before "
                 f"({alert['story_size']} articles{story_link})"]
    elif alert["event"] == "retracted":
        lines = [f"{what}: an article rule '{alert['rule']}' alerted on is gone from its site (confirmed on a "
                 "later fetch)"]
    elif alert["event"] == "moved":
        lines = [f"{what}: an article rule '{alert['rule']}' alerted on moved for good; the link is its new "
                 "address"]
    elif alert["event"] == "original":
        lines = [f"{what}: rule '{alert['rule']}' alerted on {', '.join(alert['copy_urls'])}, a copy; "
                 "this is the article it copies"]
    else:
        lines = [f"{what} article matching rule '{alert['rule']}' ({', '.join(alert['terms'])})"]
        if alert["story_size"] > 1:
            lines.append(f"Part of a story of {alert['story_size']} articles{story_link}")
    lines += [f"Headline: {headline(alert['title'])}", f"Source: {headline(alert['source'])}",
              f"Published: {alert['published_at'] or 'unknown'}", f"Link: {alert['url']}"]
    if alert["changes"]:
        lines += ["What changed:", alert["changes"]]
    if public_url:
        lines.append(f"Open: {alert_page(alert, public_url)}")
    return lines


def digest_text(alerts, public_url=""):
    """One message for the alerts a story's throttle window held back: one alert reads as itself; the
    rule's matches are listed and name the message; new articles on the story that do not match the
    rule are counted, with the story's page to see them, never listed as if they matched."""
    if len(alerts) == 1:
        return alert_text(alerts[0], public_url)
    matches = [alert for alert in alerts if alert["event"] != "story_development"]
    others = [alert for alert in alerts if alert["event"] == "story_development"]
    first = (matches or others)[0]
    severity, rule, window = first["severity"].upper(), first["rule"], _minutes(first["throttle_seconds"])
    if not matches:
        title = f"[{severity}] {rule}: {len(others)} new articles on a story it alerted on"
        body = [f"{len(others)} new articles joined a story rule '{rule}' alerted on before, in the last {window}:"]
        for alert in others:
            body += ["", f"Headline: {headline(alert['title'])}", f"Source: {headline(alert['source'])}",
                     f"Link: {alert['url']}"]
            if public_url:
                body.append(f"Open: {alert_page(alert, public_url)}")
        return title, "\n".join(body)
    more = f" (and {len(matches) - 1} more)" if len(matches) > 1 else ""
    title = f"[{severity}] {rule}: {headline(matches[0]['title'])}{more}"
    body = [f"{len(matches)} articles matched rule '{rule}' on one story in the last {window}:"
            if len(matches) > 1 else f"1 article matched rule '{rule}' in the last {window}:"]
    for alert in matches:
        body += ["", *alert_lines(alert, public_url)]
    if others:
        where = f": {public_url}/stories/{first['story_id']}" if public_url and first["story_id"] else ""
        body += ["", f"Also {len(others)} other new article(s) on this story that do not match the rule{where}"]
    return title, "\n".join(body)


def _minutes(seconds):
    minutes = max(round(seconds / 60), 1)
    return "minute" if minutes == 1 else f"{minutes} minutes"
