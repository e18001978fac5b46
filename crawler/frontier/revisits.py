"""The decaying revisit schedule of articles: fetched again at set delays after first sight.

A story changes most in its first hours, so an article is fetched again, for
example, 10 min, 1 h, 6 h and 24 h after it was first seen
(NEWSWATCH_REVISIT_SCHEDULE), then no more. Articles are enrolled when their
first fetch is enqueued; each round of a site takes the revisits that are due
(``take_due``) and moves them to their next step in the same atomic call, so
two processes never take one revisit twice; past its last step an article
leaves the schedule (a later full fetch, of a changed page, enrolls it again).
Times come from Redis's clock.
"""

ENROLL = """
local t = redis.call('TIME')
local now = tonumber(t[1])
for i = 3, #ARGV do
  if redis.call('HSETNX', KEYS[2], ARGV[i], '0 ' .. now) == 1 then
    redis.call('ZADD', KEYS[1], now + tonumber(ARGV[1]), ARGV[i])
  end
end
redis.call('EXPIRE', KEYS[1], ARGV[2])
redis.call('EXPIRE', KEYS[2], ARGV[2])
"""

# ARGV: how many at most, then the schedule's delays
TAKE_DUE = """
local t = redis.call('TIME')
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', tonumber(t[1]), 'LIMIT', 0, tonumber(ARGV[1]))
local steps = #ARGV - 1
for _, url in ipairs(due) do
  local state = redis.call('HGET', KEYS[2], url) or ('0 ' .. t[1])
  local step, first = string.match(state, '^(%d+) (%d+)$')
  step = tonumber(step) + 1
  if step < steps then
    redis.call('ZADD', KEYS[1], tonumber(first) + tonumber(ARGV[step + 2]), url)
    redis.call('HSET', KEYS[2], url, step .. ' ' .. first)
  else
    redis.call('ZREM', KEYS[1], url)
    redis.call('HDEL', KEYS[2], url)
  end
end
return due
"""


class RevisitSchedule:
    """Settings read (by the callers): NEWSWATCH_REVISIT_SCHEDULE, NEWSWATCH_DEDUP_TTL."""

    def __init__(self, connection, keys, delays, ttl):
        if any(b <= a for a, b in zip(delays, delays[1:])) or any(d <= 0 for d in delays):
            raise ValueError(f"NEWSWATCH_REVISIT_SCHEDULE must be increasing positive seconds, not {delays}")
        self.keys, self.delays, self.ttl = keys, list(delays), ttl
        self._enroll = connection.register_script(ENROLL)
        self._take_due = connection.register_script(TAKE_DUE)

    def enroll(self, site, urls, client=None):
        """Put first-seen articles on the schedule (already enrolled ones keep their place)."""
        if self.delays and urls:
            self._enroll(keys=[self.keys.revisit_due(site), self.keys.revisit_steps(site)],
                         args=[self.delays[0], self.ttl, *urls], client=client)

    def take_due(self, site, limit=1000):
        """URLs of the site's articles due for a revisit now, each moved on to its next step."""
        if not self.delays:
            return []
        urls = self._take_due(keys=[self.keys.revisit_due(site), self.keys.revisit_steps(site)],
                              args=[limit, *self.delays])
        return [url.decode() for url in urls]
