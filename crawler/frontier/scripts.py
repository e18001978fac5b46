"""Lua scripts of the shared frontier: each decision is one atomic call in Redis.

Times come from Redis's own clock (TIME), so processes on machines whose
clocks disagree still agree on leases and revisit times. Seen entries pack
two numbers into one integer, ``due_minute * 1e6 + crawl_seq % 1e6``: a URL
is seen when it was scheduled in this crawl, or when its revisit is not due.
The seen set itself is a linear hash table (crawler.frontier.seen_scripts).
"""

from crawler.frontier.seen_scripts import SEEN

NOW = """
local t = redis.call('TIME')
local now_ms = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
"""

# KEYS: state, names, leases, seen table   ARGV: new crawl id, crawl name, seen TTL
# A crawl being stopped is joined too: the joining process sees it stopping and closes at once.
# Leases without any crawl state are a wiped Redis's leftovers (a process of the lost instance wrote
# them before it noticed): nobody holds them, so they are dropped rather than waited for.
# A crawl that ran before and has no seen table yet was seen by an earlier version: its seen shards
# are read as long as they may live (crawler.frontier.seen_scripts).
JOIN = NOW + """
redis.call('SADD', KEYS[2], ARGV[2])
if redis.call('HGET', KEYS[1], 'seq') and redis.call('EXISTS', KEYS[4]) == 0 then
  redis.call('HSET', KEYS[4], 'legacy_until_ms', string.format('%.0f', now_ms + tonumber(ARGV[3]) * 1000))
  redis.call('EXPIRE', KEYS[4], ARGV[3])
end
local status = redis.call('HGET', KEYS[1], 'status')
if status == 'running' or status == 'stopping' then
  return {redis.call('HGET', KEYS[1], 'id'), redis.call('HGET', KEYS[1], 'seq'), 0}
end
if not redis.call('HGET', KEYS[1], 'seq') then redis.call('DEL', KEYS[3]) end
local seq = redis.call('HINCRBY', KEYS[1], 'seq', 1)
redis.call('HSET', KEYS[1], 'id', ARGV[1], 'status', 'running', 'started_ms', now_ms, 'finished_ms', '')
return {ARGV[1], tostring(seq), 1}
"""

# KEYS: state   (1 when a running crawl is now stopping)
STOP = NOW + """
if redis.call('HGET', KEYS[1], 'status') ~= 'running' then return 0 end
redis.call('HSET', KEYS[1], 'status', 'stopping', 'stop_ms', now_ms)
return 1
"""

# KEYS: leases, state   (1 when the crawl is stopped: a stopping crawl with nothing in flight left is
# marked stopped; what is still queued stays for the next crawl)
SETTLE_STOP = NOW + """
local status = redis.call('HGET', KEYS[2], 'status')
if status == 'stopped' then return 1 end
if status ~= 'stopping' or redis.call('ZCARD', KEYS[1]) > 0 then return 0 end
redis.call('HSET', KEYS[2], 'status', 'stopped', 'finished_ms', now_ms)
return 1
"""

# KEYS: queue, counter, seen table, the batch's site budgets (S of them)
# ARGV: crawl seq, ttl, revisit seconds, S, seen bucket prefix, legacy shard prefix, legacy shards, load,
#       each site's max pages, then per entry: 8-byte fingerprint, site number (1..S), mode, priority, member.
#       Modes: 0 an article (seen until its revisit time), 1 once per crawl (listings, feeds, sitemaps),
#       2 a scheduled revisit (once per crawl, due now, outside the site's page budget), 3 another spelling
#       of an article just fetched (marked seen like the article, never queued).
# Returns per entry: 1 queued, 0 already seen (or marked), -1 over the site's page budget.
ADD_MANY = NOW + SEEN + """
local seq = tonumber(ARGV[1]) % 1000000
local ttl, revisit, sites = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local S = seen_open(KEYS[3], ARGV[5], ARGV[6], tonumber(ARGV[7]), tonumber(ARGV[8]), ttl, now_ms)
local now_min = math.floor(now_ms / 60000)
local first = 9 + sites
local n = (#ARGV - first + 1) / 5
local order = redis.call('INCRBY', KEYS[2], n) - n
local used = {}
for s = 1, sites do used[s] = tonumber(redis.call('GET', KEYS[3 + s]) or '0') end
local results = {}
for i = 0, n - 1 do
  local at = first + 5 * i
  local fp = ARGV[at]
  local s, mode = tonumber(ARGV[at + 1]), tonumber(ARGV[at + 2])
  local result = 1
  local v, key = nil, nil
  if mode ~= 3 then v, key = seen_get(S, fp) else key = seen_key(S, fp) end
  if mode == 3 then
    seen_put(S, key, fp, string.format('%.0f', (now_min + math.ceil(revisit / 60)) * 1000000 + seq))
    result = 0
  elseif v then
    v = tonumber(v)
    if v % 1000000 == seq or (mode ~= 2 and now_min < math.floor(v / 1000000)) then result = 0 end
  end
  if result == 1 and mode ~= 2 then  -- revisits do not use the budget new pages need
    used[s] = used[s] + 1
    if used[s] > tonumber(ARGV[8 + s]) then result = -1 end
  end
  if result == 1 then
    local due = 0
    if mode ~= 1 then due = now_min + math.ceil(revisit / 60) end
    seen_put(S, key, fp, string.format('%.0f', due * 1000000 + seq))
    redis.call('ZADD', KEYS[1], string.format('%.0f', -tonumber(ARGV[at + 3]) * 1e13 + order + i), ARGV[at + 4])
  end
  results[i + 1] = result
end
for s = 1, sites do redis.call('SET', KEYS[3 + s], used[s], 'EX', ttl) end
seen_close(S)
return results
"""

# A lease is known by its expiry (its score in the leases set, Redis's ms): the process that took it keeps that
# number and renews, acks or releases it only while the score is still that number. A lease that expired and
# was handed to another process has another score: the first process's retry, ack or release of it does nothing
# to the second's (a host cut off for longer than the lease comes back to pages others took over).
# A pop is answered once: its answer is kept (KEYS[3], until the lease ends) and sent again when the same
# pop comes back, as it does when Redis went away after running it and before its answer reached the
# process (redis-py sends the command again); served anew, its pages would sit leased, and their host
# slots taken, by nobody until the lease ended. The process's next pop drops the answer (KEYS[4]). A pop
# that leased nothing keeps no answer: served anew, it loses nothing (and idle polls write nothing).
ANSWERED_BEFORE = """
local kept = redis.call('GET', KEYS[3])
if kept then return cjson.decode(kept) end
redis.call('DEL', KEYS[4])
"""
KEEP_ANSWER = """
if #out > leased_from then redis.call('SET', KEYS[3], cjson.encode(out), 'PX', math.max(1, tonumber(ARGV[1]))) end
return out
"""

# The leases' expiry: their score, and the token each process keeps of them (a string, exact in JSON and Lua).
LEASE_EXPIRY = """
local expiry = now_ms + tonumber(ARGV[1])
local expiry_token = string.format('%.0f', expiry)
"""

# KEYS: queue, leases, this pop's answer, the previous pop's answer   ARGV: lease ms, how many at most
# Returns the leases' expiry, then the members. A short queue is shared out in small batches, so that every
# process gets a part of it.
POP_MANY = NOW + ANSWERED_BEFORE + LEASE_EXPIRY + """
local count = math.min(tonumber(ARGV[2]), math.max(1, math.floor(redis.call('ZCARD', KEYS[1]) / 8)))
local items = redis.call('ZPOPMIN', KEYS[1], count)
local out, leased_from = {expiry_token}, 1
for i = 1, #items, 2 do
  redis.call('ZADD', KEYS[2], expiry, items[i])
  out[#out + 1] = items[i]
end
""" + KEEP_ANSWER

# KEYS: queue, leases, this pop's answer, the previous pop's answer   ARGV: lease ms, how many at most, slot
# token prefix (the process's own prefix, then the pop's), in-flight key head and tail (the host goes between),
# default concurrency, the slots one process may hold per host, the process's token prefix, then pairs: site,
# its concurrency.
# Hands out only entries whose host has a free slot, taking the slot with the lease (crawler.frontier.politeness):
# a process never holds a page it cannot fetch at once, nor more of a host's slots than its downloader serves
# at once (Scrapy's CONCURRENT_REQUESTS_PER_DOMAIN: the rest are left to other processes). Returns the queue's
# length, then per entry its member, the host's in-flight key and the slot's token, then the leases' expiry.
# Entries of full hosts stay queued, in place.
POP_WITH_SLOTS = NOW + ANSWERED_BEFORE + LEASE_EXPIRY + """
local queued = redis.call('ZCARD', KEYS[1])
local count = math.min(tonumber(ARGV[2]), math.max(1, math.floor(queued / 8)))
local per_process, owner = tonumber(ARGV[7]), ARGV[8]
local concurrency = {}
for i = 9, #ARGV, 2 do concurrency[ARGV[i]] = tonumber(ARGV[i + 1]) end
local free, out, leased_from = {}, {queued}, 1
for _, member in ipairs(redis.call('ZRANGE', KEYS[1], 0, math.max(64, 4 * count) - 1)) do
  if #out > 3 * count then break end
  local entry = cjson.decode(member)
  local host = string.lower(string.match(entry.url, '^[^/]*//([^/]*)') or '')
  local key = ARGV[4] .. host .. ARGV[5]
  if free[host] == nil then
    redis.call('ZREMRANGEBYSCORE', key, '-inf', now_ms)
    local tokens, mine = redis.call('ZRANGE', key, 0, -1), 0
    for _, held in ipairs(tokens) do
      if string.sub(held, 1, #owner) == owner then mine = mine + 1 end
    end
    free[host] = math.min((concurrency[entry.site] or tonumber(ARGV[6])) - #tokens, per_process - mine)
  end
  if free[host] > 0 then
    free[host] = free[host] - 1
    local token = ARGV[3] .. ':' .. #out
    redis.call('ZADD', key, expiry, token)
    redis.call('ZREM', KEYS[1], member)
    redis.call('ZADD', KEYS[2], expiry, member)
    out[#out + 1], out[#out + 2], out[#out + 3] = member, key, token
  end
end
if #out > leased_from then out[#out + 1] = expiry_token end
""" + KEEP_ANSWER

# A lease still this process's: the member's score is the expiry it keeps.
HELD = """
local function held(leases, member, expiry)
  local score = redis.call('ZSCORE', leases, member)
  return score and tonumber(score) == tonumber(expiry)
end
"""

# KEYS: queue, leases   ARGV: pairs member, its lease's expiry   (leases given back unstarted go to the front of
# the queue; those another process holds now stay with it)
RELEASE = HELD + """
local returned = 0
for i = 1, #ARGV, 2 do
  if held(KEYS[2], ARGV[i], ARGV[i + 1]) then
    redis.call('ZREM', KEYS[2], ARGV[i])
    redis.call('ZADD', KEYS[1], -1e15, ARGV[i])
    returned = returned + 1
  end
end
return returned
"""

# KEYS: leases   ARGV: lease ms, member, its lease's expiry   (the lease's new expiry; 0 when it was lost)
RENEW = NOW + HELD + """
if not held(KEYS[1], ARGV[2], ARGV[3]) then return 0 end
local expiry = now_ms + tonumber(ARGV[1])
redis.call('ZADD', KEYS[1], expiry, ARGV[2])
return string.format('%.0f', expiry)
"""

# KEYS: leases   ARGV: pairs member, its lease's expiry   (ends the leases still held; others' stay)
ACK = HELD + """
for i = 1, #ARGV, 2 do
  if held(KEYS[1], ARGV[i], ARGV[i + 1]) then redis.call('ZREM', KEYS[1], ARGV[i]) end
end
return 0
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

# KEYS: in-flight set, next slot, [the frontier's leases]   ARGV: concurrency, interval ms, token, lease ms,
# [the page's member, its lease's expiry]
# Returns 0 when the request may start now (its slot is taken), else ms to wait before asking again: negative
# when the host's slots are full, positive when its next start time is ahead; 'lost' when the page's lease is no
# longer this process's (it expired, and another process took the page over or finished it). A token already in
# the set (a slot taken with the page's lease: POP_WITH_SLOTS) is the request's slot: only the start time is
# waited for.
ACQUIRE_HOST = NOW + HELD + """
if KEYS[3] and not held(KEYS[3], ARGV[5], ARGV[6]) then return 'lost' end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now_ms)
if not redis.call('ZSCORE', KEYS[1], ARGV[3]) and redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then
  return -50
end
local next_ms = tonumber(redis.call('GET', KEYS[2]) or '0')
if next_ms > now_ms then return math.max(1, next_ms - now_ms) end
redis.call('ZADD', KEYS[1], now_ms + tonumber(ARGV[4]), ARGV[3])
redis.call('SET', KEYS[2], string.format('%.0f', now_ms + tonumber(ARGV[2])), 'PX', tonumber(ARGV[2]) + 1000)
return 0
"""
