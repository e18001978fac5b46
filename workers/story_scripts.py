"""The Lua script that places an article in a story: one atomic step, no lock.

Every worker runs the whole decision (read the neighbours' stories and key terms,
compare, open, join or merge stories, carry a merged story's mute) inside one
script, so two workers placing linked articles at once cannot open two stories
for one, and a worker far from Redis pays one round trip instead of a lock's
acquire, polls and release around some twenty commands.

Two linked articles share a story when the key-term weight they share, over the smaller
set's total weight, reaches the min overlap (``overlap`` below: its only copy).

ARGV: eight key templates (``%s`` where an id goes: story_of, story_terms, story_incoming,
story, story_articles, story_alerted, story_muted, legacy_story_terms), the holds key, then mode ("place" or
"follow"), article id, holder (the article whose story "follow" joins), min overlap, ttl (s),
now (ms), title, the number of key terms and term/weight pairs, the number of related ids
and the ids. Returns nil ("follow" with no story to follow) or {story id, size, title,
joined (0/1), rules that alerted on the story, stories merged into it}.
"""

PLACE = """
local T = {}
for i, name in ipairs({'of', 'terms', 'incoming', 'story', 'articles', 'alerted', 'muted', 'old_terms'}) do
  T[name] = ARGV[i]
end
local holds, mode, ident, holder = ARGV[9], ARGV[10], ARGV[11], ARGV[12]
local min_overlap, ttl, now_ms, title = tonumber(ARGV[13]), tonumber(ARGV[14]), tonumber(ARGV[15]), ARGV[16]
local at, terms, flat_terms, total = 18, {}, {}, 0
for _ = 1, tonumber(ARGV[17]) do
  local term, weight = ARGV[at], tonumber(ARGV[at + 1])
  terms[term], total, at = weight, total + weight, at + 2
  flat_terms[#flat_terms + 1], flat_terms[#flat_terms + 2] = term, ARGV[at - 1]
end
local related = {}
for i = 1, tonumber(ARGV[at]) do related[i] = ARGV[at + i] end

local function key(name, id) return string.format(T[name], id) end

local function root(story)
  for _ = 1, 1000 do  -- merges chain older stories only: no cycle, the bound is a guard
    local merged = redis.call('HGET', key('story', story), 'merged_into')
    if not merged then return story end
    story = merged
  end
  return story
end

local function placement(story, joined, merged)
  local fields = redis.call('HMGET', key('story', story), 'size', 'title')
  return {story, tonumber(fields[1] or '1'), fields[2] or '', joined, redis.call('SMEMBERS', key('alerted', story)),
          merged}
end

local function follow(id, story)
  redis.call('SET', key('of', id), story, 'EX', ttl)
  redis.call('ZADD', key('articles', story), 'NX', string.format('%.0f', now_ms), id)
  redis.call('EXPIRE', key('articles', story), ttl)
end

local function terms_of(id)  -- a flat list, term then weight; an article placed before the upgrade kept a hash
  local raw = redis.call('GET', key('terms', id))
  if raw then return cjson.decode(raw) end
  return redis.call('HGETALL', key('old_terms', id))
end

local function overlap(other)
  if total == 0 or #other == 0 then return 0 end
  local shared, other_total = 0, 0
  for i = 1, #other, 2 do
    local weight = tonumber(other[i + 1])
    other_total = other_total + weight
    if terms[other[i]] then shared = shared + math.min(weight, terms[other[i]]) end
  end
  return shared / math.min(total, other_total)
end

local function carry_mute(merged, survivor)
  local muted = key('muted', merged)
  local remaining, raw = redis.call('PTTL', muted), redis.call('GET', muted)
  if remaining <= 0 or not raw then return end
  local entry = cjson.decode(raw)
  entry.story, entry.merged_from = survivor, merged
  local target = key('muted', survivor)
  if redis.call('SET', target, cjson.encode(entry), 'PX', remaining, 'NX') then
    redis.call('ZADD', holds, string.format('%.3f', (now_ms + remaining) / 1000), target)
  end
end

if mode == 'follow' then
  local story = redis.call('GET', key('of', holder))
  if not story then return nil end
  story = root(story)
  if holder ~= ident then follow(ident, story) end
  return placement(story, 1, {})
end

local known = redis.call('GET', key('of', ident))
if known then return placement(root(known), 1, {}) end

local neighbours, listed = {}, {[ident] = true}
local function add(id) if not listed[id] then listed[id] = true; neighbours[#neighbours + 1] = id end end
for _, id in ipairs(related) do add(id) end
for _, id in ipairs(redis.call('SMEMBERS', key('incoming', ident))) do add(id) end
local roots, found = {}, {}
for _, id in ipairs(neighbours) do
  local story = redis.call('GET', key('of', id))
  if story and overlap(terms_of(id)) >= min_overlap then
    story = root(story)
    if not found[story] then found[story] = true; roots[#roots + 1] = story end
  end
end

if #flat_terms > 0 then
  redis.call('SET', key('terms', ident), cjson.encode(flat_terms), 'EX', ttl)
end
for _, id in ipairs(related) do
  if id ~= ident then
    redis.call('SADD', key('incoming', id), ident)
    redis.call('EXPIRE', key('incoming', id), ttl)
  end
end

if #roots == 0 then
  local story = 'st-' .. string.sub(ident, 1, 16)
  redis.call('HSET', key('story', story), 'title', title, 'size', 1, 'created_ms', string.format('%.0f', now_ms))
  redis.call('EXPIRE', key('story', story), ttl)
  follow(ident, story)
  return {story, 1, title, 0, {}, {}}
end

local created = {}
for _, story in ipairs(roots) do created[story] = tonumber(redis.call('HGET', key('story', story), 'created_ms') or '0') end
table.sort(roots, function(a, b) if created[a] ~= created[b] then return created[a] < created[b] end return a < b end)
local survivor, merged = roots[1], {}
for i = 2, #roots do
  local other = roots[i]
  merged[#merged + 1] = other
  redis.call('HINCRBY', key('story', survivor), 'size', tonumber(redis.call('HGET', key('story', other), 'size') or '0'))
  redis.call('HSET', key('story', other), 'merged_into', survivor)
  carry_mute(other, survivor)
  redis.call('ZUNIONSTORE', key('articles', survivor), 2, key('articles', survivor), key('articles', other),
             'AGGREGATE', 'MIN')
  local alerted = redis.call('SMEMBERS', key('alerted', other))
  if #alerted > 0 then redis.call('SADD', key('alerted', survivor), unpack(alerted)) end
end
redis.call('HINCRBY', key('story', survivor), 'size', 1)
redis.call('EXPIRE', key('story', survivor), ttl)
redis.call('EXPIRE', key('alerted', survivor), ttl)
follow(ident, survivor)
return placement(survivor, 1, merged)
"""
