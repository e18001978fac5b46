"""Text normalisation shared by fingerprints and keyword rules.

Accents are folded ("Nicolás" → "nicolas"), case is folded, typographic
quotes and dashes become plain ones and whitespace is collapsed, so that
comparisons see words, not encodings.
"""

import hashlib
import re
import unicodedata

_SPACES = re.compile(r"\s+")
_TYPOGRAPHY = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                             "\u2013": "-", "\u2014": "-", "\u00a0": " ", "\u00ad": None})


def fold(text, keep_case=False):
    """Lower-case (unless ``keep_case``), accent-free, typographically plain text with single spaces."""
    decomposed = unicodedata.normalize("NFKD", (text or "").translate(_TYPOGRAPHY))
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _SPACES.sub(" ", stripped if keep_case else stripped.casefold()).strip()


def sha1(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()
