"""Edited articles found by the dates sitemaps and feeds give: fetched again as soon as a date moves on.

A sitemap's ``<lastmod>`` and a feed entry's ``<updated>`` say when an article last changed. The
newest date seen for each article is kept in Redis (one hash per site, a 6-byte URL fingerprint to
epoch seconds); a sitemap or feed that gives a later date than the one kept names an article edited
since, which the spider fetches again in the same round (conditionally: an unchanged page costs a
304). The first date seen for an article is only kept: its first fetch is the frontier's affair.
Comparing and keeping is one script per page, so two sources naming the same edit refetch it once.
"""

import hashlib
from datetime import datetime, timezone
from email.utils import mktime_tz, parsedate_tz

from newswatch.shared.urls import page_identity

# KEYS[1]: the site's hash; ARGV: TTL, then (field, epoch) pairs. Returns the indexes (1-based pairs)
# of the fields whose kept date was older than the one given.
MOVED_ON = """
local moved = {}
for i = 2, #ARGV, 2 do
  local kept = redis.call('HGET', KEYS[1], ARGV[i])
  local given = tonumber(ARGV[i + 1])
  if not kept or given > tonumber(kept) then
    redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
    if kept then moved[#moved + 1] = i / 2 end
  end
end
redis.call('EXPIRE', KEYS[1], ARGV[1])
return moved
"""


def parse_date(text):
    """Epoch seconds of a W3C (sitemap, Atom) or RFC 822 (RSS) date; None when unreadable."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        parsed = parsedate_tz(text)
        return mktime_tz(parsed) if parsed else None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return int(moment.timestamp())


class Lastmods:
    """Settings read (by the spider): NEWSWATCH_LASTMOD_REFETCH, NEWSWATCH_DEDUP_TTL."""

    def __init__(self, connection, keys, ttl):
        self.keys, self.ttl = keys, ttl
        self._moved_on = connection.register_script(MOVED_ON)

    def moved_on(self, site, dated):
        """Of ``dated`` ((url, date text) pairs), the URLs whose date is later than the one kept for them."""
        pairs = [(url, when) for url, when in ((url, parse_date(text)) for url, text in dated) if when is not None]
        if not pairs:
            return []
        args = [self.ttl]
        for url, when in pairs:
            args += [hashlib.sha1(page_identity(url).encode("utf-8")).digest()[:6], when]
        return [pairs[index - 1][0] for index in self._moved_on(keys=[self.keys.lastmods(site)], args=args)]
