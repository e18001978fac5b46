"""Dates as news pages write them, turned into ISO 8601.

Numeric dates are read in the site's day order (``date_order`` in seeds):
on the reference page "05/01/2026" is the 5th of January. Words around the
date ("Updated", "Published on") are ignored.
"""

import re
from datetime import datetime

import dateparser

_NUMERIC = re.compile(r"\b(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})\b")
_LEADING_WORDS = re.compile(r"^\s*(updated|last updated|published|posted|modified)( on| at)?\s*:?\s*", re.I)
_ORDERS = {"DMY": ("d", "m", "y"), "MDY": ("m", "d", "y"), "YMD": ("y", "m", "d")}


def _numeric_date(text, date_order):
    match = _NUMERIC.search(text)
    if not match:
        return None
    first, second, third = match.groups()
    order = ("y", "m", "d") if len(first) == 4 else _ORDERS[date_order]
    parts = dict(zip(order, (int(first), int(second), int(third))))
    try:
        return datetime(parts["y"], parts["m"], parts["d"]).date().isoformat()
    except ValueError:
        return None


def parse_date(text, date_order="DMY", languages=None):
    """ISO 8601 for ``text``: a date alone when no time is given, else date-time (with offset where known)."""
    if not text or not text.strip():
        return None
    if date_order not in _ORDERS:
        raise ValueError(f"date_order must be one of {', '.join(_ORDERS)}, not {date_order!r}")
    text = _LEADING_WORDS.sub("", text.strip())
    try:
        parsed = datetime.fromisoformat(text)
        return parsed.isoformat() if "T" in text or " " in text else parsed.date().isoformat()
    except ValueError:
        pass
    numeric = _numeric_date(text, date_order)
    if numeric and _NUMERIC.fullmatch(text.strip()):
        return numeric
    parsed = dateparser.parse(
        text,
        languages=languages,
        settings={"DATE_ORDER": date_order, "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
                  "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    if parsed is None:
        return numeric
    has_time = bool(re.search(r"\d{1,2}:\d{2}", text))
    return parsed.isoformat() if has_time else parsed.date().isoformat()
