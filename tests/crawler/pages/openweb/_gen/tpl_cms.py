"""Classic server-rendered CMSs: Drupal, Joomla, TYPO3, SPIP, Ghost, Blogger, Hugo, Jekyll, Squarespace."""
import json

from .base import (ad_slot, comments_block, cookie_banner, copyright_line, footer_links, gtm_script, most_read,
                   nav_items, newsletter_box, og, related_list, render_body, share_bar, wrap_doc, huge_script)
from .common import (esc, qa, iso, iso_utc, iso_nocolon, jdump, inline_text, words_count, gold_body, hexid,
                     two, fmt_date, alnum)


def _hdr(p, cls="site-header", nav_cls="main-nav"):
    p.B(p.site)
    return ('<header class="%s"><div class="logo"><a href="%s">%s</a></div><nav class="%s"><ul>%s</ul></nav></header>'
            % (cls, qa(p.home), esc(p.site), nav_cls, nav_items(p, '<li><a href="{u}">{t}</a></li>')))


def _ftr(p, cls="site-footer"):
    return '<footer class="%s"><ul class="footer-links">%s</ul><p class="copyright">%s</p></footer>' % (
        cls, footer_links(p), copyright_line(p))


def _news_ld(p, typ="NewsArticle", date_fn=None, author="list", extra=None, naive=False):
    d = {"@context": "https://schema.org", "@type": typ, "headline": p.title,
         "mainEntityOfPage": {"@type": "WebPage", "@id": p.url}, "url": p.url,
         "image": [p.image], "description": p.desc}
    if p.date_mode in ("full", "naive-ld"):
        f = date_fn or iso
        if p.date_mode == "naive-ld":
            f = lambda dt: dt.strftime("%Y-%m-%dT%H:%M:%S")
        d["datePublished"] = f(p.pub)
        if p.mod:
            d["dateModified"] = f(p.mod)
    names = p.spec.get("ld_authors", p.authors)
    if names:
        people = [{"@type": "Person", "name": n} for n in names]
        if author == "list":
            d["author"] = people
        elif author == "single":
            d["author"] = people[0] if len(people) == 1 else people
        elif author == "string":
            d["author"] = ", ".join(names)
    d["publisher"] = {"@type": "Organization", "name": p.site,
                      "logo": {"@type": "ImageObject", "url": p.home + "logo.png"}}
    d["inLanguage"] = p.loc["html_lang"]
    if extra:
        d.update(extra)
    return '<script type="application/ld+json">%s</script>' % jdump(d)


# ------------------------------------------------------------------------------------------ Drupal
def render_drupal(p):
    """Drupal 10, Olivero-like theme, Metatag + Schema.org Metatag (@graph, offset without colon)."""
    lo = p.loc
    full = p.date_mode == "full"
    nid = p.rng.randint(1000, 40000)
    head = ['<meta charset="utf-8" />']
    if not p.opts.get("no_metatag"):
        head += ['<meta name="description" content="%s" />' % qa(p.desc),
                 '<link rel="canonical" href="%s" />' % qa(p.url),
                 '<meta property="og:site_name" content="%s" />' % qa(p.site),
                 '<meta property="og:type" content="article" />',
                 '<meta property="og:url" content="%s" />' % qa(p.url),
                 '<meta property="og:title" content="%s" />' % qa(p.title),
                 '<meta property="og:image" content="%s" />' % qa(p.image)]
        if full:
            head.append('<meta property="article:published_time" content="%s" />' % iso_nocolon(p.pub))
            if p.mod:
                head.append('<meta property="article:modified_time" content="%s" />' % iso_nocolon(p.mod))
        if "jsonld-graph" in p.features:
            art = {"@type": p.opts.get("ld_type", "NewsArticle"), "headline": p.title, "name": p.title,
                   "description": p.desc,
                   "image": {"@type": "ImageObject", "representativeOfPage": "True", "url": p.image}}
            if full:
                art["datePublished"] = iso_nocolon(p.pub)
                if p.mod:
                    art["dateModified"] = iso_nocolon(p.mod)
            art["isAccessibleForFree"] = "True"
            names = p.spec.get("ld_authors", p.authors)
            if names:
                art["author"] = [{"@type": "Person", "@id": p.home + "user/%d" % (20 + i), "name": n,
                                  "url": p.home + "user/%d" % (20 + i)} for i, n in enumerate(names)]
                if len(art["author"]) == 1:
                    art["author"] = art["author"][0]
            art["publisher"] = {"@type": "Organization", "@id": p.home, "name": p.site, "url": p.home,
                                "logo": {"@type": "ImageObject", "url": p.home + "sites/default/files/logo.png",
                                         "width": "600", "height": "60"}}
            art["mainEntityOfPage"] = p.url
            graph = {"@context": "https://schema.org", "@graph": [art]}
            head.append('<script type="application/ld+json">%s</script>' % jdump(graph, indent=None))
    head += ['<meta name="Generator" content="Drupal 10 (https://www.drupal.test)" />',
             '<meta name="MobileOptimized" content="width" />', '<meta name="HandheldFriendly" content="true" />',
             '<meta name="viewport" content="width=device-width, initial-scale=1.0" />',
             '<link rel="icon" href="/core/themes/olivero/favicon.ico" type="image/vnd.microsoft.icon" />',
             '<title>%s | %s</title>' % (esc(p.title), esc(p.site)),
             '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?delta=0&amp;language=%s&amp;theme=olivero" />' % (alnum(p.rng, 40), p.lang),
             '<script type="application/json" data-drupal-selector="drupal-settings-json">%s</script>' % json.dumps(
                 {"path": {"baseUrl": "/", "pathPrefix": "", "currentPath": "node/%d" % nid, "currentPathIsAdmin": False,
                           "isFront": False, "currentLanguage": p.lang}, "pluralDelimiter": "\u0003",
                  "suppressDeprecationErrors": True, "user": {"uid": 0, "permissionsHash": hexid(p.rng, 64)}})]

    def lead(p, h):
        return ('<div class="field field--name-field-summary field--type-text-long field--label-hidden field__item">'
                '<p>%s</p></div>' % h)

    def img(p, arg):
        cap, _, cr = arg.partition("|")
        p.B(cap, cr)
        return ('<div class="media media--type-image media--view-mode-default"><div class="field field--name-field-media-image field--type-image field--label-visually_hidden">'
                '<div class="field__label visually-hidden">Image</div><div class="field__item"><img loading="lazy" src="/sites/default/files/styles/large/public/%d-%02d/%s.jpg" width="480" height="320" alt="" />'
                '</div></div><div class="field field--name-field-caption field__item">%s%s</div></div>'
                % (p.pub.year, p.pub.month, p.rid(8), esc(cap), (" (%s)" % esc(cr)) if cr else ""))
    body = render_body(p, {"lead": lead, "img": img})
    if "lead" in [i.kind for i in p.items]:
        # summary field sits above the body field in the node content
        parts = body.split("\n", 1)
        summary_html, rest = parts[0], parts[1] if len(parts) > 1 else ""
    else:
        summary_html, rest = "", body
    p.B("Main navigation", "Breadcrumb", lo["home"], p.section)
    # byline / date
    meta = ""
    if p.opts.get("submitted"):
        # classic "Submitted by X on <date>"
        if p.date_mode in ("text", "full"):
            dstr = "%s, %s - %s" % (lo["weekdays"][p.pub.weekday()][:3], p.vdate("num"), p.vdate("time"))
        else:
            dstr = p.vdate("num")
        who = p.opts.get("uid_name", p.byline[0] if p.byline else "admin")
        sub = p.opts.get("submitted_fmt", "Submitted by {who} on {date}")
        meta = ('<div class="node__submitted"><span class="field field--name-uid field--type-entity-reference field--label-hidden">'
                '</span>%s</div>' % sub.format(
                    who='<span lang="" about="/user/1" typeof="schema:Person" property="schema:name" datatype="" class="username">%s</span>' % esc(who),
                    date='<span class="field field--name-created field--type-created field--label-hidden">%s</span>' % esc(dstr)))
        if full:
            meta += '<span property="schema:dateCreated" content="%s" class="rdf-meta hidden"></span>' % iso_utc(p.pub, z=False)
    else:
        date_html = ""
        if full:
            date_html = '<span class="node__meta--date"><time datetime="%s">%s</time></span>' % (iso(p.pub), esc(p.vdate("long")))
        elif p.date_mode == "text":
            date_html = '<span class="node__meta--date">%s</span>' % esc(p.vdate("longtime"))
        elif p.date_mode == "day":
            date_html = '<span class="node__meta--date"><time>%s</time></span>' % esc(p.vdate("long"))
        by = ""
        if p.byline:
            by = ('<span class="node__author">%s <span class="field field--name-field-author field--type-entity-reference field--label-hidden">%s</span></span>'
                  % (esc(lo["by"]), esc(p.byline_names())))
        meta = '<div class="node__meta">%s %s</div>' % (by, date_html)
    tags = ""
    if p.tags:
        p.B(lo["tags"], *p.tags)
        tags = ('<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags">'
                '<h3 class="field__label field--tags__label">%s</h3><ul class="links field__items field--tags__items">%s</ul></div>'
                % (esc(lo["tags"]), "".join('<li class="field--tags__item"><a href="/taxonomy/term/%d" hreflang="%s">%s</a></li>'
                                             % (p.rng.randint(1, 99), p.lang, esc(t)) for t in p.tags)))
    article = ('<article data-history-node-id="%d" class="node node--type-article node--promoted node--view-mode-full">'
               '<header class="">%s</header><div class="node__content">'
               '<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="eager" src="%s" width="1200" height="800" alt="" /></div>'
               '%s<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">\n%s\n</div>'
               '%s%s</div></article>'
               % (nid, meta, qa(p.image), summary_html, rest, tags,
                  '<section data-drupal-selector="comments" class="comments">%s</section>' % comments_block(p, "comment-wrapper", 2, False)
                  if p.opts.get("comments", True) else ""))
    page = ('<body class="path-node page-node-type-article">'
            '<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>'
            '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">'
            '<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable">'
            '<div class="site-branding"><a href="/" rel="home" class="site-branding__name">%s</a></div>'
            '<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" role="navigation">'
            '<h2 class="visually-hidden block__title">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">%s</ul></nav>'
            '</div></header>'
            '<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">'
            '<a id="main-content" tabindex="-1"></a><div class="region region--breadcrumb grid-full layout--pass--content-medium">'
            '<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>'
            '<ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">%s</a></li>'
            '<li class="breadcrumb__item"><a href="/%s" class="breadcrumb__link">%s</a></li></ol></nav></div>'
            '<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core block-page-title-block">'
            '<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">%s</span></h1></div></div>'
            '<div class="region region--content grid-full layout--pass--content-medium" id="content"><div data-drupal-messages-fallback class="hidden messages-list"></div>'
            '<div id="block-olivero-content" class="block block-system block-system-main-block">%s</div></div>'
            '<div class="region region--content-below">%s</div></div></div>'
            '<div class="social-bar"><div class="social-bar__inner fixable">%s</div></div></div>'
            '<footer class="site-footer"><div class="site-footer__inner container">%s</div></footer></div></div></div>'
            '%s<script src="/sites/default/files/js/js_%s.js?scope=footer&amp;delta=0&amp;language=%s&amp;theme=olivero"></script></body>'
            % (esc(p.B(p.site)), nav_items(p, '<li class="primary-nav__menu-item"><a href="{u}" class="primary-nav__menu-link">{t}</a></li>'),
               esc(lo["home"]), qa(p.opts.get("section_slug", "news")), esc(p.section), esc(p.title), article,
               related_list(p, 3, "views-element-container", "h2"), share_bar(p, "social-bar__share", False),
               '<ul class="menu">%s</ul><p>%s</p>' % (footer_links(p), copyright_line(p)),
               cookie_banner(p, "eu-cookie-compliance-banner", "agree-button"), alnum(p.rng, 40), p.lang))
    p.B("Skip to main content")
    p.layout = p.layout or "Drupal 10 (Olivero): header+main menu, breadcrumb, h1 page title block, node meta, image field, body field, tags, comments, related view, social bar, footer, EU cookie banner"
    return wrap_doc("\n".join(head), page, 'lang="%s" dir="%s" prefix="og: https://ogp.me/ns#"' % (p.lang, lo["dir"]))


# ------------------------------------------------------------------------------------------ Joomla
JOOMLA_LABELS = {
    "en": ("Details", "Written by", "Category", "Published", "Hits", "Previous article", "Latest news", "Prev", "Next"),
    "de": ("Details", "Geschrieben von", "Kategorie", "Veröffentlicht", "Zugriffe", "Vorheriger Beitrag", "Neueste Beiträge", "Zurück", "Weiter"),
    "fr": ("Détails", "Écrit par", "Catégorie", "Publication", "Affichages", "Article précédent", "Derniers articles", "Précédent", "Suivant"),
    "es": ("Detalles", "Escrito por", "Categoría", "Publicado", "Visto", "Artículo anterior", "Últimas noticias", "Anterior", "Siguiente"),
    "pt": ("Detalhes", "Escrito por", "Categoria", "Publicado", "Acessos", "Artigo anterior", "Últimas notícias", "Anterior", "Próximo"),
    "it": ("Dettagli", "Scritto da", "Categoria", "Pubblicato", "Visite", "Articolo precedente", "Ultime notizie", "Precedente", "Successivo"),
    "ru": ("Подробности", "Автор", "Категория", "Опубликовано", "Просмотров", "Предыдущий материал", "Последние новости", "Назад", "Вперёд"),
    "tr": ("Ayrıntılar", "Yazan", "Kategori", "Yayınlanma", "Gösterim", "Önceki makale", "Son haberler", "Önceki", "Sonraki"),
    "pl": ("Szczegóły", "Napisane przez", "Kategoria", "Opublikowano", "Odsłony", "Poprzedni artykuł", "Najnowsze", "Poprzedni", "Następny"),
    "nl": ("Details", "Geschreven door", "Categorie", "Gepubliceerd", "Hits", "Vorig artikel", "Laatste nieuws", "Vorige", "Volgende"),
}


def render_joomla(p):
    """Joomla 4 (Cassiopeia) com_content article view with schema.org microdata."""
    lo = p.loc
    lab = JOOMLA_LABELS[p.lang]
    j3 = p.opts.get("j3", False)
    head = ['<meta charset="utf-8">']
    ma = p.meta_author if p.meta_author is not None else (p.byline[0] if p.byline else "")
    if ma:
        head.append('<meta name="author" content="%s">' % qa(ma))
    head += ['<meta name="viewport" content="width=device-width, initial-scale=1">',
             '<meta name="description" content="%s">' % qa(p.desc),
             '<meta name="generator" content="Joomla! - Open Source Content Management">',
             '<title>%s - %s</title>' % (esc(p.title), esc(p.site)),
             '<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">',
             '<link href="/media/system/css/joomla-fontawesome.min.css?%s" rel="stylesheet" />' % hexid(p.rng, 6),
             '<script type="application/json" class="joomla-script-options new">%s</script>' % json.dumps(
                 {"system.paths": {"root": "", "rootFull": p.home, "base": "", "baseFull": p.home},
                  "csrf.token": hexid(p.rng, 32)}),
             '<script src="/media/system/js/core.min.js?%s"></script>' % hexid(p.rng, 6)]
    if p.opts.get("og"):
        head.append(og(p))
    body = render_body(p, {})
    author_dd = ""
    if p.byline or p.opts.get("joomla_user"):
        who = p.opts.get("joomla_user") or p.byline_names()
        author_dd = ('<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
                     '<span class="icon-user icon-fw" aria-hidden="true"></span>%s: <span itemprop="name">%s</span></dd>'
                     % (esc(lab[1]), esc(who)))
    if p.date_mode == "full":
        pub_dd = ('<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
                  '<time datetime="%s" itemprop="datePublished">%s: %s</time></dd>' % (iso(p.pub), esc(lab[3]),
                                                                                     esc(p.vdate("long"))))
        if p.mod:
            pub_dd += ('<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
                       '<time datetime="%s" itemprop="dateModified">%s: %s</time></dd>'
                       % (iso(p.mod), esc(lo["upd"]), esc(p.vdate("long", p.mod))))
    elif p.date_mode == "text":
        pub_dd = ('<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>%s: %s</dd>'
                  % (esc(lab[3]), esc(p.vdate("numtime"))))
    else:
        pub_dd = ('<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>%s: %s</dd>'
                  % (esc(lab[3]), esc(p.vdate("long"))))
    hits = p.rng.randint(40, 9000)
    p.B(lab[0], lab[1], lab[2], lab[3], "%s: %d" % (lab[4], hits), lab[7], lab[8], lab[6])
    info = ('<dl class="article-info text-muted"><dt class="article-info-term">%s</dt>%s'
            '<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>%s: <a href="/index.php/%s" itemprop="genre">%s</a></dd>'
            '%s<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:%d">%s: %d</dd></dl>'
            % (esc(lab[0]), author_dd, esc(lab[2]), qa(p.opts.get("section_slug", "news")), esc(p.B(p.section)), pub_dd,
               hits, esc(lab[4]), hits))
    bodycls = "item-page" if j3 else "com-content-article item-page"
    bodydiv = "" if j3 else ' class="com-content-article__body"'
    rt, ru = p.next_related()
    p.B(rt)
    art = ('<div class="%s" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="%s">'
           '<div class="page-header"><h1 itemprop="headline">%s</h1></div>%s'
           '<div itemprop="articleBody"%s>\n%s\n</div>'
           '<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0">'
           '<a class="btn btn-sm btn-secondary previous" href="%s" rel="prev"><span class="visually-hidden">%s: %s</span>'
           '<span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">%s</span></a>'
           '<a class="btn btn-sm btn-secondary next" href="%s" rel="next"><span aria-hidden="true">%s</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>'
           '</span></nav></div>'
           % (bodycls, lo["html_lang"], esc(p.title), info, bodydiv, body, qa(ru), esc(lab[5]), esc(rt), esc(lab[7]),
              qa(p.home + "index.php?id=" + p.rid(3)), esc(lab[8])))
    latest = "".join('<li itemscope itemtype="https://schema.org/Article"><a href="%s" itemprop="url"><span itemprop="name">%s</span></a></li>'
                     % (qa(u), esc(p.B(t))) for t, u in p.related(5))
    page = ('<body class="site com_content wrapper-static view-article no-layout no-task itemid-%d has-sidebar-right">'
            '<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand">'
            '<a class="brand-logo" href="/"><span title="%s">%s</span></a></div></div>'
            '<div class="grid-child container-nav"><ul class="mod-menu mod-list nav ">%s</ul></div></header>'
            '<div class="site-grid"><div class="grid-child container-component">'
            '<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">'
            '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/" class="pathway"><span itemprop="name">%s</span></a><meta itemprop="position" content="1"></li>'
            '<li class="mod-breadcrumbs__item breadcrumb-item active"><span>%s</span></li></ol></nav>'
            '<div id="system-message-container" aria-live="polite"></div><main>%s</main></div>'
            '<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">%s</h3>'
            '<div class="card-body"><ul class="mod-articleslatest latestnews mod-list">%s</ul></div></div></div></div>'
            '<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom"><p>%s</p><ul>%s</ul></div></div></footer>'
            '<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>'
            '%s</body>'
            % (p.rng.randint(101, 199), qa(p.site), esc(p.B(p.site)), nav_items(p, '<li class="nav-item"><a href="{u}">{t}</a></li>'),
               esc(lo["home"]), esc(p.title), art, esc(lab[6]), latest, copyright_line(p), footer_links(p),
               cookie_banner(p, "jb-cookie", "btn")))
    p.B(lo["home"])
    p.layout = p.layout or "Joomla 4 Cassiopeia: header+menu, breadcrumbs, com_content item-page with h1, article-info dl (author/category/date/hits), itemprop=articleBody, prev/next pagination, latest-news sidebar, footer"
    return wrap_doc("\n".join(head), page, 'lang="%s" dir="%s"' % (lo["html_lang"], lo["dir"]))


# ------------------------------------------------------------------------------------------ TYPO3
def render_typo3(p):
    """TYPO3 with tx_news detail view (schema.org microdata, headline in h3 of news-single)."""
    lo = p.loc
    head = ['<meta charset="utf-8">',
            '<!--\n\tThis website is powered by TYPO3 - inspiring people to share!\n\tTYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.\n\tTYPO3 is copyright 1998-2026 of Kasper Skaarhoj. Extensions are copyright of their respective owners.\n\tInformation and contribution at https://typo3.test/\n-->',
            '<title>%s: %s</title>' % (esc(p.site), esc(p.title)),
            '<meta name="generator" content="TYPO3 CMS">',
            '<meta name="description" content="%s">' % qa(p.desc),
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            og(p, dates=False),
            '<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-%s.css?%d" media="all">' % (hexid(p.rng, 32), p.rng.randint(1600000000, 1700000000))]
    items = p.items
    teaser = ""
    if items and items[0].kind == "lead":
        from .common import inline_html
        teaser = '<div class="teaser-text" itemprop="description"><p>%s</p></div>' % inline_html(items[0].text)
        p.items = items[1:]
    body = render_body(p, {})
    p.items = items
    if p.date_mode == "day":
        dt = '<time itemprop="datePublished" datetime="%s">%s</time>' % (p.pub.date().isoformat(), esc(p.vdate("num")))
    elif p.date_mode == "day-text":
        dt = '<time>%s</time>' % esc(p.vdate("num"))
    else:
        dt = '<span>%s</span>' % esc(p.vdate("numtime"))
    author = ""
    if p.byline:
        author = ('<span class="news-list-author" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">%s <span itemprop="name">%s</span></span>'
                  % (esc(lo["by"]), esc(p.byline_names())))
    back = {"de": "Zurück", "en": "Back", "nl": "Terug"}.get(p.lang, "Zurück")
    p.B(back)
    art = ('<div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">'
           '<div class="header"><h3 itemprop="headline">%s</h3></div>'
           '<div class="footer"><p><span class="news-list-date">%s</span> %s</p></div>'
           '%s<div class="news-img-wrap"><div class="outer"><div class="mediaelement mediaelement-image">'
           '<a href="/fileadmin/_processed_/%s.jpg" title="" class="lightbox" rel="lightbox[myImageSet]"><img itemprop="image" src="/fileadmin/_processed_/%s.jpg" width="282" height="188" alt="" /></a></div></div></div>'
           '<div class="news-text-wrap" itemprop="articleBody">\n%s\n</div>'
           '<div class="news-backlink-wrap"><a href="/aktuelles/">%s</a></div></div></div>'
           % (esc(p.title), dt, author, teaser, p.rid(10), p.rid(10), body, esc(back)))
    page = ('<body id="p%d" class="page-%d pagelevel-2 language-0 backendlayout-subnavigation_left layout-default">'
            '<div id="top"></div><div class="body-bg"><a class="sr-only sr-only-focusable" href="#page-content"><span>Zum Hauptinhalt springen</span></a>'
            '<header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top">'
            '<div class="container"><a class="navbar-brand navbar-brand-image" href="/"><img class="navbar-brand-logo-normal" src="/fileadmin/logo.svg" alt="%s" height="52" width="180"></a>'
            '<nav id="mainnavigation" class="navbar-collapse collapse"><ul class="navbar-nav">%s</ul></nav></div></header>'
            '<nav class="breadcrumb-section" aria-label="Breadcrumb"><div class="container"><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/">%s</a></li>'
            '<li class="breadcrumb-item"><a class="breadcrumb-link" href="/aktuelles/">%s</a></li><li class="breadcrumb-item active" aria-current="page"><span class="breadcrumb-text">%s</span></li></ol></div></nav>'
            '<div id="page-content" class="bp-page-content main-section"><div class="container"><div class="row">'
            '<div class="col-md-3"><div class="subnavigation"><ul class="subnav-nav">%s</ul></div></div>'
            '<main class="col-md-9"><div id="c%d" class="frame frame-default frame-type-news_newsdetail frame-layout-0">%s</div></main></div></div></div>'
            '<footer id="page-footer" class="bp-page-footer"><section class="section footer-section footer-section-content"><div class="container">%s</div></section>'
            '<section class="section footer-section footer-section-meta"><div class="container"><ul class="footer-meta">%s</ul><p>%s</p></div></section></footer></div>'
            '%s</body>'
            % (p.rng.randint(10, 999), p.rng.randint(10, 999), qa(p.site), nav_items(p, '<li class="nav-item"><a class="nav-link" href="{u}">{t}</a></li>'),
               esc(lo["home"]), esc(p.section), esc(p.title),
               "".join('<li class="subnav-item"><a href="%s" class="subnav-link">%s</a></li>' % (qa(u), esc(p.B(t))) for t, u in p.related(6)),
               p.rng.randint(100, 999), art, newsletter_box(p, "frame frame-newsletter"), footer_links(p), copyright_line(p),
               cookie_banner(p, "cookieconsent", "cc-btn")))
    p.B("Zum Hauptinhalt springen", lo["home"], p.section, p.site)
    p.layout = p.layout or "TYPO3 + tx_news detail: navbar, breadcrumb, subnavigation column with link list, news-single with h3 headline, date, teaser-text lead, news-text-wrap itemprop=articleBody, back link, newsletter frame, footer"
    return wrap_doc("\n".join(head), page, 'dir="ltr" lang="%s"' % p.lang)


# ------------------------------------------------------------------------------------------ SPIP
def render_spip(p):
    """SPIP 4 (French CMS): cartouche, abbr.published title in UTC, chapo + texte."""
    lo = p.loc
    from .common import inline_html
    head = ['<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
            '<title>%s - %s</title>' % (esc(p.title), esc(p.site)),
            '<meta name="description" content="%s" />' % qa(p.desc[:150]),
            '<link rel="canonical" href="%s" />' % qa(p.url),
            '<meta name="generator" content="SPIP 4.2.10 GIT [4.2: %s]" />' % hexid(p.rng, 8),
            '<link rel="alternate" type="application/rss+xml" title="Syndiquer tout le site" href="spip.php?page=backend" />',
            '<link rel="stylesheet" href="local/cache-css/%s.css?%d" type="text/css" />' % (hexid(p.rng, 32), p.rng.randint(1600000000, 1700000000)),
            '<script type="text/javascript">var mediabox_settings={"auto_detect":true,"ns":"box","tt_img":true,"sel_g":"#documents_portfolio a[type=\'image\/jpeg\']","str_ssStart":"Diaporama"};</script>']
    items = p.items
    chapo = ""
    if items and items[0].kind == "lead":
        chapo = '<div class="chapo surlignable"><p>%s</p></div>' % inline_html(items[0].text)
        p.items = items[1:]
    body = render_body(p, {"h2": lambda p, h: '<h2 class="spip">%s</h2>' % h,
                           "h3": lambda p, h: '<h3 class="spip">%s</h3>' % h,
                           "ul": lambda p, lis: '<ul class="spip" role="list">%s</ul>' % "".join('<li>%s</li>' % x for x in lis),
                           "quote": lambda p, h: '<blockquote class="spip"><p>%s</p></blockquote>' % h,
                           "p": lambda p, h, i: "<p>%s</p>" % h})
    p.items = items
    if p.date_mode == "full":
        date = '<abbr class="published" title="%s">%s</abbr>' % (iso_utc(p.pub), esc(p.vdate("weekday")))
    else:
        date = '<span class="published">%s</span>' % esc(p.vdate("weekday"))
    auteurs = ""
    if p.byline:
        auteurs = '<span class="sep">, </span><span class="auteurs">par %s</span>' % ", ".join(
            '<span class="vcard author"><a class="url fn spip_in" href="spip.php?auteur%d">%s</a></span>' % (p.rng.randint(1, 40), esc(n))
            for n in p.byline)
    p.B("Accueil", p.section, "Dans la même rubrique", "Un message, un commentaire ?", "Plan du site", "Se connecter", "Contact",
        "SPIP", "squelette")
    same = "".join('<li><a href="%s">%s</a></li>' % (qa(u), esc(p.B(t))) for t, u in p.related(4))
    page = ('<body class="page_article">'
            '<div class="page"><div class="header" id="header"><div class="accueil"><a rel="start home" href="%s" title="Accueil" class="spip_logo_site">%s</a></div></div>'
            '<div class="nav clearfix" id="nav"><ul>%s</ul></div>'
            '<div class="wrapper hfeed" id="wrapper"><div class="content hentry" id="content">'
            '<p class="arbo"><a href="./">Accueil</a> &gt; <a href="spip.php?rubrique%d">%s</a> &gt; <strong class="on">%s</strong></p>'
            '<div class="cartouche"><h1 class="surlignable entry-title">%s</h1><p class="info-publi">%s%s</p></div>'
            '%s<div class="texte surlignable clearfix entry-content">\n%s\n</div>'
            '<div class="forum-repondre"><p><a href="spip.php?page=forum&amp;id_article=%d" rel="noindex nofollow">Un message, un commentaire ?</a></p></div>'
            '</div></div>'
            '<div class="aside"><div class="menu"><h2>Dans la même rubrique</h2><ul>%s</ul></div></div>'
            '<div class="footer clearfix" id="footer"><p class="colophon">%s</p><p class="generator"><a href="https://www.spip.test/" rel="generator" title="Site réalisé avec SPIP">SPIP</a> | <a href="spip.php?page=plan">Plan du site</a> | <a href="spip.php?page=login">Se connecter</a> | <a href="spip.php?page=contact">Contact</a></p></div>'
            '</div></body>'
            % (qa(p.home), esc(p.B(p.site)), nav_items(p, '<li><a href="{u}">{t}</a></li>'), p.rng.randint(1, 30), esc(p.section),
               esc(p.title), esc(p.title), date, auteurs, chapo, body, p.rng.randint(100, 999), same, copyright_line(p)))
    p.layout = p.layout or "SPIP 4 default squelette: header, nav, arbo breadcrumb, cartouche (h1, info-publi date+auteurs), chapo lead, texte, forum link, 'Dans la même rubrique' aside, footer"
    return wrap_doc("\n".join(head), page, 'xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr" lang="fr" dir="ltr"',
                    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')


# ------------------------------------------------------------------------------------------ Ghost
def render_ghost(p):
    """Ghost 5 (Casper theme): Article JSON-LD with .000Z dates, gh-content, kg-cards, portal CTAs."""
    lo = p.loc
    paywall = "paywall-teaser" in p.features
    head = ['<meta charset="utf-8">', '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
            '<title>%s</title>' % esc(p.title), '<meta name="HandheldFriendly" content="True">',
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
            '<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=%s">' % hexid(p.rng, 10),
            '<meta name="description" content="%s">' % qa(p.desc),
            '<link rel="icon" href="/favicon.png" type="image/png">',
            '<link rel="canonical" href="%s">' % qa(p.url),
            '<meta name="referrer" content="no-referrer-when-downgrade">',
            '<meta property="og:site_name" content="%s">' % qa(p.site),
            '<meta property="og:type" content="article">',
            '<meta property="og:title" content="%s">' % qa(p.title),
            '<meta property="og:description" content="%s">' % qa(p.desc),
            '<meta property="og:url" content="%s">' % qa(p.url),
            '<meta property="og:image" content="%s">' % qa(p.image),
            '<meta property="article:published_time" content="%s">' % (iso_utc(p.pub)[:-1] + ".000Z")]
    if p.mod:
        head.append('<meta property="article:modified_time" content="%s">' % (iso_utc(p.mod)[:-1] + ".000Z"))
    for t in p.tags:
        head.append('<meta property="article:tag" content="%s">' % qa(t))
    head += ['<meta name="twitter:card" content="summary_large_image">',
             '<meta name="twitter:title" content="%s">' % qa(p.title),
             '<meta name="twitter:label1" content="Written by">', '<meta name="twitter:data1" content="%s">' % qa(p.byline_names())]
    if p.tags:
        head += ['<meta name="twitter:label2" content="Filed under">', '<meta name="twitter:data2" content="%s">' % qa(", ".join(p.tags))]
    authors = [{"@type": "Person", "name": n, "image": {"@type": "ImageObject", "url": p.home + "content/images/%s.jpg" % hexid(p.rng, 8),
                                                          "width": 400, "height": 400},
                "url": p.home + "author/%s/" % n.lower().replace(" ", "-"), "sameAs": []} for n in p.authors]
    ld = {"@context": "https://schema.org", "@type": "Article",
          "publisher": {"@type": "Organization", "name": p.site, "url": p.home,
                        "logo": {"@type": "ImageObject", "url": p.home + "favicon.png", "width": 60, "height": 60}},
          "author": authors[0] if len(authors) == 1 else authors, "headline": p.title, "url": p.url,
          "datePublished": iso_utc(p.pub)[:-1] + ".000Z"}
    if p.mod:
        ld["dateModified"] = iso_utc(p.mod)[:-1] + ".000Z"
    ld.update({"image": {"@type": "ImageObject", "url": p.image, "width": 2000, "height": 1333},
               "keywords": ", ".join(p.tags), "description": p.desc, "mainEntityOfPage": p.url})
    head.append('<script type="application/ld+json">\n%s\n</script>' % jdump(ld, indent=4))
    head += ['<meta name="generator" content="Ghost 5.82">',
             '<link rel="alternate" type="application/rss+xml" title="%s" href="%srss/">' % (qa(p.site), qa(p.home)),
             '<script defer src="https://cdn.jsdelivr.test/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="%s" data-key="%s" data-api="%sghost/api/content/" crossorigin="anonymous"></script>'
             % (qa(p.home), hexid(p.rng, 26), qa(p.home))]

    def img(p, arg):
        cap, _, cr = arg.partition("|")
        p.B(cap)
        return ('<figure class="kg-card kg-image-card kg-card-hascaption"><img src="%scontent/images/%d/%02d/%s.jpg" class="kg-image" alt="" loading="lazy" width="2000" height="1333">'
                '<figcaption><span style="white-space: pre-wrap;">%s</span></figcaption></figure>' % (qa(p.home), p.pub.year, p.pub.month, p.rid(8), esc(cap)))

    def gallery(p, arg):
        imgs = "".join('<div class="kg-gallery-image"><img src="%scontent/images/%s.jpg" width="2000" height="1333" loading="lazy" alt=""></div>'
                       % (qa(p.home), p.rid(8)) for _ in arg.split("|"))
        cap = " / ".join(arg.split("|"))
        p.B(cap)
        return ('<figure class="kg-card kg-gallery-card kg-width-wide kg-card-hascaption"><div class="kg-gallery-container"><div class="kg-gallery-row">%s</div></div>'
                '<figcaption><p><span style="white-space: pre-wrap;">%s</span></p></figcaption></figure>' % (imgs, esc(cap)))

    def cta(p, arg):
        kind = arg.partition("|")[0]
        t = lo["cta"].get(kind, kind)
        p.B(t, lo["subscribe"])
        return ('<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">📬</div>'
                '<div class="kg-callout-text">%s</div></div>'
                '<div class="kg-card kg-button-card kg-align-center"><a href="#/portal/signup" class="kg-btn kg-btn-accent">%s</a></div>'
                % (esc(t), esc(lo["subscribe"])))

    def pull(p, arg):
        p.pulls.append(arg)
        return '<blockquote class="kg-blockquote-alt">%s</blockquote>' % esc(arg)

    def newsletter(p, arg):
        h = "Sign up for %s" % p.site
        t = p.spec.get("signup_text", lo["newsletter_p"])
        p.B(h, t, lo["newsletter_btn"])
        return ('<div class="kg-card kg-signup-card kg-width-regular" data-lexical-signup-form style="background-color: #F0F0F0; display: none;">'
                '<div class="kg-signup-card-content"><div class="kg-signup-card-text"><h2 class="kg-signup-card-heading">%s</h2>'
                '<p class="kg-signup-card-subheading">%s</p><form class="kg-signup-card-form" data-members-form="signup">'
                '<div class="kg-signup-card-fields"><input class="kg-signup-card-input" id="email" data-members-email type="email" required placeholder="Your email">'
                '<button class="kg-signup-card-button kg-style-accent" type="submit"><span class="kg-signup-card-button-default">%s</span></button></div></form></div></div></div>'
                % (esc(h), esc(t), esc(lo["newsletter_btn"])))
    body = render_body(p, {"img": img, "gallery": gallery, "cta": cta, "pull": pull, "newsletter": newsletter,
                           "pre": lambda p, ls: '<pre><code class="language-bash">%s</code></pre>' % "\n".join(ls),
                           "h2": lambda p, h: '<h2 id="%s">%s</h2>' % (p.rid(6), h)})
    upgrade = ""
    if paywall:
        p.B("This post is for paying subscribers only", "Subscribe now", "Already have an account?", "Sign in")
        upgrade = ('<aside class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content" style="background-color: #15171a">'
                   '<h2>This post is for paying subscribers only</h2><a class="gh-btn" data-portal="signup" href="#/portal/signup" style="color:#15171a">Subscribe now</a>'
                   '<p><small>Already have an account? <a data-portal="signin" href="#/portal/signin">Sign in</a></small></p></div></aside>')
    wmin = max(1, words_count(gold_body(p.items)) // 220)
    rt = lo["min_read"].format(wmin)
    p.B(rt)
    authors_html = "".join('<li class="author-list-item"><a href="/author/%s/" class="author-avatar"><img class="author-profile-image" src="/content/images/%s.jpg" alt="%s"></a></li>'
                           % (qa(n.lower().replace(" ", "-")), p.rid(8), qa(n)) for n in p.byline)
    names_html = ", ".join('<a href="/author/%s/">%s</a>' % (qa(n.lower().replace(" ", "-")), esc(n)) for n in p.byline)
    tag = p.tags[0] if p.tags else p.section
    p.B(tag)
    cards = "".join('<article class="post-card post"><a class="post-card-image-link" href="%s"><img class="post-card-image" src="/content/images/%s.jpg" alt="" loading="lazy"></a>'
                    '<div class="post-card-content"><a class="post-card-content-link" href="%s"><header class="post-card-header"><h2 class="post-card-title">%s</h2></header></a></div></article>'
                    % (qa(u), p.rid(8), qa(u), esc(p.B(t))) for t, u in p.related(3))
    p.B("Sign up for %s" % p.site, lo["subscribe"], lo["login"], "Read more", "Powered by Ghost")
    page = ('<body class="post-template tag-%s is-head-left-logo has-cover">'
            '<div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">'
            '<a class="gh-head-logo" href="%s">%s</a></div><nav class="gh-head-menu"><ul class="nav">%s</ul></nav>'
            '<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">%s</a>'
            '<a class="gh-head-button" href="#/portal/signup" data-portal="signup">%s</a></div></div></header>'
            '<div class="site-content"><main id="site-main" class="site-main">'
            '<article class="article post tag-%s%s"><header class="article-header gh-canvas">'
            '<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/%s/">%s</a></span></div>'
            '<h1 class="article-title">%s</h1>'
            '<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore">%s</ul>'
            '<div class="article-byline-meta"><h4 class="author-name">%s</h4><div class="byline-meta-content">'
            '<time class="byline-meta-date" datetime="%s">%s</time><span class="byline-reading-time"><span class="bull">&bull;</span> %s</span>'
            '</div></div></section></div>'
            '<figure class="article-image"><img src="%s" alt="%s"></figure></header>'
            '<section class="gh-content gh-canvas">\n%s\n%s</section></article></main>'
            '<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for %s</h2>'
            '<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>%s</span></a></div></section>'
            '<aside class="read-more-wrap outer"><div class="read-more inner"><div class="read-more-title">Read more</div>%s</div></aside></div>'
            '<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="%s">%s</a> &copy; %d</section>'
            '<nav class="site-footer-nav"><ul class="nav">%s</ul></nav><div class="gh-powered-by"><a href="https://ghost.test/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>'
            '</body>'
            % (qa(tag.lower()), qa(p.home), esc(p.B(p.site)), nav_items(p, '<li class="nav-{t}"><a href="{u}">{t}</a></li>'),
               esc(lo["login"]), esc(lo["subscribe"]), qa(tag.lower()), " upgrade-cta" if paywall else "",
               qa(tag.lower()), esc(tag), esc(p.title), authors_html, names_html, p.pub.date().isoformat(),
               esc(p.pub.strftime("%b ") + str(p.pub.day) + p.pub.strftime(", %Y")) if p.lang == "en" else esc(p.vdate("long")),
               esc(rt), qa(p.image), qa(p.title), body, upgrade, esc(p.site), esc(lo["subscribe"]), cards, qa(p.home),
               esc(p.site), p.pub.year, footer_links(p, '<li class="nav-x"><a href="{u}">{t}</a></li>')))
    p.B("Enter your email")
    p.layout = p.layout or "Ghost 5 Casper: gh-head nav with portal sign-in/subscribe, article header (tag, h1, author avatars+names, date, reading time), gh-content with kg-cards, footer CTA, read-more cards, footer"
    return wrap_doc("\n".join(head), page, 'lang="%s"' % p.lang)


# ------------------------------------------------------------------------------------------ Blogger
def render_blogger(p):
    """Blogger (Simple/Contempo-like layout): post-body with <br>-separated or <div> paragraphs."""
    lo = p.loc
    mode = p.opts.get("blogger_body", "br")
    bid = p.rng.randint(10 ** 17, 10 ** 18)
    pid = p.rng.randint(10 ** 17, 10 ** 18)
    head = ["<meta content='width=device-width, initial-scale=1' name='viewport'/>",
            '<title>%s: %s</title>' % (esc(p.site), esc(p.title)),
            "<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>",
            "<meta content='blogger' name='generator'/>",
            "<link href='%sfavicon.ico' rel='icon' type='image/x-icon'/>" % qa(p.home),
            "<link href='%s' rel='canonical'/>" % qa(p.url),
            '<link rel="alternate" type="application/atom+xml" title="%s - Atom" href="%sfeeds/posts/default" />' % (qa(p.site), qa(p.home)),
            '<link rel="service.post" type="application/atom+xml" title="%s - Atom" href="https://www.blogger.test/feeds/%d/posts/default" />' % (qa(p.site), bid),
            "<meta content='%s' property='og:url'/>" % qa(p.url),
            "<meta content='%s' property='og:title'/>" % qa(p.title),
            "<meta content='%s' property='og:description'/>" % qa(p.desc),
            "<style id='page-skin-1' type='text/css'><!--\n/*\n-----------------------------------------------\nBlogger Template Style\nName:     Contempo\n----------------------------------------------- */\nbody{font:15px Roboto, sans-serif}\n--></style>",
            "<script type='text/javascript'>window._bfe = {bid: '%d', pid: '%d'};</script>" % (bid, pid)]

    if mode == "br":
        fl = {"p": lambda p, h, i: "%s<br /><br />" % h,
              "h2": lambda p, h: "<b>%s</b><br /><br />" % h,
              "h3": lambda p, h: "<b>%s</b><br /><br />" % h,
              "img": lambda p, arg: _blogger_img(p, arg)}
    else:
        fl = {"p": lambda p, h, i: '<div style="text-align: justify;">%s</div><div style="text-align: justify;"><br /></div>' % h,
              "img": lambda p, arg: _blogger_img(p, arg)}
    body = render_body(p, fl)
    if p.date_mode == "full":
        header_date = '<h2 class="date-header"><span>%s</span></h2>' % esc(p.vdate("weekday"))
        ts = ("<span class='post-timestamp'> at <meta content='%s' itemprop='url'/><a class='timestamp-link' href='%s' rel='bookmark' title='permanent link'>"
              "<abbr class='published' itemprop='datePublished' title='%s'>%s</abbr></a></span>"
              % (qa(p.url), qa(p.url), iso(p.pub).replace(":00+", ":00.000+").replace(":00-", ":00.000-"), _blogger_time(p)))
    elif p.date_mode == "text":
        header_date = '<h2 class="date-header"><span>%s</span></h2>' % esc(p.vdate("weekday"))
        ts = ("<span class='post-timestamp'> at <a class='timestamp-link' href='%s' rel='bookmark' title='permanent link'>"
              "<span class='published'>%s</span></a></span>" % (qa(p.url), _blogger_time(p)))
    else:
        header_date = '<h2 class="date-header"><span>%s</span></h2>' % esc(p.vdate("weekday"))
        ts = ""
    author = ""
    if p.byline:
        author = ("<span class='post-author vcard'>Posted by <span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'>"
                  "<meta content='https://www.blogger.test/profile/%d' itemprop='url'/><a class='g-profile' href='https://www.blogger.test/profile/%d' rel='author' title='author profile'>"
                  "<span itemprop='name'>%s</span></a></span></span>" % (p.rng.randint(10 ** 19, 10 ** 20), p.rng.randint(10 ** 19, 10 ** 20), esc(p.byline[0])))
    p.B("Posted by", "No comments:", "Post a Comment", "Newer Post", "Older Post", "Home", "Subscribe to:", "Post Comments (Atom)",
        "Blog Archive", "About Me", "Powered by", "Blogger", "Email This", "BlogThis!", "Share to X", "Share to Facebook", "Share to Pinterest")
    archive = "".join("<li class='archivedate'><a class='post-count-link' href='%s%d/%02d/'>%s</a> <span class='post-count' dir='ltr'>(%d)</span></li>"
                      % (qa(p.home), p.pub.year, m, esc(lo["months"][m - 1]), p.rng.randint(1, 9)) for m in range(p.pub.month, 0, -1))
    about = p.spec.get("about_me", "")
    p.B(about, *lo["months"])
    posts = "".join("<li><a href='%s'>%s</a></li>" % (qa(u), esc(p.B(t))) for t, u in p.related(4))
    page = ("<body class='loading'><div class='navbar no-items section' id='navbar' name='Navbar'></div>"
            "<div class='outer-wrapper'><div class='header-outer'><div class='header section' id='header'><div class='widget Header' data-version='1' id='Header1'>"
            "<div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='%s'>%s</a></h1></div>"
            "<div class='descriptionwrapper'><p class='description'><span>%s</span></p></div></div></div></div></div>"
            "<div class='main-outer'><div class='main-inner'><div class='columns'><div class='column-center-inner'><div class='main section' id='main'>"
            "<div class='widget Blog' data-version='1' id='Blog1'><div class='blog-posts hfeed'>"
            "<div class='date-outer'>%s<div class='date-posts'><div class='post-outer'>"
            "<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>"
            "<meta content='%s' itemprop='image_url'/><meta content='%d' itemprop='blogId'/><meta content='%d' itemprop='postId'/>"
            "<a name='%d'></a><h3 class='post-title entry-title' itemprop='name'>%s</h3>"
            "<div class='post-header'><div class='post-header-line-1'></div></div>"
            "<div class='post-body entry-content float-container' id='post-body-%d' itemprop='description articleBody'>\n"
            "<div dir=\"ltr\" style=\"text-align: left;\" trbidi=\"on\">\n%s\n</div>\n<div style='clear: both;'></div></div>"
            "<div class='post-footer'><div class='post-footer-line post-footer-line-1'>%s%s"
            "<span class='post-comment-link'><a class='comment-link' href='%s#comment-form'>No comments:</a></span></div>"
            "<div class='post-share-buttons goog-inline-block'><a class='goog-inline-block share-button sb-email' href='#' title='Email This'><span class='share-button-link-text'>Email This</span></a>"
            "<a class='goog-inline-block share-button sb-blog' href='#' title='BlogThis!'><span class='share-button-link-text'>BlogThis!</span></a>"
            "<a class='goog-inline-block share-button sb-twitter' href='#' title='Share to X'><span class='share-button-link-text'>Share to X</span></a>"
            "<a class='goog-inline-block share-button sb-facebook' href='#' title='Share to Facebook'><span class='share-button-link-text'>Share to Facebook</span></a>"
            "<a class='goog-inline-block share-button sb-pinterest' href='#' title='Share to Pinterest'><span class='share-button-link-text'>Share to Pinterest</span></a></div>"
            "<div class='post-footer-line post-footer-line-2'><span class='post-labels'>%s</span></div></div></div>"
            "<div class='comments' id='comments'><a name='comments'></a><h4>No comments:</h4><div id='Blog1_comments-block-wrapper'></div>"
            "<div class='comment-form'><a name='comment-form'></a><h4 id='comment-post-message'>Post a Comment</h4></div></div>"
            "</div></div></div></div>"
            "<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='%s' title='Newer Post'>Newer Post</a></span>"
            "<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='%s' title='Older Post'>Older Post</a></span>"
            "<a class='home-link' href='%s'>Home</a></div><div class='clear'></div>"
            "<div class='post-feeds'><div class='feed-links'>Subscribe to: <a class='feed-link' href='%sfeeds/%d/comments/default' target='_blank' type='application/atom+xml'>Post Comments (Atom)</a></div></div>"
            "</div></div></div></div>"
            "<div class='column-right-inner'><aside><div class='sidebar section' id='sidebar-right-1'>"
            "<div class='widget Profile' data-version='1' id='Profile1'><h2>About Me</h2><div class='widget-content'><dl class='profile-datablock'><dd class='profile-textblock'>%s</dd></dl></div></div>"
            "<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>Blog Archive</h2><div class='widget-content'><div id='ArchiveList'><ul class='hierarchy'><li class='archivedate expanded'>"
            "<a class='toggle' href='javascript:void(0)'><span class='zippy toggle-open'>&#9660;&#160;</span></a><a class='post-count-link' href='%s%d/'>%d</a><ul class='hierarchy'>%s</ul><ul class='posts'>%s</ul></li></ul></div></div></div>"
            "</div></aside></div></div></div></div>"
            "<footer><div class='footer-outer'><div class='widget Attribution' data-version='1' id='Attribution1'><div class='widget-content' style='text-align: center;'>Powered by <a href='https://www.blogger.test' target='_blank'>Blogger</a>.</div></div></div></footer>"
            "<script type='text/javascript' src='https://www.blogger.test/static/v1/widgets/%d-widgets.js'></script></body>"
            % (qa(p.home), esc(p.B(p.site)), esc(p.B(p.o.get("tagline", ""))), header_date, qa(p.image), bid, pid, pid,
               esc(p.title), pid, body, author, ts, qa(p.url),
               ("Labels: " + ", ".join("<a href='%ssearch/label/%s' rel='tag'>%s</a>" % (qa(p.home), qa(t), esc(t)) for t in p.tags)) if p.tags else "",
               qa(p.related(1)[0][1]), qa(p.related(1)[0][1]), qa(p.home), qa(p.home), pid, esc(about), qa(p.home), p.pub.year,
               p.pub.year, archive, posts, p.rng.randint(10 ** 9, 10 ** 10)))
    if p.tags:
        p.B("Labels:", *p.tags)
    p.layout = p.layout or "Blogger: blog header (h1 = blog name), date-header, post title in h3, post-body with <br>/<div> paragraphs, post footer (author, timestamp, share buttons, labels), comments, pager, profile + archive sidebar"
    return wrap_doc("\n".join(head), page,
                    "class='v2' dir='ltr' lang='%s' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'" % p.lang)


def _blogger_time(p):
    if p.lang == "en":
        h = p.pub.hour % 12 or 12
        return "%d:%s %s" % (h, two(p.pub.minute), "AM" if p.pub.hour < 12 else "PM")
    return p.vdate("time")


def _blogger_img(p, arg):
    cap, _, cr = arg.partition("|")
    p.B(cap)
    return ('<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody>'
            '<tr><td style="text-align: center;"><a href="https://blogger.googleusercontent.test/img/b/R29vZ2xl/%s/s1600/IMG_%d.jpg" style="margin-left: auto; margin-right: auto;">'
            '<img border="0" data-original-height="1200" data-original-width="1600" height="480" src="https://blogger.googleusercontent.test/img/b/R29vZ2xl/%s/w640-h480/IMG_%d.jpg" width="640" /></a></td></tr>'
            '<tr><td class="tr-caption" style="text-align: center;">%s</td></tr></tbody></table>'
            % (alnum(p.rng, 40), p.rng.randint(1000, 9999), alnum(p.rng, 40), p.rng.randint(1000, 9999), esc(cap)))


# ------------------------------------------------------------------------------------------ Hugo
def render_hugo(p):
    """Hugo static site, PaperMod-like theme (post-meta date in Go time format title attribute)."""
    lo = p.loc
    off = p.pub.strftime("%z")
    abbr = p.pub.tzname()
    head = ['<meta charset="utf-8">', '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
            '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">',
            '<meta name="robots" content="index, follow">',
            '<title>%s | %s</title>' % (esc(p.title), esc(p.site)),
            '<meta name="keywords" content="%s">' % qa(", ".join(p.tags)),
            '<meta name="description" content="%s">' % qa(p.desc),
            '<meta name="author" content="%s">' % qa(", ".join(p.authors)),
            '<link rel="canonical" href="%s">' % qa(p.url),
            '<link crossorigin="anonymous" href="/assets/css/stylesheet.%s.css" integrity="sha256-%s=" rel="preload stylesheet" as="style">' % (hexid(p.rng, 64), alnum(p.rng, 43)),
            '<meta name="generator" content="Hugo 0.125.4">',
            '<meta property="og:title" content="%s">' % qa(p.title),
            '<meta property="og:description" content="%s">' % qa(p.desc),
            '<meta property="og:type" content="article">',
            '<meta property="og:url" content="%s">' % qa(p.url)]
    if p.date_mode == "full":
        head += ['<meta property="article:section" content="posts">',
                 '<meta property="article:published_time" content="%s">' % iso(p.pub),
                 '<meta property="article:modified_time" content="%s">' % iso(p.mod or p.pub)]
        ld = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": p.title, "name": p.title,
              "description": p.desc, "keywords": p.tags, "articleBody": "\n".join(gold_body(p.items))[:400],
              "wordCount": words_count(gold_body(p.items)), "inLanguage": p.lang,
              "datePublished": iso(p.pub), "dateModified": iso(p.mod or p.pub),
              "author": [{"@type": "Person", "name": n} for n in p.authors],
              "mainEntityOfPage": {"@type": "WebPage", "@id": p.url},
              "publisher": {"@type": "Organization", "name": p.site, "logo": {"@type": "ImageObject", "url": p.home + "favicon.ico"}}}
        head.append('<script type="application/ld+json">\n%s\n</script>' % jdump(ld, indent=2))
    wmin = max(1, words_count(gold_body(p.items)) // 200)
    body = render_body(p, {"pre": lambda p, ls: '<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-bash" data-lang="bash">%s</code></pre></div>'
                           % "\n".join('<span class="line"><span class="cl">%s\n</span></span>' % x for x in ls),
                           "h2": lambda p, h: '<h2 id="%s">%s<a hidden class="anchor" aria-hidden="true" href="#%s">#</a></h2>' % (p.rid(5), h, p.rid(5)),
                           "h3": lambda p, h: '<h3 id="%s">%s<a hidden class="anchor" aria-hidden="true" href="#%s">#</a></h3>' % (p.rid(5), h, p.rid(5))})
    if p.date_mode == "full":
        goformat = p.pub.strftime("%Y-%m-%d %H:%M:%S ") + off + " " + (abbr or "")
        meta_date = "<span title='%s'>%s</span>" % (goformat, esc(p.vdate("long")))
    elif p.date_mode == "day":
        meta_date = "<span>%s</span>" % esc(p.vdate("long"))
    else:
        meta_date = ""
    mr = lo["min_read"].format(wmin)
    p.B(mr, "Share", "Next »", "« Prev", "Powered by", "Hugo", "PaperMod")
    meta = "&nbsp;·&nbsp;".join(x for x in [meta_date, mr, esc(p.byline_names())] if x)
    tags = "".join('<li><a href="%stags/%s/">%s</a></li>' % (qa(p.home), qa(t.lower()), esc(p.B(t))) for t in p.tags)
    (t1, u1), (t2, u2) = p.related(2)
    p.B(t1, t2)
    page = ('<body class="" id="top"><script>if (localStorage.getItem("pref-theme") === "dark") {document.body.classList.add(\'dark\');}</script>'
            '<header class="header"><nav class="nav"><div class="logo"><a href="%s" accesskey="h" title="%s (Alt + H)">%s</a></div>'
            '<ul id="menu">%s</ul></nav></header>'
            '<main class="main"><article class="post-single"><header class="post-header">'
            '<div class="breadcrumbs"><a href="%s">%s</a>&nbsp;»&nbsp;<a href="%sposts/">Posts</a></div>'
            '<h1 class="post-title entry-hint-parent">%s</h1><div class="post-meta">%s</div></header>'
            '<div class="post-content">%s</div>'
            '<footer class="post-footer"><ul class="post-tags">%s</ul>'
            '<nav class="paginav"><a class="prev" href="%s"><span class="title">« Prev</span><br><span>%s</span></a>'
            '<a class="next" href="%s"><span class="title">Next »</span><br><span>%s</span></a></nav>'
            '<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share on x" href="https://x.test/intent/tweet/?url=%s">Share</a></li></ul>'
            '</footer></article></main>'
            '<footer class="footer"><span>&copy; %d <a href="%s">%s</a></span> · <span>Powered by <a href="https://gohugo.test/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; '
            '<a href="https://github.test/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>'
            '<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">⇧</a>'
            '<script>document.querySelectorAll(\'a[href^="#"]\').forEach(anchor => {anchor.addEventListener("click", function (e) {e.preventDefault();});});</script></body>'
            % (qa(p.home), qa(p.site), esc(p.B(p.site)), nav_items(p, '<li><a href="{u}"><span>{t}</span></a></li>'),
               qa(p.home), esc(lo["home"]), qa(p.home), esc(p.title), meta, body, tags, qa(u1), esc(t1), qa(u2), esc(t2),
               qa(p.url), p.pub.year, qa(p.home), esc(p.site)))
    p.B(lo["home"], "Posts")
    p.layout = p.layout or "Hugo (PaperMod): nav, breadcrumbs, h1, post-meta (date · reading time · author), post-content, tags, prev/next, share, footer"
    return wrap_doc("\n".join(head), page, 'lang="%s" dir="auto"' % p.lang)


# ------------------------------------------------------------------------------------------ Jekyll
def render_jekyll(p):
    """Jekyll minima theme with jekyll-seo-tag (BlogPosting)."""
    lo = p.loc
    head = ['<meta charset="utf-8">', '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<!-- Begin Jekyll SEO tag v2.8.0 -->',
            '<title>%s | %s</title>' % (esc(p.title), esc(p.site)),
            '<meta name="generator" content="Jekyll v4.3.3" />',
            '<meta property="og:title" content="%s" />' % qa(p.title)]
    if p.authors and p.date_mode == "full":
        head.append('<meta name="author" content="%s" />' % qa(p.authors[0]))
    head += ['<meta property="og:locale" content="%s" />' % lo["og_locale"],
             '<meta name="description" content="%s" />' % qa(p.desc),
             '<link rel="canonical" href="%s" />' % qa(p.url),
             '<meta property="og:url" content="%s" />' % qa(p.url),
             '<meta property="og:site_name" content="%s" />' % qa(p.site),
             '<meta property="og:type" content="article" />']
    if p.date_mode == "full":
        head.append('<meta property="article:published_time" content="%s" />' % iso(p.pub))
        ld = {"@context": "https://schema.org", "@type": "BlogPosting", "dateModified": iso(p.mod or p.pub),
              "datePublished": iso(p.pub), "description": p.desc, "headline": p.title,
              "mainEntityOfPage": {"@type": "WebPage", "@id": p.url}, "url": p.url}
        if p.authors:
            ld["author"] = {"@type": "Person", "name": p.authors[0]}
        head.append('<script type="application/ld+json">\n%s</script>' % json.dumps(ld, ensure_ascii=False, sort_keys=True, separators=(",", ":")))
    head += ['<!-- End Jekyll SEO tag -->', '<link rel="stylesheet" href="/assets/main.css">',
             '<link type="application/atom+xml" rel="alternate" href="%sfeed.xml" title="%s" />' % (qa(p.home), qa(p.site))]
    body = render_body(p, {"pre": lambda p, ls: '<div class="language-shell highlighter-rouge"><div class="highlight"><pre class="highlight"><code>%s</code></pre></div></div>'
                           % "\n".join(ls)})
    if p.date_mode == "full":
        date = '<time class="dt-published" datetime="%s" itemprop="datePublished">%s</time>' % (iso(p.pub), esc(p.pub.strftime("%b ") + str(p.pub.day) + p.pub.strftime(", %Y")))
    elif p.date_mode == "day":
        date = '<time class="dt-published">%s</time>' % esc(p.pub.strftime("%b ") + str(p.pub.day) + p.pub.strftime(", %Y"))
    else:
        date = ""
    author = ""
    if p.byline:
        author = (' • <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">%s</span></span>'
                  % esc(p.byline_names()))
    about = p.spec.get("about_me", p.o.get("tagline", ""))
    p.B(about, "Subscribe")
    page = ('<body><header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">%s</a>'
            '<nav class="site-nav"><input type="checkbox" id="nav-trigger" class="nav-trigger" /><label for="nav-trigger"><span class="menu-icon"></span></label>'
            '<div class="trigger">%s</div></nav></div></header>'
            '<main class="page-content" aria-label="Content"><div class="wrapper">'
            '<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">'
            '<header class="post-header"><h1 class="post-title p-name" itemprop="name headline">%s</h1>'
            '<p class="post-meta">%s%s</p></header>'
            '<div class="post-content e-content" itemprop="articleBody">\n%s\n</div>'
            '<a class="u-url" href="%s" hidden></a></article></div></main>'
            '<footer class="site-footer h-card"><data class="u-url" href="/"></data><div class="wrapper">'
            '<h2 class="footer-heading">%s</h2><div class="footer-col-wrapper"><div class="footer-col footer-col-1"><ul class="contact-list">'
            '<li class="p-name">%s</li><li><a class="u-email" href="mailto:hello@%s">hello@%s</a></li></ul></div>'
            '<div class="footer-col footer-col-3"><p>%s</p></div></div>'
            '<div class="social-links"><ul class="social-media-list"><li><a href="%sfeed.xml">Subscribe</a></li></ul></div></div></footer></body>'
            % (esc(p.B(p.site)), "".join('<a class="page-link" href="%s">%s</a>' % (qa(p.home + "p/%d/" % i), esc(p.B(t)))
                                           for i, t in enumerate(p.spec.get("jekyll_nav", ["About", "Archive", "Projects"]))),
               esc(p.title), date, author, body, qa(p.url), esc(p.site), esc(p.B(p.byline_names() or p.site)), p.domain,
               p.domain, esc(about), qa(p.home)))
    p.layout = p.layout or "Jekyll minima: site header with page links, h1, post-meta (date • author), post-content e-content, footer with contact list"
    return wrap_doc("\n".join(head), page, 'lang="%s"' % p.lang)


# ------------------------------------------------------------------------------------------ Squarespace
def render_squarespace(p):
    """Squarespace 7.0 blog item: sqs-layout blocks, itemprop meta with +hhmm offset, Static.SQUARESPACE_CONTEXT."""
    lo = p.loc
    off = p.pub.strftime("%z")
    head = ['<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<!-- This is Squarespace. --><!-- %s -->' % p.o.get("sqs_id", "salmon-guppy-x4z7"),
            '<base href="">', '<meta charset="utf-8" />',
            '<title>%s &mdash; %s</title>' % (esc(p.title), esc(p.site)),
            '<link rel="canonical" href="%s"/>' % qa(p.url),
            '<meta property="og:site_name" content="%s"/>' % qa(p.site),
            '<meta property="og:title" content="%s &mdash; %s"/>' % (qa(p.title), qa(p.site)),
            '<meta property="og:url" content="%s"/>' % qa(p.url),
            '<meta property="og:type" content="article"/>',
            '<meta property="og:description" content="%s"/>' % qa(p.desc),
            '<meta property="og:image" content="%s?format=1500w"/>' % qa(p.image),
            '<meta itemprop="name" content="%s &mdash; %s"/>' % (qa(p.title), qa(p.site)),
            '<meta itemprop="url" content="%s"/>' % qa(p.url),
            '<meta itemprop="description" content="%s"/>' % qa(p.desc),
            '<meta itemprop="thumbnailUrl" content="%s?format=1500w"/>' % qa(p.image),
            '<meta itemprop="author" content="%s"/>' % qa(p.site)]
    if p.date_mode == "full":
        head += ['<meta itemprop="datePublished" content="%s"/>' % (p.pub.strftime("%Y-%m-%dT%H:%M:%S") + off),
                 '<meta itemprop="dateModified" content="%s"/>' % ((p.mod or p.pub).strftime("%Y-%m-%dT%H:%M:%S") + (p.mod or p.pub).strftime("%z"))]
    head += ['<meta itemprop="headline" content="%s"/>' % qa(p.title),
             '<meta itemprop="publisher" content="%s"/>' % qa(p.site),
             '<meta name="twitter:title" content="%s &mdash; %s"/>' % (qa(p.title), qa(p.site)),
             '<meta name="twitter:card" content="summary_large_image"/>']
    ctx = {"facebookAppId": str(p.rng.randint(10 ** 14, 10 ** 15)), "rollups": {}, "pageType": 50,
           "website": {"id": hexid(p.rng, 24), "identifier": p.o.get("sqs_id", "salmon-guppy-x4z7"), "websiteType": 1,
                       "contentModifiedOn": int(p.pub.timestamp()) * 1000, "language": lo["html_lang"],
                       "timeZone": p.tz, "timeZoneOffset": int(p.pub.utcoffset().total_seconds() * 1000),
                       "timeZoneAbbr": p.pub.tzname()},
           "collection": {"title": p.o.get("blog_title", "Journal"), "id": hexid(p.rng, 24), "fullUrl": "/journal", "type": 1},
           "item": {"title": p.title, "id": hexid(p.rng, 24), "fullUrl": p.url.split(p.domain)[1], "publicCommentCount": 0,
                    "commentState": 1, "recordType": 1}}
    head.append('<script>Static.SQUARESPACE_CONTEXT = %s;</script>' % json.dumps(ctx, ensure_ascii=False))
    head.append('<script type="application/ld+json">%s</script>' % json.dumps(
        {"url": p.home, "name": p.site, "description": "", "@context": "http://schema.org", "@type": "WebSite"}))
    if p.date_mode == "full":
        ld = {"name": "%s — %s" % (p.title, p.site), "url": p.url,
              "datePublished": p.pub.strftime("%Y-%m-%dT%H:%M:%S") + off,
              "dateModified": (p.mod or p.pub).strftime("%Y-%m-%dT%H:%M:%S") + (p.mod or p.pub).strftime("%z"),
              "headline": p.title, "author": p.authors[0] if p.authors else p.site,
              "publisher": {"name": p.site, "logo": {"@type": "ImageObject", "url": p.home + "logo.png"},
                            "@context": "http://schema.org", "@type": "Organization"},
              "@context": "http://schema.org", "@type": "Article", "image": p.image}
        head.append('<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False))

    def blk(inner, typ=2, kind="html"):
        return ('<div class="sqs-block %s-block sqs-block-%s" data-block-type="%d" id="block-%s"><div class="sqs-block-content">%s</div></div>'
                % (kind, kind, typ, p.rid(20), inner))

    def img(p, arg):
        cap, _, cr = arg.partition("|")
        p.B(cap)
        return blk('<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img data-src="https://images.sqsp.test/%s/IMG_%d.jpg" alt="" /></div>'
                   '<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">%s</p></div></figcaption></figure>'
                   % (p.rid(24), p.rng.randint(1000, 9999), esc(cap)), 5, "image")

    def gallery(p, arg):
        slides = "".join('<div class="slide" data-type="image"><img data-src="https://images.sqsp.test/%s.jpg" alt=""><div class="meta"><div class="meta-inside"><div class="meta-description"><p>%s</p></div></div></div></div>'
                         % (p.rid(24), esc(p.B(c))) for c in arg.split("|"))
        return blk('<div class="sqs-gallery-container sqs-gallery-block-slideshow"><div class="sqs-gallery">%s</div></div>' % slides, 8, "gallery")

    def newsletter(p, arg):
        h = p.spec.get("sqs_nl_h", "Subscribe")
        t = p.spec.get("sqs_nl_p", "Sign up with your email address to receive news and updates.")
        p.B(h, t, "Sign Up", "We respect your privacy.", "Thank you!")
        return blk('<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat"><form class="newsletter-form" data-form-id="%s">'
                   '<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">%s</h2><div class="newsletter-form-header-description"><p>%s</p></div></header>'
                   '<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email required">'
                   '<label class="newsletter-form-field-label title" for="email-yui">Email Address</label><input class="newsletter-form-field-element field-element" name="email" type="email" spellcheck="false" placeholder="Email Address" /></div></div>'
                   '<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span></button></div>'
                   '<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div>'
                   '<div class="newsletter-form-submission-wrapper hidden"><div class="form-submission-text">Thank you!</div></div></form></div>'
                   % (p.rid(24), esc(h), esc(t)), 51, "newsletter")

    # group consecutive text items into html blocks like Squarespace does
    fl = {"p": lambda p, h, i: '<p class="" style="white-space:pre-wrap;">%s</p>' % h,
          "img": img, "gallery": gallery, "newsletter": newsletter}
    from .common import Item
    chunks, cur = [], []
    for it in p.items:
        if it.kind in ("img", "gallery", "newsletter"):
            if cur:
                chunks.append(("text", cur))
                cur = []
            chunks.append(("m", [it]))
        else:
            cur.append(it)
    if cur:
        chunks.append(("text", cur))
    saved = p.items
    parts = []
    for kind, its in chunks:
        p.items = its
        h = render_body(p, fl)
        parts.append(blk(h) if kind == "text" else h)
    p.items = saved
    body = "".join(parts)
    if p.date_mode == "full":
        date = '<time class="Blog-meta-item Blog-meta-item--date" datetime="%s">%s</time>' % (p.pub.date().isoformat(), esc(p.vdate("long")))
    elif p.date_mode == "day":
        date = '<time class="Blog-meta-item Blog-meta-item--date">%s</time>' % esc(p.vdate("long"))
    else:
        date = ""
    author = ""
    if p.byline:
        author = '<a href="/journal?author=%s" class="Blog-meta-item Blog-meta-item--author">%s</a>' % (p.rid(24), esc(p.byline_names()))
    (t1, u1), (t2, u2) = p.related(2)
    p.B(t1, t2, "Previous", "Next", "Facebook", "Twitter", "Pinterest", "0 Likes", "Share")
    page = ('<body id="item-%s" class="collection-type-blog view-item collection-layout-default mobile-style-available sqs-seven-one">'
            '<div class="Parallax-host-outer"><div class="Site" data-nc-base="header" data-controller="AncillaryLayout">'
            '<header class="Header Header--top"><div class="Header-inner Header-inner--top" data-nc-group="top">'
            '<div data-nc-container="top-left"><a href="/" class="Header-branding" data-nc-element="branding" data-content-field="site-title">%s</a></div>'
            '<div data-nc-container="top-right"><nav class="Header-nav Header-nav--primary" data-nc-element="primary-nav" data-content-field="navigation">'
            '<div class="Header-nav-inner">%s</div></nav></div></div></header>'
            '<div class="Site-inner Site-inner--index" data-parallax-host><div class="Content-outer"><main class="Index" data-collection-id="%s">'
            '<section class="Main-content" data-content-field="main-content"><article class="BlogItem hentry category-%s author-%s post-type-text article-index-1 featured" data-item-id="%s" id="article-%s">'
            '<div class="BlogItem-title" data-content-field="title"><h1 class="entry-title" data-content-field="title">%s</h1></div>'
            '<div class="Blog-meta BlogItem-meta">%s%s</div>'
            '<div class="sqs-layout sqs-grid-12 columns-12" data-layout-label="Post Body" data-type="item" data-updated-on="%d" id="item-%s">'
            '<div class="row sqs-row"><div class="col sqs-col-12 span-12">%s</div></div></div>'
            '<footer class="BlogItem-footer"><div class="BlogItem-share"><div class="squarespace-social-buttons inline-style" data-system-data-id="%s"></div>'
            '<span class="sqs-simple-like" data-item-id="%s" data-like-count="0"><span class="like-icon"></span><span class="like-count">0 Likes</span></span>'
            '<span class="ss-social-button"><span class="ss-social-button-icon"></span>Share</span></div></footer>'
            '<nav class="BlogItem-pagination clear"><a href="%s" class="BlogItem-pagination-link BlogItem-pagination-link--prev"><div class="BlogItem-pagination-link-content"><div class="BlogItem-pagination-link-label">Previous</div><h4 class="BlogItem-pagination-link-title">%s</h4></div></a>'
            '<a href="%s" class="BlogItem-pagination-link BlogItem-pagination-link--next"><div class="BlogItem-pagination-link-content"><div class="BlogItem-pagination-link-label">Next</div><h4 class="BlogItem-pagination-link-title">%s</h4></div></a></nav>'
            '</article></section></main></div>'
            '<footer class="Footer" role="contentinfo" data-controller="FooterBreakpoints"><div class="Footer-inner clear"><div class="sqs-layout sqs-grid-12 columns-12" data-type="block-field" id="footerBlocks">'
            '<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><p class="" style="white-space:pre-wrap;">%s</p><p>%s</p></div></div></div></div></footer></div></div></div>'
            '<script type="text/javascript" data-sqs-type="imageloader-bootstrapper">(function() {if(Y.Squarespace.ImageLoader){Y.Squarespace.ImageLoader.bootstrap();}})();</script>'
            '<script>Squarespace.afterBodyLoad(Y);</script></body>'
            % (p.rid(24), esc(p.B(p.site)), "".join('<div class="Header-nav-item"><a href="%s">%s</a></div>' % (qa(p.home + "p%d" % i), esc(p.B(t)))
                                                     for i, t in enumerate(p.spec.get("sqs_nav", ["Journal", "About", "Shop", "Contact"]))),
               p.rid(24), qa(p.section.lower()), qa((p.byline[0] if p.byline else "x").lower().replace(" ", "-")), p.rid(24), p.rid(24),
               esc(p.title), author, date, int(p.pub.timestamp()) * 1000, p.rid(20), body, p.rid(24), p.rid(24), qa(u1), esc(t1), qa(u2), esc(t2),
               esc(p.B(p.o.get("address", ""))), copyright_line(p)))
    p.layout = p.layout or "Squarespace 7.0 blog item: header branding + nav, BlogItem title, meta (author, date), sqs-layout with html/image/newsletter blocks, share/like footer, prev/next pagination, footer blocks"
    return wrap_doc("\n".join(head), page, 'xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="%s"' % lo["html_lang"], "<!doctype html>")
