"""An article version as stored in Redis: JSON, zlib-compressed.

The text of each version is most of what a processed article costs in Redis
(news text compresses about threefold). Records written before December 2026
are plain JSON and are read as they are.
"""

import json
import zlib

LEVEL = 6


def encode(record):
    return zlib.compress(json.dumps(record, ensure_ascii=False).encode("utf-8"), LEVEL)


def decode(raw):
    """The record of a stored version; None for None (no version stored)."""
    if raw is None:
        return None
    return json.loads(raw if raw[:1] == b"{" else zlib.decompress(raw))
