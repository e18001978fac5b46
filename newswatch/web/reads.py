"""What the web view shows, read from Redis: the same data for the pages and the JSON API.

Lists are bounded: an alert list examines at most SCAN_LIMIT alerts of the chosen index
(newest first) per page, so a page costs the same with 100 alerts or 100,000.
"""

import json
from itertools import islice

from newswatch.alert_history import alert_view
from workers import actions
from workers import version_records
from workers.alerts import FACETS, IN_WORDS, NOTED_STATUSES, decode_alert
from workers.attempts import idempotency_key
from workers.diff import diff_versions
from workers.rules import evidence

PAGE_SIZE = 50
SCAN_LIMIT = 5000
BATCH = 250
STATUSES = ("pending", "sent", "grouped", *sorted(NOTED_STATUSES))  # the ones a list can be filtered by

def alert_list(connection, keys, filters, before=None, limit=PAGE_SIZE):
    """Alerts newest first that pass ``filters`` (rule, site, severity, status, q), after the cursor ``before``
    ("<created ms>:<alert id>", as returned); the rows, the next page's cursor (None: no more) and how many
    alerts were examined (at most SCAN_LIMIT: a rare match further back is on a later page)."""
    facet = next(((name, filters[name]) for name in FACETS if filters.get(name)), None)
    if filters.get("status") in NOTED_STATUSES:
        facet = ("status", filters["status"])  # a rare status: its own index is the shortest
    index = keys.alert_index_by(*facet) if facet else keys.alert_index
    wanted = ("id", *(name for name in FACETS if filters.get(name)),
              *(("status", "acked_at") if filters.get("status") else ()), *(("title",) if filters.get("q") else ()))
    walk, rows, examined, last = _newest_first(connection, index, _cursor(before)), [], 0, None
    while len(rows) < limit and examined < SCAN_LIMIT:
        chunk = list(islice(walk, min(BATCH, SCAN_LIMIT - examined)))
        if not chunk:
            return rows, None, examined
        with connection.pipeline(transaction=False) as pipe:
            for ident, _ in chunk:  # the filtered fields only: the whole alert for those that pass
                pipe.hmget(keys.alert(ident), *wanted)
            records = pipe.execute()
        passing = []
        for (ident, score), values in zip(chunk, records):
            examined, last = examined + 1, (score, ident)
            if values[0] is not None and _passes(dict(zip(wanted, (v.decode() if v else "" for v in values))),
                                                 filters):
                passing.append(ident)
                if len(rows) + len(passing) == limit:
                    break
        with connection.pipeline(transaction=False) as pipe:
            for ident in passing:
                pipe.hgetall(keys.alert(ident))
            rows += [decode_alert(raw) for raw in pipe.execute() if raw]
    return rows, f"{last[0]}:{last[1]}", examined


def _cursor(text):
    """(score, alert id) from "<ms>:<id>"; None for the newest page (or a cursor that is not one)."""
    score, _, ident = (text or "").partition(":")
    return (int(score), ident) if score.isdigit() and ident else None


def _newest_first(connection, index, cursor):
    """(alert id, score) of ``index`` from the newest, after ``cursor``: alerts created in the same
    millisecond (one article, several rules) are told apart by id, so none is skipped or repeated."""
    high, seen_at_high = (cursor[0], cursor[1]) if cursor else ("+inf", None)
    offset = 0
    while True:
        batch = connection.zrevrangebyscore(index, high, "-inf", start=offset, num=BATCH, withscores=True)
        for member, score in batch:
            ident, score = member.decode(), int(score)
            if seen_at_high is not None and score == high and ident >= seen_at_high:
                continue  # shown on the page before (same millisecond, same or higher id)
            yield ident, score
        if len(batch) < BATCH:
            return
        last = int(batch[-1][1])
        if last == high:
            offset += len(batch)  # a whole batch in one millisecond: go on past it
        else:
            high, seen_at_high, offset = last, None, sum(1 for _, score in batch if int(score) == last)


def _passes(alert, filters):
    for facet in FACETS:
        if filters.get(facet) and alert.get(facet) != filters[facet]:
            return False
    status = filters.get("status")
    if status == "acknowledged" and not alert.get("acked_at"):
        return False
    if status and status != "acknowledged" and alert["status"] != status:
        return False
    query = (filters.get("q") or "").strip().casefold()
    return not query or query in alert["title"].casefold()


def facet_values(connection, keys):
    return {facet: sorted(v.decode() for v in connection.smembers(keys.alert_facet_values(facet)))
            for facet in FACETS}


def alert_page(connection, config, rules, ident):
    """One alert: its view, why it matched (sentences of the version it fired on), the article's versions,
    its delivery receipts and what holds it; None when unknown (or expired)."""
    raw = connection.hgetall(config.keys.alert(ident))
    if not raw:
        return None
    alert = decode_alert(raw)
    versions = stored_versions(connection, config.keys, alert["article_id"])
    fired = versions.get(alert["version"])
    rule = next((rule for rule in rules if rule.id == alert["rule"]), None)
    why = evidence(rule, _rule_fields(fired)) if rule and fired else []
    previous = versions.get(alert["version"] - 1) if alert["event"] == "update" else None
    return {
        "alert": alert_view(alert, config),
        "what": event_words(alert["event"]),
        "rule": rule,
        "evidence": why,
        "fired_on": fired,
        "diff": diff_versions(previous["substance"], fired["substance"]) if fired and previous else None,
        "receipts": receipts(alert, config),
        "hold": actions.holding(connection, config.keys, alert),
        "story_muted": _json(connection.get(config.keys.story_muted(alert["story_id"]))) if alert["story_id"]
        else None,
        "rule_snoozed": _json(connection.get(config.keys.rule_snoozed(alert["rule"]))),
        "versions": sorted(versions),
    }


def _rule_fields(version):
    substance = version["substance"]
    return {"title": substance["title"], "summary": substance.get("summary") or "", "body": substance["body"],
            "related": [title for _, title in version.get("related", [])]}


def receipts(alert, config):
    """Per channel target: delivered or not, the alert's attempts and error, and the idempotency key the
    channel saw (the same at every attempt)."""
    rows, failing = [], set(json.loads(alert.get("failed_targets") or "[]"))
    message_id = alert.get("message_id") or alert["id"]  # a digest's, when the alert went out in one
    for name in alert["channels"]:
        for index in range(max(len(config.channels.get(name) or [None]), 1)):
            target = f"{name}#{index}"
            rows.append({"target": target, "delivered": target in alert["delivered"], "attempts": alert["attempts"],
                         "error": "failed at the last attempt" if target in failing else "",
                         "in_digest": message_id.startswith("digest-"),
                         "idempotency_key": idempotency_key(message_id, target)})
    return rows


def stored_versions(connection, keys, article_id):
    """{version number: record} of the versions still stored (newest NEWSWATCH_MAX_VERSIONS)."""
    return {record["version"]: record for record in
            map(version_records.decode, connection.lrange(keys.versions(article_id), 0, -1))}


def article_history(connection, keys, article_id, version=None, since=None):
    """One version of an article with its diff against the one before (or against ``since``, the version the
    reader last looked at), and its neighbours for stepping; None when nothing is stored."""
    versions = stored_versions(connection, keys, article_id)
    if not versions:
        return None
    numbers = sorted(versions)
    shown = version if version in versions else numbers[-1]
    base = since if since in versions and since < shown else (shown - 1 if shown - 1 in versions else None)
    record = versions[shown]
    state = {k.decode(): v.decode() for k, v in connection.hgetall(keys.article(article_id)).items()}
    story = connection.get(keys.story_of(article_id))
    story_title = connection.hget(keys.story(story.decode()), "title") if story else None
    return {
        "article_id": article_id, "record": record, "version": shown, "versions": numbers,
        "previous": max((n for n in numbers if n < shown), default=None),
        "next": min((n for n in numbers if n > shown), default=None),
        "base": base, "diff": diff_versions(versions[base]["substance"], record["substance"]) if base else None,
        "base_record": versions[base] if base else None,
        "duplicate_of": state.get("duplicate_of") or None, "story_id": story.decode() if story else None,
        "story_title": story_title.decode() if story_title else None,
        "latest": numbers[-1],
    }


def story_page(connection, keys, story_id):
    """A story's articles in the order they were first seen, each with its latest version, copies with their
    originals, and the related-news links among them; None when unknown."""
    story = {k.decode(): v.decode() for k, v in connection.hgetall(keys.story(story_id)).items()}
    if not story:
        return None
    members = [(m.decode(), int(score)) for m, score in
               connection.zrange(keys.story_articles(story_id), 0, -1, withscores=True)]
    with connection.pipeline(transaction=False) as pipe:
        for article_id, _ in members:
            pipe.lindex(keys.versions(article_id), 0)
            pipe.hmget(keys.article(article_id), "duplicate_of", "url")
        found = pipe.execute()
    articles = []
    for (article_id, seen_ms), latest, (duplicate_of, url) in zip(members, found[::2], found[1::2]):
        record = version_records.decode(latest)  # None: a copy keeps no versions of its own
        articles.append({"id": article_id, "seen_ms": seen_ms, "record": record, "url": (url or b"").decode(),
                         "duplicate_of": duplicate_of.decode() if duplicate_of else None})
    articles.sort(key=lambda a: ((a["record"] or {}).get("substance", {}).get("published_at") or "", a["seen_ms"]))
    by_url = {a["record"]["url"]: a["id"] for a in articles if a["record"]}
    edges = [(a["id"], by_url[url]) for a in articles if a["record"]
             for url, _ in a["record"].get("related", []) if url in by_url and by_url[url] != a["id"]]
    alerted = sorted(m.decode() for m in connection.smembers(keys.story_alerted(story_id)))
    return {"id": story_id, "title": story.get("title", ""), "size": int(story.get("size", 0)),
            "merged_into": story.get("merged_into"), "articles": articles, "edges": edges, "alerted": alerted,
            "muted": _json(connection.get(keys.story_muted(story_id)))}


def _json(raw):
    return json.loads(raw) if raw else None


def event_words(event):
    return IN_WORDS.get(event, event)


def filters_from(args):
    """The list filters a request asks for (query string), each stripped; "" where not given."""
    return {name: args.get(name, "").strip() for name in (*FACETS, "status", "q")}
