"""Corpus validation: gold vs. visible page text, boilerplate separation, counts, date/offset sanity."""
import glob
import json
import os
import re
from collections import Counter
from datetime import datetime
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "td", "tr", "table", "section",
         "article", "header", "footer", "nav", "aside", "figure", "figcaption", "blockquote", "pre", "main",
         "dl", "dt", "dd", "form", "button", "title", "span_block", "hr", "address", "time_block"}
SKIP = {"script", "style", "noscript", "template", "iframe", "head", "title"}
VOID = {"br", "img", "meta", "link", "input", "hr", "source", "wbr", "area", "base", "col", "embed", "param", "track"}


class Visible(HTMLParser):
    """Visible text as a reader sees it: no comments, scripts, styles, noscript, iframe content,
    hidden/display:none elements, head."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip_stack = []   # tags that opened a skipped region

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            if tag == "br" and not self.skip_stack:
                self.out.append(" ")
            return
        a = dict(attrs)
        hidden = ("hidden" in a) or ("display:none" in (a.get("style") or "").replace(" ", ""))
        if self.skip_stack or tag in SKIP or hidden:
            self.skip_stack.append(tag)
            return
        if tag in BLOCK:
            self.out.append(" ")

    def handle_endtag(self, tag):
        if self.skip_stack:
            if tag in self.skip_stack:
                while self.skip_stack:
                    t = self.skip_stack.pop()
                    if t == tag:
                        break
            return
        if tag in BLOCK:
            self.out.append(" ")

    def handle_data(self, data):
        if not self.skip_stack:
            self.out.append(data)

    def handle_comment(self, data):
        pass


def norm(s):
    return " ".join(s.split())


def visible_text(html):
    v = Visible()
    v.feed(html)
    v.close()
    return norm("".join(v.out))


def lxml_text(html):
    try:
        import lxml.html
        from lxml import etree
    except ImportError:
        return None
    doc = lxml.html.document_fromstring(html)
    for bad in doc.xpath("//script|//style|//noscript|//template|//iframe|//head"):
        bad.drop_tree()
    for c in doc.xpath("//comment()"):
        if c.getparent() is not None:
            c.drop_tree()   # keeps the tail text
    parts = []
    for t in doc.itertext():
        parts.append(t)
    return norm(" ".join(parts))


def is_cjk(s):
    return any("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in s)


def long_enough(s):
    return len(s) >= (6 if is_cjk(s) else 16)


def check_date(g, errs):
    pub = g["published"]
    tz = ZoneInfo(g["timezone"])
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub):
        return
    dt = datetime.fromisoformat(pub)
    if dt.tzinfo is None:
        errs.append("published without offset: %s" % pub)
        return
    local = dt.replace(tzinfo=None).replace(tzinfo=tz)
    if local.utcoffset() != dt.utcoffset():
        errs.append("offset of %s does not match %s" % (pub, g["timezone"]))
    if g.get("modified"):
        m = datetime.fromisoformat(g["modified"])
        if m < dt:
            errs.append("modified before published")


def validate_all(outdir, manifest, minimums):
    report = {"pages": 0, "errors": {}, "warnings": {}}
    htmls = sorted(glob.glob(os.path.join(outdir, "*.html")))
    jsons = sorted(glob.glob(os.path.join(outdir, "*.json")))
    hb = {os.path.basename(h)[:-5] for h in htmls}
    jb = {os.path.basename(j)[:-5] for j in jsons}
    if hb != jb:
        report["errors"]["_pairs"] = ["html without json: %s; json without html: %s" % (sorted(hb - jb), sorted(jb - hb))]
    cms, langs, feats = Counter(), Counter(), Counter()
    react_checked = 0
    for name in sorted(hb & jb):
        errs, warns = [], []
        with open(os.path.join(outdir, name + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        for k in ("url", "title", "published", "modified", "authors", "language", "timezone", "cms", "features", "layout", "body"):
            if k not in g:
                errs.append("missing key %s" % k)
        raw = open(os.path.join(outdir, name + ".html"), "rb").read()
        enc = (g.get("charset") or {}).get("actual", "utf-8")
        try:
            html = raw.decode(enc)
        except UnicodeDecodeError as e:
            errs.append("cannot decode with %s: %s" % (enc, e))
            html = raw.decode(enc, "replace")
        if enc.lower().replace("_", "-") not in ("utf-8", "utf8"):
            try:
                raw.decode("utf-8")
                if g["charset"]["declared"].lower() == enc.lower():
                    warns.append("legacy-charset page happens to be valid UTF-8")
            except UnicodeDecodeError:
                pass
        vis = visible_text(html)
        lx = lxml_text(html)
        m = manifest.get(name, {})
        boiler = [norm(b) for b in m.get("boiler", []) if b and norm(b)]
        pulls = [norm(x) for x in m.get("pulls", [])]
        boiler = [b for b in boiler if b != norm(m.get("site", ""))]
        pos = 0
        body = [norm(x) for x in g["body"]]
        if not body:
            errs.append("empty body")
        for para in body:
            if not para:
                errs.append("empty paragraph")
                continue
            if para not in vis:
                errs.append("body paragraph not visible: %r" % para[:80])
                continue
            if lx is not None and para not in lx:
                errs.append("body paragraph not in lxml text: %r" % para[:80])
            i = vis.find(para, pos)
            if i < 0:
                errs.append("body paragraph out of order: %r" % para[:80])
            else:
                pos = i + len(para)
            if long_enough(para) and vis.count(para) > 1:
                warns.append("paragraph appears %d times in visible text: %r" % (vis.count(para), para[:60]))
            for b in boiler:
                if para in b and len(para) < len(b) + 1 and long_enough(para):
                    errs.append("body paragraph inside boilerplate text: %r" % para[:60])
        for b in boiler:
            if not long_enough(b) or b in pulls:
                continue
            for para in body:
                if b in para:
                    errs.append("boilerplate text inside gold paragraph: %r in %r" % (b[:50], para[:50]))
        for pq in pulls:
            if not any(pq in para for para in body):
                errs.append("pull quote does not repeat a body sentence: %r" % pq[:60])
            if pq in body:
                errs.append("pull quote equals a whole gold paragraph")
        if norm(g["title"]) not in vis:
            errs.append("title not visible")
        if "react-comments" in g["features"]:
            n = raw.count(b"<!-- -->")
            if n < 5:
                errs.append("react-comments page has only %d <!-- --> separators" % n)
            react_checked += 1
        if any(a.lower() in ("admin", "none", "staff", "super user", "redaktion") or "://" in a for a in g["authors"]):
            errs.append("suspicious author %r" % g["authors"])
        try:
            check_date(g, errs)
        except Exception as e:  # noqa
            errs.append("bad date: %s" % e)
        if "date-hidden" in g["features"]:
            if re.search(r'(article:published_time|datePublished|dateCreated|og:regDate|itemprop="datePublished" content)', html):
                errs.append("date-hidden page still has machine-readable date markup")
        for s in re.findall(r'<script[^>]*type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S):
            try:
                json.loads(s)
            except ValueError:
                if "broken-jsonld" not in g["features"]:
                    errs.append("JSON-LD does not parse")
        cms[g["cms"]] += 1
        langs[g["language"]] += 1
        for f_ in g["features"]:
            feats[f_] += 1
        report["pages"] += 1
        if errs:
            report["errors"][name] = errs
        if warns:
            report["warnings"][name] = warns
    report["cms"] = dict(sorted(cms.items()))
    report["languages"] = dict(sorted(langs.items()))
    report["features"] = dict(sorted(feats.items()))
    hostile = [n for n in hb & jb if any(f.startswith("hostile-") for f in json.load(open(os.path.join(outdir, n + ".json"), encoding="utf-8"))["features"])]
    report["hostile_pages"] = len(hostile)
    mins = []
    if report["pages"] < minimums["pages"]:
        mins.append("pages %d < %d" % (report["pages"], minimums["pages"]))
    if len(cms) < minimums["cms"]:
        mins.append("cms styles %d < %d" % (len(cms), minimums["cms"]))
    if len(langs) < minimums["languages"]:
        mins.append("languages %d < %d" % (len(langs), minimums["languages"]))
    for f_ in minimums["features"]:
        if feats[f_] < minimums["per_feature"]:
            mins.append("feature %s: %d < %d" % (f_, feats[f_], minimums["per_feature"]))
    if len(hostile) < minimums["hostile"]:
        mins.append("hostile pages %d < %d" % (len(hostile), minimums["hostile"]))
    report["minimums_failed"] = mins
    return report
