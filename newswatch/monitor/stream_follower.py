"""Reads what the workers publish on the downstream stream, from where the monitor left off.

The monitor is a reader like any downstream service; its position is kept in
Redis, so a restarted (or newly elected) monitor carries on where the last one
stopped. On its very first start it begins at the end: old events say nothing
about the sites' current activity.
"""

import logging

from newswatch.shared.errors import MessageError
from workers.events import ArticleEvent

logger = logging.getLogger(__name__)
BATCH, MAX_BATCHES = 1000, 20


class StreamFollower:
    def __init__(self, connection, keys):
        self.redis, self.stream, self.cursor_key = connection, keys.stream, keys.monitor_cursor

    def read(self):
        """Events published since the last read (at most MAX_BATCHES x BATCH per call)."""
        cursor = self._cursor()
        events = []
        for _ in range(MAX_BATCHES):
            entries = self.redis.xrange(self.stream, min=f"({cursor}", count=BATCH)
            for entry_id, fields in entries:
                cursor = entry_id.decode()
                try:
                    events.append(ArticleEvent.from_stream_fields(fields))
                except (MessageError, ValueError, TypeError, KeyError) as exc:
                    logger.warning("stream entry %s skipped: %s", cursor, exc)
            if len(entries) < BATCH:
                break
        self.redis.set(self.cursor_key, cursor)
        return events

    def _cursor(self):
        cursor = self.redis.get(self.cursor_key)
        if cursor:
            return cursor.decode()
        last = self.redis.xrevrange(self.stream, count=1)
        return last[0][0].decode() if last else "0-0"
