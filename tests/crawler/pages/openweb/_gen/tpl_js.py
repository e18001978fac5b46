"""JS-era publishing stacks: Arc XP (Fusion), Next.js, Medium, Substack, AMP, Brightspot."""
import json

from .base import (ad_slot, comments_block, cookie_banner, copyright_line, footer_links, most_read, nav_items,
                   newsletter_box, related_list, render_body, share_bar, wrap_doc)
from .common import (esc, qa, iso, iso_utc, jdump, jdump_ascii, inline_text, inline_html, words_count, gold_body,
                     hexid, alnum, reactify, two, fmt_date)


def _tz_abbr(p, dt):
    a = dt.tzname() or ""
    return a if a and not a[0] in "+-" else "GMT" + dt.strftime("%z")[:3]


def _content_elements(p):
    out = []
    for it in p.items:
        if it.kind in ("p", "lead"):
            out.append({"_id": hexid(p.rng, 26).upper(), "type": "text", "content": inline_html(it.text)})
        elif it.kind in ("h2", "h3"):
            out.append({"_id": hexid(p.rng, 26).upper(), "type": "header", "level": int(it.kind[1]), "content": inline_html(it.text)})
        elif it.kind in ("ul", "ol"):
            out.append({"_id": hexid(p.rng, 26).upper(), "type": "list", "list_type": "unordered" if it.kind == "ul" else "ordered",
                        "items": [{"type": "text", "content": inline_html(x)} for x in it.items]})
        elif it.kind == "quote":
            out.append({"_id": hexid(p.rng, 26).upper(), "type": "quote", "subtype": "blockquote",
                        "content_elements": [{"type": "text", "content": inline_html(it.text)}]})
    return out


# ------------------------------------------------------------------------------------------ Arc XP
def render_arc(p):
    """Arc XP / Fusion (React SSR): Fusion.globalContent ANS, data-el=text paragraphs, <!-- --> separators."""
    lo = p.loc
    react = "react-comments" in p.features
    paywall = "paywall-teaser" in p.features
    arc_site = p.handle
    pub_utc = iso_utc(p.pub, ms=True)
    mod_utc = iso_utc(p.mod, ms=True) if p.mod else pub_utc
    credits = [{"_id": alnum(p.rng, 26).upper(), "type": "author", "name": n, "byline": n, "url": "/authors/%s/" % n.lower().replace(" ", "-"),
                "additional_properties": {"original": {"byline": n}}} for n in p.authors]
    ans = {"_id": alnum(p.rng, 26).upper(), "type": "story", "version": "0.10.9", "canonical_url": p.url.split(p.domain)[1],
           "headlines": {"basic": p.title, "web": "", "meta_title": ""}, "description": {"basic": p.desc},
           "display_date": pub_utc, "first_publish_date": pub_utc, "publish_date": mod_utc, "last_updated_date": mod_utc,
           "credits": {"by": credits}, "taxonomy": {"primary_section": {"_id": "/" + p.opts.get("section_slug", "news"), "name": p.section}},
           "content_restrictions": {"content_code": "premium" if paywall else "free"},
           "content_elements": _content_elements(p), "language": p.lang, "canonical_website": arc_site}
    head = ['<meta charSet="UTF-8"/>', '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
            '<title>%s - %s</title>' % (esc(p.title), esc(p.site)),
            '<link rel="canonical" href="%s"/>' % qa(p.url),
            '<meta name="description" content="%s"/>' % qa(p.desc),
            '<meta property="og:title" content="%s"/>' % qa(p.title),
            '<meta property="og:description" content="%s"/>' % qa(p.desc),
            '<meta property="og:image" content="%s"/>' % qa(p.image),
            '<meta property="og:type" content="article"/>', '<meta property="og:url" content="%s"/>' % qa(p.url),
            '<meta property="og:site_name" content="%s"/>' % qa(p.site)]
    if p.authors:
        head.append('<meta name="author" content="%s"/>' % qa(", ".join(p.authors)))
    head += ['<meta property="article:published_time" content="%s"/>' % pub_utc,
             '<meta property="article:modified_time" content="%s"/>' % mod_utc,
             '<meta property="article:section" content="%s"/>' % qa(p.section)]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": p.url},
          "headline": p.title, "description": p.desc, "image": [p.image], "datePublished": pub_utc, "dateModified": mod_utc,
          "author": [{"@type": "Person", "name": n, "url": p.home + "authors/%s/" % n.lower().replace(" ", "-")} for n in p.authors],
          "publisher": {"@type": "NewsMediaOrganization", "name": p.site, "logo": {"@type": "ImageObject", "url": p.home + "pf/resources/logo.png"}},
          "isAccessibleForFree": not paywall}
    if paywall:
        ld["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywall"}
    if "live-blog" in p.features:
        ld["@type"] = "LiveBlogPosting"
        ld["coverageStartTime"] = pub_utc
    head.append('<script type="application/ld+json">%s</script>' % jdump(ld))
    head.append('<script id="fusion-engine-script" type="application/javascript" src="/pf/dist/engine/react.js?d=%d&amp;mxId=00000000" defer=""></script>' % p.rng.randint(100, 999))
    head.append('<script type="application/javascript" id="fusion-metadata">window.Fusion=window.Fusion||{};Fusion.arcSite="%s";Fusion.contextPath="/pf";'
                'Fusion.mxId="00000000";Fusion.deployment="%d";Fusion.globalContent=%s;Fusion.globalContentConfig={"source":"content-api","query":{"website_url":"%s"}};'
                'Fusion.lastModified=%d;Fusion.contentCache={};Fusion.layout="article-right-rail";</script>'
                % (arc_site, p.rng.randint(100, 999), jdump_ascii(ans), ans["canonical_url"], int(p.pub.timestamp()) * 1000))
    cm = "<!-- -->" if react else ""

    def para(p, h, i):
        return '<p class="c-paragraph" data-el="text" dir="null">%s</p>' % h

    def lead(p, h):
        return '<p class="c-paragraph article-summary" data-el="summary" dir="null">%s</p>' % h

    def img(p, arg):
        cap, _, cr = arg.partition("|")
        p.B(cap, cr)
        return ('<figure class="c-media-item"><img alt="" class="c-image" src="https://%s/resizer/v2/%s.jpg?auth=%s&amp;width=800" width="800" height="533"/>'
                '<figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">%s</span>%s</figcaption></figure>'
                % (p.domain, alnum(p.rng, 26).upper(), hexid(p.rng, 64), esc(cap),
                   (' <span class="c-media-item__credit">(%s%s%s)</span>' % (cm, esc(cr), cm)) if cr else ""))

    def gallery(p, arg):
        caps = arg.split("|")
        figs = "".join('<div class="c-gallery__slide"><img src="https://%s/resizer/v2/%s.jpg" alt=""/><p class="c-gallery__caption">%s%s%s</p>'
                       '<span class="c-gallery__counter">%d<!-- --> / <!-- -->%d</span></div>'
                       % (p.domain, alnum(p.rng, 26).upper(), cm, esc(p.B(c)), cm, i + 1, len(caps)) for i, c in enumerate(caps))
        return '<div class="c-gallery" data-gallery-id="%s">%s</div>' % (alnum(p.rng, 26).upper(), figs)

    def related(p, arg):
        t, u = (arg, p.home + "?id=" + p.rid(5)) if arg else p.next_related()
        p.B(t)
        return ('<div class="c-interstitial-link"><p class="c-paragraph"><strong>%s</strong> %s<a href="%s">%s</a></p></div>'
                % (esc(lo["read_more"]), cm, qa(u), esc(t)))

    def live_open(p, dt, text):
        return ('<div class="c-live-update" data-testid="live-update"><div class="c-live-update__timestamp"><time dateTime="%s">%s%s</time></div>'
                '<div class="c-live-update__body">' % (iso_utc(dt, ms=True), esc(fmt_date(p.lang, dt, "time")), cm))
    fl = {"p": para, "lead": lead, "img": img, "gallery": gallery, "related": related, "react": react,
          "h2": lambda p, h: '<h2 class="c-heading" data-el="header">%s</h2>' % h,
          "h3": lambda p, h: '<h3 class="c-heading" data-el="header">%s</h3>' % h,
          "live_open": live_open, "live_close": lambda p: "</div></div>",
          "ad": lambda p, a: '<div class="arcad-feature" data-ad-name="%s">%s</div>' % (p.rid(4), ad_slot(p, "arcad"))}
    body = render_body(p, fl)
    if react:
        body = "<!--$-->" + body + "<!--/$-->"
    pw = ""
    if paywall:
        from .base import m_paywall
        pw = m_paywall(p, "")
    byl = ""
    if p.byline:
        names = (" %s " % lo["and_"]).join('%s<a class="c-byline__link" href="/authors/%s/">%s</a>' % (cm, qa(n.lower().replace(" ", "-")), esc(n))
                                           for n in p.byline)
        byl = '<div class="c-byline" data-testid="byline">%s %s</div>' % (esc(lo["by"]), names)
    if p.lang == "en":
        h, m = p.pub.hour % 12 or 12, two(p.pub.minute)
        vd = "%s %d, %d at %s%d:%s %s%s %s" % (lo["months"][p.pub.month - 1], p.pub.day, p.pub.year, cm, h, m,
                                              "a.m." if p.pub.hour < 12 else "p.m.", cm, _tz_abbr(p, p.pub))
    else:
        vd = "%s%s (%s)" % (esc(p.vdate("longtime")), cm, _tz_abbr(p, p.pub))
    upd = ""
    if p.mod:
        upd = '<span class="c-date__updated">%s %s%s</span>' % (esc(lo["upd"]), cm, esc(p.vdate("longtime", p.mod)))
    p.B(lo["upd"])
    live_badge = ""
    if "live-blog" in p.features:
        live_badge = '<span class="c-live-badge">%s</span>' % esc(p.B(lo["live"]))
    article = ('<article class="b-article-body"><header class="c-article-header"><div class="c-overline"><a href="%s">%s</a></div>%s'
               '<h1 class="c-heading b-headline" data-testid="headline">%s</h1>%s'
               '<div class="c-date"><time dateTime="%s">%s</time>%s</div>%s</header>'
               '<figure class="c-lead-art"><img src="%s" alt="" width="1440" height="960"/></figure>'
               '<div class="article-body" data-qa="article-body">%s</div>%s</article>'
               % (qa(p.section_url()), esc(p.B(p.section)), live_badge, esc(p.title), byl, pub_utc, vd, upd,
                  share_bar(p, "c-share", False), qa(p.image), body, pw))
    if react:
        article = article.replace("</h1>", "</h1><!-- -->")
    page = ('<body><div id="fusion-app" class="layout-section wrap-bottom">'
            '<header class="b-header-nav-chain"><div class="b-header-nav-chain__top-layout"><a href="/" class="b-header-nav-chain__logo">%s</a>'
            '<nav class="b-header-nav-chain__nav"><ul>%s</ul></nav><a class="c-button c-button--primary" href="/subscribe/">%s</a>'
            '<a class="c-button" href="/account/login/">%s</a></div></header>'
            '<div class="b-single-column-regular"><main class="b-single-column-regular__main">%s</main>'
            '<aside class="b-right-rail">%s%s</aside></div>%s'
            '<footer class="b-footer"><div class="b-footer__links"><ul>%s</ul></div><p class="b-footer__copyright">%s</p></footer>'
            '</div>%s</body>'
            % (esc(p.B(p.site)), nav_items(p, '<li class="c-nav-item"><a href="{u}">{t}</a></li>'), esc(p.B(lo["subscribe"])),
               esc(p.B(lo["login"])), article, most_read(p, 5, "b-top-table-list"), ad_slot(p, "arcad-rail"),
               related_list(p, 4, "b-card-list", "h2"), footer_links(p), copyright_line(p),
               cookie_banner(p, "onetrust-banner-sdk", "ot-button")))
    p.layout = p.layout or "Arc XP Fusion (React SSR): header nav chain, overline, h1, byline, date, share, lead art, article-body with data-el=text paragraphs, right rail most-read + ad, card list, footer, OneTrust banner"
    return wrap_doc("\n".join(head), page, 'lang="%s"%s' % (p.lang, ' dir="rtl"' if lo["dir"] == "rtl" else ""))


# ------------------------------------------------------------------------------------------ Next.js
def render_nextjs(p):
    """Next.js news site (pages router or app router): CSS-module class names, <!-- --> text separators."""
    lo = p.loc
    app_router = p.opts.get("app_router", False)
    paywall = "paywall-teaser" in p.features
    live = "live-blog" in p.features
    h = lambda n: "%s_%s__%s" % (n.split(".")[0], n.split(".")[1], alnum(p.rng, 5))
    C = {k: h(k) for k in ["Layout.wrapper", "Header.header", "Header.nav", "Article.main", "ArticleHeader.kicker",
                           "ArticleHeader.headline", "Byline.byline", "Byline.date", "ArticleBody.body", "ArticleBody.paragraph",
                           "ArticleBody.summary", "ArticleBody.subhead", "Teaser.card", "Footer.footer", "Paywall.box",
                           "LiveTicker.entry", "LiveTicker.time", "Share.bar", "Figure.caption", "Related.inline"]}
    cm = "<!-- -->"
    blocks = []
    for it in p.items:
        if it.kind in ("p", "lead", "h2", "h3", "quote"):
            blocks.append({"type": {"lead": "summary", "h2": "subhead", "h3": "subhead"}.get(it.kind, it.kind if it.kind != "p" else "paragraph"),
                           "text": inline_text(it.text)})
        elif it.kind in ("ul", "ol"):
            blocks.append({"type": "list", "ordered": it.kind == "ol", "items": [inline_text(x) for x in it.items]})
        elif it.kind == "live":
            blocks.append({"type": "liveEntry", "time": it.arg})
    article_data = {"id": p.rid(12), "slug": p.url.rstrip("/").rsplit("/", 1)[-1], "title": p.title, "kicker": p.section,
                    "publishedAt": iso(p.pub), "updatedAt": iso(p.mod) if p.mod else None,
                    "authors": [{"name": n, "slug": n.lower().replace(" ", "-")} for n in p.authors],
                    "isPremium": paywall, "body": blocks, "language": p.lang}
    head = ['<meta charSet="utf-8"/>', '<meta name="viewport" content="width=device-width"/>',
            '<title>%s | %s</title>' % (esc(p.title), esc(p.site)),
            '<meta name="description" content="%s"/>' % qa(p.desc),
            '<meta property="og:title" content="%s"/>' % qa(p.title),
            '<meta property="og:description" content="%s"/>' % qa(p.desc),
            '<meta property="og:url" content="%s"/>' % qa(p.url),
            '<meta property="og:type" content="article"/>',
            '<meta property="og:image" content="%s"/>' % qa(p.image),
            '<link rel="canonical" href="%s"/>' % qa(p.url)]
    if p.date_mode == "full":
        head.append('<meta property="article:published_time" content="%s"/>' % iso(p.pub))
        if p.mod:
            head.append('<meta property="article:modified_time" content="%s"/>' % iso(p.mod))
    if p.date_mode in ("full",) and not p.opts.get("no_ld"):
        ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting" if live else "NewsArticle", "headline": p.title,
              "datePublished": iso(p.pub), "author": [{"@type": "Person", "name": n} for n in p.authors],
              "publisher": {"@type": "Organization", "name": p.site}, "mainEntityOfPage": p.url, "image": [p.image],
              "isAccessibleForFree": not paywall}
        if p.mod:
            ld["dateModified"] = iso(p.mod)
        if live:
            ld["coverageStartTime"] = iso(p.pub)
            ld["liveBlogUpdate"] = [{"@type": "BlogPosting", "headline": inline_text(it.text) if it.text else p.title,
                                     "datePublished": iso(p.pub.replace(hour=int(it.arg[:2]), minute=int(it.arg[3:])))}
                                    for it in p.items if it.kind == "live"]
        head.append('<script type="application/ld+json">%s</script>' % jdump(ld))
    if not app_router:
        head.append('<meta name="next-head-count" content="%d"/>' % (len(head) + 2))
        head.append('<link rel="preload" href="/_next/static/css/%s.css" as="style"/><link rel="stylesheet" href="/_next/static/css/%s.css" data-n-g=""/>'
                    % (hexid(p.rng, 16), hexid(p.rng, 16)))
        head.append('<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-%s.js"></script>' % hexid(p.rng, 16))
        head.append('<script src="/_next/static/chunks/webpack-%s.js" defer=""></script><script src="/_next/static/chunks/framework-%s.js" defer=""></script>'
                    '<script src="/_next/static/chunks/pages/%%5Bsection%%5D/%%5Bslug%%5D-%s.js" defer=""></script>' % (hexid(p.rng, 16), hexid(p.rng, 16), hexid(p.rng, 16)))
    else:
        head.append('<link rel="stylesheet" href="/_next/static/css/%s.css" data-precedence="next"/>' % hexid(p.rng, 16))
        head.append('<script src="/_next/static/chunks/webpack-%s.js" async=""></script>' % hexid(p.rng, 16))

    def para(p, hh, i):
        return '<p class="%s">%s</p>' % (C["ArticleBody.paragraph"], hh)

    def lead(p, hh):
        return '<p class="%s">%s</p>' % (C["ArticleBody.summary"], hh)

    def img(p, arg):
        cap, _, cr = arg.partition("|")
        p.B(cap, cr)
        return ('<figure><img alt="" loading="lazy" width="1200" height="800" decoding="async" data-nimg="1" style="color:transparent" '
                'srcSet="/_next/image?url=%%2Fmedia%%2F%s.jpg&amp;w=1200&amp;q=75 1x" src="/_next/image?url=%%2Fmedia%%2F%s.jpg&amp;w=1200&amp;q=75"/>'
                '<figcaption class="%s">%s%s</figcaption></figure>'
                % (p.rid(10), p.rid(10), C["Figure.caption"], esc(cap), (cm + " " + cm + "© " + cm + esc(cr)) if cr else ""))

    def gallery(p, arg):
        caps = arg.split("|")
        return '<div class="Gallery_gallery__%s">%s</div>' % (alnum(p.rng, 5), "".join(
            '<figure><img alt="" src="/media/%s.jpg"/><figcaption class="%s">%d<!-- -->/<!-- -->%d<!-- --> <!-- -->%s</figcaption></figure>'
            % (p.rid(10), C["Figure.caption"], i + 1, len(caps), esc(p.B(c))) for i, c in enumerate(caps)))

    def related(p, arg):
        t, u = (arg, p.home + "a/" + p.rid(6)) if arg else p.next_related()
        p.B(t)
        return '<aside class="%s"><span>%s</span><!-- --> <a href="%s">%s</a></aside>' % (C["Related.inline"], esc(lo["read_more"]), qa(u), esc(t))

    def live_open(p, dt, text):
        return ('<div class="%s" id="entry-%s"><time class="%s" dateTime="%s">%s<!-- --> %s</time><div>'
                % (C["LiveTicker.entry"], p.rid(6), C["LiveTicker.time"], iso(dt), esc(fmt_date(p.lang, dt, "time")),
                   {"de": "Uhr", "fr": "", "ja": "", "ko": ""}.get(p.lang, "")))
    fl = {"p": para, "lead": lead, "img": img, "gallery": gallery, "related": related, "react": True,
          "h2": lambda p, hh: '<h2 class="%s">%s</h2>' % (C["ArticleBody.subhead"], hh),
          "h3": lambda p, hh: '<h3 class="%s">%s</h3>' % (C["ArticleBody.subhead"], hh),
          "live_open": live_open, "live_close": lambda p: "</div></div>",
          "ad": lambda p, a: '<div class="AdSlot_slot__%s">%s</div>' % (alnum(p.rng, 5), ad_slot(p, "ad-container")), "sep": ""}
    body = render_body(p, fl)
    pw = ""
    if paywall:
        p.B(lo["paywall_h"], lo["paywall_p"], lo["paywall_btn"], lo["login"])
        pw = ('<div class="%s"><h3>%s</h3><p>%s</p><a href="/abo">%s</a><!-- --> <a href="/login">%s</a></div>'
              % (C["Paywall.box"], esc(lo["paywall_h"]), esc(lo["paywall_p"]), esc(lo["paywall_btn"]), esc(lo["login"])))
    byl = ""
    if p.byline:
        parts = [cm + esc(n) for n in p.byline]
        byl = '<div class="%s"><span>%s%s</span>' % (C["Byline.byline"], (esc(lo["by"]) + " ") if lo["by"] else "",
                                                       (cm + " " + esc(lo["and_"]) + " ").join(parts))
    else:
        byl = '<div class="%s">' % C["Byline.byline"]
    if p.date_mode == "full":
        dtxt = '<time class="%s" dateTime="%s">%s<!-- -->, <!-- -->%s</time>' % (C["Byline.date"], iso(p.pub), esc(p.vdate("long")), esc(p.vdate("time")))
    elif p.date_mode == "text":
        dtxt = '<span class="%s">%s<!-- -->, <!-- -->%s</span>' % (C["Byline.date"], esc(p.vdate("long")), esc(p.vdate("time")))
    else:
        dtxt = '<span class="%s">%s</span>' % (C["Byline.date"], esc(p.vdate("long")))
    byl += dtxt + "</div>"
    kicker = p.section + ((" · " + lo["live"]) if live else "")
    p.B(kicker, p.section)
    article = ('<article class="%s"><div class="%s">%s</div><h1 class="%s">%s</h1>%s%s'
               '<div class="%s">%s</div>%s</article>'
               % (C["Article.main"], C["ArticleHeader.kicker"], esc(kicker), C["ArticleHeader.headline"], esc(p.title), byl,
                  share_bar(p, C["Share.bar"], False), C["ArticleBody.body"], body, pw))
    teasers = "".join('<a class="%s" href="%s"><span>%s</span></a>' % (C["Teaser.card"], qa(u), esc(p.B(t))) for t, u in p.related(4))
    p.B(lo["related_h"])
    shell = ('<div class="%s"><header class="%s"><a href="/">%s</a><nav class="%s"><ul>%s</ul></nav></header>'
             '<main>%s<section><h2>%s</h2><div>%s</div></section></main>'
             '<footer class="%s"><ul>%s</ul><p>%s</p></footer></div>'
             % (C["Layout.wrapper"], C["Header.header"], esc(p.B(p.site)), C["Header.nav"],
                nav_items(p, '<li><a href="{u}">{t}</a></li>'), article, esc(lo["related_h"]), teasers,
                C["Footer.footer"], footer_links(p), copyright_line(p)))
    if app_router:
        payload = json.dumps(["$", "article", None, {"children": [b.get("text", "") for b in blocks][:6]}], ensure_ascii=False)
        scripts = ('<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>'
                   '<script>self.__next_f.push([1,%s])</script>' % json.dumps("1:HL[\"/_next/static/css/%s.css\",\"style\"]\n5:%s\n" % (hexid(p.rng, 16), payload), ensure_ascii=False).replace("</", "<\\/"))
        page = '<body class="__className_%s"><!--$-->%s<!--/$-->%s%s</body>' % (hexid(p.rng, 6), shell, cookie_banner(p, "consent-banner"), scripts)
    else:
        nd = {"props": {"pageProps": {"article": article_data, "section": p.section}, "__N_SSP": True}, "page": "/[section]/[slug]",
              "query": {"section": p.opts.get("section_slug", "news"), "slug": article_data["slug"]}, "buildId": alnum(p.rng, 21),
              "isFallback": False, "gssp": True, "scriptLoader": []}
        page = ('<body><div id="__next">%s</div>%s<script id="__NEXT_DATA__" type="application/json">%s</script></body>'
                % (shell, cookie_banner(p, "consent-banner"), jdump(nd)))
    p.layout = p.layout or "Next.js news site: CSS-module classes, header nav, kicker, h1, byline+date with <!-- --> separators, share bar, article body, related teasers, footer, cookie banner, __NEXT_DATA__/RSC payload"
    return wrap_doc("\n".join(head), page, 'lang="%s"%s' % (p.lang, ' dir="rtl"' if lo["dir"] == "rtl" else ""))


# ------------------------------------------------------------------------------------------ Medium
def render_medium(p):
    """Medium story page (React SSR, obfuscated atomic classes, data-selectable-paragraph)."""
    lo = p.loc
    paywall = "paywall-teaser" in p.features
    user = p.opts.get("medium_user", (p.authors[0] if p.authors else "x").lower().replace(" ", ""))
    cls = lambda n: " ".join("".join(p.rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(2)) for _ in range(n))
    pub_utc = iso_utc(p.pub, ms=True)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "image": ["https://miro.medium.test/v2/resize:fit:1200/" + alnum(p.rng, 30) + ".png"],
          "url": p.url, "dateCreated": pub_utc, "datePublished": pub_utc, "dateModified": iso_utc(p.mod or p.pub, ms=True),
          "headline": p.title, "name": p.title, "description": p.desc, "identifier": p.url.rsplit("-", 1)[-1],
          "author": {"@type": "Person", "name": p.authors[0], "url": "https://medium.test/@" + user},
          "creator": [p.authors[0]], "publisher": {"@type": "Organization", "name": p.o.get("pub_name", "Medium"), "url": p.home},
          "mainEntityOfPage": p.url, "isAccessibleForFree": not paywall}
    ldtxt = json.dumps(ld, ensure_ascii=False, separators=(",", ":")).replace("/", "\\u002F")
    words = words_count(gold_body(p.items)) * (3 if paywall else 1)
    rt = "%d min read" % max(2, words // 230)
    head = ['<title>%s | by %s | %s</title>' % (esc(p.title), esc(p.authors[0]), esc(p.o.get("pub_name", "Medium"))),
            '<meta data-rh="true" charset="utf-8"/>',
            '<meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1"/>',
            '<meta data-rh="true" name="theme-color" content="#000000"/>',
            '<meta data-rh="true" property="og:type" content="article"/>',
            '<meta data-rh="true" property="article:published_time" content="%s"/>' % pub_utc,
            '<meta data-rh="true" name="title" content="%s | by %s | Medium"/>' % (qa(p.title), qa(p.authors[0])),
            '<meta data-rh="true" property="og:title" content="%s"/>' % qa(p.title),
            '<meta data-rh="true" property="al:android:app_name" content="Medium"/>',
            '<meta data-rh="true" name="description" content="%s"/>' % qa(p.desc),
            '<meta data-rh="true" property="og:description" content="%s"/>' % qa(p.desc),
            '<meta data-rh="true" property="og:url" content="%s"/>' % qa(p.url),
            '<meta data-rh="true" name="author" content="%s"/>' % qa(p.authors[0]),
            '<meta data-rh="true" property="article:author" content="https://medium.test/@%s"/>' % user,
            '<meta data-rh="true" name="robots" content="index,noarchive,follow,max-image-preview:large"/>',
            '<meta data-rh="true" name="referrer" content="unsafe-url"/>',
            '<meta data-rh="true" name="twitter:label1" content="Reading time"/>',
            '<meta data-rh="true" name="twitter:data1" content="%s"/>' % rt,
            '<link data-rh="true" rel="author" href="https://medium.test/@%s"/>' % user,
            '<link data-rh="true" rel="canonical" href="%s"/>' % qa(p.url),
            '<script data-rh="true" type="application/ld+json">%s</script>' % ldtxt]
    pc = cls(22)
    fl = {"p": lambda p, h, i: '<p id="%s" class="pw-post-body-paragraph %s" data-selectable-paragraph="">%s</p>' % (p.rid(4), pc, h),
          "h2": lambda p, h: '<h2 id="%s" class="%s" data-selectable-paragraph="">%s</h2>' % (p.rid(4), cls(20), h),
          "h3": lambda p, h: '<h3 id="%s" class="%s" data-selectable-paragraph="">%s</h3>' % (p.rid(4), cls(20), h),
          "ul": lambda p, lis: '<ul class="">%s</ul>' % "".join('<li id="%s" class="%s" data-selectable-paragraph="">%s</li>' % (p.rid(4), cls(12), x) for x in lis),
          "ol": lambda p, lis: '<ol class="">%s</ol>' % "".join('<li id="%s" class="%s" data-selectable-paragraph="">%s</li>' % (p.rid(4), cls(12), x) for x in lis),
          "pre": lambda p, ls: '<pre class="%s">%s</pre>' % (cls(8), "<br/>".join('<span id="%s" class="%s" data-code-block-mode="2" spellcheck="false" data-code-block-lang="bash">%s</span>' % (p.rid(4), cls(9), x) for x in ls)),
          "quote": lambda p, h: '<blockquote class="%s"><p id="%s" class="%s" data-selectable-paragraph="">%s</p></blockquote>' % (cls(3), p.rid(4), cls(14), h),
          "img": lambda p, arg: '<figure class="%s"><div class="%s"><picture><img alt="" class="bg lm" width="700" height="467" loading="lazy" role="presentation" src="https://miro.medium.test/v2/resize:fit:1400/%s.png"/></picture></div><figcaption class="%s" data-selectable-paragraph="">%s</figcaption></figure>'
          % (cls(6), cls(4), alnum(p.rng, 30), cls(10), esc(p.B(arg.partition("|")[0]))),
          "react": True}
    body = render_body(p, fl)
    pw = ""
    if paywall:
        p.B("Create an account to read the full story.", "The author made this story available to Medium members only.",
            "If you’re new to Medium, create a new account to read this story on us.", "Continue in app", "Or, continue in mobile web",
            "Sign up with Google", "Already have an account?", "Sign in", "Member-only story")
        pw = ('<div class="%s"><div class="%s"><h2 class="%s">Create an account to read the full story.</h2>'
              '<p class="%s">The author made this story available to Medium members only.<br/>If you’re new to Medium, create a new account to read this story on us.</p>'
              '<a href="https://medium.test/m/signin">Continue in app</a><p>Or, continue in mobile web</p><button>Sign up with Google</button>'
              '<p>Already have an account? <a href="https://medium.test/m/signin">Sign in</a></p></div></div>' % (cls(5), cls(4), cls(8), cls(6)))
    member = ('<div class="%s"><span class="%s">Member-only story</span></div>' % (cls(3), cls(4))) if paywall else ""
    clap = p.rng.randint(50, 4000)
    p.B(rt, "Listen", "Share", "Follow", p.authors[0], "Sign up", "Sign in", "Write", "Get started", "Open in app",
        "Help", "Status", "About", "Careers", "Press", "Blog", "Privacy", "Terms", "Text to speech", "Teams",
        "Written by %s" % p.authors[0], p.o.get("pub_name", ""), "More from %s" % p.authors[0], "Recommended from Medium")
    about = p.spec.get("about_me", "")
    p.B(about)
    more = "".join('<div class="%s"><a href="%s"><h2 class="%s">%s</h2></a></div>' % (cls(4), qa(u), cls(8), esc(p.B(t))) for t, u in p.related(4))
    top = ('<div class="%s"><div class="%s"><a href="/?source=post_page---top_nav_layout_nav" aria-label="Homepage">Medium</a>'
           '<div class="%s"><a href="/m/signin?operation=register" rel="noopener follow">Write</a><a href="/m/signin">Sign up</a>'
           '<a href="/m/signin?operation=login">Sign in</a></div></div></div>' % (cls(5), cls(6), cls(4)))
    p.B("Medium")
    art = ('<article><div class="l"><div class="l"><section><div><div class="%s"><div class="ab ca"><div class="ch bg fv fw fx fy">'
           '%s<div><h1 id="%s" class="pw-post-title %s" data-testid="storyTitle" data-selectable-paragraph="">%s</h1></div>'
           '<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="%s"><div class="ab"><div class="ab q">'
           '<div class="bm bg"><a href="/@%s?source=post_page-----%s" rel="noopener follow"><img alt="%s" class="l fa by" src="https://miro.medium.test/v2/resize:fill:88:88/%s.jpeg" width="44" height="44" loading="lazy" data-testid="authorPhoto"/></a></div>'
           '<div class="%s"><span class="%s"><a class="af ag" data-testid="authorName" href="/@%s?source=post_page-----%s" rel="noopener follow">%s</a></span>'
           '<span class="%s"><span class="%s">·</span><span><button class="%s">Follow</button></span></span></div>'
           '<div class="%s"><span class="%s"><span data-testid="storyReadTime">%s</span><div class="hy ab" aria-hidden="true"><span class="bc" aria-hidden="true"><span class="bl">·</span></span></div>'
           '<span data-testid="storyPublishDate">%s</span></span></div></div></div></div>'
           '<div class="%s"><div class="pw-multi-vote-count"><p class="bg b dx z dw"><span class="kn-">%d</span></p></div>'
           '<button aria-label="Listen" data-testid="audioPlayButton"><p class="bg b bf z dw">Listen</p></button>'
           '<button aria-controls="postPageShareMenu" aria-expanded="false" aria-label="Share Post" data-testid="headerSocialShareButton"><p class="bg b bf z dw">Share</p></button></div></div></div>'
           '%s</div></div></div></div></section>%s</div></div></article>'
           % (cls(5), member, p.rid(4), cls(28), esc(p.title), cls(6), user, p.rid(12), qa(p.authors[0]), alnum(p.rng, 20),
              cls(4), cls(5), user, p.rid(12), esc(p.authors[0]), cls(3), cls(3), cls(6), cls(4), cls(5),
              reactify(esc(rt)), esc(p.pub.strftime("%b ") + str(p.pub.day) + p.pub.strftime(", %Y")), cls(6), clap, body, pw))
    footer = ('<div class="%s"><div class="%s"><h2 class="%s"><span>Written by %s</span></h2><p>%s</p></div>'
              '<div><h2>More from %s</h2>%s</div><div><h2>Recommended from Medium</h2></div>'
              '<div class="%s"><a href="https://help.medium.test">Help</a><a href="https://medium.test/status">Status</a><a href="/about">About</a>'
              '<a href="/jobs">Careers</a><a href="/press">Press</a><a href="https://blog.medium.test">Blog</a><a href="/policy/privacy">Privacy</a>'
              '<a href="/policy/terms">Terms</a><a href="https://speechify.test/medium">Text to speech</a><a href="/business">Teams</a></div></div>'
              % (cls(4), cls(4), cls(6), esc(p.authors[0]), esc(about), esc(p.authors[0]), more, cls(5)))
    apollo = {"ROOT_QUERY": {"__typename": "Query", "viewer": None},
              "Post:%s" % ld["identifier"]: {"__typename": "Post", "id": ld["identifier"], "title": p.title, "firstPublishedAt": int(p.pub.timestamp() * 1000),
                                             "isLocked": paywall, "readingTime": words / 230.0, "clapCount": clap,
                                             "creator": {"__ref": "User:%s" % hexid(p.rng, 12)}}}
    page = ('<body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div>%s%s%s</div></div>'
            '<script>window.__BUILD_ID__="main-%s"</script><script>window.__GRAPHQL_URI__ = "https://medium.test/_/graphql"</script>'
            '<script>window.__PRELOADED_STATE__ = {"algolia":{"queries":{}},"cache":{"experimentGroupSet":true}}</script>'
            '<script>window.__APOLLO_STATE__ = %s</script></body>'
            % (top, art, footer, hexid(p.rng, 10), json.dumps(apollo, ensure_ascii=False).replace("</", "<\\/")))
    p.layout = p.layout or "Medium story: top nav (Write/Sign up/Sign in), h1 storyTitle, author row (avatar, name, Follow, read time, date), clap/listen/share, pw-post-body paragraphs, member wall, 'Written by'/'More from' footer, Apollo state"
    return wrap_doc("\n".join(head), page, 'lang="%s"' % p.lang, "<!doctype html>")


# ------------------------------------------------------------------------------------------ Substack
def render_substack(p):
    """Substack post: available-content/body markup, subscription widget + share button inside body, paywall."""
    lo = p.loc
    paywall = "paywall-teaser" in p.features
    pubname = p.site
    pub_utc = iso_utc(p.pub, z=False)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "url": p.url, "mainEntityOfPage": p.url,
          "headline": p.title, "description": p.spec.get("subtitle", p.desc),
          "image": [{"@type": "ImageObject", "url": p.image}], "datePublished": pub_utc,
          "dateModified": iso_utc(p.mod or p.pub, z=False), "isAccessibleForFree": not paywall,
          "author": [{"@type": "Person", "name": n, "url": "https://substack.test/@%s" % n.lower().replace(" ", ""),
                      "description": p.spec.get("about_me", ""), "identifier": "user:%d" % p.rng.randint(10 ** 6, 10 ** 8),
                      "image": {"@type": "ImageObject", "contentUrl": "https://substackcdn.test/image/fetch/%s.jpg" % hexid(p.rng, 16),
                                "thumbnailUrl": "https://substackcdn.test/image/fetch/w_128/%s.jpg" % hexid(p.rng, 16)}} for n in p.authors],
          "publisher": {"@type": "Organization", "name": pubname, "url": p.home, "description": p.o.get("tagline", ""),
                        "interactionStatistic": {"@type": "InteractionCounter", "name": "Subscribers", "interactionType": "https://schema.org/SubscribeAction",
                                                 "userInteractionCount": p.rng.randint(1000, 90000)},
                        "identifier": "pub:%d" % p.rng.randint(10 ** 5, 10 ** 7), "logo": {"@type": "ImageObject", "url": p.home + "logo.png"}}}
    if paywall:
        ld["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywall"}
    head = ['<meta charset="utf-8">', '<meta name="norton-safeweb-site-verification" content="%s" />' % alnum(p.rng, 40),
            '<link rel="preconnect" href="https://substackcdn.test" />',
            '<title data-rh="true">%s - by %s - %s</title>' % (esc(p.title), esc(p.authors[0]), esc(pubname)),
            '<meta data-rh="true" name="theme-color" content="#ffffff"/>',
            '<meta data-rh="true" property="og:type" content="article"/>',
            '<meta data-rh="true" property="og:title" content="%s"/>' % qa(p.title),
            '<meta data-rh="true" name="twitter:title" content="%s"/>' % qa(p.title),
            '<meta data-rh="true" name="description" content="%s"/>' % qa(p.spec.get("subtitle", p.desc)),
            '<meta data-rh="true" property="og:description" content="%s"/>' % qa(p.spec.get("subtitle", p.desc)),
            '<meta data-rh="true" property="og:image" content="%s"/>' % qa(p.image),
            '<meta data-rh="true" name="author" content="%s"/>' % qa(", ".join(p.authors)),
            '<link data-rh="true" rel="canonical" href="%s"/>' % qa(p.url),
            '<script data-rh="true" type="application/ld+json">%s</script>' % jdump(ld)]
    sub_caption = p.spec.get("sub_caption", "Thanks for reading %s! Subscribe for free to receive new posts and support my work." % pubname)

    def sub_widget(p, arg):
        p.B(sub_caption, "Subscribe")
        return ('<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;%ssubscribe?&quot;,&quot;text&quot;:&quot;Subscribe&quot;,&quot;language&quot;:&quot;%s&quot;}" data-component-name="SubscribeWidgetToDOM">'
                '<div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">%s</p></div>'
                '<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1">'
                '<input type="submit" class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div></div></form></div></div>'
                % (qa(p.home), p.lang, esc(sub_caption)))

    def share_btn(p, arg):
        p.B("Share")
        return ('<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;%s?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share&quot;,&quot;text&quot;:&quot;Share&quot;}" data-component-name="ButtonCreateButton">'
                '<a class="button primary" href="%s?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share"><span>Share</span></a></p>' % (qa(p.url), qa(p.url)))

    def cta(p, arg):
        kind = arg.partition("|")[0]
        if kind == "share":
            return share_btn(p, arg)
        return sub_widget(p, arg)

    def pull(p, arg):
        p.pulls.append(arg)
        return '<div class="pullquote"><p>%s</p></div>' % esc(arg)

    def img(p, arg):
        cap = arg.partition("|")[0]
        p.B(cap)
        return ('<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank" href="https://substackcdn.test/image/fetch/%s.jpeg" data-component-name="Image2ToDOM">'
                '<div class="image2-inset"><picture><img src="https://substackcdn.test/image/fetch/w_1456,c_limit,f_auto,q_auto:good/%s.jpeg" width="1456" height="971" class="sizing-normal" alt="" loading="lazy"></picture></div></a>'
                '<figcaption class="image-caption">%s</figcaption></figure></div>' % (hexid(p.rng, 24), hexid(p.rng, 24), esc(cap)))
    body = render_body(p, {"cta": cta, "newsletter": sub_widget, "pull": pull, "img": img})
    pw = ""
    if paywall:
        p.B("Keep reading with a 7-day free trial", "Subscribe to %s to keep reading this post and get 7 days of free access to the full post archives." % pubname,
            "Start trial", "Already a paid subscriber?", "Sign in")
        pw = ('<div class="paywall"><h2 class="paywall-title">Keep reading with a 7-day free trial</h2>'
              '<div class="paywall-cta"><p>Subscribe to %s to keep reading this post and get 7 days of free access to the full post archives.</p>'
              '<a class="button primary" href="%ssubscribe">Start trial</a></div><div class="paywall-login"><p>Already a paid subscriber? <a href="%saccount/login">Sign in</a></p></div></div>'
              % (esc(pubname), qa(p.home), qa(p.home)))
    subtitle = ""
    if p.spec.get("subtitle"):
        subtitle = '<h3 dir="auto" class="subtitle subtitle-HEEcLo">%s</h3>' % esc(p.B(p.spec["subtitle"]))
    datestr = p.pub.strftime("%b ") + two(p.pub.day) + p.pub.strftime(", %Y") if p.lang == "en" else p.vdate("long")
    likes, comm = p.rng.randint(10, 900), p.rng.randint(0, 120)
    p.B(str(likes), str(comm), "Share", "Subscribe", "Sign in", "Discussion about this post", "Comments", "Restacks",
        "Ready for more?", "Start your Substack", "Get the app", "Substack is the home for great culture", "Privacy", "Terms", "Collection notice",
        "© %d %s" % (p.pub.year, p.authors[0]), pubname)
    byl = ", ".join('<a href="https://substack.test/@%s" class="pencraft pc-reset decoration-hover-underline-ClDVps">%s</a>' % (n.lower().replace(" ", ""), esc(n)) for n in p.byline)
    art = ('<article class="typography newsletter-post post"><div class="post-header" role="region" aria-label="Post header">'
           '<h1 dir="auto" class="post-title published title-X77sOw">%s</h1>%s'
           '<div class="pencraft pc-display-flex pc-gap-12 pc-paddingBottom-20 pc-reset"><div class="pencraft pc-display-flex pc-gap-4 flex-grow-pzlBQT pc-reset byline-wrapper">'
           '<div class="pencraft pc-reset color-pub-primary-text-NyXPlw line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">%s</div>'
           '<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">%s</div></div></div>'
           '<div class="post-ufi style-large"><div class="like-button-container post-ufi-button style-large"><div class="label">%d</div></div>'
           '<a class="post-ufi-button style-large post-ufi-comment-button" href="%s/comments"><div class="label">%d</div></a>'
           '<div class="post-ufi-button style-large"><div class="label">Share</div></div></div></div>'
           '<div class="available-content"><div dir="auto" class="body markup">%s</div></div>%s</article>'
           % (esc(p.title), subtitle, byl, esc(datestr), likes, qa(p.url), comm, body, pw))
    comments = ""
    if not paywall:
        comments = ('<div class="comments-section"><h3 class="pencraft pc-reset">Discussion about this post</h3><div class="comment-list">%s</div></div>'
                    % "".join('<div class="comment"><a class="comment-author">%s</a><div class="comment-body"><p>%s</p></div></div>' % (esc(p.B(n)), esc(p.B(t)))
                              for n, t in lo["comments"][:2]))
        p.B(lo["comments"][0][0], lo["comments"][1][0])
    preloads = {"isEU": False, "language": p.lang, "pub": {"name": pubname, "subdomain": p.handle},
                "post": {"id": p.rng.randint(10 ** 7, 10 ** 9), "title": p.title, "audience": "only_paid" if paywall else "everyone",
                         "post_date": pub_utc, "truncated_body_text": p.desc}}
    page = ('<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg">'
            '<div class="main-menu-content"><div class="topbar-content"><a href="%s" class="navbar-title-link">%s</a>'
            '<div class="navbar-buttons"><button class="button primary subscribe-btn">Subscribe</button><a class="button" href="%saccount/login">Sign in</a></div></div></div>'
            '<div class="container"><div class="single-post-container"><div class="container"><div class="single-post"><div class="pencraft pc-display-contents pc-reset">'
            '%s</div>%s</div></div></div>'
            '<div class="footer-wrap publication-footer"><div class="footer themed-background"><div class="container"><div class="footer-blurbs">'
            '<div class="footer-copyright-blurb">© %d %s</div><div class="footer-terms-blurb"><a href="https://substack.test/privacy">Privacy</a> ∙ <a href="https://substack.test/tos">Terms</a> ∙ <a href="https://substack.test/ccpa#personal-data-collected">Collection notice</a></div></div>'
            '<div class="footer-substack-cta"><a href="https://substack.test/signup" class="footer-substack-cta-link">Start your Substack</a><a href="https://substack.test/app">Get the app</a></div>'
            '<p>Substack is the home for great culture</p></div></div></div></div></div></div>'
            '<script>window._preloads = JSON.parse(%s)</script></body>'
            % (qa(p.home), esc(pubname), qa(p.home), art, comments, p.pub.year, esc(p.authors[0]),
               json.dumps(json.dumps(preloads, ensure_ascii=False), ensure_ascii=False).replace("</", "<\\/")))
    p.layout = p.layout or "Substack post: topbar (pub name, Subscribe, Sign in), h1, byline + date, like/comment/share UFI, body markup with subscription widget and share button inside, paywall or discussion, footer"
    return wrap_doc("\n".join(head), page, 'lang="%s"' % p.lang)


# ------------------------------------------------------------------------------------------ AMP
AMP_BOILER = ('<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;'
              '-ms-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@-webkit-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}'
              '@-moz-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-ms-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}'
              '@-o-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style>'
              '<noscript><style amp-boilerplate>body{-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}</style></noscript>')


def render_amp(p):
    """AMP article (AMP-WP / custom): amp-img, amp-ad, amp-carousel captions, amp-live-list, amp-consent, amp-sidebar."""
    lo = p.loc
    live = "live-blog" in p.features
    canonical = p.spec.get("canonical", p.url.replace("/amp/", "/").replace("?amp=1", "").replace("/amp", ""))
    ld = {"@context": "http://schema.org", "@type": "LiveBlogPosting" if live else "NewsArticle",
          "mainEntityOfPage": {"@type": "WebPage", "@id": canonical}, "headline": p.title, "description": p.desc,
          "image": {"@type": "ImageObject", "url": p.image, "width": 1200, "height": 675},
          "publisher": {"@type": "Organization", "name": p.site, "logo": {"@type": "ImageObject", "url": p.home + "logo-amp.png", "width": 600, "height": 60}}}
    if p.date_mode == "full":
        ld["datePublished"] = iso(p.pub)
        ld["dateModified"] = iso(p.mod or p.pub)
    if p.authors:
        ld["author"] = [{"@type": "Person", "name": n} for n in p.authors] if len(p.authors) > 1 else {"@type": "Person", "name": p.authors[0]}
    if live:
        ld["coverageStartTime"] = iso(p.pub)
    head = ['<meta charset="utf-8">', '<script async src="https://cdn.ampproject.org/v0.js"></script>',
            '<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>',
            '<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>',
            '<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>',
            '<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>',
            '<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>',
            '<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.2.js"></script>']
    if live:
        head.append('<script async custom-element="amp-live-list" src="https://cdn.ampproject.org/v0/amp-live-list-0.1.js"></script>')
    head += ['<title>%s - %s</title>' % (esc(p.title), esc(p.site)), '<link rel="canonical" href="%s">' % qa(canonical),
             '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">',
             '<meta name="description" content="%s">' % qa(p.desc),
             '<meta property="og:title" content="%s">' % qa(p.title), '<meta property="og:type" content="article">',
             '<meta property="og:url" content="%s">' % qa(canonical)]
    if p.date_mode == "full" and not p.opts.get("no_meta_date"):
        head.append('<meta property="article:published_time" content="%s">' % iso(p.pub))
    if not p.opts.get("no_ld"):
        head.append('<script type="application/ld+json">%s</script>' % jdump(ld))
    head += [AMP_BOILER, '<style amp-custom>body{font-family:Georgia,serif;margin:0}.amp-wp-article{max-width:840px;margin:0 auto;padding:0 16px}'
             '.amp-wp-meta{color:#666;font-size:.8em}.amp-ad-wrapper{text-align:center;margin:1em 0}figcaption{font-size:.75em;color:#555}</style>']

    def img(p, arg):
        cap, _, cr = arg.partition("|")
        p.B(cap, cr)
        return ('<figure class="amp-wp-article-featured-image wp-caption"><amp-img width="1200" height="800" src="https://%s/media/%s.jpg" class="attachment-large size-large" layout="responsive" alt=""></amp-img>'
                '<figcaption class="wp-caption-text">%s%s</figcaption></figure>' % (p.domain, p.rid(10), esc(cap), (" " + esc(cr)) if cr else ""))

    def gallery(p, arg):
        slides = "".join('<figure><amp-img src="https://%s/media/%s.jpg" width="800" height="533" layout="responsive" alt=""></amp-img><figcaption>%s</figcaption></figure>'
                         % (p.domain, p.rid(10), esc(p.B(c))) for c in arg.split("|"))
        return '<amp-carousel width="800" height="600" layout="responsive" type="slides" role="region" aria-label="Gallery">%s</amp-carousel>' % slides

    def ad(p, arg):
        p.B(lo["ad"])
        return ('<div class="amp-ad-wrapper"><span class="amp-ad-label">%s</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/21804/%s/amp_article" data-multi-size="320x50" data-multi-size-validation="false">'
                '<div placeholder></div><div fallback></div></amp-ad></div>' % (esc(lo["ad"]), p.handle))

    def live_open(p, dt, text):
        return ('<div id="entry-%s" data-sort-time="%d" data-update-time="%d" class="amp-live-entry"><div class="amp-live-entry__time"><time datetime="%s">%s</time></div><div class="amp-live-entry__content">'
                % (p.rid(6), int(dt.timestamp()) * 1000, int(dt.timestamp()) * 1000, iso(dt), esc(fmt_date(p.lang, dt, "time"))))

    def lead(p, h):
        return '<p class="amp-summary">%s</p>' % h
    fl = {"img": img, "gallery": gallery, "ad": ad, "live_open": live_open, "live_close": lambda p: "</div></div>", "lead": lead}
    body = render_body(p, fl)
    if live:
        p.B("You have updates", "Show new updates")
        body = ('<amp-live-list id="amp-live-list-insert-blog" data-poll-interval="15000" data-max-items-per-page="20">'
                '<button update on="tap:amp-live-list-insert-blog.update" class="ampstart-btn ml1 caps">You have updates</button>'
                '<div items>%s</div></amp-live-list>' % body)
    if p.date_mode == "full":
        meta_date = '<time datetime="%s">%s</time>' % (iso(p.pub), esc(p.vdate("longtime")))
    elif p.date_mode == "text":
        meta_date = '<span class="amp-wp-posted-on">%s</span>' % esc(p.vdate("longtime"))
    else:
        meta_date = '<span class="amp-wp-posted-on">%s</span>' % esc(p.vdate("long"))
    byl = ""
    if p.byline:
        byl = '<div class="amp-wp-meta amp-wp-byline"><amp-img src="https://secure.gravatar.test/avatar/%s?s=72" alt="" width="24" height="24" layout="fixed"></amp-img><span class="amp-wp-author author vcard">%s</span></div>' % (
            p.rid(32), esc(p.byline_names()))
    p.B(lo["cookie_p"], lo["cookie_ok"], lo["cookie_no"], "☰", lo["share"])
    nav = nav_items(p, '<li><a href="{u}">{t}</a></li>')
    page = ('<body class="amp-wp-single">'
            '<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{"vars":{"gtag_id":"G-%s","config":{"G-%s":{"groups":"default"}}}}</script></amp-analytics>'
            '<amp-consent id="site-consent" layout="nodisplay"><script type="application/json">{"consentInstanceId":"site-consent","consentRequired":true,"promptUI":"consent-ui"}</script>'
            '<div id="consent-ui" class="consent-ui"><p>%s</p><button on="tap:site-consent.accept">%s</button><button on="tap:site-consent.reject">%s</button></div></amp-consent>'
            '<amp-sidebar id="sidebar" layout="nodisplay" side="%s"><nav><ul>%s</ul></nav></amp-sidebar>'
            '<header id="top" class="amp-wp-header"><div><button class="hamburger" on="tap:sidebar.toggle">☰</button><a href="%s"><amp-img src="%slogo.png" width="180" height="40" alt="%s"></amp-img><span class="amp-site-title">%s</span></a></div></header>'
            '<article class="amp-wp-article"><header class="amp-wp-article-header"><h1 class="amp-wp-title">%s</h1>%s<div class="amp-wp-meta amp-wp-posted-on">%s</div></header>'
            '<figure class="amp-wp-article-featured-image"><amp-img width="1200" height="675" src="%s" layout="responsive" alt=""></amp-img></figure>'
            '<div class="amp-wp-article-content">%s</div>'
            '<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category"><a href="%s">%s</a></div>'
            '<div class="amp-share"><span>%s</span><amp-social-share type="facebook" width="32" height="32" data-param-app_id="%d"></amp-social-share><amp-social-share type="twitter" width="32" height="32"></amp-social-share><amp-social-share type="whatsapp" width="32" height="32"></amp-social-share></div>'
            '</footer></article>%s'
            '<footer class="amp-wp-footer"><div><p>%s</p><a href="#top" class="back-to-top">%s</a></div></footer></body>'
            % (alnum(p.rng, 10).upper(), alnum(p.rng, 10).upper(), esc(lo["cookie_p"]), esc(lo["cookie_ok"]), esc(lo["cookie_no"]),
               "right" if lo["dir"] == "rtl" else "left", nav, qa(p.home), qa(p.home), qa(p.site), esc(p.B(p.site)), esc(p.title),
               byl, meta_date, qa(p.image), body, qa(p.section_url()), esc(p.B(p.section)), esc(lo["share"]), p.rng.randint(10 ** 14, 10 ** 15),
               related_list(p, 3, "amp-related", "h2", with_img=False), copyright_line(p), "↑"))
    p.B("↑")
    p.layout = p.layout or "AMP article: amp-consent banner, amp-sidebar nav, header logo, h1, byline, date, featured amp-img, content with amp-ad slots, category + amp-social-share footer, related list, footer"
    return wrap_doc("\n".join(head), page, '⚡ lang="%s"%s' % (p.lang, ' dir="rtl"' if lo["dir"] == "rtl" else ""), "<!doctype html>")


# ------------------------------------------------------------------------------------------ Brightspot
def render_brightspot(p):
    """Brightspot CMS (wire-service style): Page-* classes, bsp-timestamp epoch, RichTextStoryBody, Enhancement embeds."""
    lo = p.loc
    head = ['<meta charset="UTF-8">', '<title>%s | %s</title>' % (esc(p.title), esc(p.site)),
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="description" content="%s">' % qa(p.desc), '<link rel="canonical" href="%s">' % qa(p.url),
            '<meta property="og:title" content="%s">' % qa(p.title), '<meta property="og:url" content="%s">' % qa(p.url),
            '<meta property="og:image" content="%s">' % qa(p.image), '<meta property="og:type" content="article">',
            '<meta property="og:site_name" content="%s">' % qa(p.site)]
    if p.date_mode == "full":
        head.append('<meta property="article:published_time" content="%s">' % iso_utc(p.pub))
        if p.mod:
            head.append('<meta property="article:modified_time" content="%s">' % iso_utc(p.mod))
        ld = {"@context": "http://schema.org", "@type": "NewsArticle",
              "author": [{"@type": "Person", "name": n} for n in p.authors],
              "dateModified": iso_utc(p.mod or p.pub), "datePublished": iso_utc(p.pub), "headline": p.title,
              "mainEntityOfPage": {"@type": "WebPage", "@id": p.url}, "publisher": {"@type": "Organization", "name": p.site},
              "isAccessibleForFree": True, "image": [p.image]}
        head.append('<script type="application/ld+json">%s</script>' % jdump(ld))
    head += ['<meta name="brightspot.contentId" content="%s-%s-%s-%s-%s">' % (hexid(p.rng, 8), hexid(p.rng, 4), hexid(p.rng, 4), hexid(p.rng, 4), hexid(p.rng, 12)),
             '<meta name="brightspot.cached" content="true">',
             '<link rel="stylesheet" href="/resource/%s/styleguide/All.min.%s.gz.css">' % (hexid(p.rng, 32), hexid(p.rng, 32))]

    def related(p, arg):
        t, u = (arg, p.home + "article/" + p.rid(32)) if arg else p.next_related()
        p.B(t, lo["read_more"].rstrip(":"))
        return ('<div class="Enhancement" data-align-center><div class="Enhancement-item"><div class="Link-wrapper"><span class="Link-label">%s</span>'
                '<a class="Link AnClick-LinkEnhancement" href="%s">%s</a></div></div></div>' % (esc(lo["read_more"].rstrip(":")), qa(u), esc(t)))

    def img(p, arg):
        cap, _, cr = arg.partition("|")
        p.B(cap, cr)
        return ('<div class="Enhancement" data-align-center><div class="Enhancement-item"><div class="Figure"><div class="Figure-image"><img class="Image" alt="" width="1200" height="800" src="https://dims.%s/dims4/default/%s/2147483647/resize/1200x/quality/90/?url=%s"></div>'
                '<div class="Figure-caption"><div class="CarouselSlide-infoDescription"><p>%s</p></div>%s</div></div></div></div>'
                % (p.domain, hexid(p.rng, 7), hexid(p.rng, 20), esc(cap), ('<div class="Figure-credit">%s</div>' % esc(cr)) if cr else ""))

    def gallery(p, arg):
        caps = arg.split("|")
        slides = "".join('<div class="CarouselSlide"><div class="CarouselSlide-media"><img class="Image" src="https://dims.%s/%s.jpg" alt=""></div>'
                         '<div class="CarouselSlide-info"><div class="CarouselSlide-infoDescription"><p>%s</p></div></div></div>' % (p.domain, p.rid(12), esc(p.B(c))) for c in caps)
        return '<div class="Enhancement"><div class="Enhancement-item"><div class="Carousel" data-slides="%d">%s</div></div></div>' % (len(caps), slides)

    def lead(p, h):
        return '<p class="Page-summary">%s</p>' % h

    def pull(p, arg):
        p.pulls.append(arg)
        return '<div class="Enhancement"><div class="Enhancement-item"><div class="PullQuote"><div class="PullQuote-quote">%s</div></div></div></div>' % esc(arg)
    body = render_body(p, {"related": related, "img": img, "gallery": gallery, "lead": lead, "pull": pull,
                           "ad": lambda p, a: '<div class="Advertisement" data-slot-type="inline">%s</div>' % ad_slot(p, "Ad")})
    names = ('&nbsp;%s&nbsp;' % esc(lo["and_"])).join('<a class="Link" href="/author/%s">%s</a>' % (qa(n.lower().replace(" ", "-")), esc(n)) for n in p.byline)
    if p.date_mode in ("full", "epoch"):
        ts = int(p.pub.timestamp()) * 1000
        upd = p.mod or p.pub
        if p.date_mode == "full":
            txt = "%s %s" % (lo["upd"] if p.mod else "", p.vdate("long", upd))
        else:
            txt = ""
        date = ('<div class="Page-dateModified"><bsp-timestamp data-timestamp="%d" data-recent-timestamp-format="h:mm a z" data-timestamp-format="MMMM d, yyyy">'
                '<span data-date>%s</span></bsp-timestamp></div>' % (int(upd.timestamp()) * 1000 if p.date_mode == "full" else ts, esc(txt.strip())))
        if p.date_mode == "full":
            p.B(lo["upd"])
    else:
        date = '<div class="Page-dateModified"><span>%s</span></div>' % esc(p.vdate("long"))
    p.B(lo["by"], "Copy Link copied", "Email", "Facebook", "X", "Print")
    article = ('<bsp-story-page class="Page-storyBody" data-content-id="%s"><div class="Page-breadcrumbs"><a class="Link" href="%s">%s</a></div>'
               '<div class="Page-headline"><h1 class="Page-headline">%s</h1></div>'
               '<div class="Page-byline"><div class="Page-byline-info"><div class="Page-authors">%s&nbsp;%s</div>%s</div>'
               '<div class="Page-actions"><bsp-copy-link class="ActionLink">Copy Link copied</bsp-copy-link><a class="ActionLink" href="mailto:?body=%s">Email</a>'
               '<a class="ActionLink" href="https://www.facebook.test/dialog/share?href=%s">Facebook</a><a class="ActionLink" href="https://x.test/intent/post?url=%s">X</a>'
               '<a class="ActionLink" href="javascript:window.print()">Print</a></div></div>'
               '<div class="Page-lead"><div class="Figure"><img class="Image" src="%s" alt="" width="1200" height="800"></div></div>'
               '<div class="RichTextStoryBody RichTextBody">%s</div></bsp-story-page>'
               % (p.rid(32), qa(p.section_url()), esc(p.B(p.section)), esc(p.title), esc(lo["by"]), names, date,
                  qa(p.url), qa(p.url), qa(p.url), qa(p.image), body))
    page = ('<body class="Page-body"><bsp-site-header class="Page-header" data-sticky><div class="Page-header-bar">'
            '<a class="Page-header-logo" href="/">%s</a><nav class="Page-header-navigation"><ul class="Page-header-navigation-items">%s</ul></nav>'
            '<a class="Page-header-signIn" href="/account">%s</a></div></bsp-site-header>'
            '<main class="Page-main"><div class="Page-content"><div class="Page-oneColumn">%s</div>'
            '<div class="Page-twoColumn"><div class="Page-below">%s</div><aside class="Page-aside">%s%s</aside></div></div></main>'
            '<footer class="Page-footer"><div class="Page-footer-bar"><ul>%s</ul><div class="Page-footer-disclaimer">%s</div></div></footer>%s</body>'
            % (esc(p.B(p.site)), nav_items(p, '<li class="Page-header-navigation-item"><a class="Link" href="{u}">{t}</a></li>'),
               esc(p.B(lo["login"])), article, related_list(p, 4, "PageList", "h2"), most_read(p, 5, "PageListRightRailA"),
               newsletter_box(p, "NewsletterModule"), footer_links(p), copyright_line(p), cookie_banner(p, "onetrust-banner-sdk")))
    p.layout = p.layout or "Brightspot: Page-header nav, breadcrumb, h1, Page-authors byline, bsp-timestamp, action links, lead figure, RichTextStoryBody with Enhancement embeds, PageList related, right rail most-read + newsletter, footer, OneTrust"
    return wrap_doc("\n".join(head), page, 'class="Page" lang="%s"' % p.lang)
