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

Where Redis has replicas (a Sentinel group), the attempt's record is on them before the message goes
out: WAIT, on the connection that wrote it, for every connected replica, at most
NEWSWATCH_ALERT_REPLICA_WAIT_MS. The replication stream is one sequence, so the alert's record and
its "alerted" decision, written earlier by the worker that raised it, are on them too. A failover
then cannot forget an alert it already sent, and the article's reprocessing (the repair of lost
writes) finds it decided instead of raising it again. A replica that does not answer in time does
not hold the alert back: it goes out, and the log says how many replicas had it.
"""

import json
import logging

from redis.exceptions import ResponseError

SENDING = "sending:"  # record field prefix: the target's attempt under way
REPEATS = "possible_repeats"  # record field: JSON list of targets sent again after an interrupted attempt

logger = logging.getLogger(__name__)

# KEYS: the alerts' records, the first holding the marker   ARGV: the marker's field   Returns the marker found.
BEGIN = """
local interrupted = redis.call('HGET', KEYS[1], ARGV[1])
for i = 1, #KEYS do redis.call('HINCRBY', KEYS[i], 'attempts', 1) end
redis.call('HSET', KEYS[1], ARGV[1], '1')
return interrupted
"""


def idempotency_key(message_id, target):
    """The key of one message to one channel target, the same at every attempt."""
    return f"nw-{message_id}-{target.replace('#', '-')}"


class Attempts:
    """The attempts at one message (an alert, or a digest of several), recorded in the alerts' hashes
    ``record_keys``; the marker of an attempt under way is kept in the first."""

    def __init__(self, connection, record_keys, replica_wait_ms=0):
        self.redis, self.keys = connection, list(record_keys)
        self.key = self.keys[0]
        self._begin = connection.register_script(BEGIN)
        self._replica_wait_ms, self._replicas = replica_wait_ms, None

    def begin(self, target):
        """Record an attempt to ``target`` before it is sent, on the replicas too (see above); True when it may
        repeat an interrupted one."""
        replicas = self.replicas()
        with self.redis.pipeline(transaction=False) as pipe:  # one connection: WAIT counts its own writes
            self._begin(keys=self.keys, args=[SENDING + target], client=pipe)
            if replicas:
                pipe.wait(replicas, self._replica_wait_ms)
            interrupted, *acked = pipe.execute()
        if acked and acked[0] < replicas:
            logger.warning("alert %s: sending with its record on %d of %d replicas after %d ms", self.key,
                           acked[0], replicas, self._replica_wait_ms)
        return interrupted is not None

    def replicas(self):
        """The replicas to wait for: those connected to the primary now (none when the wait is off)."""
        if self._replicas is None:
            self._replicas = 0
            if self._replica_wait_ms > 0:
                try:
                    self._replicas = int(self.redis.info("replication").get("connected_slaves", 0))
                except ResponseError as refused:  # INFO denied (an ACL, a renamed command): no wait, said once
                    logger.warning("cannot see Redis's replicas (%s): alerts go out without waiting for them",
                                   refused)
        return self._replicas

    def end(self, pipe, targets, repeats):
        """On ``pipe``, with the outcome: the attempts to ``targets`` are over; ``repeats`` were possible repeats."""
        for target in targets:
            pipe.hdel(self.key, SENDING + target)
        if repeats:
            known = json.loads(self.redis.hget(self.key, REPEATS) or "[]")
            pipe.hset(self.key, REPEATS, json.dumps(sorted(set(known) | set(repeats))))
