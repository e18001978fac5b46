"""The monitor lease: of several ``monitor`` processes, only the one holding it acts.

The holder renews it every tick; when it dies the lease expires after
NEWSWATCH_MONITOR_LEASE seconds and another monitor takes over. Taking,
renewing and giving it up are each one atomic call, so two monitors never
both believe they hold it.
"""

import os
import socket
import uuid

HOLD = """
local owner = redis.call('GET', KEYS[1])
if owner == false or owner == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
return 0
"""

RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


class LeaderLease:
    def __init__(self, connection, key, seconds, owner=None):
        self.redis, self.key, self.ms = connection, key, int(seconds * 1000)
        self.owner = owner or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self._hold = connection.register_script(HOLD)
        self._release = connection.register_script(RELEASE)

    def hold(self):
        """Take the lease, or renew it if ours: True while this monitor is the one that acts."""
        return bool(self._hold(keys=[self.key], args=[self.owner, self.ms]))

    def release(self):
        self._release(keys=[self.key], args=[self.owner])

    def holder(self):
        owner = self.redis.get(self.key)
        return owner.decode() if owner else None
