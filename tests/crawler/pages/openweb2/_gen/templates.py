"""One render function per CMS / platform style.  Each takes a Ctx and returns the HTML string.
Templates record which hard cases they emitted via c.feat() and adjust c.gold_pub / c.gold_mod
when the page exposes less precise dates than the article spec."""
import re
from urllib.parse import urlsplit

from core import (esc, att, plain, ld, js_json, byline, slugify, long_date, hm, ampm, D, iso, utc, naive, day,
                  epoch_ms, compact_off, WEEKDAYS, MONTHS)

PUBL = {'en': 'Published', 'de': 'Veröffentlicht', 'fr': 'Publié le', 'es': 'Publicado', 'pt': 'Publicado em',
        'it': 'Pubblicato', 'ru': 'Опубликовано', 'ar': 'نشر في', 'zh': '发布时间', 'ja': '公開', 'ko': '입력',
        'tr': 'Yayınlanma', 'pl': 'Opublikowano', 'nl': 'Gepubliceerd', 'id': 'Diterbitkan', 'hi': 'प्रकाशित'}


def origin(url):
    p = urlsplit(url)
    return f'{p.scheme}://{p.netloc}'


def path(url):
    return urlsplit(url).path


def vis(c, d, time=True):
    """Visible date(+time) in the language's own style."""
    lang = c.lang
    if lang == 'en':
        s = long_date('en', d, 'uk' if c.a.get('uk') else None)
        return s + (', ' + (f'{d.hour:02d}:{d.minute:02d} GMT' if c.a.get('uk') else ampm(d)) if time else '')
    if lang == 'de':
        return long_date('de', d) + (f', {hm(d)} Uhr' if time else '')
    if lang == 'fr':
        return long_date('fr', d) + (f' à {d.hour:02d}h{d.minute:02d}' if time else '')
    if lang == 'pt':
        return f'{d.day:02d}/{d.month:02d}/{d.year}' + (f' {d.hour:02d}h{d.minute:02d}' if time else '')
    if lang == 'zh':
        return f'{d.year}年{d.month:02d}月{d.day:02d}日' + (f' {hm(d)}' if time else '')
    if lang == 'ja':
        return long_date('ja', d) + (f' {d.hour}時{d.minute:02d}分' if time else '')
    if lang == 'ko':
        return f'{d.year}.{d.month:02d}.{d.day:02d}' + (f' {hm(d)}' if time else '')
    if lang == 'id':
        return f'{WEEKDAYS["id"][d.weekday()]}, {long_date("id", d)}' + (f' {hm(d)} WIB' if time else '')
    if lang == 'hi':
        return long_date('hi', d) + (f', {ampm(d, "AM")} IST' if time else '')
    return long_date(lang, d) + (f', {hm(d)}' if time else '')


def person_list(c, url_base='/author/'):
    o = origin(c.a['url'])
    return [{'@type': 'Person', 'name': n, 'url': f'{o}{url_base}{slugify(n)}/'} for n in c.a['authors']]


def og(c, typ='article', times=True, author_meta=False):
    a = c.a
    out = [f'<meta property="og:locale" content="{att(a.get("locale", c.lang))}" />',
           f'<meta property="og:type" content="{typ}" />',
           f'<meta property="og:title" content="{att(a["title"])}" />',
           f'<meta property="og:description" content="{att(a.get("desc") or plain(a.get("lead") or a.get("dek") or first_p(c))[:180])}" />',
           f'<meta property="og:url" content="{att(a["url"])}" />',
           f'<meta property="og:site_name" content="{att(a["site"])}" />',
           f'<meta property="og:image" content="{origin(a["url"])}/media/og/{c.id}.jpg" />']
    if times:
        out.append(f'<meta property="article:published_time" content="{iso(c.pub)}" />')
        c.feat('date-meta')
        if c.mod:
            out.append(f'<meta property="article:modified_time" content="{iso(c.mod)}" />')
    out.append('<meta name="twitter:card" content="summary_large_image" />')
    return '\n'.join(out)


def first_p(c):
    for k, v in c.blocks:
        if k == 'p':
            return v
    return c.a['title']


def page(c, head, body, html_attrs='', body_attrs=''):
    lang = c.a.get('html_lang', c.lang)
    return (f'<!DOCTYPE html>\n<html lang="{lang}"{html_attrs}>\n<head>\n{head}\n</head>\n<body{body_attrs}>\n{body}\n</body>\n</html>\n')


def author_feats(c):
    if not c.a['authors']:
        c.feat('no-author')


# =============================================================== WordPress classic theme
def t_wp_classic(c):
    a, L_ = c.a, c.L
    o = origin(a['url'])
    nodate = c.has('nodate')
    head = [c.charset_decl(), '<meta name="viewport" content="width=device-width, initial-scale=1" />',
            f'<title>{esc(a["title"])} &#8211; {esc(a["site"])}</title>',
            "<meta name='robots' content='max-image-preview:large' />",
            f'<link rel="alternate" type="application/rss+xml" title="{att(a["site"])} &raquo; Feed" href="{o}/feed/" />',
            f"<link rel='stylesheet' id='wp-block-library-css' href='{o}/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />",
            f"<link rel='stylesheet' id='twentyseventeen-style-css' href='{o}/wp-content/themes/twentyseventeen/style.css?ver=20231107' media='all' />",
            f'<script src="{o}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>',
            f'<link rel="https://api.w.org/" href="{o}/wp-json/" /><link rel="alternate" type="application/json" href="{o}/wp-json/wp/v2/posts/{c.id}" />',
            '<meta name="generator" content="WordPress 6.4.3" />',
            f'<link rel="canonical" href="{a["url"]}" />', f"<link rel='shortlink' href='{o}/?p={c.id}' />"]
    if c.has('og'):
        head.append(og(c, times=not nodate))
    head.append('<style id="wp-custom-css">.entry-content p{margin-bottom:1.2em}</style>')
    # byline
    if c.has('admin'):
        by = ('<span class="byline"> by <span class="author vcard"><a class="url fn n" href="' + o + '/author/admin/">admin</a></span></span>')
        c.feat('admin-author')
    elif len(a['authors']) == 1:
        n = a['authors'][0]
        by = (f'<span class="byline"><span class="screen-reader-text">Posted by</span> <span class="author vcard">'
              f'<a class="url fn n" href="{o}/author/{slugify(n)}/" rel="author">{esc(n)}</a></span></span>')
        c.feat('author-rel')
    elif a['authors']:
        links = [f'<a href="{o}/author/{slugify(n)}/" title="Posts by {att(n)}" class="author url fn" rel="author">{esc(n)}</a>' for n in a['authors']]
        conj = {'en': 'and', 'es': 'y', 'it': 'e', 'pl': 'i', 'hi': 'और', 'ja': '、', 'zh': '、'}.get(c.lang, 'and')
        txt = (', '.join(links[:-1]) + f' {conj} ' + links[-1]) if c.lang not in ('ja', 'zh') else conj.join(links)
        by = f'<span class="byline">{"By " if c.lang == "en" else ""}<span class="author vcard">{txt}</span></span>'
        c.feat('author-rel', 'author-byline-multi')
    else:
        by = ''
    author_feats(c)
    if nodate:
        posted = ''
        c.gold_pub = day(c.pub)
        c.gold_mod = None
        c.feat('date-url-only')
    else:
        posted = (f'<span class="posted-on"><span class="screen-reader-text">Posted on</span> <a href="{a["url"]}" rel="bookmark">'
                  f'<time class="entry-date published" datetime="{iso(c.pub)}">{long_date(c.lang, c.pub)}</time>')
        if c.mod:
            posted += f'<time class="updated" datetime="{iso(c.mod)}">{long_date(c.lang, c.mod)}</time>'
        posted += '</a></span>'
        c.feat('time-element')
    body_html = c.body_html(ad=lambda: f'<div class="code-block code-block-{c.rnd.randint(1,6)}" style="margin: 8px auto; text-align: center;">'
                            f'<ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-000000" data-ad-slot="{c.rnd.randint(10**9,10**10)}"></ins>'
                            '<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>')
    lead = f'<p class="intro"><strong>{c.inl(a["lead"])}</strong></p>\n' if a.get('lead') else ''
    if lead:
        c.feat('lead-block')
    extras = ''
    if c.has('share'):
        c.feat('share-bar')
        extras += ('<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">'
                   f'<h3 class="sd-title">{esc(L_["share"])}:</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button" href="{a["url"]}?share=facebook" target="_blank"><span>Facebook</span></a></li>'
                   f'<li class="share-x"><a class="share-x sd-button" href="{a["url"]}?share=x"><span>X</span></a></li><li class="share-end"></li></ul></div></div></div>')
    if c.has('related'):
        extras += ('<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>' + esc(L_['related']) + '</em></h3>'
                   + ''.join(f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{o}/?p={c.rnd.randint(100,9999)}">{esc(t)}</a></h4></div>' for t in c.related_titles(3))
                   + '</div>')
    footer_meta = f'<footer class="entry-footer"><span class="cat-tags-links"><span class="cat-links"><a href="{o}/category/{a["section_slug"]}/" rel="category tag">{esc(a["section"])}</a></span>'
    if a.get('tags'):
        footer_meta += '<span class="tags-links">' + ', '.join(f'<a href="{o}/tag/{slugify(t)}/" rel="tag">{esc(t)}</a>' for t in a['tags']) + '</span>'
        c.feat('tag-list')
    footer_meta += '</span></footer>'
    sidebar = ('<aside id="secondary" class="widget-area"><section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>'
               + ''.join(f'<li><a href="{o}/?p={c.rnd.randint(100,9999)}">{esc(t)}</a></li>' for t in c.related_titles(5))
               + '</ul></section><section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>'
               f'<li><a href="{o}/{c.pub.year}/{c.pub.month:02d}/">{esc(MONTHS.get(c.lang, MONTHS["en"])[c.pub.month-1] if c.lang in MONTHS else str(c.pub.month))} {c.pub.year}</a></li></ul></section></aside>')
    body = f'''<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="{o}/" rel="home">{esc(a["site"])}</a></p><p class="site-description">{esc(a.get("tagline", ""))}</p></div>
{c.nav("main-navigation", "menu")}
</header>
{c.cookie("cookie-notice-container") if c.has("cookie") else ""}
<div class="site-content-contain"><div id="content" class="site-content"><div class="wrap"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{c.id}" class="post-{c.id} post type-post status-publish format-standard has-post-thumbnail hentry category-{a["section_slug"]}">
<header class="entry-header">
<div class="entry-meta">{posted}{by}</div>
<h1 class="entry-title">{esc(a["title"])}</h1>
</header>
<div class="entry-content">
{lead}{body_html}
{extras}
</div>
{footer_meta}
</article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="{o}/?p={c.id-3}" rel="prev"><span class="screen-reader-text">Previous Post</span>{esc(c.related_titles(1)[0])}</a></div></div></nav>
{c.comments_html("comments-area") if c.has("comments") else ""}
</main></div>
{sidebar}
</div></div>
{c.footer("site-footer")}
</div></div>
<script src="{o}/wp-content/themes/twentyseventeen/assets/js/global.js?ver=20211130" id="twentyseventeen-global-js"></script>'''
    return page(c, '\n'.join(head), body, body_attrs=f' class="post-template-default single single-post postid-{c.id} single-format-standard has-sidebar"')


# =============================================================== WordPress + Yoast (@graph), Newspaper-like theme
def t_wp_yoast(c):
    a, L_ = c.a, c.L
    o = origin(a['url'])
    pid = f'{o}/#/schema/person/' + ''.join('%02x' % c.rnd.randint(0, 255) for _ in range(16))
    graph = [
        {'@type': 'NewsArticle' if c.has('newsarticle') else 'Article', '@id': a['url'] + '#article', 'isPartOf': {'@id': a['url']},
         'author': ({'name': a['authors'][0], '@id': pid} if len(a['authors']) == 1 else
                    [{'name': n, '@id': pid + str(i)} for i, n in enumerate(a['authors'])]),
         'headline': a['title'], 'datePublished': utc(c.pub, z=False), 'dateModified': utc(c.mod or c.pub, z=False),
         'mainEntityOfPage': {'@id': a['url']}, 'wordCount': sum(len(plain(v).split()) for k, v in c.blocks if k == 'p'),
         'publisher': {'@id': o + '/#organization'}, 'image': {'@id': a['url'] + '#primaryimage'},
         'thumbnailUrl': f'{o}/wp-content/uploads/{c.pub.year}/{c.pub.month:02d}/foto-{c.id}.jpg',
         'articleSection': [a['section']], 'inLanguage': a.get('locale', c.lang).replace('_', '-')},
        {'@type': 'WebPage', '@id': a['url'], 'url': a['url'], 'name': a['title'] + ' - ' + a['site'], 'isPartOf': {'@id': o + '/#website'},
         'primaryImageOfPage': {'@id': a['url'] + '#primaryimage'}, 'datePublished': utc(c.pub, z=False), 'dateModified': utc(c.mod or c.pub, z=False),
         'breadcrumb': {'@id': a['url'] + '#breadcrumb'}, 'inLanguage': a.get('locale', c.lang).replace('_', '-'),
         'potentialAction': [{'@type': 'ReadAction', 'target': [a['url']]}]},
        {'@type': 'ImageObject', 'inLanguage': a.get('locale', c.lang).replace('_', '-'), '@id': a['url'] + '#primaryimage',
         'url': f'{o}/wp-content/uploads/{c.pub.year}/{c.pub.month:02d}/foto-{c.id}.jpg', 'width': 1280, 'height': 720},
        {'@type': 'BreadcrumbList', '@id': a['url'] + '#breadcrumb', 'itemListElement': [
            {'@type': 'ListItem', 'position': 1, 'name': L_['home'], 'item': o + '/'},
            {'@type': 'ListItem', 'position': 2, 'name': a['section'], 'item': f'{o}/{a["section_slug"]}/'},
            {'@type': 'ListItem', 'position': 3, 'name': a['title']}]},
        {'@type': 'WebSite', '@id': o + '/#website', 'url': o + '/', 'name': a['site'], 'publisher': {'@id': o + '/#organization'}},
        {'@type': 'Organization', '@id': o + '/#organization', 'name': a['site'], 'url': o + '/',
         'logo': {'@type': 'ImageObject', 'url': o + '/wp-content/uploads/logo.png', 'width': 600, 'height': 120}},
    ]
    for i, n in enumerate(a['authors']):
        graph.append({'@type': 'Person', '@id': pid if len(a['authors']) == 1 else pid + str(i), 'name': n,
                      'image': {'@type': 'ImageObject', '@id': f'{o}/#/schema/person/image/{slugify(n)}',
                                'url': f'https://secure.gravatar.test/avatar/{c.rnd.randint(10**8,10**9)}?s=96&d=mm&r=g', 'caption': n},
                      'url': f'{o}/author/{slugify(n)}/'})
    if a['authors']:
        c.feat('author-jsonld-graph-ref')
    author_feats(c)
    c.feat('date-jsonld', 'jsonld-graph')
    if c.mod:
        c.feat('modified-date')
    head = [c.charset_decl(), '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
            f'<!-- This site is optimized with the Yoast SEO plugin v22.{c.rnd.randint(0,9)} - https://yoast.com/wordpress/plugins/seo/ -->',
            f'<title>{esc(a["title"])} - {esc(a["site"])}</title>',
            '<meta name="robots" content="index, follow, max-snippet:-1, max-image-preview:large, max-video-preview:-1" />',
            f'<link rel="canonical" href="{a["url"]}" />', og(c),
            f'<meta property="article:publisher" content="https://www.facebook.test/{slugify(a["site"])}" />']
    if a['authors']:
        head.append(f'<meta name="author" content="{att(", ".join(a["authors"]))}" />')
        head.append(f'<meta name="twitter:label1" content="Written by" /><meta name="twitter:data1" content="{att(a["authors"][0])}" />')
    head.append('<meta name="twitter:label2" content="Est. reading time" /><meta name="twitter:data2" content="4 minutes" />')
    head.append(ld({'@context': 'https://schema.org', '@graph': graph}, attrs=' class="yoast-schema-graph"'))
    head.append('<!-- / Yoast SEO plugin. -->')
    head.append('<meta name="generator" content="WordPress 6.5.2" />')
    head.append(f"<link rel='stylesheet' id='td-theme-css' href='{o}/wp-content/themes/Newspaper/style.css?ver=12.6.5' type='text/css' media='all' />")
    head.append('<script>var tdBlocksArray = []; var tdLocalCache = {}; var td_ajax_url="/wp-admin/admin-ajax.php?td_theme_name=Newspaper&v=12.6.5";</script>')
    ad = lambda: (f'<div class="td-a-rec td-a-rec-id-content_inline  tdi_{c.rnd.randint(10,99)} td_block_template_1"><span class="td-adspot-title">- {esc(L_["ad"])} -</span>'
                  f'<div class="td-all-devices"><a href="#"><img src="{o}/wp-content/uploads/banner-300x250.jpg" alt="" width="300" height="250"></a></div></div>')
    body_html = c.body_html(ad=ad, readmore=lambda t: f'<p><strong>{esc(L_["readmore"])}</strong> <a href="{o}/?p={c.rnd.randint(100,9999)}">{esc(t)}</a></p>')
    lead = ''
    if a.get('lead'):
        lead = f'<p class="td-post-sub-title-lead teaser-text"><strong>{c.inl(a["lead"])}</strong></p>\n'
        c.feat('lead-block')
    if len(a['authors']) == 1:
        authorhtml = f'<div class="td-post-author-name"><div class="td-author-by">{"By" if c.lang == "en" else ""}</div> <a href="{o}/author/{slugify(a["authors"][0])}/">{esc(a["authors"][0])}</a><div class="td-author-line"> - </div></div>'
    elif a['authors']:
        authorhtml = f'<div class="td-post-author-name">{esc(byline(c.lang, a["authors"]))}</div>'
        c.feat('author-byline-multi')
    else:
        authorhtml = ''
    dek = f'<p class="td-post-sub-title">{esc(a["dek"])}</p>' if a.get('dek') else ''
    if dek:
        c.feat('dek')
    body = f'''<div class="td-theme-wrap">
{c.cookie() if c.has("cookie") else ""}
<div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu-full"><div class="td-header-row"><div class="td_data_time">{vis(c, c.pub, False)}</div></div></div>
<div class="td-header-menu-wrap-full"><div class="td-logo-wrap"><a class="td-main-logo" href="{o}/"><span class="td-visual-hidden">{esc(a["site"])}</span></a></div>{c.nav("td-header-main-menu", "sf-menu")}</div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default">
<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="{o}/">{esc(L_["home"])}</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a class="entry-crumb" href="{o}/{a["section_slug"]}/">{esc(a["section"])}</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-{c.id}" class="post-{c.id} post type-post status-publish format-standard has-post-thumbnail category-{a["section_slug"]}">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="{o}/{a["section_slug"]}/">{esc(a["section"])}</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{esc(a["title"])}</h1>{dek}
<div class="td-module-meta-info">{authorhtml}<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{iso(c.pub)}">{vis(c, c.pub, False)}</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{c.id}">{c.rnd.randint(200, 9000)}</span></div></div></header></div>
{c.share("td-post-sharing-top td-post-sharing") if c.has("share") else ""}
<div class="td-post-content tagdiv-type">
<div class="td-post-featured-image"><figure><a href="#" data-caption=""><img width="696" height="392" class="entry-thumb" src="{o}/wp-content/uploads/{c.pub.year}/{c.pub.month:02d}/foto-{c.id}-696x392.jpg" alt="" title="foto"></a><figcaption class="wp-caption-text">{esc(a.get("caption", ""))}</figcaption></figure></div>
{lead}{body_html}
</div>
<footer>{c.tags("td-post-source-tags") if a.get("tags") else ""}
{c.bio("td-author-name-wrap author-box-wrap") if a.get("bio") else ""}
</footer></article>
{c.related_box("td_block_wrap td_block_related_posts") if c.has("related") else ""}
{c.comments_html("comments") if c.has("comments") else ""}
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">{c.newsletter_box("td_block_wrap tdn_block_newsletter_subscribe") if c.has("newsletter") else ""}</div></div>
</div></div></div>
{c.footer("td-footer-wrapper")}
</div>'''
    return page(c, '\n'.join(head), body, body_attrs=f' class="post-template-default single single-post postid-{c.id} td-standard-pack global-block-template-1 single_template_1 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage"')


# =============================================================== WordPress block theme (Gutenberg) + Rank Math
def t_wp_gutenberg(c):
    a, L_ = c.a, c.L
    o = origin(a['url'])
    head = [c.charset_decl(), '<meta name="viewport" content="width=device-width, initial-scale=1" />',
            f'<title>{esc(a["title"])} | {esc(a["site"])}</title>',
            '<!-- Search Engine Optimization by Rank Math - https://rankmath.com/ -->',
            f'<meta name="description" content="{att(plain(first_p(c))[:150])}"/>',
            '<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>',
            f'<link rel="canonical" href="{a["url"]}" />', og(c)]
    authors_ld = {'@type': 'Person', '@id': o + '/author/' + slugify(a['authors'][0]) + '/', 'name': a['authors'][0]} if a['authors'] else None
    art = {'@type': 'NewsArticle', 'headline': a['title'], 'keywords': ', '.join(a.get('tags', [])), 'datePublished': iso(c.pub),
           'dateModified': iso(c.mod or c.pub), 'articleSection': a['section'], 'author': {'@id': authors_ld['@id'], 'name': a['authors'][0]} if authors_ld else None,
           'publisher': {'@id': o + '/#organization'}, 'description': plain(first_p(c))[:150], 'name': a['title'],
           '@id': a['url'] + '#richSnippet', 'isPartOf': {'@id': a['url'] + '#webpage'}, 'inLanguage': c.lang, 'mainEntityOfPage': {'@id': a['url'] + '#webpage'}}
    if not authors_ld:
        del art['author']
    graph = [{'@type': 'Organization', '@id': o + '/#organization', 'name': a['site']},
             {'@type': 'WebSite', '@id': o + '/#website', 'url': o, 'name': a['site'], 'publisher': {'@id': o + '/#organization'}, 'inLanguage': c.lang},
             {'@type': 'WebPage', '@id': a['url'] + '#webpage', 'url': a['url'], 'name': a['title'], 'datePublished': iso(c.pub),
              'dateModified': iso(c.mod or c.pub), 'isPartOf': {'@id': o + '/#website'}, 'inLanguage': c.lang}]
    if authors_ld:
        graph.append(dict(authors_ld, url=authors_ld['@id'], image={'@type': 'ImageObject', 'url': 'https://secure.gravatar.test/avatar/x?s=96'}, sameAs=[o], worksFor={'@id': o + '/#organization'}))
        c.feat('author-jsonld-graph-ref')
    graph.append(art)
    head.append(ld({'@context': 'https://schema.org', '@graph': graph}, attrs=' class="rank-math-schema"'))
    head.append('<!-- /Rank Math WordPress SEO plugin -->')
    head.append('<meta name="generator" content="WordPress 6.5" />')
    head.append('<style id="wp-block-library-inline-css">.wp-block-pullquote{padding:3em 0}</style>')
    head.append('<style id="global-styles-inline-css">body{--wp--preset--color--black: #000000;--wp--preset--font-size--small: 13px;}</style>')
    c.feat('date-jsonld', 'time-element', 'jsonld-graph')
    if c.mod:
        c.feat('modified-date')
    author_feats(c)
    S = dict(p=lambda h: f'<p>{h}</p>', h2=lambda h: f'<h2 class="wp-block-heading">{h}</h2>',
             h3=lambda h: f'<h3 class="wp-block-heading">{h}</h3>',
             ul=lambda it: '<ul class="wp-block-list">' + ''.join(f'<li>{i}</li>' for i in it) + '</ul>',
             ol=lambda it: '<ol class="wp-block-list">' + ''.join(f'<li>{i}</li>' for i in it) + '</ol>',
             table=lambda rows: ('<figure class="wp-block-table is-style-stripes"><table><thead><tr>' + ''.join(f'<th>{x}</th>' for x in rows[0]) + '</tr></thead><tbody>'
                                 + ''.join('<tr>' + ''.join(f'<td>{x}</td>' for x in r) + '</tr>' for r in rows[1:]) + '</tbody></table></figure>'),
             code=lambda ls: '<pre class="wp-block-code"><code>' + '\n'.join(esc(l) for l in ls) + '</code></pre>',
             quote=lambda h: f'<blockquote class="wp-block-quote"><p>{h}</p></blockquote>',
             pull=lambda t: f'<figure class="wp-block-pullquote"><blockquote><p>{esc(t)}</p></blockquote></figure>',
             img=lambda cap, cred: (f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="{o}/wp-content/uploads/{c.pub.year}/{c.pub.month:02d}/img-{c.rnd.randint(100,999)}-1024x683.jpg" alt="" class="wp-image-{c.rnd.randint(100,9999)}"/>'
                                    f'<figcaption class="wp-element-caption">{c.inl(cap)} ({esc(cred)})</figcaption></figure>'),
             tweet=lambda t, who='': (f'<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">'
                                      f'<blockquote class="twitter-tweet" data-width="550" data-dnt="true"><p lang="{c.lang}" dir="ltr">{esc(t)}</p>&mdash; {esc(who)} <a href="https://twitter.com/x/status/{c.rnd.randint(10**17,10**18)}">{long_date(c.lang, c.pub)}</a></blockquote>'
                                      '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script></div></figure>'),
             credit=lambda h: f'<p class="has-small-font-size"><em>{h}</em></p>')
    body_html = c.body_html(**S)
    lead = ''
    if a.get('lead'):
        lead = f'<p class="has-large-font-size intro">{c.inl(a["lead"])}</p>\n'
        c.feat('lead-block')
    au = ''
    if a['authors']:
        au = (f'<div class="wp-block-post-author"><div class="wp-block-post-author__avatar"><img alt="" src="https://secure.gravatar.test/avatar/x?s=48" class="avatar avatar-48 photo" height="48" width="48"/></div>'
              f'<div class="wp-block-post-author__content"><p class="wp-block-post-author__byline">{"Written by" if c.lang == "en" else ""}</p><p class="wp-block-post-author__name">{esc(a["authors"][0])}</p></div></div>')
    body = f'''<div class="wp-site-blocks">
<header class="wp-block-template-part"><div class="wp-block-group alignwide is-layout-flex"><p class="wp-block-site-title"><a href="{o}" target="_self" rel="home">{esc(a["site"])}</a></p>
<nav class="is-responsive wp-block-navigation" aria-label="Navigation"><ul class="wp-block-navigation__container">{"".join(f'<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="{o}/{slugify(s)}/"><span class="wp-block-navigation-item__label">{esc(s)}</span></a></li>' for s in L_["secs"])}</ul></nav></div></header>
<main class="wp-block-group is-layout-constrained">
<div class="wp-block-group alignfull is-layout-constrained"><h1 class="has-text-align-left wp-block-post-title">{esc(a["title"])}</h1>
<div class="wp-block-group is-layout-flex">{au}<div class="wp-block-post-date"><time datetime="{iso(c.pub)}">{long_date(c.lang, c.pub)}</time></div>
<div class="taxonomy-category wp-block-post-terms"><a href="{o}/category/{a["section_slug"]}/" rel="tag">{esc(a["section"])}</a></div></div></div>
<figure class="wp-block-post-featured-image"><img width="1200" height="800" src="{o}/wp-content/uploads/{c.pub.year}/{c.pub.month:02d}/featured-{c.id}.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" /></figure>
<div class="entry-content wp-block-post-content has-global-padding is-layout-constrained">
{lead}{body_html}
</div>
<div class="wp-block-group is-layout-constrained">{('<div class="taxonomy-post_tag wp-block-post-terms"><span class="wp-block-post-terms__prefix">' + esc(L_["tags"]) + ': </span>' + '<span class="wp-block-post-terms__separator">, </span>'.join(f'<a href="{o}/tag/{slugify(t)}/" rel="tag">{esc(t)}</a>' for t in a["tags"]) + '</div>') if a.get("tags") else ""}
{c.newsletter_box("wp-block-group newsletter is-layout-constrained") if c.has("newsletter") else ""}
<nav class="wp-block-group is-layout-flex" aria-label="Posts"><div class="post-navigation-link-previous wp-block-post-navigation-link"><a href="{o}/?p={c.id - 1}" rel="prev">{esc(c.related_titles(1)[0])}</a></div></nav></div>
{c.comments_html("wp-block-comments") if c.has("comments") else ""}
</main>
<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained"><p class="has-text-align-center">© {c.pub.year} {esc(a["site"])} · Proudly powered by <a href="https://wordpress.org" rel="nofollow">WordPress</a></p></div></footer>
</div>'''
    if 'tag-list' not in c.f and a.get('tags'):
        c.feat('tag-list')
    return page(c, '\n'.join(head), body, body_attrs=f' class="post-template-default single single-post postid-{c.id} single-format-standard wp-embed-responsive"')


# =============================================================== Drupal 9/10
def t_drupal(c):
    a, L_ = c.a, c.L
    o = origin(a['url'])
    nid = c.id
    settings = {'path': {'baseUrl': '/', 'pathPrefix': '', 'currentPath': f'node/{nid}', 'currentPathIsAdmin': False, 'isFront': False,
                         'currentLanguage': c.lang}, 'pluralDelimiter': '\u0003', 'suppressDeprecationErrors': True,
                'ajaxPageState': {'libraries': 'eJx1jEEOwjAMBD8U4ie...', 'theme': 'olivero', 'theme_token': None},
                'gtag': {'tagId': 'G-XXXXXXX', 'otherIds': [], 'events': []}, 'user': {'uid': 0, 'permissionsHash': 'a1b2c3'}}
    head = [c.charset_decl(), f'<script async src="https://www.googletagmanager.test/gtag/js?id=G-XXXXXXX"></script>',
            f'<meta name="description" content="{att(plain(a.get("lead") or first_p(c))[:160])}" />',
            f'<link rel="canonical" href="{a["url"]}" />', f'<link rel="shortlink" href="{o}/node/{nid}" />',
            og(c, times=c.has('og_times')) if c.has('og') else '',
            '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />',
            '<meta name="MobileOptimized" content="width" />', '<meta name="HandheldFriendly" content="true" />',
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" />']
    if c.has('jsonld'):
        au = [{'@type': 'Person', 'name': n} for n in a['authors']]
        head.append(ld({'@context': 'https://schema.org', '@graph': [{'@type': 'NewsArticle', 'headline': a['title'],
                        'name': a['title'], 'about': a.get('tags', []), 'description': plain(a.get('lead') or first_p(c))[:200],
                        'author': au[0] if len(au) == 1 else au, 'publisher': {'@type': 'Organization', '@id': o, 'name': a['site'], 'url': o},
                        'datePublished': compact_off(c.pub), 'dateModified': compact_off(c.mod or c.pub),
                        'isAccessibleForFree': 'True', 'mainEntityOfPage': a['url']}]}, pretty=True))
        c.feat('date-jsonld', 'date-offset-compact')
        if a['authors']:
            c.feat('author-jsonld-object' if len(au) == 1 else 'author-jsonld-array')
    head.append(f'<title>{esc(a["title"])} | {esc(a["site"])}</title>')
    head.append(f'<link rel="stylesheet" media="all" href="/sites/default/files/css/css_{c.rnd.randint(10**8,10**9)}.css?delta=0&amp;language={c.lang}&amp;theme=olivero" />')
    # visible date: d.m.Y - H:i ; datetime attribute in UTC Z
    wd = WEEKDAYS.get(c.lang, WEEKDAYS['en'])[c.pub.weekday()][:2]
    if c.lang in ('de', 'nl', 'pl', 'it', 'pt', 'fr'):
        vis_d = f'{wd}., {c.pub.day:02d}.{c.pub.month:02d}.{c.pub.year} - {hm(c.pub)}' if c.lang == 'de' else f'{c.pub.day:02d}/{c.pub.month:02d}/{c.pub.year} - {hm(c.pub)}'
    else:
        vis_d = f'{c.pub.month:02d}/{c.pub.day:02d}/{c.pub.year} - {hm(c.pub)}'
        c.feat('date-mdy')
    c.feat('time-element', 'date-utc-z')
    names = a['authors']
    if names:
        au_html = '<span class="field field--name-field-autor field--type-entity-reference field--label-hidden field__items">' + ''.join(
            f'<span class="field__item"><a href="/autor/{slugify(n)}" hreflang="{c.lang}">{esc(n)}</a></span>' for n in names) + '</span>'
        lab = {'de': 'Von', 'fr': 'Par', 'en': 'By', 'nl': 'Door', 'pl': 'Autor:', 'pt': 'Por', 'it': 'Di'}.get(c.lang, '')
        meta = (f'<div class="node__meta"><span>{lab} {au_html}</span> <span class="field field--name-created field--type-created field--label-hidden">'
                f'<time datetime="{utc(c.pub)}" title="{att(vis_d)}" class="datetime">{vis_d}</time></span></div>')
        c.feat('author-byline')
    else:
        meta = (f'<div class="node__meta"><span class="field field--name-created field--type-created field--label-hidden">'
                f'<time datetime="{utc(c.pub)}" class="datetime">{vis_d}</time></span></div>')
        author_feats(c)
    if c.mod and c.has('show_changed'):
        vm = f'{c.mod.day:02d}.{c.mod.month:02d}.{c.mod.year} - {hm(c.mod)}'
        meta += f'<div class="field field--name-changed field--label-inline"><div class="field__label">{esc(L_["updated"])}</div><div class="field__item"><time datetime="{utc(c.mod)}" class="datetime">{vm}</time></div></div>'
        c.feat('modified-date')
    elif not c.has('jsonld') and not c.has('og_times'):
        c.gold_mod = None
    lead = ''
    if a.get('lead'):
        lead = (f'<div class="clearfix text-formatted field field--name-field-summary field--type-text-long field--label-hidden field__item"><p>{c.inl(a["lead"])}</p></div>')
        c.feat('lead-block')
    dek = ''
    if a.get('dek'):
        dek = f'<div class="field field--name-field-subtitle field--type-string field--label-hidden field__item">{esc(a["dek"])}</div>'
        c.feat('dek')
    segs = c.render(ad=lambda: f'<div class="block-ad"><div id="ad-content-{c.rnd.randint(1,5)}" class="ad-container" data-ad-label="{att(L_["ad"])}"></div></div>')
    bodyf = '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">'
    if len(segs) > 1:
        # paragraphs components: body in several paragraph entities
        inner = ''.join(f'<div class="paragraph paragraph--type--text paragraph--view-mode--default"><div class="clearfix text-formatted field field--name-field-text field--type-text-long field--label-hidden field__item">{s}</div></div>'
                        + (f'<div class="paragraph paragraph--type--teaser-reference"><div class="field field--name-field-teaser">{c.related_box("node--view-mode-teaser", n=1)}</div></div>' if i < len(segs) - 1 else '')
                        for i, s in enumerate(segs))
        body_field = f'<div class="field field--name-field-paragraphs field--type-entity-reference-revisions field--label-hidden field__items">{inner}</div>'
    else:
        body_field = bodyf + segs[0] + '</div>'
    tags = ''
    if a.get('tags'):
        c.feat('tag-list')
        tags = ('<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">' + esc(L_['tags']) + '</div><div class="field__items">'
                + ''.join(f'<div class="field__item"><a href="/taxonomy/term/{c.rnd.randint(10,999)}" hreflang="{c.lang}">{esc(t)}</a></div>' for t in a['tags']) + '</div></div>')
    body = f'''<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper"><div id="page">
<header class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-branding"><a href="/" rel="home" class="site-branding__name">{esc(a["site"])}</a></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<ul class="menu primary-nav__menu primary-nav__menu--level-1">{"".join(f'<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/{slugify(s)}" class="primary-nav__menu-link">{esc(s)}</a></li>' for s in L_["secs"])}</ul></nav></header>
{c.cookie("eu-cookie-compliance-banner") if c.has("cookie") else ""}
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main clearfix">
<div class="region region-breadcrumb"><div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>
<li><a href="/">{esc(L_["home"])}</a></li><li><a href="/{a["section_slug"]}">{esc(a["section"])}</a></li></ol></nav></div></div>
<div data-drupal-messages-fallback class="hidden"></div>
<a id="main-content" tabindex="-1"></a>
<div class="region region-content">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(a["title"])}</span></h1></div>
<div id="block-olivero-content" class="block block-system block-system-main-block">
<article data-history-node-id="{nid}" role="article" about="/node/{nid}" class="node node--type-article node--promoted node--view-mode-full">
<header class="node__header">{dek}{meta}</header>
<div class="node__content">
<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/styles/wide/public/{c.pub.year}-{c.pub.month:02d}/bild-{nid}.jpg?itok=Ab3dE" width="1200" height="675" alt="" /></div>
{lead}
{body_field}
{c.share("shariff") if c.has("share") else ""}
{tags}
{c.bio("field field--name-field-author-bio") if a.get("bio") else ""}
</div>
{c.comments_html("field field--name-comment field--type-comment") if c.has("comments") else ""}
</article></div>
{c.related_box("views-element-container block block-views block-views-blockrelated-content-block-1") if c.has("related") else ""}
</div></div></div>
<footer class="site-footer"><div class="site-footer__inner container">{c.footer("region region-footer-bottom")}</div></footer>
</div></div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{js_json(settings)}</script>
<script src="/sites/default/files/js/js_{c.rnd.randint(10**8,10**9)}.js?scope=footer&amp;delta=0&amp;language={c.lang}&amp;theme=olivero"></script>'''
    if not c.has('jsonld') and not c.has('og_times'):
        pass
    return page(c, '\n'.join(h for h in head if h), body, html_attrs=' dir="ltr" prefix="og: https://ogp.me/ns#"',
                body_attrs=' class="path-node page-node-type-article"')


# =============================================================== Joomla 4 / 3
def t_joomla(c):
    a, L_ = c.a, c.L
    o = origin(a['url'])
    lab = {'it': ('Dettagli', 'Scritto da', 'Pubblicato', 'Visite', 'Ultima modifica'),
           'es': ('Detalles', 'Escrito por', 'Publicado', 'Visitas', 'Última actualización'),
           'de': ('Details', 'Geschrieben von', 'Veröffentlicht', 'Zugriffe', 'Zuletzt aktualisiert'),
           'en': ('Details', 'Written by', 'Published', 'Hits', 'Last Updated'),
           'nl': ('Details', 'Geschreven door', 'Gepubliceerd', 'Hits', 'Laatst bijgewerkt')}[c.lang]
    mname = MONTHS.get(c.lang, MONTHS['en'])[c.pub.month - 1]
    mname = mname[:1].upper() + mname[1:]
    pubtxt = f'{c.pub.day:02d} {mname} {c.pub.year}'
    j3 = c.has('j3')
    head = [c.charset_decl('http' if j3 else 'html5'), f'<base href="{a["url"]}" />' if j3 else '',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<meta name="author" content="{att(a["authors"][0])}">' if a['authors'] and c.has('meta_author') else '',
            f'<meta name="description" content="{att(plain(first_p(c))[:150])}">',
            '<meta name="generator" content="Joomla! - Open Source Content Management">',
            f'<title>{esc(a["title"])} - {esc(a["site"])}</title>',
            '<link href="/media/templates/site/cassiopeia/css/template.min.css?4.4.2" rel="stylesheet" />',
            '<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Errore","MESSAGE":"Messaggio","NOTICE":"Avviso"},"system.paths":{"root":"","rootFull":"' + o + '/","base":""}}</script>']
    if c.has('meta_author') and a['authors']:
        c.feat('author-meta')
    c.feat('time-element' if not j3 else 'date-visible-only', 'author-byline')
    author_feats(c)
    if j3:
        info = (f'<dl class="article-info muted"><dt class="article-info-term">{lab[0]}</dt>'
                + (f'<dd class="createdby">{lab[1]} {esc(a["authors"][0])}</dd>' if a['authors'] else '')
                + f'<dd class="published"><span class="icon-calendar" aria-hidden="true"></span> {lab[2]}: {pubtxt}</dd>'
                + f'<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span> {lab[3]}: {c.rnd.randint(100,3000)}</dd></dl>')
        c.gold_pub = day(c.pub)
        c.gold_mod = None
    else:
        info = (f'<dl class="article-info text-muted"><dt class="article-info-term">{lab[0]}</dt>'
                + (f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span> {lab[1]}: <span itemprop="name">{esc(a["authors"][0])}</span></dd>' if a['authors'] else '')
                + f'<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Categoria: <a href="/{a["section_slug"]}" itemprop="genre">{esc(a["section"])}</a></dd>'
                + f'<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{iso(c.pub)}" itemprop="datePublished">{lab[2]}: {pubtxt}</time></dd>')
        if c.mod:
            mm = MONTHS.get(c.lang, MONTHS['en'])[c.mod.month - 1]
            info += f'<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{iso(c.mod)}" itemprop="dateModified">{lab[4]}: {c.mod.day:02d} {mm[:1].upper() + mm[1:]} {c.mod.year}</time></dd>'
            c.feat('modified-date')
        info += f'<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{c.rnd.randint(100,3000)}">{lab[3]}: {c.rnd.randint(100,3000)}</dd></dl>'
        c.feat('microdata')
    lead = ''
    if a.get('lead'):
        lead = f'<p class="intro"><strong>{c.inl(a["lead"])}</strong></p>'
        c.feat('lead-block')
    body_html = c.body_html()
    body = f'''<div class="site-grid">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><span title="{att(a["site"])}">{esc(a["site"])}</span></a></div></div>
<div class="grid-child container-nav"><ul class="mod-menu mod-list nav ">{"".join(f'<li class="nav-item item-{101 + i}"><a href="/{slugify(s)}" >{esc(s)}</a></li>' for i, s in enumerate(L_["secs"]))}</ul></div></header>
<div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/" class="pathway"><span itemprop="name">{esc(L_["home"])}</span></a><meta itemprop="position" content="1"></li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item active"><span itemprop="name">{esc(a["title"])}</span><meta itemprop="position" content="2"></li></ol></nav>
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="{c.lang}-{c.lang.upper()}">
<div class="page-header"><h1 itemprop="headline">{esc(a["title"])}</h1></div>
{info}
<div itemprop="articleBody" class="com-content-article__body">
{lead}
{body_html}
</div>
<ul class="tags list-inline">{"".join(f'<li class="list-inline-item tag-{c.rnd.randint(2,40)} tag-list0" itemprop="keywords"><a href="/component/tags/tag/{slugify(t)}" class="btn btn-sm btn-info">{esc(t)}</a></li>' for t in a.get("tags", []))}</ul>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/{a["section_slug"]}/{c.id - 1}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> Prec</a><a class="btn btn-sm btn-secondary next" href="/{a["section_slug"]}/{c.id + 1}" rel="next">Succ <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav>
</div>
</main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">{esc(L_["related"])}</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list">{"".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="/{a["section_slug"]}/{c.rnd.randint(100,999)}" itemprop="url"><span itemprop="name">{esc(t)}</span></a></li>' for t in c.related_titles(4))}</ul></div></div></div>
<footer class="container-footer footer full-width"><div class="grid-child">{c.footer("mod-footer")}</div></footer>
</div>'''
    if a.get('tags'):
        c.feat('tag-list')
    return page(c, '\n'.join(h for h in head if h), body, body_attrs=' class="site com_content wrapper-static view-article layout-blog no-layout no-task itemid-101"')


# =============================================================== TYPO3 + tx_news
def t_typo3(c):
    a, L_ = c.a, c.L
    o = origin(a['url'])
    head = [c.charset_decl(), '<!--\n\tThis website is powered by TYPO3 - inspiring people to share!\n\tTYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.\n\tTYPO3 is copyright 1998-2026 of Kasper Skaarhoj. Extensions are copyright of their respective owners.\n\tInformation and contribution at https://typo3.org/\n-->',
            f'<title>{esc(a["title"])}: {esc(a["site"])}</title>', '<meta name="generator" content="TYPO3 CMS" />',
            '<meta name="viewport" content="width=device-width, initial-scale=1" />',
            f'<meta name="description" content="{att(plain(a.get("lead") or first_p(c))[:160])}" />',
            f'<meta property="og:title" content="{att(a["title"])}" />', '<meta property="og:type" content="article" />',
            f'<meta property="og:url" content="{a["url"]}" />', '<meta name="twitter:card" content="summary" />',
            f'<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-{c.rnd.randint(10**8,10**9)}.css?1709550000" media="all">',
            f'<link rel="canonical" href="{a["url"]}"/>']
    if c.has('show_time'):
        dt_attr, dt_txt = iso(c.pub), f'{c.pub.day:02d}.{c.pub.month:02d}.{c.pub.year} {hm(c.pub)}'
    else:
        dt_attr, dt_txt = day(c.pub), f'{c.pub.day:02d}.{c.pub.month:02d}.{c.pub.year}'
        c.gold_pub = day(c.pub)
    c.gold_mod = None
    c.feat('time-element')
    au = ''
    if a['authors']:
        au = (f'<span class="news-list-author" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">'
              f'Von <span itemprop="name">{esc(byline(c.lang, a["authors"], prefix=False))}</span></span>')
        c.feat('author-byline', 'microdata')
    author_feats(c)
    lead = ''
    if a.get('lead'):
        lead = f'<div class="lead" itemprop="description"><p>{c.inl(a["lead"])}</p></div>'
        c.feat('lead-block')
    segs = c.render(img=lambda cap, cred: (f'<div class="news-img-wrap"><div class="outer"><div class="mediaelement mediaelement-image"><img itemprop="image" src="/fileadmin/_processed_/a/b/csm_bild_{c.rnd.randint(10**9,10**10)}.jpg" width="780" height="439" alt="" /></div>'
                                           f'<p class="news-img-caption">{c.inl(cap)} Foto: {esc(cred)}</p></div></div>'),
                    ad=lambda: '<div class="ad-wrap"><div class="adslot" id="ad_medrec_1"><!-- ad --></div></div>')
    if len(segs) > 1:
        # TYPO3 content elements inside news: several frames
        text = ''.join(f'<div id="c{c.id + i}" class="frame frame-default frame-type-text frame-layout-0"><div class="ce-bodytext">{s}</div></div>'
                       + ('<div class="frame frame-type-html"><div class="teaser-box"><strong>' + esc(L_['readmore']) + '</strong> <a href="/nachrichten/detail/' + str(c.rnd.randint(1000, 9999)) + '">' + esc(c.related_titles(1)[0]) + '</a></div></div>' if i < len(segs) - 1 else '')
                       for i, s in enumerate(segs))
    else:
        text = segs[0]
    body = f'''<div class="page">
{c.cookie("cc-window cc-banner") if c.has("cookie") else ""}
<header class="page-header"><a class="logo" href="/"><img src="/typo3conf/ext/sitepackage/Resources/Public/Images/logo.svg" alt="{att(a["site"])}"></a>
{c.nav("mainnav", "nav navbar-nav")}</header>
<div class="breadcrumb-section"><ol class="breadcrumb"><li><a href="/">{esc(L_["home"])}</a></li><li><a href="/{a["section_slug"]}/">{esc(a["section"])}</a></li><li class="active">{esc(a["title"])}</li></ol></div>
<main class="main-content">
<!--TYPO3SEARCH_begin-->
<div id="c{c.id - 7}" class="frame frame-default frame-type-news_newsdetail frame-layout-0">
<div class="news news-single">
<div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="header"><h1 itemprop="headline">{esc(a["title"])}</h1></div>
<div class="footer"><p>
<span class="news-list-date"><time itemprop="datePublished" datetime="{dt_attr}">{dt_txt}</time></span>
<span class="news-list-category">{esc(a["section"])}</span>
{au}
</p></div>
{lead}
<div class="news-text-wrap" itemprop="articleBody">
{text}
</div>
{('<div class="news-related news-related-news"><h4>' + esc(L_["related"]) + '</h4><ul>' + "".join(f'<li><span class="news-related-news-date">{c.pub.day:02d}.{c.pub.month:02d}.{c.pub.year}</span><a href="/detail/{c.rnd.randint(100,999)}">{esc(t)}</a></li>' for t in c.related_titles(3)) + '</ul></div>') if c.has("related") else ""}
<div class="news-backlink-wrap"><a href="/{a["section_slug"]}/">Zurück</a></div>
</div></div></div>
<!--TYPO3SEARCH_end-->
</main>
<footer class="page-footer">{c.footer("footer-content")}</footer>
</div>
<script src="/typo3temp/assets/compressed/merged-{c.rnd.randint(10**8,10**9)}.js?1709550000"></script>'''
    return page(c, '\n'.join(head), body, html_attrs=' dir="ltr"')


# =============================================================== Ghost
def t_ghost(c):
    a, L_ = c.a, c.L
    o = origin(a['url'])
    n = a['authors'][0] if a['authors'] else None
    j = {'@context': 'https://schema.org', '@type': 'Article', 'publisher': {'@type': 'Organization', 'name': a['site'], 'url': o + '/',
         'logo': {'@type': 'ImageObject', 'url': o + '/content/images/2024/01/logo.png'}},
         'author': {'@type': 'Person', 'name': n, 'image': {'@type': 'ImageObject', 'url': o + '/content/images/author.jpg', 'width': 400, 'height': 400},
                    'url': f'{o}/author/{slugify(n)}/', 'sameAs': []} if n else None,
         'headline': a['title'], 'url': a['url'], 'datePublished': utc(c.pub, ms=True), 'dateModified': utc(c.mod or c.pub, ms=True),
         'image': {'@type': 'ImageObject', 'url': f'{o}/content/images/{c.pub.year}/{c.pub.month:02d}/cover.jpg', 'width': 2000, 'height': 1333},
         'keywords': ', '.join(a.get('tags', [])), 'description': a.get('dek') or plain(first_p(c))[:150], 'mainEntityOfPage': o + '/'}
    if not n:
        del j['author']
    else:
        c.feat('author-jsonld-object')
    author_feats(c)
    c.feat('date-jsonld', 'date-utc-z', 'time-element')
    head = [c.charset_decl(), '<meta http-equiv="X-UA-Compatible" content="IE=edge">', f'<title>{esc(a["title"])}</title>',
            '<meta name="HandheldFriendly" content="True">', '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
            f'<link rel="stylesheet" type="text/css" href="{o}/assets/built/screen.css?v=1a2b3c4d5e">',
            f'<link rel="icon" href="{o}/content/images/size/w256h256/2024/01/favicon.png" type="image/png">',
            f'<link rel="canonical" href="{a["url"]}">', '<meta name="referrer" content="no-referrer-when-downgrade">',
            og(c), f'<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="{att(n or "")}">' if n else '',
            ld(j, pretty=True), '<meta name="generator" content="Ghost 5.82">',
            f'<link rel="alternate" type="application/rss+xml" title="{att(a["site"])}" href="{o}/rss/">',
            f'<script defer src="https://cdn.jsdelivr.test/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="{o}/" data-key="0a1b2c3d4e5f" data-api="{o}/ghost/api/content/" crossorigin="anonymous"></script>',
            '<style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:16px 32px}</style>']
    S = dict(img=lambda cap, cred: (f'<figure class="kg-card kg-image-card kg-card-hascaption"><img src="{o}/content/images/{c.pub.year}/{c.pub.month:02d}/img{c.rnd.randint(1,99)}.jpg" class="kg-image" alt loading="lazy" width="2000" height="1333">'
                                    f'<figcaption><span style="white-space: pre-wrap;">{c.inl(cap)} / {esc(cred)}</span></figcaption></figure>'),
             code=lambda ls: '<pre><code class="language-bash">' + '\n'.join(esc(l) for l in ls) + '</code></pre>',
             quote=lambda h: f'<blockquote>{h}</blockquote>',
             cta=lambda t: f'<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">📬</div><div class="kg-callout-text">{c.inl(t)}</div></div>',
             pull=lambda t: f'<blockquote class="kg-blockquote-alt">{esc(t)}</blockquote>')
    segs = c.render(**S)
    content = segs[0]
    if c.has('paywall'):
        content += ('<aside class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content" style="background-color: #ff1a75"><h2>' + esc(L_['paywall']) + '</h2>'
                    f'<a class="gh-btn" data-portal="signup" href="#/portal/signup" style="color:#ff1a75">{esc(L_["subscribe"])}</a><p><small>Already have an account? <a data-portal="signin" href="#/portal/signin">Sign in</a></small></p></div></aside>')
        c.feat('paywall-notice')
    dek = ''
    if a.get('dek'):
        dek = f'<p class="article-excerpt">{esc(a["dek"])}</p>'
        c.feat('dek')
    mins = max(1, sum(len(plain(v).split()) for k, v in c.blocks if k == 'p') // 220)
    byl = ''
    if n:
        byl = (f'<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item"><a href="{o}/author/{slugify(n)}/" class="author-avatar" aria-label="Read more of {att(n)}"><img class="author-profile-image" src="{o}/content/images/size/w100/author.jpg" alt="{att(n)}"></a></li></ul>'
               f'<div class="article-byline-meta"><h4 class="author-name"><a href="{o}/author/{slugify(n)}/">{esc(n)}</a></h4><div class="byline-meta-content">'
               f'<time class="byline-meta-date" datetime="{day(c.pub)}">{c.pub.day} {MONTHS["en"][c.pub.month-1][:3]} {c.pub.year}</time>'
               f'<span class="byline-reading-time"><span class="bull">&bull;</span> {mins} {esc(L_["minread"])}</span></div></div></section></div>')
    body = f'''<div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image" href="{o}">{esc(a["site"])}</a></div>
<nav class="gh-head-menu"><ul class="nav">{"".join(f'<li class="nav-{slugify(s)}"><a href="{o}/tag/{slugify(s)}/">{esc(s)}</a></li>' for s in L_["secs"][:4])}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">{esc(L_["subscribe"])}</a></div></div></header>
<div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-{a["section_slug"]} {"" if not c.has("paywall") else "post-access-paid"}">
<header class="article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="{o}/tag/{a["section_slug"]}/">{esc(a["section"])}</a></span></div>
<h1 class="article-title">{esc(a["title"])}</h1>
{dek}
{byl}
<figure class="article-image"><img srcset="{o}/content/images/size/w300/{c.pub.year}/{c.pub.month:02d}/cover.jpg 300w" src="{o}/content/images/size/w2000/{c.pub.year}/{c.pub.month:02d}/cover.jpg" alt="{att(a["title"])}"></figure>
</header>
<section class="gh-content gh-canvas">
{content}
</section>
</article>
</main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for {esc(a["site"])}</h2><a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>{esc(L_["subscribe"])}</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">{"".join(f'<article class="post-card post"><a class="post-card-image-link" href="{o}/p{c.rnd.randint(10,99)}/"></a><div class="post-card-content"><a class="post-card-content-link" href="{o}/p{c.rnd.randint(10,99)}/"><header class="post-card-header"><h2 class="post-card-title">{esc(t)}</h2></header></a></div></article>' for t in c.related_titles(3))}</div></aside>
</div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="{o}">{esc(a["site"])}</a> &copy; {c.pub.year}</section><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<script src="{o}/assets/built/casper.js?v=1a2b3c4d5e"></script>'''
    return page(c, '\n'.join(h for h in head if h), body, body_attrs=f' class="post-template tag-{a["section_slug"]} is-head-left-logo has-cover"')


# =============================================================== Arc XP (Washington-Post-like)
def t_arcxp(c):
    a, L_ = c.a, c.L
    o = origin(a['url'])
    tzabbr = a.get('tzabbr', 'EST')
    ce = []
    for k, v in c.blocks:
        if k == 'p':
            ce.append({'_id': ''.join(c.rnd.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') for _ in range(26)), 'type': 'text', 'content': c.inl(v), 'additional_properties': {}})
        elif k in ('h2', 'h3'):
            ce.append({'type': 'header', 'level': int(k[1]), 'content': c.inl(v)})
        elif k in ('ul', 'ol'):
            ce.append({'type': 'list', 'list_type': 'unordered' if k == 'ul' else 'ordered', 'items': [{'type': 'text', 'content': c.inl(i)} for i in v]})
    gc = {'_id': ''.join(c.rnd.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') for _ in range(26)), 'type': 'story', 'version': '0.10.9',
          'canonical_url': path(a['url']), 'headlines': {'basic': a['title']}, 'subheadlines': {'basic': a.get('dek', '')},
          'description': {'basic': a.get('dek') or plain(first_p(c))[:180]},
          'credits': {'by': [{'type': 'author', 'name': n, '_id': slugify(n), 'url': f'/people/{slugify(n)}/',
                               'additional_properties': {'original': {'byline': n}}} for n in a['authors']]},
          'display_date': utc(c.pub, ms=True), 'first_publish_date': utc(c.pub, ms=True),
          'last_updated_date': utc(c.mod or c.pub, ms=True), 'publish_date': utc(c.mod or c.pub, ms=True),
          'taxonomy': {'primary_section': {'_id': '/' + a['section_slug'], 'name': a['section']}, 'tags': [{'text': t} for t in a.get('tags', [])]},
          'content_elements': ce, 'language': c.lang, 'label': {}, 'planning': {'story_length': {'word_count_actual': sum(len(plain(v).split()) for k, v in c.blocks if k == 'p')}}}
    jl = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': a['title'], 'description': a.get('dek', ''),
          'datePublished': utc(c.pub), 'dateModified': utc(c.mod or c.pub), 'isAccessibleForFree': False,
          'hasPart': {'@type': 'WebPageElement', 'isAccessibleForFree': False, 'cssSelector': '.meteredContent'},
          'author': [{'@type': 'Person', 'name': n, 'url': f'{o}/people/{slugify(n)}/'} for n in a['authors']],
          'publisher': {'@type': 'NewsMediaOrganization', 'name': a['site'], 'logo': {'@type': 'ImageObject', 'url': o + '/pf/resources/images/logo.png'}},
          'mainEntityOfPage': {'@type': 'WebPage', '@id': a['url']}, 'isPartOf': {'@type': ['CreativeWork', 'Product'], 'name': a['site'], 'productID': slugify(a['site']) + ':basic'}}
    c.feat('date-jsonld', 'date-utc-z', 'author-jsonld-array', 'json-state')
    if c.mod:
        c.feat('modified-date')
    head = [c.charset_decl(), '<meta name="viewport" content="width=device-width,initial-scale=1">', f'<title>{esc(a["title"])} - {esc(a["site"])}</title>',
            f'<link rel="canonical" href="{a["url"]}"/>', og(c, times=False),
            f'<meta name="description" content="{att(a.get("dek", ""))}"/>', f'<meta name="author" content="{att(", ".join(a["authors"]))}"/>',
            f'<meta property="article:section" content="{att(a["section"])}"/>', ld(jl),
            f'<link rel="preload" as="font" href="/pf/resources/fonts/franklin/Franklin-Regular.woff2?d=1234" crossorigin="anonymous" type="font/woff2"/>',
            '<style>.wpds-c-cYdRxM{font-family:var(--wpds-fonts-body);font-size:1.125rem;line-height:1.6}.wpds-c-PJLV{}</style>']
    p_cls = 'wpds-c-cYdRxM wpds-c-cYdRxM-iPJLV-css overrideStyles font-copy'

    def ad():
        return (f'<div class="dn-ns hide-for-print flex items-center justify-center w-100 mt-lg mb-lg" data-qa="article-body-ad"><div class="center" style="min-height:280px">'
                f'<span class="font-xxxs gray-dark">{esc(L_["ad"])}</span><wp-ad id="slug_inline_{c.rnd.randint(1,9)}" class="dib"></wp-ad></div></div>')
    S = dict(p=lambda h: f'<div class="wpds-c-PJLV article-body" data-qa="article-body"><p class="{p_cls}" data-el="text" dir="null" data-testid="drop-cap-letter">{h}</p></div>',
             h2=lambda h: f'<h2 class="wpds-c-fWnRUy font-body font-bold" data-qa="subheadline">{h}</h2>',
             ul=lambda it: '<ul class="wpds-c-bcPNLg" data-qa="unordered-list">' + ''.join(f'<li class="{p_cls}">{i}</li>' for i in it) + '</ul>',
             ad=ad, readmore=lambda t: (f'<div class="wpds-c-PJLV hide-for-print" data-qa="interstitial-link"><b>{esc(L_["readmore"])}</b> <a href="{o}/{a["section_slug"]}/{c.pub.year}/{c.pub.month:02d}/{c.pub.day:02d}/{slugify(t)[:40]}/"><span class="font-copy">{esc(t)}</span></a></div>'),
             img=lambda cap, cred: (f'<figure class="mt-lg mb-lg" data-qa="inline-image"><div class="w-100"><img src="https://www.arcpublishing.test/resizer/{c.rnd.randint(10**7,10**8)}=/1440x0/smart/filters:quality(70)/img.jpg" alt="{att(plain(cap))}" loading="lazy" width="1440" height="960"/></div>'
                                    f'<figcaption class="wpds-c-kbmEAS" data-qa="caption">{c.inl(cap)} <span class="wpds-c-kMDXNX">({esc(cred)})</span></figcaption></figure>'),
             credit=lambda h: f'<div class="wpds-c-PJLV article-body"><p class="{p_cls}" data-el="text"><i>{h}</i></p></div>')
    body_html = c.body_html(**S)
    d = c.pub
    dtext = f'{MONTHS["en"][d.month-1][:3] + "." if d.month not in (5, 6, 7) else MONTHS["en"][d.month-1]} {d.day}, {d.year} at {ampm(d)} {tzabbr}'
    if c.lang != 'en':
        dtext = f'{vis(c, d)} {tzabbr}'
    dates = f'<div class="wpds-c-eoTKGI" data-testid="display-date"><span data-testid="published-date" class="wpds-c-iKQyrV">{dtext}</span></div>'
    if c.mod and c.lang != 'en':
        dates = (f'<div class="wpds-c-eoTKGI" data-testid="display-date"><span data-testid="published-date" class="wpds-c-iKQyrV">{dtext}</span> '
                 f'<span data-testid="updated-date">{esc(L_["updated"])}: {vis(c, c.mod)} {tzabbr}</span></div>')
    elif c.mod:
        m = c.mod
        dates = (f'<div class="wpds-c-eoTKGI" data-testid="display-date"><span data-testid="updated-date">{esc(L_["updated"])} {MONTHS["en"][m.month-1][:3]}. {m.day}, {m.year} at {ampm(m)} {tzabbr}</span> '
                 f'<span data-testid="published-date" class="wpds-c-iKQyrV">| {PUBL["en"]} {dtext}</span></div>')
    if c.has('relative'):
        dates += f'<span class="wpds-c-jVxHxr" data-testid="relative-date" data-ts="{epoch_ms(c.mod or c.pub)}">{a.get("relative_text", "3 hours ago")}</span>'
        c.feat('relative-date')
    names = a['authors']
    by = ''
    if names:
        links = [f'<a class="wpds-c-knSWeD" data-qa="author-name" rel="author" href="{o}/people/{slugify(n)}/">{esc(n)}</a>' for n in names]
        pre = byline(c.lang, ['x'])[:-1]
        conj = byline(c.lang, ['x', 'y'], prefix=False)[1:-1]
        by = pre + (links[0] if len(links) == 1 else (', '.join(links[:-1]) + conj + links[-1]))
        c.feat('author-byline')
    dek = f'<h2 class="wpds-c-iEFKDe" data-qa="subheadline">{esc(a["dek"])}</h2>' if a.get('dek') else ''
    if dek:
        c.feat('dek')
    body = f'''<div id="fusion-app" class="layout-full-width">
<header class="hide-for-print" data-qa="site-header"><nav class="wpds-c-bCzAXT" aria-label="sections">{"".join(f'<a class="wpds-c-fyPcdi" href="{o}/{slugify(s)}/">{esc(s)}</a>' for s in L_["secs"])}</nav>
<a href="{o}/" class="wpds-c-logo" aria-label="{att(a["site"])} homepage">{esc(a["site"])}</a><a class="wpds-c-subscribe" href="{o}/subscribe/">{esc(L_["subscribe"])}</a></header>
<main id="main-content"><article class="grid-layout">
<div class="grid-header"><div data-qa="kicker" class="wpds-c-kicker"><a href="{o}/{a["section_slug"]}/">{esc(a["section"])}</a></div>
<h1 data-qa="headline" class="wpds-c-iiQaMf wpds-c-iiQaMf-igUpeQN-css"><span data-qa="headline-text">{esc(a["title"])}</span></h1>{dek}
<div class="wpds-c-fhGRsz" data-qa="author-byline"><div class="wpds-c-cNdzuP" data-qa="attribution-text">{by}</div>{dates}</div>
{c.share("wpds-c-cDGLpc share-toolbar") if c.has("share") else ""}</div>
<div class="grid-body"><div class="meteredContent grid-center">
{body_html}
</div>
{c.bio("wpds-c-author-bio") if a.get("bio") else ""}
</div>
{('<div class="wpds-c-comments" data-qa="comments-btn"><button>' + esc(L_["comments"]) + f' ({c.rnd.randint(10,900)})</button></div>') if c.has("comments_btn") else ""}
</article></main>
<footer class="wpds-c-footer">{c.footer("footer-links")}</footer>
</div>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};Fusion.arcSite="{slugify(a["site"])}";Fusion.contextPath="/pf";Fusion.mxId="00000000";Fusion.deployment="512";Fusion.globalContent={js_json(gc)};Fusion.globalContentConfig={{"source":"content-api","query":{{"website_url":"{path(a["url"])}"}}}};Fusion.lastModified={epoch_ms(c.mod or c.pub)};Fusion.contentCache={{}};Fusion.layout="article-layout";Fusion.metas={{"title":{{"value":"{slugify(a["title"])}"}}}};</script>
<script src="/pf/dist/engine/react.js?d=512&amp;mxId=00000000" defer=""></script>'''
    return page(c, '\n'.join(head), body)


# =============================================================== Brightspot (AP-like)
def t_brightspot(c):
    a, L_ = c.a, c.L
    o = origin(a['url'])
    names = a['authors']
    agency = a.get('agency')
    jl = {'@context': 'http://schema.org', '@type': 'NewsArticle', 'headline': a['title'], 'name': a['title'],
          'author': names if not c.has('author_objects') else [{'@type': 'Person', 'name': n} for n in names],
          'datePublished': utc(c.pub), 'dateModified': utc(c.mod or c.pub), 'url': a['url'], 'mainEntityOfPage': {'@type': 'WebPage', '@id': a['url']},
          'publisher': {'@type': 'Organization', 'name': a['site']}, 'articleSection': [a['section']]}
    c.feat('date-jsonld', 'date-utc-z', 'date-epoch-ms')
    if names:
        c.feat('author-jsonld-strings' if not c.has('author_objects') else 'author-jsonld-array')
    author_feats(c)
    head = [c.charset_decl(), '<meta name="viewport" content="width=device-width, initial-scale=1">', f'<title>{esc(a["title"])} | {esc(a["site"])}</title>',
            f'<meta name="brightspot.contentId" content="0000018e-{c.rnd.randint(1000,9999)}-d{c.rnd.randint(100,999)}-a{c.rnd.randint(100,999)}-ff{c.rnd.randint(10**9,10**10)}">',
            f'<meta name="brightspot.cached" content="true">', f'<link rel="canonical" href="{a["url"]}">', og(c, times=False),
            f'<meta name="gtm-dataLayer" content=\'{js_json({"pageType": "Article", "byline": ", ".join(names), "publishedDate": epoch_ms(c.pub), "section": a["section"]})}\'>',
            ld(jl), '<link rel="stylesheet" href="/resource/00000178-2d6c-d1e5-a97b-bf7e4a7f0000/styleguide/All.min.css">']
    S = dict(p=lambda h: f'<p>{h}</p>',
             promo=lambda t: (f'<div class="Enhancement" data-align-center><div class="Enhancement-item"><div class="PagePromo" data-gtm-region="inline-promo">'
                              f'<div class="PagePromo-content"><bsp-custom-headline><div class="PagePromo-title"><a class="Link" href="{o}/article/{slugify(t)[:30]}-{c.rnd.randint(10**9,10**10)}"><span class="PagePromoContentIcons-text">{esc(t)}</span></a></div></bsp-custom-headline></div></div></div></div>'),
             img=lambda cap, cred: (f'<div class="Enhancement"><figure class="Figure"><picture><img class="Image" alt="{att(plain(cap))}" src="https://dims.apnews.test/dims4/default/{c.rnd.randint(10**6,10**7)}/2147483647/strip/true/crop/5000x3333+0+0/resize/599x399!/quality/90/" width="599" height="399" loading="lazy"></picture>'
                                    f'<div class="Figure-caption"><div class="CarouselSlide-infoDescription"><p>{c.inl(cap)} ({esc(cred)})</p></div></div></figure></div>'),
             ad=lambda: '<div class="Advertisement" data-ad-slot="fluid"><bsp-ad class="Ad-wrapper" data-ad-size="[[300,250]]"><div class="Ad-label">' + esc(L_['ad']) + '</div></bsp-ad></div>')
    body_html = c.body_html(**S)
    ts = epoch_ms(c.pub)
    d = c.pub
    shown = f'{MONTHS["en"][d.month-1]} {d.day}, {d.year}' if c.lang == 'en' else vis(c, d, False)
    by = ''
    if names:
        by = '<div class="Page-authors">' + ('By ' if c.lang == 'en' else 'Por ' if c.lang in ('pt', 'es') else '') + (' and ' if c.lang == 'en' else ' e ').join(
            f'<a class="Link" href="{o}/author/{slugify(n)}">{esc(n).upper() if c.has("upper_byline") else esc(n)}</a>' for n in names) + '</div>'
        c.feat('author-byline')
        if c.has('upper_byline'):
            c.feat('author-uppercase')
    upd = ''
    if c.mod:
        upd = f'<bsp-timestamp data-timestamp="{epoch_ms(c.mod)}" data-recent-timestamp-text="Updated"><span data-date>{esc(L_["updated"])} {ampm(c.mod, "AM")} {a.get("tzabbr", "")} {shown}</span></bsp-timestamp>'
        c.feat('modified-date')
    lead = ''
    if a.get('lead'):
        lead = f'<div class="Page-lead speakable-summary"><p class="Page-leadText">{c.inl(a["lead"])}</p></div>'
        c.feat('lead-block')
    body = f'''<bsp-site-header class="Page-header"><div class="Page-header-bar"><a class="Page-header-logo" href="{o}/">{esc(a["site"])}</a>
<nav class="Page-header-navigation"><ul class="Navigation-items">{"".join(f'<li class="Navigation-items-item"><a class="Link" href="{o}/hub/{slugify(s)}">{esc(s)}</a></li>' for s in L_["secs"])}</ul></nav></div></bsp-site-header>
<main class="Page-main"><div class="Page-content">
<div class="Page-breadcrumbs"><a class="Link" href="{o}/hub/{a["section_slug"]}">{esc(a["section"])}</a></div>
<bsp-story-page class="Page-storyBody">
<div class="Page-headline"><h1 class="Page-headline">{esc(a["title"])}</h1></div>
<div class="Page-byline">{by}<div class="Page-dateModified"><bsp-timestamp data-timestamp="{ts}" data-recent-timestamp-text="{PUBL.get(c.lang, "Published")}"><span data-date>{shown}</span></bsp-timestamp>{upd}</div></div>
{c.share("Page-actions ActionBar") if c.has("share") else ""}
{lead}
<div class="RichTextStoryBody RichTextBody">
{body_html}
</div>
</bsp-story-page>
{('<div class="PageList-items">' + "".join(f'<div class="PageList-items-item"><div class="PagePromo"><h3 class="PagePromo-title"><a class="Link" href="{o}/article/{c.rnd.randint(10**9,10**10)}">{esc(t)}</a></h3></div></div>' for t in c.related_titles(4)) + '</div>') if c.has("related") else ""}
</div></main>
<footer class="Page-footer">{c.footer("Page-footer-content")}</footer>
<script src="/resource/00000178-2d6c-d1e5-a97b-bf7e4a7f0000/styleguide/All.min.js" async></script>'''
    return page(c, '\n'.join(head), body, body_attrs=' class="Page-body" data-named-page-type="Story"')


# =============================================================== 1C-Bitrix
def t_bitrix(c):
    a, L_ = c.a, c.L
    o = origin(a['url'])
    legacy = c.has('bx_legacy')
    head = [c.charset_decl('http'), f'<title>{esc(a["title"])}</title>',
            f'<meta name="keywords" content="{att(", ".join(a.get("tags", [])))}" />',
            f'<meta name="description" content="{att(plain(first_p(c))[:150])}" />',
            f'<link href="/bitrix/js/main/core/css/core.min.css?{c.rnd.randint(10**9,10**10)}" type="text/css" rel="stylesheet" />',
            f'<link href="/bitrix/cache/css/s1/main/template_{c.rnd.randint(10**7,10**8):x}/template_{c.rnd.randint(10**7,10**8):x}_v1.css?{c.rnd.randint(10**9,10**10)}" type="text/css" rel="stylesheet" data-template-style="true" />',
            "<script type=\"text/javascript\">if(!window.BX)window.BX={};if(!window.BX.message)window.BX.message=function(mess){if(typeof mess==='object'){for(let i in mess) {BX.message[i]=mess[i];} return true;}};</script>",
            "<script type=\"text/javascript\">(window.BX||top.BX).message({'JS_CORE_LOADING':'Загрузка...','JS_CORE_NO_DATA':'- Нет данных -','JS_CORE_WINDOW_CLOSE':'Закрыть','LANGUAGE_ID':'ru','FORMAT_DATE':'DD.MM.YYYY','FORMAT_DATETIME':'DD.MM.YYYY HH:MI:SS','COOKIE_PREFIX':'BITRIX_SM','SERVER_TZ_OFFSET':'10800','SITE_ID':'s1','SITE_DIR':'/','USER_ID':'','SERVER_TIME':'" + str(int(c.pub.timestamp()) + 3600) + "','USER_TZ_OFFSET':'0','USER_TZ_AUTO':'Y','bitrix_sessid':'0a1b2c3d4e5f60718293a4b5c6d7e8f9'});</script>",
            f'<script type="text/javascript" src="/bitrix/cache/js/s1/main/kernel_main/kernel_main_v1.js?{c.rnd.randint(10**9,10**10)}"></script>']
    if c.has('og'):
        head.append(f'<meta property="og:title" content="{att(a["title"])}" />\n<meta property="og:url" content="{a["url"]}" />\n<meta property="og:type" content="article" />')
    dshow = f'{c.pub.day:02d}.{c.pub.month:02d}.{c.pub.year}' + (f' {hm(c.pub)}' if c.has('show_time') else '')
    c.gold_pub = naive(c.pub)[:16] + ':00' if c.has('show_time') else day(c.pub)
    c.gold_mod = None
    c.feat('date-visible-only')
    props = ''
    if a['authors']:
        props += f'<div class="news-detail-prop">Автор:&nbsp;{esc(", ".join(a["authors"]))}<br /></div>'
        c.feat('author-label')
    if a.get('source'):
        props += f'<div class="news-detail-prop">Источник:&nbsp;{esc(a["source"])}<br /></div>'
    author_feats(c)
    if legacy:
        # DETAIL_TEXT in "text" mode: raw text with <br /> and no <p>
        c.br = True
        c.feat('br-paragraphs', 'text-in-div')
    inner = c.body_html(br_p=lambda h: f'{h}<br />\n<br />\n', p=lambda h: f'<p style="text-align: justify;">{h}</p>')
    lead = ''
    if a.get('lead'):
        lead = f'<div class="news-detail-preview"><b>{c.inl(a["lead"])}</b></div>'
        c.feat('lead-block')
    body = f'''<div id="panel"></div>
<div class="wrapper">
<div class="header"><div class="logo"><a href="/"><img src="/bitrix/templates/main/images/logo.png" alt="{att(a["site"])}" /></a></div>
<div class="top-menu"><ul id="horizontal-multilevel-menu">{"".join(f'<li><a href="/{slugify(s)}/" class="root-item">{esc(s)}</a></li>' for s in L_["secs"])}</ul><div class="menu-clear-left"></div></div></div>
<div class="breadcrumbs"><div class="bx-breadcrumb" itemprop="http://schema.org/breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList">
<div class="bx-breadcrumb-item" id="bx_breadcrumb_0" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" title="{att(L_["home"])}" itemprop="item"><span itemprop="name">{esc(L_["home"])}</span></a><meta itemprop="position" content="1" /></div>
<div class="bx-breadcrumb-item"><i class="fa fa-angle-right"></i><a href="/news/" title="Новости" itemprop="item"><span itemprop="name">Новости</span></a></div></div></div>
<div class="workarea">
<div class="news-detail">
<img class="detail_picture" border="0" src="/upload/iblock/{c.rnd.randint(100,999):x}/{c.rnd.randint(10**9,10**10):x}.jpg" width="600" height="400" alt="{att(a["title"])}" title="{att(a["title"])}" />
<span class="news-date-time">{dshow}</span>
<h3>{esc(a["title"])}</h3>
{lead}
{inner}
<div style="clear:both"></div>
<br />
{props}
</div>
<p><a href="/news/">Возврат к списку</a></p>
{c.share("ya-share2") if c.has("share") else ""}
</div>
<div class="sidebar"><div class="news-list"><h4>{esc(L_["related"])}</h4>{"".join(f'<p class="news-item"><span class="news-date-time">{c.pub.day - 1:02d}.{c.pub.month:02d}.{c.pub.year}</span>&nbsp;<a href="/news/{c.rnd.randint(1000,9999)}/"><b>{esc(t)}</b></a><br /></p>' for t in c.related_titles(4))}</div></div>
<div class="footer"><p>&copy; {c.pub.year} {esc(a["site"])}. {esc(L_["rights"])}</p><p>Сайт работает на «1С-Битрикс: Управление сайтом»</p>
<!-- Yandex.Metrika counter --><script type="text/javascript">(function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{(m[i].a=m[i].a||[]).push(arguments)}};}})(window, document, "script", "https://mc.yandex.test/metrika/tag.js", "ym");ym({c.rnd.randint(10**7,10**8)}, "init", {{clickmap:true}});</script><!-- /Yandex.Metrika counter --></div>
</div>'''
    return page(c, '\n'.join(head), body)


# =============================================================== SPIP
def t_spip(c):
    a, L_ = c.a, c.L
    o = origin(a['url'])
    aid = c.id % 5000
    head = [c.charset_decl('http'), f'<title>{esc(a["title"])} - {esc(a["site"])}</title>',
            f'<meta name="description" content="{att(plain(a.get("lead") or first_p(c))[:150])}" />',
            f'<link rel="canonical" href="{a["url"]}" />', f'<meta name="generator" content="SPIP 4.2.{c.rnd.randint(1,12)} GIT [4.2: {c.rnd.randint(10**6,10**7):x}]" />',
            '<link rel="alternate" type="application/rss+xml" title="Syndiquer tout le site" href="spip.php?page=backend" />',
            '<link rel="stylesheet" href="local/cache-css/a1b2c3-minify-4f5e.css" type="text/css" />',
            '<script type="text/javascript">var mediabox_settings={"auto_detect":true,"ns":"box","tt_img":true,"sel_g":"#documents_portfolio a[type=\'image\/jpeg\']","str_ssStart":"Diaporama","str_cur":"{current}\/{total}"};</script>',
            '<script src="local/cache-js/jsdyn-javascript_porte_plume_start_js-a1b2.js?1709550000" type="text/javascript"></script>']
    c.frnbsp = True
    d = c.pub
    c.feat('date-visible-only' if c.has('no_abbr') else 'date-abbr-title')
    if c.has('no_abbr'):
        pub_html = f'<p class="info-publi">Publié le {long_date("fr", d)}</p>'
        c.gold_pub = day(d)
    else:
        pub_html = f'<p class="info-publi"><abbr class="published" title="{utc(d)}">{long_date("fr", d)}</abbr></p>'
    if c.mod:
        pub_html += f'<p class="info-maj">mis à jour le <abbr class="modified" title="{utc(c.mod)}">{long_date("fr", c.mod)}</abbr></p>' if not c.has('no_abbr') else ''
        if c.has('no_abbr'):
            c.gold_mod = None
        else:
            c.feat('modified-date')
    by = ''
    if a['authors']:
        by = '<span class="auteurs">par ' + ', '.join(f'<span class="vcard author"><a class="url fn spip_in" href="spip.php?auteur{c.rnd.randint(1,90)}">{esc(n)}</a></span>' for n in a['authors']) + '</span>'
        c.feat('author-byline')
    author_feats(c)
    chapo = ''
    if a.get('lead'):
        chapo = f'<div class="chapo surlignable"><p>{c.inl(a["lead"])}</p></div>'
        c.feat('lead-block')
    S = dict(p=lambda h: f'<p>{h}</p>', h2=lambda h: f'<h2 class="spip">{h}</h2>', h3=lambda h: f'<h3 class="spip">{h}</h3>',
             ul=lambda it: '<ul class="spip" role="list">' + ''.join(f'<li>{i}</li>' for i in it) + '</ul>',
             ol=lambda it: '<ol class="spip" role="list">' + ''.join(f'<li>{i}</li>' for i in it) + '</ol>',
             table=lambda rows: ('<div class="table-wrap"><table class="table spip"><thead><tr class="row_first">' + ''.join(f'<th scope="col">{x}</th>' for x in rows[0]) + '</tr></thead><tbody>'
                                 + ''.join(f'<tr class="row_{"odd" if i % 2 else "even"} {"odd" if i % 2 else "even"}">' + ''.join(f'<td>{x}</td>' for x in r) + '</tr>' for i, r in enumerate(rows[1:])) + '</tbody></table></div>'),
             quote=lambda h: f'<blockquote class="spip"><p>{h}</p></blockquote>',
             img=lambda cap, cred: (f'<div class="spip_document_{c.rnd.randint(100,999)} spip_document spip_documents spip_document_image spip_documents_center spip_document_center"><figure class="spip_doc_inner">'
                                    f'<img src="IMG/logo/jpg/photo{c.rnd.randint(10,99)}.jpg?1709550000" width="800" height="533" alt="" /><figcaption class="spip_doc_legende"><div class="spip_doc_titre"><strong>{c.inl(cap)}</strong></div><div class="spip_doc_credits">{esc(cred)}</div></figcaption></figure></div>'))
    texte = c.body_html(**S)
    body = f'''<div class="page">
<div class="header" id="header"><a rel="start home" href="{o}/" title="Accueil" class="accueil"><img class="spip_logo" src="IMG/logo/siteon0.png" alt="{att(a["site"])}" width="300" height="80" /></a><p class="slogan">{esc(a.get("tagline", ""))}</p></div>
<div class="nav clearfix" id="nav"><ul>{"".join(f'<li class="nav-item"><a href="spip.php?rubrique{i + 1}">{esc(s)}</a></li>' for i, s in enumerate(L_["secs"]))}</ul></div>
<div class="main"><div class="wrapper hfeed"><div class="content hentry" id="content">
<p class="arbo"><a href="{o}/">Accueil</a> &gt; <a href="spip.php?rubrique{c.rnd.randint(1,9)}">{esc(a["section"])}</a> &gt; <strong class="on">{esc(a["title"])}</strong></p>
<div class="cartouche">
<h1 class="surlignable">{esc(a["title"])}</h1>
{pub_html}
{by}
</div>
{chapo}
<div class="texte surlignable clearfix">{texte}</div>
{('<div class="ps surlignable"><h2 class="pas_surlignable">Post-scriptum</h2><p>' + esc(a["ps"]) + '</p></div>') if a.get("ps") else ""}
<div class="forum-total">{esc(L_["comments"])} : 2</div>
{c.comments_html("forum") if c.has("comments") else ""}
<a href="#forum" name="forum" id="forum"></a>
<div class="formulaire_spip formulaire_forum"><p>Un message, un commentaire ?</p></div>
</div></div>
<div class="aside"><div class="menu"><h2>Dans la même rubrique</h2><ul>{"".join(f'<li><a href="spip.php?article{c.rnd.randint(100,999)}">{esc(t)}</a></li>' for t in c.related_titles(4))}</ul></div></div></div>
<div class="footer clearfix" id="footer"><p class="colophon">{c.pub.year} &copy; {esc(a["site"])} - Tous droits réservés</p><p class="generator"><a href="https://www.spip.net/" rel="generator" title="Site réalisé avec SPIP" class="generator spip_out">SPIP</a> | <a href="spip.php?page=login&amp;url=spip.php%3Farticle{aid}" rel="nofollow" class="login_modal">Se connecter</a> | <a rel="nofollow" href="spip.php?page=plan">Plan du site</a></p></div>
</div>'''
    return page(c, '\n'.join(head), body, html_attrs=' xml:lang="fr" class="ltr fr no-js" dir="ltr"', body_attrs=' class="pas_surlignable page_article"')
