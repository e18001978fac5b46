"""Text normalisation shared by fingerprints and keyword rules.

Accents are folded ("Nicolás" → "nicolas"), case is folded, typographic
quotes and dashes become plain ones and whitespace is collapsed, so that
comparisons see words, not encodings.
"""

import functools
import hashlib
import re
import unicodedata
from datetime import datetime, timezone

_SPACES = re.compile(r"\s+")
# Unicode's combining marks (what NFKD splits accents into).
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_TYPOGRAPHY = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                             "\u2013": "-", "\u2014": "-", "\u00a0": " ", "\u00ad": None})


@functools.lru_cache(maxsize=1024)  # one article's fields are folded by fingerprints, rules and the index
def fold(text, keep_case=False):
    """Lower-case (unless ``keep_case``), accent-free, typographically plain text with single spaces."""
    decomposed = unicodedata.normalize("NFKD", (text or "").translate(_TYPOGRAPHY))
    stripped = decomposed if decomposed.isascii() else _COMBINING.sub("", decomposed)
    return _SPACES.sub(" ", stripped if keep_case else stripped.casefold()).strip()


def instant(value):
    """An ISO 8601 date-time as one spelling of its instant (UTC), so that a page writing the same time in
    another zone or format is no change; a date alone, or a time without a zone, as written."""
    if not value:
        return value
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return value
    if parsed.tzinfo is None:
        return value
    return parsed.astimezone(timezone.utc).isoformat(timespec="seconds")


def same_date(before, after):
    """True when two ISO 8601 dates name the same moment, or the same day where one of them gives no time."""
    if not before or not after or before == after:
        return before == after
    if len(before) == 10 or len(after) == 10:  # a date alone: the other one's day, in its own zone
        return before[:10] == after[:10]
    if _naive(before) != _naive(after):  # the same wall-clock time, once written without its zone
        return before[:19] == after[:19]
    return instant(before) == instant(after)


def _naive(value):
    try:
        return datetime.fromisoformat(value).tzinfo is None
    except ValueError:
        return True


def earlier(date, other):
    """True when ISO 8601 ``date`` is strictly before ``other`` (by day where either gives no time); a date
    is earlier than no date."""
    if not date or not other:
        return bool(date) and not other
    if len(date) == 10 or len(other) == 10:
        return date[:10] < other[:10]
    return instant(date) < instant(other)


def sha1(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()
