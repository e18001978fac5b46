"""Page model, shared boilerplate blocks and the body renderer."""
import random
from datetime import datetime

from .common import (L, Item, aware, esc, fmt_date, gold_body, hexid, inline_html,
                     inline_text, iso, join_names, parse_body, qa, reactify, seed_for, alnum)


class Page:
    def __init__(self, spec, outlet, pool):
        self.spec = spec
        self.name = spec["name"]
        self.lang = spec["lang"]
        self.loc = dict(L[self.lang])
        from .common import BLOGNAV, BLOG_CMS
        if outlet.get("nav"):
            self.loc["nav"] = outlet["nav"]
        elif spec["cms"] in BLOG_CMS or outlet.get("blog"):
            self.loc["nav"] = BLOGNAV[self.lang]
        if outlet.get("html_lang"):
            self.loc["html_lang"] = outlet["html_lang"]
            self.loc["og_locale"] = outlet["html_lang"].replace("-", "_")
        self.cms = spec["cms"]
        self.o = outlet
        self.tz = outlet["tz"]
        self.site = outlet["name"]
        self.domain = outlet["domain"]
        self.home = "https://%s/" % self.domain
        self.url = spec["url"]
        self.title = spec["title"]
        self.authors = spec["authors"]
        self.byline = spec.get("byline", self.authors)
        self.meta_author = spec.get("meta_author")
        self.pub = aware(spec["published"], self.tz)
        self.mod = aware(spec["modified"], self.tz) if spec.get("modified") else None
        self.date_mode = spec.get("date_mode", "full")
        self.features = list(spec.get("features", []))
        self.items = parse_body(spec["body"])
        self.section = spec.get("section", self.loc["nav"][1])
        self.tags = spec.get("tags", [])
        self.opts = spec.get("opts", {})
        self.rng = random.Random(seed_for(self.name))
        self.boiler = []       # visible boilerplate texts placed on the page
        self.pulls = []        # pull-quote texts (repeat body sentences by design)
        self.layout = spec.get("layout", "")
        from urllib.parse import urlsplit
        self.handle = self.domain.replace("www.", "").split(".")[0].replace("-", "")
        self.pool = []
        for t, u in pool:
            parts = urlsplit(u)
            self.pool.append((t, "https://%s%s%s" % (self.domain, parts.path, ("?" + parts.query) if parts.query else "")))
        self.rng.shuffle(self.pool)
        self._rel_i = 0
        self.desc = spec.get("description") or self._desc()
        self.image = "https://%s/wp-content/uploads/%d/%02d/%s.jpg" % (
            outlet.get("cdn", self.domain), self.pub.year, self.pub.month, hexid(self.rng, 10))

    # --- helpers
    def _desc(self):
        for it in self.items:
            if it.kind in ("p", "lead"):
                t = inline_text(it.text)
                return t if len(t) < 180 else t[:157].rsplit(" ", 1)[0] + "…"
        return self.title

    def rid(self, n=8):
        return hexid(self.rng, n)

    def next_related(self):
        t = self.pool[self._rel_i % len(self.pool)]
        self._rel_i += 1
        return t

    def related(self, n):
        return [self.next_related() for _ in range(n)]

    def B(self, *texts):
        """register visible boilerplate text; returns the first for convenience"""
        for t in texts:
            if t:
                self.boiler.append(t)
        return texts[0] if texts else ""

    def gold(self):
        dm = self.date_mode
        if self.spec.get("gold_published"):
            pub = self.spec["gold_published"]
        elif dm in ("day", "url", "day-text"):
            pub = self.pub.date().isoformat()
        else:
            pub = iso(self.pub)
        feats = set(self.features)
        if len(pub) == 10:
            feats.add("bare-date")
        if len(self.authors) > 1:
            feats.add("multi-author")
        g = {
            "url": self.url,
            "title": self.title,
            "published": pub,
            "modified": iso(self.mod) if self.mod else None,
            "authors": self.authors,
            "language": self.lang,
            "timezone": self.tz,
            "cms": self.cms,
            "features": sorted(feats),
            "layout": self.layout,
            "body": gold_body(self.items),
        }
        if self.spec.get("charset_note"):
            g["charset"] = self.spec["charset_note"]
        return g

    # visible date helpers
    def vdate(self, style="long", dt=None):
        return fmt_date(self.lang, dt or self.pub, style)

    def byline_names(self):
        return join_names(self.lang, self.byline)

    def section_url(self):
        return self.home + (self.opts.get("section_slug") or "news") + "/"


# ------------------------------------------------------------------ blocks
def nav_items(p, li='<li class="menu-item"><a href="{u}">{t}</a></li>'):
    out = []
    for i, t in enumerate(p.loc["nav"]):
        u = p.home + ("" if i == 0 else "category/%d/" % (i + 1))
        out.append(li.format(u=qa(u), t=esc(t)))
        p.B(t)
    return "".join(out)


def footer_links(p, li='<li><a href="{u}">{t}</a></li>'):
    out = []
    for i, t in enumerate(p.loc["footer"]):
        out.append(li.format(u=qa(p.home + "page/%d/" % (i + 11)), t=esc(t)))
        p.B(t)
    return "".join(out)


def copyright_line(p):
    s = "© %d %s. %s" % (p.pub.year, p.site, p.loc["rights"])
    p.B(s)
    return esc(s)


def cookie_banner(p, cls="cookie-notice", btn_cls="button"):
    lo = p.loc
    p.B(lo["cookie_p"], lo["cookie_ok"], lo["cookie_no"])
    return ('<div id="%s" class="%s" role="dialog" aria-live="polite">'
            '<div class="%s__text"><p>%s</p></div>'
            '<div class="%s__actions"><button class="%s accept" type="button">%s</button> '
            '<button class="%s secondary" type="button">%s</button></div></div>'
            % (cls, cls, cls, esc(lo["cookie_p"]), cls, btn_cls, esc(lo["cookie_ok"]),
               btn_cls, esc(lo["cookie_no"])))


def newsletter_box(p, cls="newsletter-signup", h="h3"):
    lo = p.loc
    p.B(lo["newsletter_h"], lo["newsletter_p"], lo["newsletter_btn"])
    return ('<div class="%s"><%s class="%s__title">%s</%s><p class="%s__text">%s</p>'
            '<form action="%snewsletter/subscribe" method="post"><label class="screen-reader-text" for="nl-%s">%s</label>'
            '<input type="email" id="nl-%s" name="email" placeholder="%s" required>'
            '<button type="submit">%s</button></form></div>'
            % (cls, h, cls, esc(lo["newsletter_h"]), h, cls, esc(lo["newsletter_p"]), qa(p.home),
               p.rid(4), esc(lo["email_ph"]), p.rid(4), qa(lo["email_ph"]), esc(lo["newsletter_btn"])))


SHARE_NETS = [("facebook", "Facebook", "https://www.facebook.test/sharer/sharer.php?u="),
              ("x", "X", "https://x.test/intent/post?url="),
              ("whatsapp", "WhatsApp", "https://api.whatsapp.test/send?text="),
              ("linkedin", "LinkedIn", "https://www.linkedin.test/sharing/share-offsite/?url="),
              ("email", "E-mail", "mailto:?body=")]


def share_bar(p, cls="share-bar", label=True):
    lo = p.loc
    from urllib.parse import quote
    links = "".join('<li class="%s__item %s__item--%s"><a href="%s%s" target="_blank" rel="noopener" title="%s">'
                    '<span class="screen-reader-text">%s</span></a></li>'
                    % (cls, cls, k, qa(u), quote(p.url, safe=""), n, n) for k, n, u in SHARE_NETS)
    lab = '<span class="%s__label">%s</span>' % (cls, esc(lo["share"])) if label else ""
    if label:
        p.B(lo["share"])
    return '<div class="%s">%s<ul class="%s__list">%s</ul></div>' % (cls, lab, cls, links)


def related_list(p, n=4, cls="related-posts", h="h2", with_img=True):
    lo = p.loc
    p.B(lo["related_h"])
    lis = []
    for t, u in p.related(n):
        p.B(t)
        img = ('<img src="https://%s/img/%s-300x200.jpg" alt="" loading="lazy" width="300" height="200">'
               % (p.domain, p.rid(8))) if with_img else ""
        lis.append('<li class="%s__item"><a href="%s">%s<span class="%s__title">%s</span></a></li>'
                   % (cls, qa(u), img, cls, esc(t)))
    return '<section class="%s"><%s class="%s__heading">%s</%s><ul>%s</ul></section>' % (
        cls, h, cls, esc(lo["related_h"]), h, "".join(lis))


def most_read(p, n=5, cls="most-read"):
    lo = p.loc
    p.B(lo["most_read"])
    lis = []
    for i, (t, u) in enumerate(p.related(n)):
        p.B(t)
        lis.append('<li><span class="rank">%d</span><a href="%s">%s</a></li>' % (i + 1, qa(u), esc(t)))
    return '<aside class="%s"><h3>%s</h3><ol>%s</ol></aside>' % (cls, esc(lo["most_read"]), "".join(lis))


def comments_block(p, cls="comments-area", n=3, form=True, h="h2"):
    lo = p.loc
    out = ['<div id="comments" class="%s">' % cls]
    cs = lo["comments"][:n]
    out.append('<%s class="comments-title">%d %s</%s>' % (h, len(cs), esc(lo["comments_h"]), h))
    p.B(lo["comments_h"])
    out.append('<ol class="comment-list">')
    for i, (name, text) in enumerate(cs):
        p.B(text, name)
        cdt = p.pub.replace(hour=min(23, p.pub.hour + i + 2))
        out.append('<li id="comment-%d" class="comment depth-1"><article class="comment-body">'
                   '<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">%s</b> '
                   '<span class="says">:</span></div>%s</footer>'
                   '<div class="comment-content"><p>%s</p></div>'
                   '<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-%d">%s</a></div>'
                   '</article></li>' % (1000 + i, esc(name),
                                        "" if p.date_mode == "url" else
                                        '<div class="comment-metadata"><time%s>%s</time></div>' % (
                                            (' datetime="%s"' % iso(cdt)) if p.date_mode == "full" else "",
                                            esc(p.vdate("num", cdt))),
                                        esc(text), 1000 + i, esc(lo["reply"])))
    out.append("</ol>")
    if form:
        p.B(lo["leave"], lo["post_btn"])
        out.append('<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">%s</h3>'
                   '<form action="%swp-comments-post.php" method="post" id="commentform" class="comment-form">'
                   '<p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>'
                   '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="%s"></p>'
                   '</form></div>' % (esc(lo["leave"]), qa(p.home), qa(lo["post_btn"])))
    out.append("</div>")
    return "".join(out)


def ad_slot(p, cls="ad-slot", label=True, size=(300, 250)):
    lab = ""
    if label:
        p.B(p.loc["ad"])
        lab = '<span class="%s__label">%s</span>' % (cls, esc(p.loc["ad"]))
    return ('<div class="%s" data-ad-unit="/21804/%s/article" data-sizes="%dx%d">%s'
            '<div id="div-gpt-ad-%s-%s"></div></div>' % (cls, p.handle, size[0], size[1],
                                                          lab, p.rid(13), p.rid(1)))


def gtm_script(p):
    return ("<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});"
            "var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;"
            "j.src='https://tags.%s/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script',"
            "'dataLayer','GTM-%s');</script>" % (p.domain, alnum(p.rng, 7).upper()))


def datalayer(p, extra=None):
    import json
    d = {"pageType": "article", "section": p.section, "contentId": p.rid(6),
         "language": p.lang}
    if extra:
        d.update(extra)
    return "<script>window.dataLayer=window.dataLayer||[];dataLayer.push(%s);</script>" % json.dumps(
        d, ensure_ascii=False)


# ------------------------------------------------------------------ body renderer
def _cta_html(p, kind, style):
    text = p.loc["cta"][kind]
    p.B(text)
    href = {"whatsapp": "https://whatsapp.test/channel/0029Va%s" % alnum(p.rng, 16),
            "googlenews": "https://news.google.test/publications/CAAq%s" % alnum(p.rng, 20),
            "telegram": "https://telegram.test/%s" % p.handle,
            }.get(kind, p.home + "follow/")
    if style == 0:
        return '<p><strong><a href="%s" target="_blank" rel="noopener">%s</a></strong></p>' % (qa(href), esc(text))
    if style == 1:
        return '<p class="cta"><a href="%s">%s</a></p>' % (qa(href), esc(text))
    if style == 2:
        return '<div class="inline-cta inline-cta--%s"><span class="icon icon-%s"></span><a href="%s">%s</a></div>' % (
            kind, kind, qa(href), esc(text))
    return '<p><em>%s</em> <a href="%s">%s</a></p>' % (esc(text), qa(href), "»")


def default_flavor():
    return {}


def render_body(p, fl=None):
    """Render p.items to HTML according to flavor dict fl (callables override defaults)."""
    fl = fl or {}
    react = fl.get("react", False)
    sep = fl.get("sep", "\n")
    out = []
    in_live = False
    pidx = 0

    def ih(t):
        h = inline_html(t)
        return reactify(h) if react else h

    for it in p.items:
        k = it.kind
        if k == "p":
            pidx += 1
            f = fl.get("p")
            out.append(f(p, ih(it.text), pidx) if f else "<p>%s</p>" % ih(it.text))
        elif k in ("h2", "h3"):
            f = fl.get(k)
            out.append(f(p, ih(it.text)) if f else "<%s>%s</%s>" % (k, ih(it.text), k))
        elif k in ("ul", "ol"):
            f = fl.get(k)
            lis = [ih(x) for x in it.items]
            if f:
                out.append(f(p, lis))
            else:
                out.append("<%s>%s</%s>" % (k, "".join("<li>%s</li>" % x for x in lis), k))
        elif k == "quote":
            f = fl.get("quote")
            out.append(f(p, ih(it.text)) if f else "<blockquote><p>%s</p></blockquote>" % ih(it.text))
        elif k == "pre":
            f = fl.get("pre")
            lines = [esc(inline_text(x)) for x in it.items]
            out.append(f(p, lines) if f else "<pre><code>%s</code></pre>" % "\n".join(lines))
        elif k == "lead":
            f = fl.get("lead")
            out.append(f(p, ih(it.text)) if f else '<p class="article-summary">%s</p>' % ih(it.text))
        elif k == "live":
            if in_live:
                out.append(fl.get("live_close", lambda p: "</div>")(p))
            hh, mm = it.arg.split(":")
            dt = p.pub.replace(hour=int(hh), minute=int(mm))
            out.append(fl.get("live_open", _live_open)(p, dt, it.text))
            in_live = True
        else:
            f = fl.get(k) or MARKER_DEFAULTS[k]
            out.append(f(p, it.arg))
    if in_live:
        out.append(fl.get("live_close", lambda p: "</div>")(p))
    return sep.join(out)


def _live_open(p, dt, text):
    return ('<div class="live-entry" id="entry-%s"><div class="live-entry__meta"><time datetime="%s">%s</time></div>'
            % (p.rid(6), iso(dt), fmt_date(p.lang, dt, "time")))


def m_img(p, arg):
    cap, _, credit = arg.partition("|")
    p.B(cap)
    cr = ""
    if credit:
        p.B(credit)
        cr = ' <span class="credit">%s</span>' % esc(credit)
    return ('<figure class="image"><img src="https://%s/media/%s.jpg" alt="%s" width="1200" height="800" loading="lazy">'
            '<figcaption>%s%s</figcaption></figure>' % (p.domain, p.rid(10), qa(cap[:60]), esc(cap), cr))


def m_gallery(p, arg):
    caps = arg.split("|")
    figs = []
    for c in caps:
        p.B(c)
        figs.append('<figure class="gallery-item"><img src="https://%s/media/%s.jpg" alt="" width="800" height="533">'
                    '<figcaption class="gallery-caption">%s</figcaption></figure>' % (p.domain, p.rid(10), esc(c)))
    return '<div class="gallery gallery-columns-3">%s</div>' % "".join(figs)


def m_pull(p, arg):
    p.pulls.append(arg)
    return '<aside class="pullquote"><blockquote><p>%s</p></blockquote></aside>' % esc(arg)


def m_related(p, arg):
    t, u = (arg, p.home + "?p=" + p.rid(5)) if arg else p.next_related()
    lab = p.loc["read_more"]
    p.B(t)
    return '<p class="related-inline"><strong>%s</strong> <a href="%s">%s</a></p>' % (esc(lab), qa(u), esc(t))


def m_cta(p, arg):
    kind, _, style = arg.partition("|")
    return _cta_html(p, kind, int(style or 0))


def m_ad(p, arg):
    return ad_slot(p, cls=arg or "ad-slot")


def m_newsletter(p, arg):
    return newsletter_box(p, cls=arg or "newsletter-inline")


def m_fake(p, arg):
    # stale / draft text left in an HTML comment -- not visible
    return "<!--\n<p>%s</p>\n-->" % esc(arg)


def m_iframe(p, arg):
    inner2 = ("<html><body><div class='ad'><p>Sponsored content</p>"
              "<iframe src='https://adserver.%s/creative/%s.html' width='300' height='250'></iframe></div></body></html>"
              % (p.domain, p.rid(8)))
    p.B("Sponsored content")
    inner1 = ("<html><body><iframe srcdoc=\"%s\" width='300' height='250' frameborder='0'></iframe></body></html>"
              % qa(inner2))
    return ('<div class="embed-ad"><iframe title="advertisement" width="300" height="250" frameborder="0" scrolling="no" '
            'srcdoc="%s"></iframe>'
            '<iframe src="https://widgets.%s/poll/%s" width="100%%" height="320"></iframe></div>'
            % (qa(inner1), p.domain, p.rid(6)))


def huge_script(p, size=220000):
    import json
    rng = random.Random(seed_for(p.name + "script"))
    words = []
    for t, _ in p.pool:
        words.extend(t.split())
    items = []
    total = 0
    i = 0
    while total < size:
        w = " ".join(rng.choice(words) for _ in range(rng.randint(6, 14)))
        rec = {"id": 100000 + i, "t": w, "u": "/a/%d" % (100000 + i), "k": hexid(rng, 24),
               "s": rng.randint(0, 99999)}
        items.append(rec)
        total += len(w) + 60
        i += 1
    blob = json.dumps({"feed": items, "version": hexid(rng, 40)}, ensure_ascii=False, separators=(",", ":"))
    blob = blob.replace("</", "<\\/")
    fn = ";".join("function _%s(a,b){return a%sb}" % (hexid(rng, 4), rng.choice("+-*^|&")) for _ in range(200))
    return "<script>%s;window.__FEED_STATE__=%s;</script>" % (fn, blob)


def m_script(p, arg):
    return huge_script(p)


def m_paywall(p, arg):
    lo = p.loc
    p.B(lo["paywall_h"], lo["paywall_p"], lo["paywall_btn"])
    return ('<div class="paywall" id="paywall"><h3 class="paywall__title">%s</h3><p class="paywall__text">%s</p>'
            '<a class="paywall__button" href="%ssubscribe/">%s</a></div>'
            % (esc(lo["paywall_h"]), esc(lo["paywall_p"]), qa(p.home), esc(lo["paywall_btn"])))


def m_embed(p, arg):
    text, _, who = arg.partition("|")
    p.B(text)
    return ('<blockquote class="twitter-tweet" data-lang="%s"><p lang="%s" dir="ltr">%s</p>&mdash; %s '
            '<a href="https://x.test/status/%s">%s</a></blockquote>'
            '<script async src="https://platform.x.test/widgets.js" charset="utf-8"></script>'
            % (p.lang, p.lang, esc(text), esc(who), p.rid(12), p.vdate("long")))


def m_hidden(p, arg):
    return '<div class="visually-hidden" aria-hidden="true" style="display:none">%s</div>' % esc(arg)


MARKER_DEFAULTS = {"img": m_img, "gallery": m_gallery, "pull": m_pull, "related": m_related,
                   "cta": m_cta, "ad": m_ad, "newsletter": m_newsletter, "fake": m_fake,
                   "iframe": m_iframe, "script": m_script, "paywall": m_paywall, "embed": m_embed,
                   "hidden": m_hidden}


def wrap_doc(head, body, html_attrs='lang="en"', doctype="<!DOCTYPE html>"):
    return "%s\n<html %s>\n<head>\n%s\n</head>\n%s\n</html>\n" % (doctype, html_attrs, head, body)


def og(p, typ="article", title=None, dates=True, site=True, extra=""):
    t = title or p.title
    s = ['<meta property="og:locale" content="%s">' % p.loc["og_locale"],
         '<meta property="og:type" content="%s">' % typ,
         '<meta property="og:title" content="%s">' % qa(t),
         '<meta property="og:description" content="%s">' % qa(p.desc),
         '<meta property="og:url" content="%s">' % qa(p.url),
         '<meta property="og:image" content="%s">' % qa(p.image)]
    if site:
        s.append('<meta property="og:site_name" content="%s">' % qa(p.site))
    if dates and p.date_mode == "full":
        s.append('<meta property="article:published_time" content="%s">' % iso(p.pub))
        if p.mod:
            s.append('<meta property="article:modified_time" content="%s">' % iso(p.mod))
    s.append('<meta name="twitter:card" content="summary_large_image">')
    s.append('<meta name="twitter:title" content="%s">' % qa(t))
    s.append('<meta name="twitter:image" content="%s">' % qa(p.image))
    return "\n".join(s) + extra
