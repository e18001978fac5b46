"""WordPress family: Yoast SEO (@graph), classic theme + Jetpack, Newspack."""
from .base import (comments_block, cookie_banner, copyright_line, footer_links, gtm_script, most_read,
                   nav_items, newsletter_box, og, related_list, render_body, share_bar, wrap_doc, ad_slot)
from .common import slugify, esc, qa, iso, iso_utc, jdump, inline_text, words_count, gold_body, hexid


def _wp_flavor(p, react=False):
    def pull(p, arg):
        p.pulls.append(arg)
        cite = p.byline[0] if p.byline else p.site
        p.B(cite)
        return ('<figure class="wp-block-pullquote"><blockquote><p>%s</p><cite>%s</cite></blockquote></figure>'
                % (esc(arg), esc(cite)))

    def img(p, arg):
        cap, _, credit = arg.partition("|")
        p.B(cap, credit)
        cr = (" <em>%s: %s</em>" % (esc(p.loc["photo"]), esc(credit))) if credit else ""
        return ('<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" '
                'src="https://%s/wp-content/uploads/%d/%02d/%s-1024x683.jpg" alt="" class="wp-image-%d" '
                'srcset="https://%s/wp-content/uploads/%d/%02d/%s-1024x683.jpg 1024w" sizes="(max-width: 1024px) 100vw, 1024px" />'
                '<figcaption class="wp-element-caption">%s%s</figcaption></figure>'
                % (p.domain, p.pub.year, p.pub.month, p.rid(8), p.rng.randint(1000, 99999), p.domain,
                   p.pub.year, p.pub.month, p.rid(8), esc(cap), cr))

    def gallery(p, arg):
        figs = []
        for c in arg.split("|"):
            p.B(c)
            figs.append('<figure class="wp-block-image size-large"><img decoding="async" loading="lazy" width="1024" '
                        'height="683" data-id="%d" src="https://%s/wp-content/uploads/%d/%02d/%s.jpg" alt="" />'
                        '<figcaption class="wp-element-caption">%s</figcaption></figure>'
                        % (p.rng.randint(1000, 99999), p.domain, p.pub.year, p.pub.month, p.rid(8), esc(c)))
        return ('<figure class="wp-block-gallery has-nested-images columns-default is-cropped wp-block-gallery-1 '
                'is-layout-flex wp-block-gallery-is-layout-flex">%s</figure>' % "".join(figs))

    def ad(p, arg):
        return ('<div class="code-block code-block-%d" style="margin: 8px auto; text-align: center; display: block; clear: both;">'
                '%s</div>' % (p.rng.randint(1, 9), ad_slot(p, cls="wp-ad")))

    def lead(p, h):
        return '<p id="speakable-summary" class="wp-block-paragraph">%s</p>' % h

    return {
        "h2": lambda p, h: '<h2 class="wp-block-heading">%s</h2>' % h,
        "h3": lambda p, h: '<h3 class="wp-block-heading">%s</h3>' % h,
        "ul": lambda p, lis: '<ul class="wp-block-list">%s</ul>' % "".join("<li>%s</li>" % x for x in lis),
        "ol": lambda p, lis: '<ol class="wp-block-list">%s</ol>' % "".join("<li>%s</li>" % x for x in lis),
        "quote": lambda p, h: '<blockquote class="wp-block-quote"><p>%s</p></blockquote>' % h,
        "pre": lambda p, ls: '<pre class="wp-block-code"><code>%s</code></pre>' % "\n".join(ls),
        "pull": pull, "img": img, "gallery": gallery, "ad": ad, "lead": lead, "react": react,
        "live_open": lambda p, dt, t: ('<div class="liveblog-entry" id="liveblog-entry-%s"><header class="liveblog-meta">'
                                       '<time class="liveblog-time" datetime="%s">%s</time></header>'
                                       '<div class="liveblog-entry-text">' % (p.rid(6), iso(dt), dt.strftime("%H:%M"))),
        "live_close": lambda p: "</div></div>",
    }


def _person_id(p, name):
    return p.home + "#/schema/person/" + hexid(__import__("random").Random(name + p.domain), 32)


def yoast_graph(p, typ="NewsArticle"):
    """Yoast SEO schema graph; dates in UTC +00:00 as Yoast prints them."""
    home = p.home
    url = p.url
    names = p.spec.get("ld_authors", p.authors)
    pids = [_person_id(p, n) for n in names]
    lang = p.loc["html_lang"]
    art = {"@type": typ, "@id": url + "#article", "isPartOf": {"@id": url}}
    if pids:
        if p.opts.get("author_inline_name"):
            refs = [{"name": n, "@id": i} for n, i in zip(names, pids)]
        else:
            refs = [{"@id": i} for i in pids]
        art["author"] = refs[0] if len(refs) == 1 else refs
    art["headline"] = p.spec.get("ld_headline", p.title)
    art["datePublished"] = iso_utc(p.pub, z=False)
    if p.mod:
        art["dateModified"] = iso_utc(p.mod, z=False)
    art["mainEntityOfPage"] = {"@id": url}
    art["wordCount"] = words_count(gold_body(p.items))
    art["commentCount"] = 3
    art["publisher"] = {"@id": home + "#organization"}
    art["image"] = {"@id": url + "#primaryimage"}
    art["thumbnailUrl"] = p.image
    if p.tags:
        art["keywords"] = p.tags
    art["articleSection"] = [p.section]
    art["inLanguage"] = lang
    art["potentialAction"] = [{"@type": "CommentAction", "name": "Comment", "target": [url + "#respond"]}]
    webpage = {"@type": "WebPage", "@id": url, "url": url, "name": "%s - %s" % (p.title, p.site),
               "isPartOf": {"@id": home + "#website"}, "primaryImageOfPage": {"@id": url + "#primaryimage"},
               "image": {"@id": url + "#primaryimage"}, "thumbnailUrl": p.image,
               "datePublished": iso_utc(p.pub, z=False)}
    if p.mod:
        webpage["dateModified"] = iso_utc(p.mod, z=False)
    webpage.update({"breadcrumb": {"@id": url + "#breadcrumb"}, "inLanguage": lang,
                    "potentialAction": [{"@type": "ReadAction", "target": [url]}]})
    img = {"@type": "ImageObject", "inLanguage": lang, "@id": url + "#primaryimage", "url": p.image,
           "contentUrl": p.image, "width": 1200, "height": 800}
    crumbs = {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": p.loc["home"], "item": home},
        {"@type": "ListItem", "position": 2, "name": p.section, "item": p.section_url()},
        {"@type": "ListItem", "position": 3, "name": p.title}]}
    site = {"@type": "WebSite", "@id": home + "#website", "url": home, "name": p.site,
            "description": p.o.get("tagline", ""), "publisher": {"@id": home + "#organization"},
            "potentialAction": [{"@type": "SearchAction", "target": {"@type": "EntryPoint",
                                 "urlTemplate": home + "?s={search_term_string}"},
                                 "query-input": {"@type": "PropertyValueSpecification", "valueRequired": True,
                                                 "valueName": "search_term_string"}}], "inLanguage": lang}
    org = {"@type": "Organization", "@id": home + "#organization", "name": p.site, "url": home,
           "logo": {"@type": "ImageObject", "inLanguage": lang, "@id": home + "#/schema/logo/image/",
                    "url": home + "wp-content/uploads/logo.png", "contentUrl": home + "wp-content/uploads/logo.png",
                    "width": 600, "height": 120, "caption": p.site},
           "image": {"@id": home + "#/schema/logo/image/"},
           "sameAs": ["https://www.facebook.test/" + p.handle, "https://x.test/" + p.handle]}
    persons = []
    for n, i in zip(names, pids):
        slug = n.lower().replace(" ", "-")
        persons.append({"@type": "Person", "@id": i, "name": n,
                        "image": {"@type": "ImageObject", "inLanguage": lang, "@id": home + "#/schema/person/image/" + i[-8:],
                                  "url": "https://secure.gravatar.test/avatar/%s?s=96&d=mm&r=g" % i[-32:],
                                  "contentUrl": "https://secure.gravatar.test/avatar/%s?s=96&d=mm&r=g" % i[-32:],
                                  "caption": n},
                        "url": home + "author/" + qa(slug) + "/"})
    nodes = [art, webpage, img, crumbs, site, org] + persons
    if p.opts.get("person_first"):
        nodes = persons + [art, webpage, img, crumbs, site, org]
    return {"@context": "https://schema.org", "@graph": nodes}


def _yoast_head(p, typ="NewsArticle"):
    lo = p.loc
    ver = p.opts.get("yoast_version", "22.4")
    s = ['<!-- This site is optimized with the Yoast SEO plugin v%s - https://yoast.test/wordpress/plugins/seo/ -->' % ver,
         '<title>%s - %s</title>' % (esc(p.title), esc(p.site)),
         '<meta name="description" content="%s" />' % qa(p.desc),
         '<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1" />',
         '<link rel="canonical" href="%s" />' % qa(p.url),
         '<meta property="og:locale" content="%s" />' % lo["og_locale"],
         '<meta property="og:type" content="article" />',
         '<meta property="og:title" content="%s - %s" />' % (qa(p.title), qa(p.site)),
         '<meta property="og:description" content="%s" />' % qa(p.desc),
         '<meta property="og:url" content="%s" />' % qa(p.url),
         '<meta property="og:site_name" content="%s" />' % qa(p.site),
         '<meta property="article:publisher" content="https://www.facebook.test/%s" />' % p.handle,
         '<meta property="article:published_time" content="%s" />' % iso_utc(p.pub, z=False)]
    if p.mod:
        s.append('<meta property="article:modified_time" content="%s" />' % iso_utc(p.mod, z=False))
    s += ['<meta property="og:image" content="%s" />' % qa(p.image),
          '<meta property="og:image:width" content="1200" />', '<meta property="og:image:height" content="800" />',
          '<meta property="og:image:type" content="image/jpeg" />']
    ma = p.meta_author if p.meta_author is not None else ", ".join(p.authors)
    if ma and not p.opts.get("no_meta_author"):
        s.append('<meta name="author" content="%s" />' % qa(ma))
    s.append('<meta name="twitter:card" content="summary_large_image" />')
    if ma and not p.opts.get("no_meta_author"):
        s += ['<meta name="twitter:label1" content="Written by" />', '<meta name="twitter:data1" content="%s" />' % qa(ma)]
    s += ['<meta name="twitter:label2" content="Est. reading time" />',
          '<meta name="twitter:data2" content="%s" />' % _mins(words_count(gold_body(p.items)))]
    s.append('<script type="application/ld+json" class="yoast-schema-graph">%s</script>' % jdump(yoast_graph(p, typ)))
    s.append('<!-- / Yoast SEO plugin. -->')
    return "\n".join(s)


def _mins(words):
    n = max(1, words // 200)
    return "1 minute" if n == 1 else "%d minutes" % n


def _wp_common_head(p):
    return "\n".join([
        "<link rel='dns-prefetch' href='//fonts.googleapis.com' />",
        '<link rel="alternate" type="application/rss+xml" title="%s &raquo; Feed" href="%sfeed/" />' % (qa(p.site), qa(p.home)),
        "<link rel='stylesheet' id='wp-block-library-css' href='%swp-includes/css/dist/block-library/style.min.css?ver=6.5.2' media='all' />" % qa(p.home),
        "<script src=\"%swp-includes/js/jquery/jquery.min.js?ver=3.7.1\" id=\"jquery-core-js\"></script>" % qa(p.home),
        '<link rel="https://api.w.org/" href="%swp-json/" />' % qa(p.home),
        '<link rel="alternate" type="application/json" href="%swp-json/wp/v2/posts/%d" />' % (qa(p.home), p.rng.randint(1000, 90000)),
        '<meta name="generator" content="WordPress 6.5.2" />',
        '<link rel="shortlink" href="%s?p=%d" />' % (qa(p.home), p.rng.randint(1000, 90000)),
    ])


def _site_header(p, cls="site-header"):
    lo = p.loc
    p.B(p.site, lo["search"], lo["subscribe"])
    return ('<header id="masthead" class="%s" role="banner"><div class="site-branding">'
            '<p class="site-title"><a href="%s" rel="home">%s</a></p><p class="site-description">%s</p></div>'
            '<nav id="site-navigation" class="main-navigation" aria-label="Primary"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>'
            '<ul id="primary-menu" class="menu">%s</ul></nav>'
            '<div class="header-actions"><form role="search" method="get" class="search-form" action="%s"><input type="search" class="search-field" placeholder="%s" name="s"></form>'
            '<a class="button subscribe" href="%ssubscribe/">%s</a></div></header>'
            % (cls, qa(p.home), esc(p.site), esc(p.o.get("tagline", "")), nav_items(p), qa(p.home),
               qa(lo["search"]), qa(p.home), esc(lo["subscribe"])))


def _yoast_crumbs(p):
    lo = p.loc
    p.B(lo["home"], p.section)
    return ('<nav class="yoast-breadcrumbs" aria-label="breadcrumb"><span><span><a href="%s">%s</a></span> » '
            '<span><a href="%s">%s</a></span> » <span class="breadcrumb_last" aria-current="page">%s</span></span></nav>'
            % (qa(p.home), esc(lo["home"]), qa(p.section_url()), esc(p.section), esc(p.title)))


def _footer(p):
    p.B(p.o.get("tagline", ""))
    return ('<footer id="colophon" class="site-footer"><div class="footer-widgets"><section class="widget widget_text">'
            '<h2 class="widget-title">%s</h2><div class="textwidget"><p>%s</p></div></section></div>'
            '<nav class="footer-navigation"><ul class="footer-menu">%s</ul></nav>'
            '<div class="site-info">%s</div></footer>'
            % (esc(p.site), esc(p.o.get("tagline", "")), footer_links(p), copyright_line(p)))


def _author_box(p):
    if not p.byline or p.opts.get("no_author_box"):
        return ""
    n = p.byline[0]
    bio = p.spec.get("author_bio")
    if not bio:
        return ""
    p.B(bio)
    return ('<div class="author-box"><img alt="" src="https://secure.gravatar.test/avatar/%s?s=96" class="avatar" height="96" width="96">'
            '<div class="author-box__body"><h4 class="author-box__name"><a href="%sauthor/%s/">%s</a></h4>'
            '<p class="author-box__bio">%s</p></div></div>' % (p.rid(32), qa(p.home), qa(n.lower().replace(" ", "-")),
                                                             esc(n), esc(bio)))


def _byline_html(p):
    lo = p.loc
    if not p.byline:
        return ""
    links = ['<span class="author vcard"><a class="url fn n" href="%sauthor/%s/">%s</a></span>'
             % (qa(p.home), qa(n.lower().replace(" ", "-")), esc(n)) for n in p.byline]
    if len(links) == 1:
        names = links[0]
    else:
        names = ", ".join(links[:-1]) + " " + esc(lo["and_"]) + " " + links[-1]
    by = lo["by"]
    return '<span class="byline">%s%s</span>' % ((esc(by) + " ") if by else "", names)


def _posted_on(p):
    lo = p.loc
    s = ('<span class="posted-on"><time class="entry-date published" datetime="%s">%s</time>'
         % (iso(p.pub), esc(p.vdate(p.opts.get("date_style", "long")))))
    if p.mod:
        s += ('<time class="updated" datetime="%s">%s %s</time>' % (iso(p.mod), esc(lo["upd"]),
                                                                 esc(p.vdate("long", p.mod))))
    return s + "</span>"


def render_yoast(p):
    """WordPress + Yoast SEO, Gutenberg content, GeneratePress/Astra-like theme."""
    lo = p.loc
    rtl = lo["dir"] == "rtl"
    live = "live-blog" in p.features
    typ = "LiveBlogPosting" if live and p.opts.get("liveblog_type") else p.opts.get("ld_type", "NewsArticle")
    head = "\n".join([
        '<meta charset="UTF-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        _yoast_head(p, typ),
        _wp_common_head(p),
        "<link rel='stylesheet' id='theme-style-css' href='%swp-content/themes/%s/style%s.css?ver=3.4.0' media='all' />"
        % (qa(p.home), p.opts.get("theme", "generatepress"), "-rtl" if rtl else ""),
        gtm_script(p),
    ])
    body = render_body(p, _wp_flavor(p))
    if p.opts.get("jetpack_share_inside", True):
        p.B("Share this:", "Like this:", "Loading...")
        jp = ('<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">'
              '<h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" '
              'class="share-facebook sd-button share-icon" href="%s?share=facebook" target="_blank"><span>Facebook</span></a></li>'
              '<li class="share-x"><a class="share-x sd-button share-icon" href="%s?share=x"><span>X</span></a></li></ul></div></div></div>'
              "<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded'><h3 class=\"sd-title\">Like this:</h3>"
              "<div class='likes-widget-placeholder post-likes-widget-placeholder'><span class='button'><span>Like</span></span> <span class=\"loading\">Loading...</span></div></div>"
              % (qa(p.url), qa(p.url)))
        p.B("Facebook", "X", "Like")
    else:
        jp = ""
    tags = ""
    if p.tags:
        p.B(lo["tags"], *p.tags)
        tags = '<span class="tags-links">%s: %s</span>' % (esc(lo["tags"]), ", ".join(
            '<a href="%stag/%s/" rel="tag">%s</a>' % (qa(p.home), qa(t.lower().replace(" ", "-")), esc(t)) for t in p.tags))
    entry_cls = p.opts.get("entry_class", "entry-content")
    pid = p.rng.randint(1000, 90000)
    article = ('<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail hentry category-%s">'
               '<div class="inside-article">%s<header class="entry-header"><h1 class="entry-title" itemprop="headline">%s</h1>'
               '<div class="entry-meta">%s %s</div></header>'
               '<div class="featured-image page-header-image-single"><img width="1200" height="800" src="%s" class="attachment-full size-full wp-post-image" alt="" decoding="async" fetchpriority="high" /></div>'
               '<div class="%s" itemprop="text">\n%s\n%s</div>'
               '<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><a href="%s" rel="category tag">%s</a></span> %s</footer>'
               '%s</div></article>'
               % (pid, pid, slugify(p.section),
                  _yoast_crumbs(p), esc(p.title), _posted_on(p), _byline_html(p), qa(p.image),
                  entry_cls, body, jp, qa(p.section_url()), esc(p.section), tags, _author_box(p)))
    sidebar = ('<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">'
               '%s<aside class="widget">%s</aside>%s</div></div>' % (most_read(p), newsletter_box(p, "widget-newsletter"),
                                                                     ad_slot(p, "sidebar-ad")))
    after = related_list(p, 4, "related-posts") + comments_block(p)
    bodytag = ('<body class="post-template-default single single-post postid-%d single-format-standard wp-embed-responsive %sright-sidebar">'
               % (p.rng.randint(1000, 90000), "rtl " if rtl else ""))
    page = ('%s<a class="skip-link screen-reader-text" href="#content">Skip to content</a>%s'
            '<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">'
            '<div class="content-area" id="primary"><main class="site-main" id="main">%s%s</main></div>%s</div></div>'
            '%s%s<script id="wp-embed-js" src="%swp-includes/js/wp-embed.min.js"></script></body>'
            % (bodytag, _site_header(p), article, after, sidebar, _footer(p), cookie_banner(p, "cookie-law-info-bar", "cli-plugin-button"),
               qa(p.home)))
    p.B("Skip to content", "Menu")
    p.layout = p.layout or "WordPress/Yoast theme: header+nav, Yoast breadcrumbs, h1, byline+date, entry-content (Gutenberg blocks) with Jetpack share/like inside, tags, author box, related posts, comments, sidebar, footer, cookie bar"
    attrs = 'lang="%s"%s' % (lo["html_lang"], ' dir="rtl"' if rtl else "")
    return wrap_doc(head, page, attrs)


def render_wp_classic(p):
    """WordPress with a Twenty-Twenty-One-like theme and Jetpack (no Yoast)."""
    lo = p.loc
    rtl = lo["dir"] == "rtl"
    full = p.date_mode == "full"
    jp_og = ""
    if not p.opts.get("no_og"):
        jp_og = ("<!-- Jetpack Open Graph Tags -->\n" + og(p) + "\n<!-- End Jetpack Open Graph Tags -->")
    head = "\n".join([
        '<meta charset="%s" />' % p.opts.get("declared_charset", "UTF-8"),
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" />',
        '<title>%s &#8211; %s</title>' % (esc(p.title), esc(p.site)),
        "<meta name='robots' content='max-image-preview:large' />",
        _wp_common_head(p),
        jp_og,
        "<link rel='stylesheet' id='twenty-twenty-one-style-css' href='%swp-content/themes/twentytwentyone/style.css?ver=2.2' media='all' />" % qa(p.home),
        '<style id="wp-custom-css">.entry-content p{margin-bottom:1.2em}</style>',
    ])
    if p.opts.get("huge_head_script"):
        from .base import huge_script
        head += "\n" + huge_script(p)
    if "broken-jsonld" in p.features:
        # hand-written theme snippet: trailing comma and a raw line break inside a string
        head += ('\n<script type="application/ld+json">\n{\n  "@context": "https://schema.org",\n  "@type": "BlogPosting",\n'
                 '  "headline": "%s",\n  "description": "%s\n",\n  "datePublished": "%s",\n'
                 '  "author": {"@type": "Person", "name": "%s"},\n}\n</script>'
                 % (qa(p.title), qa(p.desc[:90]), iso(p.pub), qa(p.authors[0] if p.authors else "")))
    fl = _wp_flavor(p)
    body = render_body(p, fl)
    p.B("Share this:", "Like this:", "Related")
    jp = ('<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon sd-sharing">'
          '<h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-facebook"><a href="%s?share=facebook" class="share-facebook sd-button share-icon no-text" title="Facebook"></a></li>'
          '<li class="share-jetpack-whatsapp"><a href="%s?share=jetpack-whatsapp" class="share-jetpack-whatsapp sd-button share-icon no-text" title="WhatsApp"></a></li>'
          '<li class="share-end"></li></ul></div></div></div>'
          "<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper'><h3 class=\"sd-title\">Like this:</h3></div>"
          "<div id='jp-relatedposts' class='jp-relatedposts'><h3 class=\"jp-relatedposts-headline\"><em>Related</em></h3>%s</div>"
          % (qa(p.url), qa(p.url), "".join('<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="%s">%s</a></h4></div>'
                                             % (qa(u), esc(p.B(t))) for t, u in p.related(3))))
    if full:
        posted = ('<span class="posted-on">%s <time class="entry-date published updated" datetime="%s">%s</time></span>'
                  % (esc(lo["pub"]), iso(p.pub), esc(p.vdate("long"))))
    elif p.date_mode == "text":
        posted = '<span class="posted-on">%s %s</span>' % (esc(lo["pub"]), esc(p.vdate("longtime")))
    elif p.date_mode == "day":
        posted = '<span class="posted-on">%s <time class="entry-date published">%s</time></span>' % (
            esc(lo["pub"]), esc(p.vdate("long")))
    else:  # url-only
        posted = ""
    p.B(lo["pub"])
    byl = ""
    if p.byline:
        byl = '<span class="byline">%s <a href="%sauthor/%s/" rel="author">%s</a></span>' % (
            esc(lo["by"]), qa(p.home), qa(p.byline[0].lower().replace(" ", "-")), esc(p.byline_names()))
    article = ('<article id="post-%d" class="post-%d post type-post status-publish format-standard hentry entry">'
               '<header class="entry-header alignwide"><h1 class="entry-title">%s</h1></header>'
               '<div class="entry-content">\n%s\n%s</div>'
               '<footer class="entry-footer default-max-width"><div class="posted-by">%s%s</div>'
               '<div class="post-taxonomies"><span class="cat-links">%s</span></div></footer></article>'
               % (p.rng.randint(100, 9000), p.rng.randint(100, 9000), esc(p.title), body, jp, posted, byl, esc(p.section)))
    p.B(p.section)
    rt, ru = p.next_related()
    p.B(rt)
    nav_post = ('<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous">'
                '<a href="%s" rel="prev"><p class="meta-nav">Previous post</p><p class="post-title">%s</p></a></div></div></nav>'
                % (qa(ru), esc(rt)))
    p.B("Previous post")
    page = ('<body class="post-template-default single single-post %s">'
            '<div id="page" class="site"><header id="masthead" class="site-header has-title-and-tagline">'
            '<div class="site-branding"><p class="site-title"><a href="%s">%s</a></p></div>'
            '<nav id="site-navigation" class="primary-navigation"><div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper">%s</ul></div></nav></header>'
            '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">'
            '%s%s%s</main></div></div>'
            '<aside class="widget-area">%s</aside>'
            '<footer id="colophon" class="site-footer"><div class="site-info"><div class="site-name">%s</div>'
            '<div class="powered-by">Proudly powered by <a href="https://wordpress.test/">WordPress</a>.</div></div></footer></div>'
            '%s</body>'
            % ("rtl" if rtl else "", qa(p.home), esc(p.B(p.site)), nav_items(p), article, nav_post,
               comments_block(p, n=2), most_read(p, 4), esc(p.site),
               cookie_banner(p, "eu-cookie-law")))
    p.B("Proudly powered by", "WordPress")
    p.layout = p.layout or "WordPress (Twenty Twenty-One) + Jetpack: nav, h1, entry-content with Jetpack share/like/related inside, byline+date in entry footer, post navigation, comments, widgets"
    attrs = 'lang="%s"%s' % (lo["html_lang"], ' dir="rtl"' if rtl else "")
    return wrap_doc(head, page, attrs)


def render_newspack(p):
    """Newspack (WordPress for newsrooms) + Yoast graph + CoAuthors Plus bylines + donate block."""
    lo = p.loc
    head = "\n".join([
        '<meta charset="UTF-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
        _yoast_head(p, "NewsArticle"), _wp_common_head(p),
        "<link rel='stylesheet' id='newspack-style-css' href='%swp-content/themes/newspack-theme/style.min.css?ver=2.1.0' media='all' />" % qa(p.home),
    ])
    fl = _wp_flavor(p)

    def donate(p, arg):
        t1 = p.spec.get("donate_h", "Support independent, nonprofit journalism")
        t2 = p.spec.get("donate_p", "Our reporting is free to read because readers like you chip in. Become a member today.")
        p.B(t1, t2, "Donate now")
        return ('<div class="wp-block-newspack-blocks-donate wpbnbd tiered"><h2 class="wp-block-heading">%s</h2><p>%s</p>'
                '<form><button type="submit" class="submit-button">Donate now</button></form></div>' % (esc(t1), esc(t2)))
    fl["newsletter"] = donate
    body = render_body(p, fl)
    p.B("Republish This Story", "Creative Commons License")
    republish = ('<div class="wp-block-newspack-blocks-republish"><button class="republish-button">Republish This Story</button>'
                 '<p class="cc-license">Creative Commons License</p></div>')
    byl_parts = ['<span class="author vcard"><a class="url fn n" href="%sauthor/%s/">%s</a></span>'
                 % (qa(p.home), qa(n.lower().replace(" ", "-")), esc(n)) for n in p.byline]
    if len(byl_parts) > 1:
        byl = ", ".join(byl_parts[:-1]) + " " + esc(lo["and_"]) + " " + byl_parts[-1]
    else:
        byl = "".join(byl_parts)
    header = ('<header class="entry-header"><span class="cat-links"><span class="screen-reader-text">Posted in</span>'
              '<a href="%s" rel="category tag">%s</a></span><h1 class="entry-title">%s</h1>'
              '<div class="entry-subhead"><div class="entry-meta"><span class="author-avatar">%s</span>'
              '<span class="byline"><span>%s</span> %s</span>'
              '<span class="posted-on"><time class="entry-date published" datetime="%s">%s</time>'
              '%s</span></div>%s</div></header>'
              % (qa(p.section_url()), esc(p.B(p.section)), esc(p.title),
                 "".join('<img src="https://secure.gravatar.test/avatar/%s" class="avatar" width="80" height="80">' % p.rid(32) for _ in p.byline),
                 esc(lo["by"].lower()), byl, iso(p.pub), esc(p.vdate("long")),
                 ('<time class="updated" datetime="%s">%s %s</time>' % (iso(p.mod), esc(lo["upd"]), esc(p.vdate("long", p.mod)))) if p.mod else "",
                 share_bar(p, "sharing-buttons", label=False)))
    p.B("Posted in")
    article = ('<article id="post-%d" class="post type-post status-publish format-standard has-post-thumbnail hentry">'
               '%s<div class="entry-content">\n%s\n%s</div></article>'
               % (p.rng.randint(1000, 90000), header, body, republish))
    page = ('<body class="post-template-default single single-post newspack-theme h-nsub h-db h-ll h-dh single-featured-image-default">'
            '<aside id="mobile-sidebar-fallback" class="mobile-sidebar"><ul>%s</ul></aside>'
            '<div id="page" class="site"><header id="masthead" class="site-header hide-header-search"><div class="middle-header-contain"><div class="wrapper">'
            '<div class="site-branding"><p class="site-title"><a href="%s" rel="home">%s</a></p></div>'
            '<nav class="main-navigation nav1 dd-menu" aria-label="Top Menu"><ul class="main-menu">%s</ul></nav></div></div></header>'
            '<div id="content" class="site-content"><section id="primary" class="content-area"><main id="main" class="site-main">'
            '%s<div class="entry-footer-wrap">%s</div></main></section>'
            '<aside id="secondary" class="widget-area">%s</aside></div>%s</div>%s</body>'
            % (nav_items(p, '<li><a href="{u}">{t}</a></li>'), qa(p.home), esc(p.B(p.site)), nav_items(p),
               article, related_list(p, 3, "newspack-related"), newsletter_box(p, "newspack-newsletters-subscribe"),
               _footer(p), cookie_banner(p, "newspack-reader-consent")))
    p.layout = p.layout or "Newspack theme: nav, category kicker, h1, CoAuthors byline with avatars and date, share icons, entry-content with donate block inside, republish button, related posts, newsletter sidebar, footer"
    return wrap_doc(head, page, 'lang="%s"%s' % (lo["html_lang"], ' dir="rtl"' if lo["dir"] == "rtl" else ""))
