"""Shared pieces of the "heldout" world: the article model, time helpers, the
response object, and the base class every outlet derives from (page cache,
validators, conditional requests, key entries).

Nothing here touches the disk; every page is rendered in memory from the data
of the outlet modules, for the edition asked, with the base URLs of this run.
"""

from __future__ import annotations

import hashlib
import html
import re
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime, parsedate_to_datetime
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def sentences(paras) -> list[str]:
    return [" ".join(p) for p in paras]


@dataclass
class Article:
    """One article of an outlet as written by the newsroom.

    ``paras`` is a list of paragraphs, each a list of sentences (the key takes
    its body sentences from there).  ``ed2`` holds what edition 2 changes:
    ``title``, ``lead``, ``paras`` (substance: the article is "updated"),
    ``mod_h`` (hours before the start at which it was modified), ``related_add``
    (keys appended to the related block: not substance).
    """

    key: str
    num: int
    slug: str
    section: str
    h: float                      # published this many hours before the World started
    title: str
    lead: str
    paras: list
    related: list = field(default_factory=list)
    author: str = ""
    mod_h: float | None = None    # edition-1 modification, hours before start
    shell: bool = False           # static HTML is a JS shell
    copy_of: str | None = None    # "outlet:KEY" of the original this republishes
    cross_canonical: bool = True  # a copy: rel=canonical names the original
    new_in: int = 1               # edition in which it first appears
    ed2: dict = field(default_factory=dict)
    extra: dict = field(default_factory=dict)

    def substance_changed(self) -> bool:
        return any(k in self.ed2 for k in ("title", "lead", "paras"))


@dataclass
class View:
    """An article as a reader sees it in one edition."""

    art: Article
    edition: int
    title: str
    lead: str
    paras: list
    published: datetime
    modified: datetime | None
    related: list

    @property
    def text(self) -> str:
        return " ".join([self.title, self.lead] + sentences(self.paras))


class Response:
    def __init__(self, status=200, body=b"", ctype="text/html; charset=utf-8",
                 headers=None, article=None, cache=True, lm=None, kind="page"):
        self.status = status
        self.body = body if isinstance(body, bytes) else body.encode("utf-8")
        self.ctype = ctype
        self.headers = dict(headers or {})
        self.article = article     # key URL of the article this URL shows (or redirects to)
        self.cache = cache         # False: rendered anew at every request (JS shell counters)
        self.lm = lm               # content time (edition 1) for Last-Modified
        self.kind = kind
        self.etag = None
        self.last_modified = None
        self.last_modified_dt = None


GIF = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,"
       b"\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")


def image_response():
    return Response(200, GIF, "image/gif", kind="image")


def redirect(status, location, article=None):
    return Response(status, b"", headers={"Location": location}, article=article, kind="redirect")


def http_date(dt: datetime) -> str:
    return format_datetime(dt.astimezone(timezone.utc), usegmt=True)


HREF_RE = re.compile(r"""(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
XML_LINK_RE = re.compile(r"<(?:link|loc|guid isPermaLink=\"true\")>\s*(?:<!\[CDATA\[)?([^<\]]+)", re.I)


def links_in(body: str, page_url: str) -> list[str]:
    out = []
    for m in HREF_RE.finditer(body):
        out.append(m.group(1) if m.group(1) is not None else m.group(2))
    for m in XML_LINK_RE.finditer(body):
        out.append(m.group(1))
    result = []
    for raw in out:
        raw = html.unescape(raw.strip())
        if not raw or raw.startswith(("mailto:", "javascript:", "data:")):
            continue
        result.append(urljoin(page_url, raw))
    return result


class Outlet:
    """Base class of an outlet: subclasses define the data and the pages."""

    name = ""
    title = ""
    cms = ""
    language = ""
    partner = False
    tzname = "UTC"
    validators = "both"          # "both", "etag", "weak-etag" or "lm"
    ARTICLES: list = []

    def __init__(self, world):
        self.world = world
        self.base = ""
        self.tz = ZoneInfo(self.tzname)
        self.arts = [Article(**dict(d)) for d in self.ARTICLES]
        self.by_key = {a.key: a for a in self.arts}
        self._cache = {}
        self._lock = threading.Lock()
        self._counter = 0

    # ---- time ---------------------------------------------------------------
    @property
    def t0(self) -> datetime:
        return self.world.t0

    def at(self, hours: float) -> datetime:
        dt = self.t0 - timedelta(hours=hours)
        return dt.replace(second=0, microsecond=0)

    def local(self, dt: datetime) -> datetime:
        return dt.astimezone(self.tz)

    def iso(self, dt: datetime | None) -> str | None:
        return None if dt is None else self.local(dt).isoformat()

    # ---- articles -----------------------------------------------------------
    def live(self, e: int) -> list[Article]:
        return [a for a in self.arts if a.new_in <= e]

    def view(self, a: Article, e: int) -> View:
        title, lead, paras = a.title, a.lead, a.paras
        if paras is None:                      # a copy: the original's edition-1 text
            paras = self.original_of(a)[1].paras
        mod = self.at(a.mod_h) if a.mod_h is not None else None
        related = list(a.related)
        if e >= 2:
            title = a.ed2.get("title", title)
            lead = a.ed2.get("lead", lead)
            paras = a.ed2.get("paras", paras)
            if "mod_h" in a.ed2:
                mod = self.at(a.ed2["mod_h"])
            related += [k for k in a.ed2.get("related_add", []) if k not in related]
        return View(a, e, title, lead, paras, self.at(a.h), mod, related)

    def declared_modified(self, v: View):
        """The modification date the page declares (None: it declares none)."""
        return v.modified

    def url(self, a: Article) -> str:
        raise NotImplementedError

    def key_url(self, a: Article) -> str:
        return self.url(a)

    def original_of(self, a: Article):
        if not a.copy_of:
            return None, None
        oname, okey = a.copy_of.split(":")
        o = self.world.outlet(oname)
        return o, o.by_key[okey]

    def explicit_variants(self, a: Article, e: int) -> list[str]:
        return []

    def rendered_links(self, a: Article, e: int) -> list[str]:
        """Links a JS shell's script creates once rendered (absolute)."""
        return []

    def sitewide(self, e: int) -> list[str]:
        """Keys of the articles of the site-wide lists (same on every page)."""
        return []

    def all_targets(self, e: int) -> list[str]:
        """Every path?query the outlet links or announces in this edition."""
        raise NotImplementedError

    def handle(self, path: str, query: str, e: int, counter: int | None = None) -> Response:
        raise NotImplementedError

    # ---- serving --------------------------------------------------------------
    def page(self, target: str, e: int, counter: int | None = None) -> Response:
        """The response for a path?query in edition e, with its validators."""
        path, _, query = target.partition("?")
        ck = (target, e)
        if counter is None:
            with self._lock:
                hit = self._cache.get(ck)
            if hit is not None:
                return hit
        resp = self.handle(path, query, e, counter)
        if resp.status == 200:
            self._validate(resp, target, e)
        if resp.cache and counter is None:
            with self._lock:
                self._cache[ck] = resp
        return resp

    def next_counter(self) -> int:
        with self._lock:
            self._counter += 1
            return self._counter

    def _validate(self, resp: Response, target: str, e: int) -> None:
        digest = hashlib.sha1(resp.body).hexdigest()
        if not resp.cache:
            # rendered at every request: an ETag of the bytes, as the framework does
            if self.validators in ("etag", "weak-etag", "both"):
                resp.etag = ('W/"%s"' if self.validators == "weak-etag" else '"%s"') % digest[:27]
            return
        if self.validators in ("etag", "both"):
            resp.etag = '"%s"' % digest[:20]
        elif self.validators == "weak-etag":
            resp.etag = 'W/"%x-%s"' % (len(resp.body), digest[:27])
        if self.validators in ("lm", "both"):
            if e == 1:
                lm = resp.lm or (self.t0 - timedelta(hours=2))
            else:
                first = self.page(target, 1)
                if first.status == 200 and first.body == resp.body:
                    lm = first.last_modified_dt
                else:
                    lm = self.t0 - timedelta(minutes=10)
            lm = lm.replace(microsecond=0)
            resp.last_modified_dt = lm
            resp.last_modified = http_date(lm)

    def serve(self, method: str, target: str, headers) -> tuple[int, dict, bytes]:
        e = self.world.edition
        path = target.partition("?")[0]
        counter = None
        if self.is_shell_path(path, e):
            counter = self.next_counter()
        resp = self.page(target, e, counter)
        out = {"Content-Type": resp.ctype}
        out.update(resp.headers)
        if resp.status != 200:
            return resp.status, out, resp.body
        if resp.etag:
            out["ETag"] = resp.etag
        if resp.last_modified:
            out["Last-Modified"] = resp.last_modified
        if self.not_modified(resp, headers):
            out.pop("Content-Type", None)
            return 304, out, b""
        return 200, out, resp.body

    @staticmethod
    def not_modified(resp: Response, headers) -> bool:
        inm = headers.get("If-None-Match")
        if inm is not None:
            if not resp.etag:
                return False
            mine = resp.etag[2:] if resp.etag.startswith("W/") else resp.etag
            for tag in inm.split(","):
                tag = tag.strip()
                if tag == "*":
                    return True
                if tag.startswith("W/"):
                    tag = tag[2:]
                if tag == mine:
                    return True
            return False
        ims = headers.get("If-Modified-Since")
        if ims and resp.last_modified:
            try:
                since = parsedate_to_datetime(ims)
            except (TypeError, ValueError):
                return False
            if since.tzinfo is None:
                since = since.replace(tzinfo=timezone.utc)
            return resp.last_modified_dt <= since
        return False

    def is_shell_path(self, path: str, e: int) -> bool:
        return False

    # ---- key ------------------------------------------------------------------
    def body_sentences(self, v: View) -> list[str]:
        p = v.paras
        return [p[0][0], p[1][-1], p[3][0]]

    def key_entry(self, a: Article, e: int) -> dict:
        v = self.view(a, e)
        copy_of = None
        if a.copy_of:
            o, oa = self.original_of(a)
            copy_of = o.key_url(oa)
        return {
            "outlet": self.name,
            "url": self.key_url(a),
            "variants": [],
            "title": v.title,
            "published": self.iso(v.published),
            "modified": self.iso(self.declared_modified(v)),
            "body_sentences": self.body_sentences(v),
            "needs_rendering": a.shell,
            "copy_of": copy_of,
        }

    def abs(self, target: str) -> str:
        return self.base + target

    def target_of(self, url: str) -> str | None:
        """path?query of an absolute URL on this outlet (None: not ours)."""
        parts = urlsplit(url)
        if "%s://%s" % (parts.scheme, parts.netloc) != self.base:
            return None
        return (parts.path or "/") + ("?" + parts.query if parts.query else "")
