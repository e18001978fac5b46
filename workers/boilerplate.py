"""Lines a site prints on every article: counters, "page generated at", print and share bars.

Extraction keeps some of them in a body where the page gives it no markup to tell them
from the article (a legacy table layout), and their numbers change on every fetch. A line
is known as the site's own once its *shape* (folded, digits masked) has been seen in the
first version of ``MIN_ARTICLES`` articles of the site; a diff never reports such a line,
so a counter is no update. Only short lines with a digit are counted (what changes
cosmetically is a number): a few fields of Redis per article, in one hash per site.
"""

import re

from workers.text import fold, sha1

MAX_CHARS = 160  # longer lines are prose
MIN_ARTICLES = 3  # articles of a site whose first version carry a shape before it is the site's
_DIGITS = re.compile(r"\d+(?:[.,:/]\d+)*")


def shape(line):
    return sha1(_DIGITS.sub("#", fold(line)))[:12]


def candidates(lines):
    return [line for line in lines if len(line) <= MAX_CHARS and any(c.isdigit() for c in line)]


class SiteBoilerplate:
    """Settings read (by the caller): NEWSWATCH_DEDUP_TTL."""

    def __init__(self, keys, ttl):
        self.keys, self.ttl = keys, ttl

    def record(self, pipe, site, body):
        """Count the shapes of a new article's lines, on ``pipe``."""
        shapes = {shape(line) for line in candidates(body)}
        for value in shapes:
            pipe.hincrby(self.keys.site_line_shapes(site), value, 1)
        if shapes:
            pipe.expire(self.keys.site_line_shapes(site), self.ttl)

    def lines_of_site(self, client, site, lines):
        """The ``lines`` that are the site's own."""
        lines = candidates(lines)
        if not lines:
            return set()
        counts = client.hmget(self.keys.site_line_shapes(site), [shape(line) for line in lines])
        return {line for line, count in zip(lines, counts) if int(count or 0) >= MIN_ARTICLES}
