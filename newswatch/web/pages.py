"""The pages on-call staff use: alerts, one alert, an article's versions, a story; and the actions."""

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for

from newswatch.web import reads
from newswatch.web.app import can_act, local_path, state
from workers import actions

blueprint = Blueprint("pages", __name__)
DURATIONS = (("1h", "1 hour"), ("4h", "4 hours"), ("12h", "12 hours"), ("1d", "1 day"), ("7d", "7 days"))


@blueprint.get("/")
def home():
    return redirect(url_for("pages.alerts"))


@blueprint.get("/alerts")
def alerts():
    keys = state()["config"].keys
    filters = reads.filters_from(request.args)
    before = request.args.get("before", "")
    rows, next_before, examined = reads.alert_list(state()["redis"], keys, filters, before)
    return render_template("alerts.html", rows=rows, filters=filters, next_before=next_before, examined=examined,
                           facets=reads.facet_values(state()["redis"], keys), statuses=reads.STATUSES,
                           words=reads.event_words, holds=actions.active(state()["redis"], keys))


@blueprint.get("/alerts/<ident>")
def alert(ident):
    page = reads.alert_page(state()["redis"], state()["config"], state()["rules"], ident)
    if page is None:
        abort(404, f"No alert {ident} (expired after NEWSWATCH_DEDUP_TTL, or a typo).")
    return render_template("alert.html", page=page, durations=DURATIONS)


@blueprint.get("/articles/<article_id>")
def article(article_id):
    connection, keys = state()["redis"], state()["config"].keys
    seen_key = keys.web_seen(g.user.name, article_id)
    last_seen = int(connection.get(seen_key) or 0)
    since = last_seen if request.args.get("since") == "last" else request.args.get("since", type=int)
    history = reads.article_history(connection, keys, article_id, request.args.get("v", type=int), since)
    if history is None:
        abort(404, f"No stored version of article {article_id} (expired, or a typo).")
    if history["version"] > last_seen:
        connection.set(seen_key, history["version"], ex=state()["config"].dedup_ttl)
    return render_template("article.html", h=history, last_seen=last_seen)


@blueprint.get("/stories/<story_id>")
def story(story_id):
    page = reads.story_page(state()["redis"], state()["config"].keys, story_id)
    if page is None:
        abort(404, f"No story {story_id} (expired, or a typo).")
    return render_template("story.html", story=page, durations=DURATIONS)


@blueprint.post("/alerts/<ident>/ack")
@can_act
def acknowledge(ident):
    try:
        first = actions.acknowledge(state()["redis"], state()["config"].keys, ident, g.user.name,
                                    request.form.get("note", "")[:500], state()["config"].dedup_ttl)
    except actions.ActionError as exc:
        abort(404, str(exc))
    flash("Acknowledged." if first else "Already acknowledged.")
    return redirect(url_for("pages.alert", ident=ident))


@blueprint.post("/stories/<story_id>/mute")
@can_act
def mute(story_id):
    entry = _hold(actions.mute_story, story_id)
    flash(f"Story muted until {entry['until']}: its alerts are recorded, not sent.")
    return _back(url_for("pages.story", story_id=story_id))


@blueprint.post("/stories/<story_id>/unmute")
@can_act
def unmute(story_id):
    actions.unmute_story(state()["redis"], state()["config"].keys, story_id, g.user.name)
    flash("Story unmuted.")
    return _back(url_for("pages.story", story_id=story_id))


@blueprint.post("/rules/<rule_id>/snooze")
@can_act
def snooze(rule_id):
    entry = _hold(actions.snooze_rule, rule_id, {rule.id for rule in state()["rules"]})
    flash(f"Rule {rule_id} snoozed until {entry['until']}: its alerts are recorded, not sent.")
    return _back(url_for("pages.alerts", rule=rule_id))


@blueprint.post("/rules/<rule_id>/unsnooze")
@can_act
def unsnooze(rule_id):
    actions.unsnooze_rule(state()["redis"], state()["config"].keys, rule_id, g.user.name)
    flash(f"Rule {rule_id} unsnoozed.")
    return _back(url_for("pages.alerts", rule=rule_id))


def _hold(action, subject, *known):
    try:
        seconds = actions.parse_duration(request.form.get("for", ""))
        return action(state()["redis"], state()["config"].keys, subject, seconds, g.user.name,
                      request.form.get("note", "")[:500], *known)
    except actions.UnknownSubject as exc:
        abort(404, str(exc))
    except actions.ActionError as exc:
        abort(400, str(exc))


def _back(default):
    return redirect(local_path(request.form.get("back", ""), default))
