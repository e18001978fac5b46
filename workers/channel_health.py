"""Which alert channels are failing now, why and since when: written by each delivery attempt, read by status.

One hash holds, for every target (``<channel>#<url index>``) whose last attempt failed, the kind of failure
(``timeout``, ``HTTP 500``, ``connection error``...; never the URL), when it began failing and when it last
failed. A target that takes a message is no longer failing. Entries of a channel removed from the
configuration go when the hash expires, a week after the last failure of any channel.
"""

from datetime import UTC, datetime

FIELDS = ("error", "since", "last")
FAILING_TTL = 7 * 24 * 3600


def note_attempt(pipe, keys, sent, failed):
    """On ``pipe`` (the attempt's MULTI): ``sent`` targets are well again, ``failed`` ({target: why}) are failing."""
    key, now = keys.alert_channels_failing, datetime.now(UTC).isoformat(timespec="seconds")
    for target in sent:
        pipe.hdel(key, *(f"{target}:{name}" for name in FIELDS))
    for target, why in failed.items():
        pipe.hsetnx(key, f"{target}:since", now)
        pipe.hset(key, mapping={f"{target}:error": why, f"{target}:last": now})
    if failed:
        pipe.expire(key, FAILING_TTL)


def failing_channels(connection, keys):
    """{target: {"error", "since", "last"}} of the targets failing now, by target name."""
    found = {}
    for field, value in connection.hgetall(keys.alert_channels_failing).items():
        target, name = field.decode().rsplit(":", 1)
        found.setdefault(target, {})[name] = value.decode()
    return {target: {name: info.get(name, "") for name in FIELDS} for target, info in sorted(found.items())}
