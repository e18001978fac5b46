"""Lua scripts of the shared frontier: each decision is one atomic call in Redis.

Times come from Redis's own clock (TIME), so processes on machines whose
clocks disagree still agree on leases and revisit times. Seen entries pack
two numbers into one integer, ``due_minute * 1e6 + crawl_seq % 1e6``: a URL
is seen when it was scheduled in this crawl, or when its revisit is not due.
"""

NOW = """
local t = redis.call('TIME')
local now_ms = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
"""

# KEYS: state   ARGV: new crawl id
JOIN = NOW + """
if redis.call('HGET', KEYS[1], 'status') == 'running' then
  return {redis.call('HGET', KEYS[1], 'id'), redis.call('HGET', KEYS[1], 'seq'), 0}
end
local seq = redis.call('HINCRBY', KEYS[1], 'seq', 1)
redis.call('HSET', KEYS[1], 'id', ARGV[1], 'status', 'running', 'started_ms', now_ms, 'finished_ms', '')
return {ARGV[1], tostring(seq), 1}
"""

# KEYS: seen bucket, queue, budget, counter
# ARGV: fingerprint field, crawl seq, revisit seconds (-1: once per crawl), max pages, priority, member, ttl
ADD = NOW + """
local seq = tonumber(ARGV[2]) % 1000000
local now_min = math.floor(now_ms / 60000)
local v = redis.call('HGET', KEYS[1], ARGV[1])
if v then
  v = tonumber(v)
  if v % 1000000 == seq or now_min < math.floor(v / 1000000) then return 0 end
end
local used = redis.call('INCR', KEYS[3])
if used == 1 then redis.call('EXPIRE', KEYS[3], ARGV[7]) end
if used > tonumber(ARGV[4]) then return -1 end
local due = 0
if tonumber(ARGV[3]) >= 0 then due = now_min + math.ceil(tonumber(ARGV[3]) / 60) end
redis.call('HSET', KEYS[1], ARGV[1], string.format('%.0f', due * 1000000 + seq))
redis.call('EXPIRE', KEYS[1], ARGV[7])
local order = redis.call('INCR', KEYS[4])
redis.call('ZADD', KEYS[2], string.format('%.0f', -tonumber(ARGV[5]) * 1e13 + order), ARGV[6])
return 1
"""

# KEYS: queue, leases   ARGV: lease ms
POP = NOW + """
local items = redis.call('ZPOPMIN', KEYS[1])
if #items == 0 then return false end
redis.call('ZADD', KEYS[2], now_ms + tonumber(ARGV[1]), items[1])
return items[1]
"""

# KEYS: leases   ARGV: lease ms, member   (extends a lease still held; 0 when it was lost)
RENEW = NOW + """
return redis.call('ZADD', KEYS[1], 'XX', 'CH', now_ms + tonumber(ARGV[1]), ARGV[2])
"""

# KEYS: queue, leases   ARGV: max to move   (expired leases go back to the front of the queue)
REAP = NOW + """
local expired = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now_ms, 'LIMIT', 0, tonumber(ARGV[1]))
for _, member in ipairs(expired) do
  redis.call('ZREM', KEYS[2], member)
  redis.call('ZADD', KEYS[1], -1e15, member)
end
return #expired
"""

# KEYS: queue, leases, state   ARGV: crawl seq   (1 when the crawl is over, marking it finished)
FINISH_IF_DONE = NOW + """
if redis.call('ZCARD', KEYS[1]) > 0 or redis.call('ZCARD', KEYS[2]) > 0 then return 0 end
if redis.call('HGET', KEYS[3], 'seq') == ARGV[1] and redis.call('HGET', KEYS[3], 'status') == 'running' then
  redis.call('HSET', KEYS[3], 'status', 'finished', 'finished_ms', now_ms)
end
return 1
"""

# KEYS: in-flight set, next slot   ARGV: concurrency, interval ms, token, lease ms
# Returns 0 when the request may start now (its slot is taken), else ms to wait before asking again.
ACQUIRE_HOST = NOW + """
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now_ms)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then return 50 end
local next_ms = tonumber(redis.call('GET', KEYS[2]) or '0')
if next_ms > now_ms then return math.max(1, next_ms - now_ms) end
redis.call('ZADD', KEYS[1], now_ms + tonumber(ARGV[4]), ARGV[3])
redis.call('SET', KEYS[2], string.format('%.0f', now_ms + tonumber(ARGV[2])), 'PX', tonumber(ARGV[2]) + 1000)
return 0
"""
