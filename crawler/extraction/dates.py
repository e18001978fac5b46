"""Dates as news pages write them, turned into ISO 8601.

Numeric dates are read in the site's day order (``date_order`` in seeds):
on the reference page "05/01/2026" is the 5th of January. Words around the
date ("Updated", "Published on") are ignored. ``find_date`` locates a date
inside a longer line ("Redacción · Valverde, 03/02/2026"); it reads numeric
and CJK dates itself and hands only a short month-name span to dateparser,
whose language guessing costs up to a second on free text. A day written with
an English month name alone ("January 05, 2026", "3 Sept. 2025") is read here
too, where dateparser would read it as English: dateparser spent about 0.9 ms
on each (tests/crawler/test_dates.py checks that both read them alike).
"""

import re
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

import dateparser
from dateparser.data.languages_info import language_order as _DATEPARSER_LANGUAGES

_NUMERIC = re.compile(r"\b(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})\b")
_LEADING_WORDS = re.compile(r"^\s*(updated|last updated|published|posted|modified)( on| at)?\s*:?\s*", re.I)
_ORDERS = {"DMY": ("d", "m", "y"), "MDY": ("m", "d", "y"), "YMD": ("y", "m", "d")}
_HAS_TIME = re.compile(r"\d{1,2}\s*[:hH時]\s*\d{2}")

UPDATE_WORDS = ("updated", "modifi", "actualiza", "atualiza", "mis à jour", "aktualisiert", "aggiornat", "güncelle",
                "обновлен", "更新", "수정")  # lower case, no regex syntax (mentions_update looks for them as they are)
UPDATED = re.compile("|".join(UPDATE_WORDS), re.I)
# The characters that ``re`` folds onto a letter of UPDATE_WORDS while str.lower() does not (or the reverse):
# dotted and dotless I, long s, and two old Cyrillic letter forms (tests/crawler/test_dates.py finds them all).
_FOLDED_APART = re.compile("[\u0130\u0131\u017f\u1c80\u1c82]")
_NUMERIC_IN_TEXT = re.compile(r"(?<![\d.])(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?![\d.]*\d)")
_CJK_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_WORD_DATE = re.compile(
    r"(?<!\w)(?:\d{1,2}(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?[^\W\d_]{3,}\.?,?\s+(?:de\s+)?\d{4}"
    r"|[^\W\d_]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})(?!\d)")
_TIME = re.compile(
    r"(?<![\d.:])(\d{1,2})\s*[:hH時]\s*(\d{2})(?!\d)(?:\s*分)?"
    r"(?:\s*([ap])\.?\s?m\b\.?|\s*(م|ص)(?!\w))?"
    r"(?:\s*(GMT|UTC|Z)\b|\s*([+-]\d{2}):?(\d{2})\b)?", re.I)
_PM = {"p", "م"}
_COMMON_LANGUAGES = ["en", "es", "fr", "de", "pt", "it"]  # for pages that do not say their language
ENGLISH_MONTHS = {"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
                  "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
                  "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12}
# A day and nothing else: "January 05, 2026", "Sept. 3 2025", "3rd March 2026", "31 Dec 2025".
_ENGLISH_DAY = re.compile(r"(?:([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?|(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?)"
                          r"\s+([12]\d{3})", re.I)


# Day order where seeds give none: "en-US" and a US time zone write 03/04/2026 for March 4.
MONTH_FIRST = frozenset({"en-us", "en-ph", "es-us", "en-fm", "en-mh", "en-pw", "en-as", "en-gu", "en-pr", "en-vi"})
US_ZONES = re.compile(r"America/(?:New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Detroit|Boise|Juneau|Adak"
                      r"|Sitka|Nome|Yakutat|Metlakatla|Menominee|Puerto_Rico|Indiana/.+|Kentucky/.+|North_Dakota/.+)"
                      r"|Pacific/(?:Honolulu|Guam)|US/.+")


def site_date_order(configured, language, zone=None):
    """The site's day order: from seeds, else month first where the page's language or the site's time zone
    says it is American, else DMY."""
    if configured:
        return configured
    american = (language or "").replace("_", "-").lower() in MONTH_FIRST or bool(US_ZONES.fullmatch(zone or ""))
    return "MDY" if american else "DMY"


def _check_order(date_order):
    if date_order not in _ORDERS:
        raise ValueError(f"date_order must be one of {', '.join(_ORDERS)}, not {date_order!r}")


def parse_date(text, date_order="DMY", languages=None):
    """ISO 8601 for ``text``: a date alone when no time is given, else date-time (with offset where known)."""
    if not text or not text.strip():
        return None
    _check_order(date_order)
    text = _LEADING_WORDS.sub("", text.strip())
    iso = _iso(text)
    if iso:
        return iso
    numeric = _numeric_date(text, date_order)
    if numeric and _NUMERIC.fullmatch(text.strip()):
        return numeric
    if not languages or languages[0] == "en":  # dateparser tries English first: it would read the day so
        if day := english_day(text):
            return day
    parsed = _dateparser(text, date_order, languages)
    if parsed is None:
        return numeric
    return parsed.isoformat(timespec="seconds") if _HAS_TIME.search(text) else parsed.date().isoformat()


def find_date(text, date_order="DMY", language=None):
    """The first date written in ``text``, with its time when one sits next to it; None when there is none."""
    _check_order(date_order)
    text = text or ""
    for match in sorted(_date_matches(text), key=lambda m: m.start()):
        day = _day_of(match, date_order, language)
        if day:
            return _with_time(day, text, match)
    return None


def mentions_update(text):
    """``UPDATED.search(text)`` as a bool, about ten times faster on a page's whole text: the words are looked for in
    the lower-cased text, which finds the same unless the text holds one of the few characters folded apart."""
    if _FOLDED_APART.search(text):
        return UPDATED.search(text) is not None
    lowered = text.lower()
    return any(word in lowered for word in UPDATE_WORDS)


def split_at_update(text):
    """The parts of a dateline before and after its "Updated" ("Publié le 18 mars, modifié le 19 mars")."""
    match = UPDATED.search(text)
    return (text[:match.start()], text[match.end():]) if match else (text, "")


def parse_machine_date(text, date_order="DMY", language=None):
    """ISO 8601 for a date written for machines (meta tags, JSON-LD, ``datetime``): strict formats, then ``find_date``.

    Never hands free text to dateparser's language guessing, which takes seconds on a value like "not a date".
    """
    text = (text or "").strip()
    if not text:
        return None
    iso = _iso(text)
    if iso:
        return iso
    try:
        return parsedate_to_datetime(text).isoformat(timespec="seconds")  # RFC 2822, as in some meta tags
    except (TypeError, ValueError, IndexError):
        return find_date(text, date_order, language)


def _numeric_date(text, date_order):
    match = _NUMERIC.search(text)
    return _numeric_day(match.groups(), date_order) if match else None


def _numeric_day(groups, date_order):
    first, second, third = groups
    order = ("y", "m", "d") if len(first) == 4 else _ORDERS[date_order]
    parts = dict(zip(order, (int(first), int(second), int(third))))
    if parts["y"] < 100 or parts["y"] > 9999:
        return None
    try:
        return datetime(parts["y"], parts["m"], parts["d"]).date().isoformat()
    except ValueError:
        return None


def _iso(text):
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed.isoformat(timespec="seconds") if "T" in text or " " in text else parsed.date().isoformat()


def english_day(text):
    """ISO day for ``text`` when it is a day written with an English month name and nothing else, else None."""
    match = _ENGLISH_DAY.fullmatch(text.strip())
    if not match:
        return None
    month_first, day_first, day_after, month_after, year = match.groups()
    month = ENGLISH_MONTHS.get((month_first or month_after).lower())
    if month is None:
        return None
    try:
        return datetime(int(year), month, int(day_first or day_after)).date().isoformat()
    except ValueError:  # "February 30": dateparser says so
        return None


def _dateparser(text, date_order, languages):
    return dateparser.parse(
        text,
        languages=languages,
        settings={"DATE_ORDER": date_order, "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]},
    )


def _date_matches(text):
    for pattern in (_NUMERIC_IN_TEXT, _CJK_DATE, _WORD_DATE):
        yield from pattern.finditer(text)


def _day_of(match, date_order, language):
    if match.re is _NUMERIC_IN_TEXT:
        return _numeric_day(match.group(1, 3, 4), date_order)
    if match.re is _CJK_DATE:
        return _numeric_day(match.groups(), "YMD")
    languages = _languages(language)
    if languages[0] == "en" and (day := english_day(match.group())):
        return day
    parsed = _dateparser(match.group(), date_order, languages)
    return parsed.date().isoformat() if parsed else None


def _languages(language):
    """dateparser's languages for a page: its own (when dateparser knows it) and English."""
    primary = re.split(r"[-_]", language or "")[0].lower()
    if not primary:
        return _COMMON_LANGUAGES
    return [primary, "en"] if primary in _DATEPARSER_LANGUAGES and primary != "en" else ["en"]


def _with_time(day, text, match):
    """``day`` plus the time written just after the date (or just before it, as in "10:05 GMT, 3 March 2026")."""
    before = list(_TIME.finditer(text, max(0, match.start() - 20), match.start()))
    found = _TIME.search(text, match.end(), match.end() + 24) or (before[-1] if before else None)
    if not found:
        return day
    hour, minute, ampm, arabic, utc, offset_hours, offset_minutes = found.groups()
    hour, marker = int(hour), (ampm or arabic or "").lower()
    if marker in _PM and hour < 12:
        hour += 12
    elif marker and hour == 12:
        hour = 0
    if hour > 23 or int(minute) > 59:
        return day
    zone = timezone.utc if utc else _offset(offset_hours, offset_minutes)
    moment = datetime.fromisoformat(day).replace(hour=hour, minute=int(minute), tzinfo=zone)
    return moment.isoformat(timespec="seconds")


def _offset(hours, minutes):
    if not hours:
        return None
    sign = -1 if hours.startswith("-") else 1
    return timezone(sign * timedelta(hours=abs(int(hours)), minutes=int(minutes)))
