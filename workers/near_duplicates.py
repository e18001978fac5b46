"""Near-duplicate bodies across sources: one MinHash LSH index shared by all workers in Redis.

A syndicated wire story keeps most of its sentences while the headline,
dateline, boilerplate and a cut paragraph differ, so the body is compared as a
set of 3-word shingles of folded text. Its MinHash signature is split into
bands of ``BAND_ROWS`` values; two bodies sharing one band are candidates,
confirmed when their estimated Jaccard similarity reaches the threshold.

Each insert is one Lua script: it reads the earlier members of every band and
adds the article in the same step, so of two near-duplicates inserted at once
the second always sees the first. Every article gets an insertion order (a
counter in Redis), and a copy points to the earliest matching article, so all
copies name the same original.

Storage: the bands of every article inserted in one time slice (half of
``ttl``) share one Redis hash, field = 8-byte digest of (band number, band
values), value = the ids that have it, comma-joined; an insert reads its band
fields in the live slices with one HMGET each and writes the current slice with
one HSET (and EXPIREAT once per slice): about nine commands, however many bands. Only the low 16 bits of each
MinHash value are kept for the similarity check (b-bit minwise hashing: a chance
match of 1 in 65,536 per value, far below the threshold's resolution).

Retention: an article is found for ``ttl`` seconds from its first insertion (its
signature key expires then); its band fields go with their slice, at most
half of ``ttl`` later. A slice's hash can hold millions of fields: Redis should
free expired keys in the background (``lazyfree-lazy-expire yes``, set by the Redis
newswatch starts and by deploy/).
"""

import hashlib
import math
import re
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash
from redis.exceptions import ResponseError

from workers.text import fold

SHINGLE_WORDS = 3
# Three values per band: pairs far below the threshold rarely share a band, and
# few bands keep each article cheap in Redis.
BAND_ROWS = 3
# Chance that a pair exactly at the threshold shares at least one band.
CANDIDATE_RECALL = 0.9
MINHASH_SEED = 1  # every worker must draw the same permutations
_WORDS = re.compile(r"\w+")

SLICES_PER_TTL = 2
MAX_IDS_PER_BAND = 16  # the earliest ones: a copy points to the earliest match
SIGNATURE_DTYPE = "<u2"  # the low 16 bits of each MinHash value (b-bit minwise hashing)

# KEYS: insertion counter, signature of this article. ARGV: article id, signature, ttl (s), slice key template (%s:
# the slice number), slice length (s), most ids kept per band, then the article's band fields. Returns this article's
# insertion order, then the ids found in its bands, other than its own (the caller keeps those inserted before it).
# Time is Redis's: every worker writes and reads the same slices. A record of another signature size (written before
# the 16-bit signatures, its order a timestamp) is replaced, so a re-inserted old article takes a new order. A counter
# lost while records remain starts again from the time in microseconds, above every order it handed out. The script
# that makes a slice's hash sets its expiry and marks it with the field 'dated' (shorter than any band field): later
# inserts into that slice skip the EXPIREAT.
_FIND_OR_ADD = """
local DATED = 'dated'
local ident, ttl, template, slice_seconds = ARGV[1], tonumber(ARGV[3]), ARGV[4], tonumber(ARGV[5])
local most_ids = tonumber(ARGV[6])
local time = redis.call('TIME')
local seconds = tonumber(time[1])
local record = redis.call('GET', KEYS[2])
local order = record and #record == #ARGV[2] + #string.match(record, '^(%d*)') + 1 and string.match(record, '^(%d+):')
if not order then
  order = redis.call('INCR', KEYS[1])
  if order == 1 then
    order = seconds * 1000000 + tonumber(time[2])
    redis.call('SET', KEYS[1], string.format('%.0f', order))
  end
  order = string.format('%.0f', order)
  redis.call('SET', KEYS[2], order .. ':' .. ARGV[2], 'EXAT', seconds + ttl)
end
local fields = {}
for i = 7, #ARGV do fields[#fields + 1] = ARGV[i] end
local current = math.floor(seconds / slice_seconds)
local seen, result, updates, dated = {[ident] = true}, {order}, {}, false
for slice = current, math.floor((seconds - ttl) / slice_seconds), -1 do
  local key = string.format(template, string.format('%d', slice))
  local values
  if slice == current then
    values = redis.call('HMGET', key, DATED, unpack(fields))
    dated = table.remove(values, 1)
  else
    values = redis.call('HMGET', key, unpack(fields))
  end
  for i, value in ipairs(values) do
    local ids, has_self, count = value or '', false, 0
    for id in string.gmatch(ids, '[^,]+') do
      count = count + 1
      if id == ident then has_self = true
      elseif not seen[id] then seen[id] = true; table.insert(result, id) end
    end
    if slice == current and not has_self and count < most_ids then
      updates[#updates + 1] = fields[i]
      updates[#updates + 1] = (ids == '' and ident) or (ids .. ',' .. ident)
    end
  end
end
if #updates > 0 then
  local key = string.format(template, string.format('%d', current))
  if dated then
    redis.call('HSET', key, unpack(updates))
  else
    redis.call('HSET', key, DATED, '1', unpack(updates))
    redis.call('EXPIREAT', key, (current + 1) * slice_seconds + ttl)
  end
end
return result
"""


def expiry_advice(connection):
    """What to tell an operator whose Redis frees expired keys in the foreground (a slice of the index is one
    large hash: freeing it would stall Redis); None when it does not, or when CONFIG is not allowed."""
    try:
        setting = connection.config_get("lazyfree-lazy-expire").get("lazyfree-lazy-expire")
    except ResponseError:
        return None
    if setting != "no":
        return None
    return ("Redis has lazyfree-lazy-expire no: when a time slice of the near-duplicate index expires, Redis frees "
            "it in the foreground and stalls meanwhile; set it to yes (redis.conf, or CONFIG SET "
            "lazyfree-lazy-expire yes)")


@dataclass(frozen=True)
class NearDuplicateConfig:
    """Settings: NEWSWATCH_NEAR_DUP_THRESHOLD, NEWSWATCH_NEAR_DUP_NUM_PERM, NEWSWATCH_NEAR_DUP_TTL,
    NEWSWATCH_NEAR_DUP_MIN_WORDS."""

    threshold: float = 0.5  # estimated Jaccard of body shingles at or above which two bodies are one story
    num_perm: int = 128
    ttl: int = 30 * 24 * 3600  # retention of index entries (seconds)
    min_words: int = 30  # shorter bodies are too short to judge and are not indexed

    def __post_init__(self):
        if not 0 < self.threshold <= 1:
            raise ValueError("NEWSWATCH_NEAR_DUP_THRESHOLD must be above 0 and at most 1")
        if self.ttl < 1 or self.min_words < SHINGLE_WORDS:
            raise ValueError(f"NEWSWATCH_NEAR_DUP_TTL must be positive and "
                             f"NEWSWATCH_NEAR_DUP_MIN_WORDS at least {SHINGLE_WORDS}")
        if self.bands * BAND_ROWS > self.num_perm:
            raise ValueError(f"NEWSWATCH_NEAR_DUP_NUM_PERM must be at least {self.bands * BAND_ROWS} "
                             f"for a threshold of {self.threshold}")

    @property
    def bands(self):
        """The fewest bands that make a pair at the threshold a candidate with CANDIDATE_RECALL."""
        share_one_band = self.threshold ** BAND_ROWS
        if share_one_band >= 1:
            return 1
        return math.ceil(math.log(1 - CANDIDATE_RECALL) / math.log(1 - share_one_band))


class NearDuplicateIndex:
    def __init__(self, connection, keys, config):
        self.redis, self.keys, self.config = connection, keys, config
        self._find_or_add = connection.register_script(_FIND_OR_ADD)
        self._slice_template = keys.near_dup_bands("\0").replace("%", "%%").replace("\0", "%s")
        self._slice_seconds = max(1, math.ceil(config.ttl / SLICES_PER_TTL))

    def find_or_add(self, article_id: str, paragraphs: list[str]) -> str | None:
        """The article_id of the first-seen near-duplicate of this text, or None (and the text is now
        indexed under article_id). Idempotent: calling again for the same article_id never returns itself."""
        words = _WORDS.findall(fold(" ".join(paragraphs)))
        if len(words) < self.config.min_words:
            return None
        signature = self._signature(words)
        stored = (signature & 0xFFFF).astype(SIGNATURE_DTYPE)
        order, *others = self._find_or_add(
            keys=[self.keys.near_dup_order, self.keys.near_dup_signature(article_id)],
            args=[article_id, stored.tobytes(), self.config.ttl, self._slice_template, self._slice_seconds,
                  MAX_IDS_PER_BAND, *self._band_fields(signature)])
        return self._earliest_match(stored, int(order), [other.decode() for other in others])

    def _signature(self, words):
        """MinHash values (uint32) of the set of word shingles."""
        shingles = {" ".join(words[i:i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)}
        minhash = MinHash(num_perm=self.config.num_perm, seed=MINHASH_SEED, scheme="affine32")
        minhash.update_batch(shingles)
        return minhash.hashvalues.astype("<u4")

    def _band_fields(self, signature):
        rows = signature[:self.config.bands * BAND_ROWS].reshape(-1, BAND_ROWS)
        return [hashlib.blake2b(band.to_bytes(2, "little") + values.tobytes(), digest_size=8).digest()
                for band, values in enumerate(rows)]

    def _earliest_match(self, stored, order, candidates):
        """The earliest candidate inserted before this article and similar enough to it; candidates whose
        entry has expired since their band was read are skipped."""
        if not candidates:
            return None
        records = self.redis.mget([self.keys.near_dup_signature(ident) for ident in candidates])
        found = [(int(their_order), ident, theirs) for ident, record in zip(candidates, records) if record is not None
                 for their_order, theirs in [record.split(b":", 1)]
                 if int(their_order) < order  # inserted after this one: this one is theirs to find
                 and len(theirs) == stored.nbytes]  # else another NEWSWATCH_NEAR_DUP_NUM_PERM, or 32-bit (before 2026-12)
        if not found:
            return None
        theirs = np.frombuffer(b"".join(s for _, _, s in found), dtype=SIGNATURE_DTYPE).reshape(len(found), -1)
        similar = (theirs == stored).mean(axis=1) >= self.config.threshold  # Jaccard estimates, all at once
        matches = [(their_order, ident) for (their_order, ident, _), hit in zip(found, similar) if hit]
        return min(matches)[1] if matches else None
