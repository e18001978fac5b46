"""Shared pieces of the heldout2 world: the article model, time helpers, HTML helpers.

Standard library only.
"""
from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

try:  # zoneinfo needs the system tz database; fixed offsets otherwise (December: winter time)
    from zoneinfo import ZoneInfo

    def zone(name: str, winter_hours: int):
        try:
            return ZoneInfo(name)
        except Exception:  # pragma: no cover - no tz database
            return timezone(timedelta(hours=winter_hours))
except ImportError:  # pragma: no cover
    def zone(name: str, winter_hours: int):
        return timezone(timedelta(hours=winter_hours))

UTC = timezone.utc
PARIS = zone("Europe/Paris", 1)
CARACAS = zone("America/Caracas", -4)
BRUSSELS = zone("Europe/Brussels", 1)
AMSTERDAM = zone("Europe/Amsterdam", 1)

def esc(s: str) -> str:
    """Text content: & < > escaped, quotes kept as a reader sees them."""
    return html.escape(s, quote=False)


def attr(s: str) -> str:
    return html.escape(s, quote=True)


@dataclass
class Article:
    """One article as one edition of the world serves it."""

    aid: str                      # stable id across editions (outlet-local)
    path: str                     # canonical path on its outlet
    title: str
    lead: str                     # standfirst / chapeau / summary ('' when the page has none)
    paras: list[str]              # body paragraphs, plain text (what a reader sees)
    published: datetime           # true instant (aware)
    modified: datetime | None
    section: str
    author: str
    related: list[str] = field(default_factory=list)   # aids on the same outlet
    shell: bool = False
    copy_of: tuple[str, str] | None = None              # (outlet name, aid) of the original
    key_sentences: list[str] = field(default_factory=list)
    extra: dict = field(default_factory=dict)          # outlet-specific bits (counters, ids...)

    def text(self) -> str:
        return "\n".join([self.title, self.lead, *self.paras])


_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-ÝÑ«\"“¿¡])")


def first_sentence(p: str) -> str:
    return _SENT.split(p.strip(), 1)[0]


def pick_sentences(paras: list[str], idx=(0, 1, -1)) -> list[str]:
    out = []
    for i in idx:
        s = first_sentence(paras[i])
        if s not in out:
            out.append(s)
    j = 0
    while len(out) < 3:
        s = first_sentence(paras[j])
        if s not in out:
            out.append(s)
        j += 1
    return out


def slugify(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("œ", "oe").replace("æ", "ae")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def minute(dt: datetime) -> datetime:
    return dt.replace(second=0, microsecond=0)


def place(start: datetime, hours_before: float, tz, lo: float = 1.0, hi: float = 35.5) -> datetime:
    """An instant `hours_before` the start, moved (by half hours) so that its local calendar
    day is the same as its UTC day (no article sits across midnight between the two), and kept
    within [start - hi h, start - lo h]."""
    # a deterministic few minutes more, so that times do not all share the start's minute
    dt = minute(start - timedelta(hours=hours_before, minutes=int(hours_before * 37) % 26))
    step = timedelta(minutes=30)
    for direction in (-1, 1):
        cand = dt
        for _ in range(60):
            if start - timedelta(hours=hi) <= cand <= start - timedelta(hours=lo) and \
                    cand.astimezone(tz).date() == cand.astimezone(UTC).date():
                return cand
            cand = cand + direction * step
    return dt


def iso(dt: datetime, tz=None, sep="T") -> str:
    if tz is not None:
        dt = dt.astimezone(tz)
    return dt.isoformat(sep=sep, timespec="seconds")


def iso_z(dt: datetime, millis=False) -> str:
    u = dt.astimezone(UTC)
    if millis:
        return u.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    return u.strftime("%Y-%m-%dT%H:%M:%SZ")


def http_date(dt: datetime) -> str:
    u = dt.astimezone(UTC)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[u.weekday()]}, {u.day:02d} {months[u.month - 1]} {u.year} {u:%H:%M:%S} GMT"


def parse_http_date(s: str) -> datetime | None:
    from email.utils import parsedate_to_datetime
    try:
        d = parsedate_to_datetime(s)
    except Exception:
        return None
    if d is None:
        return None
    if d.tzinfo is None:
        d = d.replace(tzinfo=UTC)
    return d


FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def rfc822(dt: datetime) -> str:
    return http_date(dt).replace("GMT", "+0000")


# ---- the rules' matcher (as README describes it: whole words, accents and case folded) ----

def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.casefold()


def term_in(term: str, text: str) -> bool:
    t = fold(text)
    words = [re.escape(w) for w in fold(term).split()]
    pat = r"(?<![\w])" + r"[\s\-]+".join(words) + r"(?![\w])"
    # possessives ("Maduro's", "Maduro’s") and hyphenation ("Maduro-led") are allowed by
    # the look-ahead: "'" and "-" are not word characters.
    return re.search(pat, t) is not None


RULES = [
    {"id": "maduro", "any": ["Maduro", "Nicolás Maduro", "Cilia Flores"],
     "none": ["plátano maduro"], "severity": "high"},
    {"id": "cyberattack", "any": ["cyberattack", "cyberattaque", "ciberataque", "cyberaanval"],
     "none": [], "severity": "medium"},
]


def rules_matching(a: Article) -> list[str]:
    txt = a.text()
    out = []
    for r in RULES:
        if any(term_in(t, txt) for t in r["none"]):
            continue
        if any(term_in(t, txt) for t in r["any"]):
            out.append(r["id"])
    return out
