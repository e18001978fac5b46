"""Lua of the frontier's seen set: a linear hash table whose bucket count grows with the URLs it holds.

A seen URL is an 8-byte fingerprint (the first 8 bytes of its SHA1) in a small hash, its
bucket, which Redis keeps listpack-encoded (about 20 bytes an entry) while it holds at most
``hash-max-listpack-entries`` (128 by default) entries. A fixed number of buckets is either
too many for a small crawl (one key of about 100 bytes per URL) or too few for a large one
(buckets past 128 entries turn into hash tables of about 70 bytes an entry); so the table
grows (W. Litwin's linear hashing):

- with ``2**level + split`` buckets, a URL whose fingerprint starts with the 32-bit number
  ``h`` is in bucket ``h % 2**level``, or ``h % 2**(level + 1)`` when that is below ``split``;
- whenever the entries pass ``LOAD`` per bucket, bucket ``split`` is split in two: its
  entries are read and written back to it and to bucket ``split + 2**level`` by the next bit,
  and ``split`` moves on (to 0, with one more level, once every bucket of the level is split).

The decision "seen?" and the split that an insertion calls for happen in one script, so no
process ever sees a half-split table. Buckets are about ``LOAD`` entries on average and at
most about twice that (a bucket not split yet in this level): below 128 by a wide margin.

The seen set written before December 2026 (65,536 fixed shards of 6-byte fingerprints) is
read while ``legacy_until_ms`` is ahead: an entry found there moves into the table. JOIN sets
it, for NEWSWATCH_DEDUP_TTL (the old shards' lifetime), when a crawl that ran before meets no
table.
"""

LOAD = 40

# The functions ADD_MANY uses. S holds the table's state, read once per call by seen_open and
# written back by seen_close, with the keys written in the call (their TTL is renewed at close).
SEEN = """
local function seen_hash(fp)
  local b1, b2, b3, b4 = string.byte(fp, 1, 4)
  return ((b1 * 256 + b2) * 256 + b3) * 256 + b4
end

local function seen_bucket(S, n)
  local name = S.names[n]
  if not name then
    name = S.prefix .. string.format('%x', n)
    S.names[n] = name
  end
  return name
end

local function seen_key(S, fp)
  local h = seen_hash(fp)
  local n = h % S.size
  if n < S.split then n = h % (2 * S.size) end
  return seen_bucket(S, n)
end

local function seen_open(key, prefix, legacy_prefix, legacy_shards, load, ttl, now_ms)
  local t = redis.call('HMGET', key, 'level', 'split', 'count', 'legacy_until_ms')
  local level, split = tonumber(t[1] or '0'), tonumber(t[2] or '0')
  return {key = key, prefix = prefix, legacy_prefix = legacy_prefix, legacy_shards = legacy_shards,
          load = load, ttl = ttl, level = level, size = 2 ^ level, split = split, count = tonumber(t[3] or '0'),
          limit = load * (2 ^ level + split), legacy = tonumber(t[4] or '0') > now_ms, touched = {}, names = {}}
end

local function seen_write(key, fields, pttl)
  for i = 1, #fields, 200 do
    redis.call('HSET', key, unpack(fields, i, math.min(i + 199, #fields)))
  end
  redis.call('PEXPIRE', key, pttl)
end

-- Entries keep the lifetime they had: a bucket written in this call gets the full TTL at close.
local function seen_split(S)
  local size = S.size
  local from, to = seen_bucket(S, S.split), seen_bucket(S, S.split + size)
  local items = redis.call('HGETALL', from)
  local move, gone = {}, {}
  for i = 1, #items, 2 do
    if seen_hash(items[i]) % (2 * size) ~= S.split then
      move[#move + 1] = items[i]
      move[#move + 1] = items[i + 1]
      gone[#gone + 1] = items[i]
    end
  end
  if #move > 0 then
    local pttl = redis.call('PTTL', from)
    if S.touched[from] or pttl < 0 then
      pttl = S.ttl * 1000
      S.touched[to] = true
    end
    for i = 1, #gone, 200 do redis.call('HDEL', from, unpack(gone, i, math.min(i + 199, #gone))) end
    seen_write(to, move, pttl)
  end
  S.split = S.split + 1
  if S.split == size then S.level, S.size, S.split = S.level + 1, 2 * size, 0 end
  S.limit = S.load * (S.size + S.split)
end

-- key: the bucket of fp (seen_key), found before this write
local function seen_put(S, key, fp, value)
  S.count = S.count + redis.call('HSET', key, fp, value)
  S.touched[key] = true
  if S.count > S.limit then seen_split(S) end
end

-- The value fp has, or nil; and its bucket (until the next write)
local function seen_get(S, fp)
  local key = seen_key(S, fp)
  local v = redis.call('HGET', key, fp)
  if v or not S.legacy then return v, key end
  local b1, b2 = string.byte(fp, 1, 2)
  local shard = S.legacy_prefix .. string.format('%04x', (b1 * 256 + b2) % S.legacy_shards)
  v = redis.call('HGET', shard, string.sub(fp, 3, 8))
  if v then
    redis.call('HDEL', shard, string.sub(fp, 3, 8))
    seen_put(S, key, fp, v)
    key = seen_key(S, fp)
  end
  return v, key
end

local function seen_close(S)
  redis.call('HSET', S.key, 'level', S.level, 'split', S.split, 'count', S.count)
  redis.call('EXPIRE', S.key, S.ttl)
  for key in pairs(S.touched) do redis.call('EXPIRE', key, S.ttl) end
end
"""
