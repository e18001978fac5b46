"""Lines a site prints on every article: counters, "page generated at", print and share bars.

Extraction keeps some of them in a body where the page gives it no markup to tell them
from the article (a legacy table layout), and their numbers change on every fetch. A line
is the site's own when its *shape* (folded, digits masked) is in the first version of at
least ``MIN_ARTICLES`` articles of the site and of half of those it published in the last
two weeks; a diff never reports such a line, so a counter is no update. Only short lines
with a digit that do not read as a sentence are counted (a counter is not prose; "The death
toll rose to 12." is, and stays news however many articles repeat it). Counts are kept per
site and week, each week's hash expiring after two.
"""

import re
import time

from workers.text import fold, sha1

MAX_CHARS = 160  # longer lines are prose
MIN_ARTICLES = 3  # articles of a site whose first version carry a shape before it can be the site's
MIN_SHARE = 0.5  # ... and the share of the site's recent articles they must be
WEEK = 7 * 24 * 3600
ARTICLES = "#articles"  # the field counting the week's articles
_DIGITS = re.compile(r"\d+(?:[.,:/]\d+)*")
_SENTENCE_END = re.compile(r"[.!?。！？…\"”»)]\s*$")


def shape(line):
    return sha1(_DIGITS.sub("#", fold(line)))[:12]


def candidates(lines):
    return [line for line in lines if len(line) <= MAX_CHARS and any(c.isdigit() for c in line)
            and not _SENTENCE_END.search(line)]


class SiteBoilerplate:
    """Settings read: none (the window is two weeks)."""

    def __init__(self, keys):
        self.keys = keys

    def key(self, site, now=None):
        return self.keys.site_line_shapes(site, _week(now))

    def record(self, pipe, site, body, now=None, kept=frozenset()):
        """Count a new article and the shapes of its lines, on ``pipe``; the week's key written. Its TTL is set
        too unless the key is in ``kept`` (a job's writes that set it and went through: no need again)."""
        key = self.key(site, now)
        for value in {shape(line) for line in candidates(body)}:
            pipe.hincrby(key, value, 1)
        pipe.hincrby(key, ARTICLES, 1)
        if key not in kept:
            pipe.expire(key, 2 * WEEK)
        return key

    def lines_of_site(self, client, site, lines, now=None):
        """The ``lines`` that are the site's own."""
        lines = candidates(lines)
        if not lines:
            return set()
        week = _week(now)
        fields = [ARTICLES, *(shape(line) for line in lines)]
        counts = [[int(c or 0) for c in client.hmget(self.keys.site_line_shapes(site, w), fields)]
                  for w in (week, week - 1)]
        articles, *found = [this + last for this, last in zip(*counts)]
        return {line for line, count in zip(lines, found) if count >= MIN_ARTICLES and count >= MIN_SHARE * articles}


def _week(now=None):
    return int((now or time.time()) // WEEK)
