"""What every outlet of the "dev" world shares: the article model, dates, responses, helpers.

Standard library only. Nothing here knows about HTTP servers: an outlet maps a request
target (path + query) and an edition to a :class:`Resp`; ``server.World`` serves it.
"""

from __future__ import annotations

import html
import re
import struct
import unicodedata
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.utils import formatdate
from urllib.parse import parse_qsl, urlsplit

esc = html.escape


# --------------------------------------------------------------------------- articles


@dataclass
class Article:
    """One article of one outlet. Times are hours before the World started."""

    key: str                      # world-unique handle, e.g. "W1" (never shown on a page)
    slug: str
    title: str
    summary: str
    paras: list                   # body paragraphs of edition 1 (copies: filled in by the World)
    hours: float                  # published, hours before start
    mod_hours: float | None = None
    section: str = ""
    author: str = ""
    related: list = field(default_factory=list)       # keys, edition 1
    related2: list | None = None                      # keys, edition 2 (None: as edition 1)
    title2: str | None = None                         # edition 2 substance (None: unchanged)
    summary2: str | None = None
    paras2: list | None = None
    mod_hours2: float | None = None
    first: int = 1                                    # first edition it exists in
    copy_of: str | None = None                        # key of the original it republishes
    copy_canonical: bool = True                       # copy names the original as rel=canonical
    lead: str | None = None                           # copy: its trimmed lead (replaces para 0)
    head: list = field(default_factory=list)          # copy: paragraphs before the shared body
    tail: list = field(default_factory=list)          # copy: paragraphs after the shared body
    shell: bool = False                               # static HTML is a JS shell
    lang: str | None = None
    num: int = 0                                      # post id / node id / nota id
    extra: dict = field(default_factory=dict)
    # filled in by the World
    outlet: object = None
    original: "Article | None" = None

    def exists(self, ed: int) -> bool:
        return ed >= self.first

    @property
    def updated(self) -> bool:
        return any(x is not None for x in (self.title2, self.summary2, self.paras2))

    def title_at(self, ed):
        return self.title2 if ed >= 2 and self.title2 is not None else self.title

    def summary_at(self, ed):
        return self.summary2 if ed >= 2 and self.summary2 is not None else self.summary

    def paras_at(self, ed):
        return self.paras2 if ed >= 2 and self.paras2 is not None else self.paras

    def related_at(self, ed):
        return self.related2 if ed >= 2 and self.related2 is not None else self.related

    def mod_hours_at(self, ed):
        if ed >= 2 and self.mod_hours2 is not None:
            return self.mod_hours2
        return self.mod_hours

    def core(self, ed):
        """The body paragraphs a copy shares with its original (or the original's own, lead left out)."""
        if self.original is not None:
            return self.original.paras_at(self.original.first)[1:]
        return self.paras_at(ed)[1:]


def first_sentence(text: str) -> str:
    return split_sentences(text)[0]


_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚÑ¿¡\"“])")


def split_sentences(text: str) -> list:
    return [s for s in _SENT.split(text.strip()) if s]


def body_sentences(art: Article, ed: int) -> list:
    core = art.core(ed)
    picks = [core[0], core[1], core[-1]]
    return [first_sentence(p) for p in picks]


# --------------------------------------------------------------------------- rules


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def term_matches(term: str, text: str) -> bool:
    pattern = r"(?<!\w)" + re.escape(fold(term)) + r"(?:['’]s)?(?!\w)"
    return re.search(pattern, fold(text)) is not None


RULES = [
    {"id": "maduro", "any": ["Maduro"], "severity": "high",
     "description": "Nicolás Maduro and what happens to him"},
    {"id": "blackout", "any": ["blackout", "apagón"], "severity": "medium",
     "description": "Power cuts (English and Spanish)"},
]


def rules_toml() -> str:
    out = ["# Alert rules of the open-web 'dev' world (tests/openweb/dev)."]
    for rule in RULES:
        terms = ", ".join('"%s"' % t for t in rule["any"])
        out += ["", "[[rule]]", 'id = "%s"' % rule["id"],
                'description = "%s"' % rule["description"],
                "any = [%s]" % terms, 'severity = "%s"' % rule["severity"],
                "throttle_minutes = 0"]
    return "\n".join(out) + "\n"


def matching_rules(art: Article, ed: int) -> list:
    text = "\n".join([art.title_at(ed), art.summary_at(ed)] + list(art.paras_at(ed)))
    return [r["id"] for r in RULES if any(term_matches(t, text) for t in r["any"])]


# --------------------------------------------------------------------------- dates

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def local(ts: int, offset_min: int) -> datetime:
    return datetime.fromtimestamp(ts, timezone(timedelta(minutes=offset_min)))


def iso(ts: int, offset_min: int = 0) -> str:
    return local(ts, offset_min).isoformat()


def iso_ms_z(ts: int) -> str:
    return datetime.fromtimestamp(ts, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def rfc822(ts: int) -> str:
    return datetime.fromtimestamp(ts, timezone.utc).strftime("%a, %d %b %Y %H:%M:%S +0000")


def http_date(ts: int) -> str:
    return formatdate(ts, usegmt=True)


def en_date(ts: int, offset_min: int) -> str:
    d = local(ts, offset_min)
    return "%s %d, %d" % (MONTHS_EN[d.month - 1], d.day, d.year)


def en_short_date(ts: int, offset_min: int) -> str:
    d = local(ts, offset_min)
    return "%s %d, %d" % (MONTHS_EN[d.month - 1][:3], d.day, d.year)


def en_time(ts: int, offset_min: int) -> str:
    d = local(ts, offset_min)
    return "%d:%02d %s" % ((d.hour % 12) or 12, d.minute, "am" if d.hour < 12 else "pm")


def dmy(ts: int, offset_min: int) -> str:
    return local(ts, offset_min).strftime("%d/%m/%Y")


def es_long_date(ts: int, offset_min: int) -> str:
    d = local(ts, offset_min)
    return "%s %d de %s de %d" % (DAYS_ES[d.weekday()], d.day, MONTHS_ES[d.month - 1], d.year)


def ago(ts: int, now: int) -> str:
    minutes = max(1, (now - ts) // 60)
    if minutes < 60:
        return "%d mins ago" % minutes
    hours = minutes // 60
    return "%d hour%s ago" % (hours, "" if hours == 1 else "s")


# --------------------------------------------------------------------------- responses


@dataclass
class Resp:
    status: int = 200
    body: bytes = b""
    ctype: str = "text/html; charset=UTF-8"
    headers: dict = field(default_factory=dict)
    art: Article | None = None
    cacheable: bool = True        # page cache: same bytes and validators within an edition
    lm: int | None = None         # natural Last-Modified (set by the outlet); the World decides
    etag: str | None = None       # set by the World
    lm_final: int | None = None   # set by the World


def page(text: str, ctype="text/html; charset=UTF-8", encoding="utf-8", **kw) -> Resp:
    return Resp(200, text.encode(encoding), ctype, **kw)


def redirect(location: str, status: int = 301) -> Resp:
    body = ('<html><head><title>%d Moved</title></head><body><a href="%s">%s</a></body></html>'
            % (status, esc(location), esc(location))).encode()
    return Resp(status, body, headers={"Location": location}, cacheable=False)


def not_found(text="<html><head><title>Page not found</title></head>"
                   "<body><h1>Not found</h1></body></html>") -> Resp:
    return Resp(404, text.encode("utf-8"), cacheable=False)


def xml(text: str, ctype="application/xml; charset=UTF-8") -> Resp:
    return Resp(200, text.encode("utf-8"), ctype)


def split_target(target: str):
    parts = urlsplit(target)
    return parts.path or "/", parts.query, dict(parse_qsl(parts.query, keep_blank_values=True))


def _png_1x1() -> bytes:
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(b"\x00\xcc\xcc\xcc")) + chunk(b"IEND", b""))


PNG = _png_1x1()
GIF = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00"
       b"\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")


def image(data: bytes, ctype: str) -> Resp:
    return Resp(200, data, ctype)


# --------------------------------------------------------------------------- outlets


class Outlet:
    """Base of the four outlets. Subclasses set the class attributes and implement route()."""

    name = ""
    cms = ""
    language = ""
    source = ""
    syndication_partner = False
    tz = 0                      # minutes east of UTC, the outlet's own time zone
    send_etag = True
    weak_etag = False
    send_last_modified = True
    server_header = "nginx"
    extra_headers: dict = {}
    encoding = "utf-8"

    def __init__(self, world):
        self.world = world
        self.arts = self.build()
        for art in self.arts:
            art.outlet = self
        self.by_key = {a.key: a for a in self.arts}

    # subclasses -------------------------------------------------------------
    def build(self) -> list:
        raise NotImplementedError

    def route(self, target: str, ed: int) -> Resp:
        raise NotImplementedError

    def path_of(self, art: Article) -> str:
        raise NotImplementedError

    def structural_variants(self, art: Article, ed: int) -> list:
        return []

    def listing_targets(self, ed: int) -> list:
        return []

    def sitewide(self, ed: int) -> list:
        """Lists of article keys shown on every article page of the outlet."""
        return []

    def seeds_entry(self) -> dict:
        raise NotImplementedError

    # shared -------------------------------------------------------------------
    @property
    def base(self) -> str:
        return self.world.outlets[self.name]

    def url(self, path: str) -> str:
        return self.base + path

    def canonical(self, art: Article) -> str:
        """The article's own canonical URL on this outlet (what the answer key names)."""
        return self.url(self.path_of(art))

    def canonical_link(self, art: Article) -> str:
        """What the page's rel=canonical says: the original's URL for a declared copy."""
        if art.original is not None and art.copy_canonical:
            return art.original.outlet.canonical(art.original)
        return self.canonical(art)

    def live(self, ed: int) -> list:
        return [a for a in self.arts if a.exists(ed)]

    def latest(self, ed: int) -> list:
        return sorted(self.live(ed), key=lambda a: a.hours)

    def ts(self, hours: float) -> int:
        return self.world.ts(hours)

    def pub(self, art: Article) -> int:
        return self.ts(art.hours)

    def mod(self, art: Article, ed: int) -> int | None:
        h = art.mod_hours_at(ed)
        return None if h is None else self.ts(h)

    def last_change(self, art: Article, ed: int) -> int:
        m = self.mod(art, ed)
        return max(self.pub(art), m or 0)

    def find(self, key: str) -> Article:
        return self.world.article(key)

    def assign_numbers(self, numbers: list):
        for art, num in zip(sorted(self.arts, key=lambda a: -a.hours), numbers):
            art.num = num
