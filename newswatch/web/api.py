"""The JSON API behind the pages, for downstream tools: the same reads and actions, as JSON.

Authenticate with ``Authorization: Bearer <token>`` (a browser session works too, with
its CSRF token on POST). Documented in docs/reference/web-view.md.
"""

from flask import Blueprint, abort, g, request

from newswatch.web import reads
from newswatch.web.app import can_act, state
from workers import actions

blueprint = Blueprint("api", __name__)
MAX_LIMIT = 200  # alerts in one answer


@blueprint.get("/alerts")
def alerts():
    filters = reads.filters_from(request.args)
    limit = max(1, min(request.args.get("limit", reads.PAGE_SIZE, type=int), MAX_LIMIT))
    rows, next_before, examined = reads.alert_list(state()["redis"], state()["config"].keys, filters,
                                                   request.args.get("before", ""), limit)
    from newswatch.alert_history import alert_view  # noqa: PLC0415
    return {"alerts": [alert_view(row, state()["config"]) for row in rows], "next_before": next_before,
            "examined": examined}


@blueprint.get("/alerts/<ident>")
def alert(ident):
    page = reads.alert_page(state()["redis"], state()["config"], state()["rules"], ident)
    if page is None:
        abort(404, f"no alert {ident}")
    return {**{k: v for k, v in page.items() if k != "rule"}, "rule": page["rule"].id if page["rule"] else None}


@blueprint.get("/articles/<article_id>")
def article(article_id):
    history = reads.article_history(state()["redis"], state()["config"].keys, article_id,
                                    request.args.get("v", type=int), request.args.get("since", type=int))
    if history is None:
        abort(404, f"no stored version of article {article_id}")
    return history


@blueprint.get("/stories/<story_id>")
def story(story_id):
    page = reads.story_page(state()["redis"], state()["config"].keys, story_id)
    if page is None:
        abort(404, f"no story {story_id}")
    return page


@blueprint.get("/holds")
def holds():
    connection, keys = state()["redis"], state()["config"].keys
    return {"active": actions.active(connection, keys), "recent_actions": actions.recent(connection, keys)}


@blueprint.post("/alerts/<ident>/ack")
@can_act
def acknowledge(ident):
    try:
        first = actions.acknowledge(state()["redis"], state()["config"].keys, ident, g.user.name,
                                    str((request.get_json(silent=True) or {}).get("note", ""))[:500],
                                    state()["config"].dedup_ttl)
    except actions.ActionError as exc:
        abort(404, str(exc))
    return {"acknowledged": True, "first": first}


@blueprint.post("/stories/<story_id>/mute")
@can_act
def mute(story_id):
    return _hold(actions.mute_story, story_id)


@blueprint.post("/rules/<rule_id>/snooze")
@can_act
def snooze(rule_id):
    return _hold(actions.snooze_rule, rule_id, {rule.id for rule in state()["rules"]})


def _hold(action, subject, *known):
    body = request.get_json(silent=True) or {}
    try:
        seconds = actions.parse_duration(str(body.get("for", "")))
        return action(state()["redis"], state()["config"].keys, subject, seconds, g.user.name,
                      str(body.get("note", ""))[:500], *known)
    except actions.UnknownSubject as exc:
        abort(404, str(exc))
    except actions.ActionError as exc:
        return {"error": str(exc)}, 400
