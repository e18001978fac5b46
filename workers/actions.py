"""What on-call staff do about alerts: acknowledge one, mute a story, snooze a rule.

The web view and ``newswatch alerts ack|mute|snooze`` write them here; delivery reads
them (workers.delivery): an alert whose story is muted, or whose rule is snoozed, is
recorded with that status and sent to no channel. A mute or a snooze is a Redis key
that expires when it ends, so nothing has to lift it. Every action is kept, with who
did it and when, in a bounded log that ``status`` and the web view show.
"""

import json
from datetime import datetime, timedelta, timezone

from workers.alerts import note_status

ACTION_LOG_LENGTH = 1000
MAX_HOLD_SECONDS = 30 * 24 * 3600  # a mute or snooze longer than a month is a rule to change instead


class ActionError(ValueError):
    """An action that cannot be taken: a bad duration, or (UnknownSubject) no such alert, story or rule."""


class UnknownSubject(ActionError):
    """No such alert, story or rule (expired, or a typo)."""


# KEYS: the alert   ARGV: at, by, note. One step: never an alert half acknowledged, nor one recreated
# without its TTL after it expired.
ACKNOWLEDGE = """
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
if redis.call('HSETNX', KEYS[1], 'acked_at', ARGV[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], 'acked_by', ARGV[2], 'ack_note', ARGV[3])
return 1
"""


def acknowledge(connection, keys, alert_ident, by, note, ttl):
    """Mark an alert acknowledged by ``by``; acknowledging twice keeps the first. ``ttl``: NEWSWATCH_DEDUP_TTL,
    how long the acknowledged list keeps it (as long as the alert itself)."""
    key, at = keys.alert(alert_ident), _now()
    done = connection.register_script(ACKNOWLEDGE)(keys=[key], args=[at, by, note])
    if done == -1:
        raise UnknownSubject(f"no alert {alert_ident!r} (expired, or a typo?)")
    if not done:
        return False
    with connection.pipeline() as pipe:
        note_status(pipe, keys, {"id": alert_ident, "created_at": (connection.hget(key, "created_at") or b"").decode()},
                    "acknowledged", ttl)
        pipe.execute()
    _log(connection, keys, {"action": "acknowledge", "alert": alert_ident, "by": by, "at": at, "note": note})
    return True


def mute_story(connection, keys, story_id, seconds, by, note=""):
    """Mute the story ``story_id`` is part of now (the one it was merged into, if it was)."""
    if not connection.exists(keys.story(story_id)):
        raise UnknownSubject(f"no story {story_id!r} under prefix {keys.prefix!r} (expired, or a typo?)")
    story_id = story_root(connection, keys, story_id)
    return _hold(connection, keys, "mute", keys.story_muted(story_id), {"story": story_id}, seconds, by, note)


def story_root(connection, keys, story_id):
    """The story ``story_id`` was merged into, if it was (workers.story_index merges stories)."""
    while (merged := connection.hget(keys.story(story_id), "merged_into")):
        story_id = merged.decode()
    return story_id


def snooze_rule(connection, keys, rule_id, seconds, by, note, rule_ids):
    """Snooze ``rule_id``, one of ``rule_ids`` (the rules file's)."""
    if rule_id not in rule_ids:
        raise UnknownSubject(f"no rule {rule_id!r} in the rules file")
    return _hold(connection, keys, "snooze", keys.rule_snoozed(rule_id), {"rule": rule_id}, seconds, by, note)


def unmute_story(connection, keys, story_id, by):
    return _lift(connection, keys, "unmute", keys.story_muted(story_id), {"story": story_id}, by)


def unsnooze_rule(connection, keys, rule_id, by):
    return _lift(connection, keys, "unsnooze", keys.rule_snoozed(rule_id), {"rule": rule_id}, by)


def _hold(connection, keys, action, key, subject, seconds, by, note):
    if not 0 < seconds <= MAX_HOLD_SECONDS:
        raise ActionError(f"a {action} lasts from 1 second to {MAX_HOLD_SECONDS // 86400} days, not {seconds} s")
    at = datetime.now(timezone.utc)
    entry = {"action": action, **subject, "by": by, "at": _iso(at), "until": _iso(at + timedelta(seconds=seconds)),
             "note": note}
    with connection.pipeline() as pipe:
        pipe.set(key, json.dumps(entry), ex=int(seconds))
        pipe.zadd(keys.holds, {key: at.timestamp() + seconds})  # what is in force, without a SCAN
        pipe.zremrangebyscore(keys.holds, "-inf", at.timestamp())
        pipe.execute()
    _log(connection, keys, entry)
    return entry


def _lift(connection, keys, action, key, subject, by):
    lifted = bool(connection.delete(key))
    connection.zrem(keys.holds, key)
    if lifted:
        _log(connection, keys, {"action": action, **subject, "by": by, "at": _now()})
    return lifted


def holding(connection, keys, alert):
    """The mute or snooze that holds ``alert`` back, as its log entry; None when it may be sent."""
    story_id = alert.get("story_id") or alert["article_id"]
    candidates = [keys.rule_snoozed(alert["rule"]), keys.story_muted(story_id)]
    root = story_root(connection, keys, story_id)  # a story merged since the alert
    if root != story_id:
        candidates.append(keys.story_muted(root))
    for raw in connection.mget(candidates):
        if raw:
            return json.loads(raw)
    return None


def active(connection, keys):
    """Mutes and snoozes in force now, soonest to end first."""
    found = connection.zrangebyscore(keys.holds, datetime.now(timezone.utc).timestamp(), "+inf")
    entries = [json.loads(raw) for raw in (connection.mget(found) if found else []) if raw]
    return sorted(entries, key=lambda entry: entry["until"])


def recent(connection, keys, limit=50):
    return [json.loads(raw) for raw in connection.lrange(keys.action_log, 0, limit - 1)]


def parse_duration(text):
    """Seconds in "90s", "30m", "2h", "1d" (or a bare number of seconds)."""
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    value = (text or "").strip().lower()
    try:
        seconds = float(value[:-1]) * units[value[-1]] if value and value[-1] in units else float(value)
    except ValueError:
        raise ActionError(f"a duration is a number and a unit (90s, 30m, 2h, 1d), not {text!r}") from None
    if not 0 < seconds <= MAX_HOLD_SECONDS:
        raise ActionError(f"a duration lasts from 1 second to {MAX_HOLD_SECONDS // 86400} days, not {text!r}")
    return int(seconds)


def _log(connection, keys, entry):
    with connection.pipeline(transaction=False) as pipe:
        pipe.lpush(keys.action_log, json.dumps(entry, ensure_ascii=False))
        pipe.ltrim(keys.action_log, 0, ACTION_LOG_LENGTH - 1)
        pipe.execute()


def _now():
    return _iso(datetime.now(timezone.utc))


def _iso(moment):
    return moment.isoformat(timespec="seconds")
