"""Delivery attempts written down before they are sent: at-least-once delivery, told truthfully.

Delivery to an outside service cannot be exactly once: a worker, or its work horse, killed
between sending a message and recording that it went leaves no way to know whether the
channel took it. So each attempt to a channel target is recorded before it is sent (the
record's ``attempts`` counts it, a marker says it is under way) and the marker is cleared with
the outcome. A marker found at the next attempt means the last one was interrupted: the
message goes out again as a *possible repeat*, said in its title and in the record
(``possible_repeats``), with the same idempotency key, which the receiver can use to drop it:
an ``Idempotency-Key`` header and an ``idempotency_key`` field for webhook/JSON channels, a
last line of the text for every channel.
"""

import json

SENDING = "sending:"  # record field prefix: the target's attempt under way
REPEATS = "possible_repeats"  # record field: JSON list of targets sent again after an interrupted attempt


def idempotency_key(message_id, target):
    """The key of one message to one channel target, the same at every attempt."""
    return f"nw-{message_id}-{target.replace('#', '-')}"


class Attempts:
    """The attempts at one message (an alert, or a digest of several), recorded in the alerts' hashes
    ``record_keys``; the marker of an attempt under way is kept in the first."""

    def __init__(self, connection, record_keys):
        self.redis, self.keys = connection, list(record_keys)
        self.key = self.keys[0]

    def begin(self, target):
        """Record an attempt to ``target`` before it is sent; True when it may repeat an interrupted one."""
        with self.redis.pipeline() as pipe:
            pipe.hget(self.key, SENDING + target)
            for key in self.keys:
                pipe.hincrby(key, "attempts", 1)
            pipe.hset(self.key, SENDING + target, "1")
            interrupted = pipe.execute()[0]
        return interrupted is not None

    def end(self, pipe, targets, repeats):
        """On ``pipe``, with the outcome: the attempts to ``targets`` are over; ``repeats`` were possible repeats."""
        for target in targets:
            pipe.hdel(self.key, SENDING + target)
        if repeats:
            known = json.loads(self.redis.hget(self.key, REPEATS) or "[]")
            pipe.hset(self.key, REPEATS, json.dumps(sorted(set(known) | set(repeats))))
