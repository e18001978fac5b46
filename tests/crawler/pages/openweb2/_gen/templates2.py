"""Second batch of platform templates."""
import re

from core import (esc, att, plain, ld, js_json, byline, slugify, long_date, hm, ampm, D, iso, utc, naive, day,
                  epoch_ms, compact_off, WEEKDAYS, MONTHS, parse)
from templates import origin, path, vis, og, first_p, page, author_feats, PUBL


# =============================================================== Blogger
def t_blogger(c):
    a, L_ = c.a, c.L
    o = origin(a['url'])
    n = a['authors'][0] if a['authors'] else None
    d = c.pub
    off = iso(d)[-6:]
    wd = WEEKDAYS.get(c.lang, WEEKDAYS['en'])[d.weekday()]
    if c.lang == 'en':
        header_date = f'{wd}, {MONTHS["en"][d.month-1]} {d.day}, {d.year}'
    elif c.lang == 'pt':
        header_date = f'{wd}, {d.day} de {MONTHS["pt"][d.month-1]} de {d.year}'
    else:
        header_date = f'{wd}, {long_date(c.lang, d)}'
    head = ["<meta content='width=device-width, initial-scale=1' name='viewport'/>",
            f"<title>{esc(a['site'])}: {esc(a['title'])}</title>",
            "<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>",
            "<meta content='blogger' name='generator'/>",
            f"<link href='{o}/favicon.ico' rel='icon' type='image/x-icon'/>",
            f"<link href='{a['url']}' rel='canonical'/>",
            f"<link rel=\"alternate\" type=\"application/atom+xml\" title=\"{att(a['site'])} - Atom\" href=\"{o}/feeds/posts/default\" />",
            f"<link rel=\"service.post\" type=\"application/atom+xml\" title=\"{att(a['site'])} - Atom\" href=\"https://www.blogger.test/feeds/{c.rnd.randint(10**17,10**18)}/posts/default\" />",
            f"<meta content='{att(a['url'])}' property='og:url'/>", f"<meta content='{att(a['title'])}' property='og:title'/>",
            f"<meta content='{att(plain(first_p(c))[:150])}' property='og:description'/>",
            "<style id='page-skin-1' type='text/css'><!--\nbody { font: normal normal 15px Georgia, Utopia, 'Palatino Linotype', Palatino, serif; }\n--></style>",
            "<script type='text/javascript'>window._wjs = {}; var BLOG_ID = '" + str(c.rnd.randint(10**17, 10**18)) + "';</script>"]
    c.feat('div-paragraphs', 'date-abbr-title', 'microdata')
    c.gold_mod = None
    if c.lang == 'en':
        c.feat('date-mdy')
    # Blogger compose mode emits <div> lines with <div><br></div> spacers
    S = dict(p=lambda h: f'<div style="text-align: justify;">{h}</div><div style="text-align: justify;"><br /></div>',
             img=lambda cap, cred: (f'<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody>'
                                    f'<tr><td style="text-align: center;"><a href="https://blogger.googleusercontent.test/img/b/R29vZ2xl/{c.rnd.randint(10**9,10**10)}/s1600/foto.jpg" style="margin-left: auto; margin-right: auto;"><img border="0" data-original-height="1067" data-original-width="1600" height="427" src="https://blogger.googleusercontent.test/img/b/R29vZ2xl/{c.rnd.randint(10**9,10**10)}/w640-h427/foto.jpg" width="640" /></a></td></tr>'
                                    f'<tr><td class="tr-caption" style="text-align: center;">{c.inl(cap)} ({esc(cred)})</td></tr></tbody></table>'),
             h2=lambda h: f'<h3 style="text-align: left;">{h}</h3>',
             ul=lambda it: '<ul style="text-align: left;">' + ''.join(f'<li>{i}</li>' for i in it) + '</ul>',
             table=lambda rows: ('<table border="1" cellpadding="4" style="border-collapse: collapse;"><tbody>' + ''.join('<tr>' + ''.join(f'<td>{x}</td>' for x in r) + '</tr>' for r in rows) + '</tbody></table><div><br /></div>'))
    post_body = c.body_html(**S)
    author = ''
    if n:
        author = (f"<span class='post-author vcard'>Posted by <span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'>"
                  f"<meta content='https://www.blogger.test/profile/{c.rnd.randint(10**19,10**20)}' itemprop='url'/><a class='g-profile' href='https://www.blogger.test/profile/{c.rnd.randint(10**19,10**20)}' rel='author' title='author profile'><span itemprop='name'>{esc(n)}</span></a></span></span>")
        c.feat('author-microdata', 'author-rel')
    author_feats(c)
    com = ''
    if c.has('comments'):
        c.feat('comments')
        com = ("<div class='comments' id='comments'><a name='comments'></a><h4>" + f"{len(__import__('strings').COMMENTS[c.lang])} " + esc(L_['comments']) + ":</h4><div class='comments-content'>"
               + ''.join(f"<div class='comment-block'><div class='comment-header'><cite class='user'>{esc(w)}</cite><span class='datetime secondary-text'><a rel='nofollow' href='{a['url']}?showComment={c.rnd.randint(10**12,10**13)}#c'>{d.month}/{d.day}/{d.year} {ampm(d, 'AM')}</a></span></div><p class='comment-content'>{esc(t)}</p></div>"
                         for w, t in __import__('strings').COMMENTS[c.lang]) + '</div></div>')
    body = f"""<div class='content'><div class='content-outer'>
<header><div class='header-outer'><div class='Header widget' id='Header1'><div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='{o}/'>{esc(a['site'])}</a></h1></div><div class='descriptionwrapper'><p class='description'><span>{esc(a.get('tagline', ''))}</span></p></div></div></div></div></header>
<div class='tabs-outer'><div class='PageList widget' id='PageList1'><ul>{''.join(f"<li><a href='{o}/p/{slugify(s)}.html'>{esc(s)}</a></li>" for s in L_['secs'][:4])}</ul></div></div>
<div class='main-outer'><div class='main-inner columns-fluid-right'><div class='column-center-outer'><div class='column-center-inner'><div class='main section' id='main'><div class='widget Blog' id='Blog1'>
<div class='blog-posts hfeed'>
<div class="date-outer">
<h2 class='date-header'><span>{esc(header_date)}</span></h2>
<div class="date-posts">
<div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='https://blogger.googleusercontent.test/img/b/R29vZ2xl/s72-c/foto.jpg' itemprop='image_url'/>
<meta content='{c.rnd.randint(10**17,10**18)}' itemprop='blogId'/>
<a name='{c.rnd.randint(10**17,10**18)}'></a>
<h3 class='post-title entry-title' itemprop='name'>{esc(a['title'])}</h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-{c.rnd.randint(10**17,10**18)}' itemprop='description articleBody'>
{post_body}
<div style='clear: both;'></div>
</div>
<div class='post-footer'>
<div class='post-footer-line post-footer-line-1'>
{author}
<span class='post-timestamp'>
at <meta content='{a['url']}' itemprop='url'/><a class='timestamp-link' href='{a['url']}' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='{iso(d)}'>{ampm(d, 'AM') if c.lang == 'en' else hm(d)}</abbr></a>
</span>
<span class='post-comment-link'></span>
<div class='post-share-buttons goog-inline-block'><a class='goog-inline-block share-button sb-email' href='https://www.blogger.test/share-post.g?postID=1&amp;target=email' target='_blank' title='Email This'><span class='share-button-link-text'>Email This</span></a><a class='goog-inline-block share-button sb-blog' href='https://www.blogger.test/share-post.g?target=blog' target='_blank' title='BlogThis!'><span class='share-button-link-text'>BlogThis!</span></a></div>
</div>
<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Labels: {', '.join(f"<a href='{o}/search/label/{slugify(t)}' rel='tag'>{esc(t)}</a>" for t in a.get('tags', [a['section']]))}</span></div>
</div>
</div>
{com}
</div></div></div>
</div>
<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='{o}/{d.year}/{d.month:02d}/newer.html' title='Newer Post'>Newer Post</a></span><a class='home-link' href='{o}/'>Home</a></div>
</div></div></div></div></div>
<div class='column-right-outer'><div class='sidebar section' id='sidebar-right-1'><div class='widget BlogArchive' id='BlogArchive1'><h2>Blog Archive</h2><ul class='hierarchy'><li class='archivedate expanded'><a class='post-count-link' href='{o}/{d.year}/'>{d.year}</a> <span class='post-count' dir='ltr'>(14)</span></li></ul></div>
<div class='widget Profile' id='Profile1'><h2>About Me</h2><div class='widget-content'><dl class='profile-datablock'><dt class='profile-data'><a class='profile-name-link g-profile' href='https://www.blogger.test/profile/1'>{esc(n or a['site'])}</a></dt><dd class='profile-textblock'>{esc(a.get('bio', ''))}</dd></dl></div></div></div></div>
</div></div>
<footer><div class='footer-outer'><div class='Attribution widget' id='Attribution1'>Powered by <a href='https://www.blogger.test' target='_blank'>Blogger</a>.</div></div></footer>
</div></div>"""
    if a.get('bio'):
        c.feat('author-bio')
    # whole page is XHTML-ish, Blogger style
    return ("<!DOCTYPE html>\n<html class='v2' dir='ltr' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr' lang='"
            + c.lang + "'>\n<head>\n" + '\n'.join(head) + f"\n</head>\n<body class='loading variant-simplysimple'>\n{body}\n<script type='text/javascript'>window.___gcfg = {{'lang': '{c.lang}'}};</script>\n</body>\n</html>\n")


# =============================================================== Medium-like
def t_medium(c):
    a, L_ = c.a, c.L
    o = origin(a['url'])
    n = a['authors'][0]
    d = c.pub
    cls = lambda: ' '.join(''.join(c.rnd.choice('abcdefghijklmnopqrstuvwxyz') for _ in range(2)) for _ in range(8))
    pid = ''.join(c.rnd.choice('0123456789abcdef') for _ in range(12))
    jl = {'@context': 'http://schema.org', '@type': 'SocialMediaPosting', 'image': [f'https://miro.medium.test/v2/resize:fit:1200/{pid}.png'],
          'url': a['url'], 'dateCreated': utc(d, ms=True), 'datePublished': utc(d, ms=True), 'dateModified': utc(c.mod or d, ms=True),
          'headline': a['title'], 'name': a['title'], 'description': a.get('dek', ''), 'identifier': pid,
          'author': {'@type': 'Person', 'name': n, 'url': f'{o}/@{slugify(n).replace("-", "")}'},
          'creator': [n], 'publisher': {'@type': 'Organization', 'name': a['site'], 'url': o},
          'mainEntityOfPage': a['url'], 'isAccessibleForFree': True}
    c.feat('date-jsonld', 'date-utc-z', 'author-jsonld-object', 'json-state', 'dek')
    apollo = {'ROOT_QUERY': {'postResult({"id":"' + pid + '"})': {'__ref': 'Post:' + pid}},
              'Post:' + pid: {'__typename': 'Post', 'id': pid, 'title': a['title'], 'firstPublishedAt': epoch_ms(d), 'latestPublishedAt': epoch_ms(c.mod or d),
                              'readingTime': round(sum(len(plain(v).split()) for k, v in c.blocks if k == 'p') / 265, 4), 'creator': {'__ref': 'User:' + pid[:8]},
                              'previewContent': {'subtitle': a.get('dek', '')}, 'mediumUrl': a['url']},
              'User:' + pid[:8]: {'__typename': 'User', 'id': pid[:8], 'name': n, 'username': slugify(n).replace('-', ''), 'bio': a.get('bio', '')}}
    head = ['<meta charset="utf-8">', f'<title>{esc(a["title"])} | by {esc(n)} | {esc(a["site"])}</title>',
            '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">',
            '<meta name="theme-color" content="#000000">', f'<meta property="og:type" content="article">', f'<meta property="og:title" content="{att(a["title"])}">',
            f'<meta property="og:description" content="{att(a.get("dek", ""))}">', f'<meta property="og:url" content="{a["url"]}">',
            f'<meta property="article:author" content="{o}/@{slugify(n).replace("-", "")}">', f'<meta name="author" content="{att(n)}">',
            f'<meta property="article:published_time" content="{utc(d, ms=True)}">', f'<meta name="twitter:data1" content="{max(1, round(apollo["Post:" + pid]["readingTime"]))} min read">',
            f'<link rel="canonical" href="{a["url"]}">', ld(jl), '<style type="text/css" data-fela-rehydration="512" data-fela-type="STATIC">html{box-sizing:border-box;-webkit-text-size-adjust:100%}</style>']
    pc = f'pw-post-body-paragraph {cls()}'
    cnt = [0]

    def pid_():
        cnt[0] += 1
        return ''.join(c.rnd.choice('0123456789abcdef') for _ in range(4))
    S = dict(p=lambda h: f'<p id="{pid_()}" class="{pc}" data-selectable-paragraph="">{h}</p>',
             h2=lambda h: f'<h2 id="{pid_()}" class="nl nm gs be nn no np nq nr ns nt nu nv nw nx ny nz oa ob oc od oe bj" data-selectable-paragraph="">{h}</h2>',
             code=lambda ls: f'<pre class="qd qe qf qg qh qi qj qk bo ql ba bj"><span id="{pid_()}" class="qm mj gs qj b bf qn qo l qp qq" data-code-block-mode="0" spellcheck="false">' + '<br/>'.join(esc(l) for l in ls) + '</span></pre>',
             ul=lambda it: '<ul class="">' + ''.join(f'<li id="{pid_()}" class="nb nc gs nd b ne nf ng nh ni nj nk nl nm nn no np nq nr ns nt nu nv nw nx ny nz oa ob oc od oe of og oh oi pd pe pf bj" data-selectable-paragraph="">{i}</li>' for i in it) + '</ul>',
             quote=lambda h: f'<blockquote class="qr qs qt"><p id="{pid_()}" class="{pc}" data-selectable-paragraph=""><em class="oj">{h}</em></p></blockquote>',
             img=lambda cap, cred: (f'<figure class="qb qc qd qe qf qg pu pv paragraph-image"><div class="pu pv pw"><picture><img alt="" class="bg kr qy c" width="700" height="467" loading="eager" role="presentation"/></picture></div>'
                                    f'<figcaption class="qz ra rb pu pv rc rd be b bf z dt" data-selectable-paragraph="">{c.inl(cap)} {esc(cred)}</figcaption></figure>'))
    body_html = c.body_html(**S)
    ds = f'{MONTHS["en"][d.month-1][:3]} {d.day}, {d.year}'
    mins = max(1, round(apollo['Post:' + pid]['readingTime']))
    body = f'''<div id="root"><div class="a b c"><div class="d e f g h i j k"></div>
<div class="l c"><div class="l n o"><div class="p q r s t"><a data-testid="headerMediumLogo" href="{o}/?source=post_page-----{pid}--------------------------------" aria-label="Homepage"><svg viewBox="0 0 1043.63 592.71" class="u v"><g><path d="M588.67 296.36c0 163.67-131.78 296.35-294.33 296.35S0 460 0 296.36 131.78 0 294.34 0s294.33 132.69 294.33 296.36"></path></g></svg></a>
<div class="ab q"><a data-testid="headerWriteButton" href="{o}/new-story" rel="noopener follow"><div class="be b bf z du"><span>Write</span></div></a><a href="{o}/m/signin?operation=login">Sign in</a></div></div></div>
<article><div class="l"><div class="l"><section><div><div class="fr ft fu fv fw"></div><div class="gn go gp gq gr"><div class="ab ca"><div class="ch bg ew ex ey ez">
<div><h1 id="{pid[:4]}" class="pw-post-title gs gt gu be gv gw gx gy gz ha hb hc hd he hf hg hh hi hj hk hl hm hn ho hp hq hr hs ht hu hv hw bj" data-testid="storyTitle" data-selectable-paragraph="">{esc(a["title"])}</h1></div>
<div><h2 id="{pid[4:8]}" class="pw-subtitle-paragraph hx gt gu be b hy hz ia ib ic id ie if ig ih ii ij ik il im in io ip iq cp" data-selectable-paragraph="">{esc(a.get("dek", ""))}</h2>
<div class="speechify-ignore ab cp"><div class="speechify-ignore bg l"><div class="ir is it iu iv ab"><div><div class="ab iw"><div><div class="bm" aria-hidden="false"><a href="{o}/@{slugify(n).replace("-", "")}?source=post_page-----{pid}" rel="noopener follow"><div class="l ix iy by iz ja"><img alt="{att(n)}" class="l eq by dd de cx" src="https://miro.medium.test/v2/resize:fill:88:88/1*avatar.jpeg" width="44" height="44" loading="lazy" data-testid="authorPhoto"/></div></a></div></div></div></div>
<div class="bm bg l"><div class="ab"><div style="flex:1"><span class="be b bf z bj"><div class="jb ab q"><div class="ab q jc"><div class="ab q"><div><div class="bm" aria-hidden="false"><p class="be b jd je bj"><a class="af ag ah ai aj ak al am an ao ap aq ar jf" data-testid="authorName" href="{o}/@{slugify(n).replace("-", "")}?source=post_page-----{pid}" rel="noopener follow">{esc(n)}</a></p></div></div></div><span class="jg jh" aria-hidden="true"><span class="be b bf z du">·</span></span><p class="be b jd je du"><span><a class="jk jl ah ai aj ak al am an ao ap aq ar eu jm jn" href="{o}/m/signin?actionUrl=follow" rel="noopener follow">Follow</a></span></p></div></div></span></div></div>
<div class="l jo"><span class="be b bf z du"><div class="ab cn jp jq jr"><span class="be b bf z du"><div class="ab ae"><span data-testid="storyReadTime">{mins} {esc(L_["minread"])}</span><div class="js jt l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="be b bf z du">·</span></span></div><span data-testid="storyPublishDate">{ds}</span></div></span></div></span></div></div></div>
<div class="ab cp ju jv jw jx jy jz ka kb kc kd ke kf kg kh ki kj"><div class="h k w fg fh q"><div class="la l"><div class="ab q lb lc"><div class="pw-multi-vote-icon ed ld le lf lg"><div role="tooltip" aria-hidden="false"><button class="ah lh li lj lk ll lm an ln lo lp lf" data-testid="headerClapButton"><svg width="24" height="24" viewBox="0 0 24 24" aria-label="clap"></svg></button></div></div><div class="pw-multi-vote-count l lq lr ls lt lu lv lw"><p class="be b dv z du"><span class="lx">{c.rnd.randint(50,3000)}</span></p></div></div></div></div></div></div></div></div>
{body_html}
</div></div></div></div></section></div></div></article>
<div class="l ae"><div class="ab ca"><div class="ch bg ew ex ey ez"><div class="ab cp ca"><div class="ut uu uv uw ux uy uz va vb vc vd ve vf vg vh vi ab q"><h2 class="be gv ox oz hh">Written by {esc(n)}</h2><p class="be b bf z bj">{esc(a.get("bio", ""))}</p></div></div></div></div></div>
</div></div>
<script>window.__BUILD_ID__="main-20260301-123456-abcdef"</script>
<script>window.__APOLLO_STATE__ = {js_json(apollo)}</script>
<script>window.__MIDDLEWARE_STATE__={{"client":{{"isUs":false,"isNativeMedium":false,"routingEntity":{{"type":"DEFAULT","explicit":false}}}}}}</script>'''
    return page(c, '\n'.join(head), body)


# =============================================================== Substack-like
def t_substack(c):
    a, L_ = c.a, c.L
    o = origin(a['url'])
    d = c.pub
    names = a['authors']
    jl = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'url': a['url'], 'mainEntityOfPage': a['url'], 'headline': a['title'],
          'description': a.get('dek', ''), 'image': [{'@type': 'ImageObject', 'url': 'https://substackcdn.test/image/fetch/w_1200/cover.png'}],
          'datePublished': utc(d, z=False), 'dateModified': utc(c.mod or d, z=False), 'isAccessibleForFree': not c.has('paywall'),
          'author': [{'@type': 'Person', 'name': n, 'url': f'https://substack.test/@{slugify(n).replace("-", "")}', 'description': a.get('bio', ''),
                      'identifier': f'user:{c.rnd.randint(10**6,10**8)}', 'image': {'@type': 'ImageObject', 'url': 'https://substackcdn.test/avatar.png'}} for n in names],
          'publisher': {'@type': 'Organization', 'name': a['site'], 'url': o, 'description': a.get('tagline', ''), 'interactionStatistic': {'@type': 'InteractionCounter', 'name': 'Subscribers', 'value': 12000}}}
    c.feat('date-jsonld', 'author-jsonld-array', 'json-state', 'dek')
    pre = {'post': {'id': c.id, 'title': a['title'], 'subtitle': a.get('dek', ''), 'post_date': utc(d, ms=True), 'audience': 'everyone' if not c.has('paywall') else 'only_paid',
                    'publishedBylines': [{'id': c.rnd.randint(10**6, 10**8), 'name': n, 'handle': slugify(n).replace('-', '')} for n in names],
                    'wordcount': sum(len(plain(v).split()) for k, v in c.blocks if k == 'p'), 'slug': path(a['url']).rstrip('/').split('/')[-1]},
           'pub': {'name': a['site'], 'subdomain': slugify(a['site']), 'language': c.lang}, 'base_url': o}
    pre_js = js_json(pre).replace('\\', '\\\\').replace('"', '\\"')
    head = ['<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1" />',
            f'<title data-rh="true">{esc(a["title"])} - by {esc(byline("en", names, prefix=False))}</title>',
            f'<meta data-rh="true" name="theme-color" content="#ffffff"/><meta data-rh="true" property="og:type" content="article"/><meta data-rh="true" property="og:title" content="{att(a["title"])}"/>',
            f'<meta data-rh="true" name="author" content="{att(names[0])}"/>', f'<meta data-rh="true" property="og:description" content="{att(a.get("dek", ""))}"/>',
            f'<link data-rh="true" rel="canonical" href="{a["url"]}"/>', ld(jl, attrs=' data-rh="true"'),
            '<link rel="stylesheet" type="text/css" href="https://substackcdn.test/bundle/static/css/main.css" />']
    S = dict(p=lambda h: f'<p>{h}</p>', h2=lambda h: f'<h2 class="header-anchor-post">{h}<div class="pencraft pc-display-flex pc-alignItems-center pc-position-absolute pc-reset header-anchor-parent"><div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><div id="§{slugify(plain(h))[:30]}" class="pencraft pc-reset header-anchor offset-top"></div><button aria-label="Link" class="pencraft pc-reset pencraft icon-container"></button></div></div></h2>',
             cta=lambda t: (f'<p class="button-wrapper" data-attrs=\'{{"url":"{o}/subscribe?","text":"{att(plain(t))}","action":null,"class":null}}\' data-component-name="ButtonCreateButton"><a class="button primary" href="{o}/subscribe?"><span>{c.inl(t)}</span></a></p>'),
             newsletter=lambda: (f'<div class="subscription-widget-wrap-editor" data-attrs=\'{{"url":"{o}/subscribe?","text":"Subscribe","language":"{c.lang}"}}\' data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">{esc(a["site"])} is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p></div>'
                                 f'<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary" value="Subscribe"></form></div></div>'),
             img=lambda cap, cred: (f'<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank" href="https://substackcdn.test/image/fetch/f_auto/img.png"><div class="image2-inset"><picture><img src="https://substackcdn.test/image/fetch/w_1456,c_limit/img.png" width="1456" height="816" class="sizing-normal" alt="" loading="lazy"></picture></div></a>'
                                    f'<figcaption class="image-caption">{c.inl(cap)} {esc(cred)}</figcaption></figure></div>'),
             quote=lambda h: f'<blockquote><p>{h}</p></blockquote>')
    body_html = c.body_html(**S)
    pw = ''
    if c.has('paywall'):
        c.feat('paywall-notice')
        pw = (f'<div class="paywall"><h2 class="paywall-title">Keep reading with a 7-day free trial</h2><p class="paywall-text">Subscribe to {esc(a["site"])} to keep reading this post and get 7 days of free access to the full post archives.</p>'
              f'<a class="button primary" href="{o}/subscribe"><span>Start trial</span></a></div>')
    ds = f'{MONTHS["en"][d.month-1][:3]} {d.day:02d}, {d.year}'
    by = ''.join(f'<div class="profile-hover-card-target profileHoverCardTarget-PBxvGm"><a href="https://substack.test/@{slugify(n).replace("-", "")}" class="pencraft pc-reset decoration-hover-underline-ClDVos">{esc(n)}</a></div>' + ('<span class="pencraft pc-reset">and</span>' if i < len(names) - 1 else '') for i, n in enumerate(names))
    body = f'''<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu"><div class="topbar-content"><a href="{o}" class="navbar-title-link">{esc(a["site"])}</a><div class="navbar-buttons"><a class="button primary subscribe-btn" href="{o}/subscribe?"><span>{esc(L_["subscribe"])}</span></a><a href="{o}/account/login" class="button">Sign in</a></div></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA">
<article class="typography newsletter-post post">
<div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">{esc(a["title"])}</h1><h3 dir="auto" class="subtitle subtitle-HEEcLo">{esc(a.get("dek", ""))}</h3>
<div class="pencraft pc-display-flex pc-gap-12 pc-paddingTop-16 pc-paddingBottom-16 pc-alignItems-center pc-reset"><div class="pencraft pc-display-flex pc-flexDirection-column pc-reset"><div class="pencraft pc-reset color-pub-primary-text-NyXPlw line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">{by}</div>
<div class="pencraft pc-display-flex pc-gap-4 pc-reset"><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">{ds}</div></div></div></div>
<div class="post-ufi style-large-on-web themed"><div class="like-button-container post-ufi-button style-button"><button class="post-ufi-button style-button has-label with-border"><div class="label">{c.rnd.randint(20,900)}</div></button></div><a class="post-ufi-button style-button post-ufi-comment-button has-label with-border" href="{a["url"]}/comments"><div class="label">{c.rnd.randint(5,200)}</div></a><div class="post-ufi-button style-button"><div class="label">Share</div></div></div></div>
<div class="available-content"><div dir="auto" class="body markup">
{body_html}
</div></div>
{pw}
</article>
<div class="visibility-check"></div>
<div class="post-footer use-separators"><div class="post-ufi"></div></div>
</div></div></div></div>
<div class="footer-wrap publication-footer"><div class="footer themed-background"><div class="container"><div class="footer-blurbs"><div class="footer-copyright-blurb">© {d.year} {esc(byline("en", names, prefix=False))}</div><div class="footer-terms-blurb"><a href="https://substack.test/privacy" target="_blank" rel="noopener">Privacy</a> ∙ <a href="https://substack.test/tos" target="_blank" rel="noopener">Terms</a> ∙ <a href="https://substack.test/ccpa#personal-data-collected" target="_blank" rel="noopener">Collection notice</a></div></div></div></div></div>
</div></div>
<script>window._preloads = JSON.parse("{pre_js}")</script>
<script src="https://substackcdn.test/bundle/static/js/main.js" charset="utf-8"></script>'''
    if len(names) > 1:
        c.feat('author-byline-multi')
    return page(c, '\n'.join(head), body)


# =============================================================== Next.js news site
def t_nextjs(c):
    a, L_ = c.a, c.L
    o = origin(a['url'])
    d = c.pub
    h = lambda: ''.join(c.rnd.choice('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_') for _ in range(5))
    cm = {k: f'{k}__{h()}' for k in ['Article_article', 'ArticleHeader_kicker', 'ArticleHeader_headline', 'ArticleHeader_standfirst', 'Byline_byline', 'Byline_author',
                                      'Timestamp_time', 'ArticleBody_body', 'ArticleBody_paragraph', 'ArticleBody_subheading', 'AdSlot_ad', 'Figure_figure', 'Figure_caption',
                                      'RelatedLinks_list', 'Header_nav', 'Footer_footer', 'ArticleBody_list', 'ArticleBody_table', 'Lead_lead']}
    blocks_json = []
    for k, v in c.blocks:
        if k == 'p':
            blocks_json.append({'type': 'paragraph', 'html': c.inl(v)})
        elif k in ('h2', 'h3'):
            blocks_json.append({'type': 'heading', 'level': int(k[1]), 'text': plain(v)})
        elif k in ('ul', 'ol'):
            blocks_json.append({'type': 'list', 'ordered': k == 'ol', 'items': [plain(i) for i in v]})
        elif k == 'ad':
            blocks_json.append({'type': 'ad', 'slot': 'mid-article'})
    epoch_mode = c.has('epoch')
    art = {'id': str(c.id), 'slug': path(a['url']).rstrip('/').split('/')[-1], 'headline': a['title'], 'standfirst': a.get('dek') or a.get('lead', ''),
           'section': {'name': a['section'], 'slug': a['section_slug']},
           'publishedAt': epoch_ms(d) if epoch_mode else utc(d, ms=True), 'updatedAt': epoch_ms(c.mod or d) if epoch_mode else utc(c.mod or d, ms=True),
           'authors': [{'name': n, 'slug': slugify(n), 'role': 'reporter'} for n in a['authors']], 'body': blocks_json,
           'tags': a.get('tags', []), 'isPremium': False}
    nd = {'props': {'pageProps': {'article': art, 'locale': c.lang, 'navigation': [{'label': s, 'href': '/' + slugify(s)} for s in L_['secs']]}, '__N_SSP': True},
          'page': '/[section]/[...slug]', 'query': {'section': a['section_slug'], 'slug': [art['slug']]}, 'buildId': ''.join(c.rnd.choice('abcdefghijklmnopqrstuvwxyz0123456789-_') for _ in range(21)),
          'isFallback': False, 'isExperimentalCompile': False, 'gssp': True, 'locale': c.lang, 'locales': [c.lang], 'defaultLocale': c.lang, 'scriptLoader': []}
    c.feat('json-state', 'next-data')
    if epoch_mode:
        c.feat('date-epoch-ms')
    head = ['<meta charSet="utf-8"/>', '<meta name="viewport" content="width=device-width, initial-scale=1"/>', f'<title>{esc(a["title"])} | {esc(a["site"])}</title>',
            f'<meta name="description" content="{att(a.get("dek") or plain(first_p(c))[:150])}"/>', f'<link rel="canonical" href="{a["url"]}"/>']
    if c.has('jsonld'):
        jl = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': a['title'], 'datePublished': iso(d), 'dateModified': iso(c.mod or d),
              'author': ([{'@type': 'Person', 'name': n} for n in a['authors']] if len(a['authors']) != 1 else {'@type': 'Person', 'name': a['authors'][0]}),
              'publisher': {'@type': 'Organization', 'name': a['site'], 'logo': {'@type': 'ImageObject', 'url': o + '/logo.png'}}, 'inLanguage': c.lang}
        if not a['authors']:
            del jl['author']
        head.append(ld(jl))
        c.feat('date-jsonld')
        if len(a['authors']) == 1:
            c.feat('author-jsonld-object')
        elif a['authors']:
            c.feat('author-jsonld-array')
    if c.has('og'):
        head.append(og(c))
    head += [f'<meta name="next-head-count" content="{len(head) + 3}"/>',
             f'<link rel="preload" href="/_next/static/css/{c.rnd.randint(10**15,10**16):x}.css" as="style"/>',
             f'<link rel="stylesheet" href="/_next/static/css/{c.rnd.randint(10**15,10**16):x}.css" data-n-g=""/>',
             f'<script defer="" nomodule="" src="/_next/static/chunks/polyfills-{c.rnd.randint(10**15,10**16):x}.js"></script>',
             f'<script src="/_next/static/chunks/webpack-{c.rnd.randint(10**15,10**16):x}.js" defer=""></script>',
             f'<script src="/_next/static/chunks/pages/%5Bsection%5D/%5B...slug%5D-{c.rnd.randint(10**15,10**16):x}.js" defer=""></script>']
    S = dict(p=lambda hh: f'<p class="{cm["ArticleBody_paragraph"]}">{hh}</p>', h2=lambda hh: f'<h2 class="{cm["ArticleBody_subheading"]}">{hh}</h2>',
             ul=lambda it: f'<ul class="{cm["ArticleBody_list"]}">' + ''.join(f'<li>{i}</li>' for i in it) + '</ul>',
             ad=lambda: f'<div class="{cm["AdSlot_ad"]}" data-ad-unit="/1234/{slugify(a["site"])}/article/mid"><div id="ad-mid-{c.rnd.randint(1,9)}" style="min-height:250px"></div></div>',
             img=lambda cap, cred: (f'<figure class="{cm["Figure_figure"]}"><span style="box-sizing:border-box;display:block;overflow:hidden;width:initial;height:initial;background:none;opacity:1;border:0;margin:0;padding:0;position:relative"><img alt="{att(plain(cap))}" src="/_next/image?url=%2Fmedia%2F{c.rnd.randint(1000,9999)}.jpg&amp;w=1200&amp;q=75" decoding="async" data-nimg="responsive"/></span>'
                                    f'<figcaption class="{cm["Figure_caption"]}">{c.inl(cap)} <span>{esc(cred)}</span></figcaption></figure>'))
    body_html = c.body_html(**S)
    # visible date
    if c.has('mdy'):
        ds = f'{d.month:02d}/{d.day:02d}/{d.year} {ampm(d, "AM")} {a.get("tzabbr", "ET")}'
        c.feat('date-mdy')
    else:
        ds = vis(c, d)
    dates = f'<time class="{cm["Timestamp_time"]}" dateTime="{utc(d, ms=True)}">{esc(ds)}</time>'
    c.feat('time-element')
    if c.mod and c.has('show_mod'):
        dates += f' <span>{esc(L_["updated"])}</span> <time dateTime="{utc(c.mod, ms=True)}">{esc(vis(c, c.mod))}</time>'
    if c.mod:
        c.feat('modified-date')
    if c.has('relative'):
        dates += f' <span class="{cm["Timestamp_time"]}-relative">{esc(a.get("relative_text", ""))}</span>'
        c.feat('relative-date')
    by = ''
    if a['authors']:
        by = f'<div class="{cm["Byline_byline"]}">' + esc(byline(c.lang, a['authors'])) + '</div>'
        c.feat('author-byline')
    author_feats(c)
    lead = ''
    if a.get('lead'):
        lead = f'<p class="{cm["Lead_lead"]} article__lead">{c.inl(a["lead"])}</p>'
        c.feat('lead-block')
    dek = f'<p class="{cm["ArticleHeader_standfirst"]}">{esc(a["dek"])}</p>' if a.get('dek') else ''
    if dek:
        c.feat('dek')
    body = f'''<div id="__next">
<header class="Header_header__{h()}"><a href="/" class="Header_logo__{h()}">{esc(a["site"])}</a><nav class="{cm["Header_nav"]}">{"".join(f'<a href="/{slugify(s)}">{esc(s)}</a>' for s in L_["secs"])}</nav></header>
{c.cookie("CookieBanner_banner__" + h()) if c.has("cookie") else ""}
<main><article class="{cm["Article_article"]}">
<header><a class="{cm["ArticleHeader_kicker"]}" href="/{a["section_slug"]}">{esc(a["section"])}</a><h1 class="{cm["ArticleHeader_headline"]}">{esc(a["title"])}</h1>{dek}
{by}<div class="Byline_dates__{h()}">{dates}</div></header>
{c.share("ShareBar_bar__" + h()) if c.has("share") else ""}
<div class="{cm["ArticleBody_body"]}">
{lead}
{body_html}
</div>
{c.tags("Tags_tags__" + h()) if a.get("tags") else ""}
{c.related_box(cm["RelatedLinks_list"]) if c.has("related") else ""}
{c.newsletter_box("Newsletter_box__" + h()) if c.has("newsletter") else ""}
</article></main>
<footer class="{cm["Footer_footer"]}"><p>© {d.year} {esc(a["site"])}. {esc(L_["rights"])}</p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{js_json(nd)}</script>'''
    return page(c, '\n'.join(head), body)


# =============================================================== Nuxt (Nuxt 2 __NUXT__ IIFE)
def t_nuxt(c):
    a, L_ = c.a, c.L
    o = origin(a['url'])
    d = c.pub
    v = f'data-v-{c.rnd.randint(0x10000000, 0xffffffff):08x}'
    v2 = f'data-v-{c.rnd.randint(0x10000000, 0xffffffff):08x}'
    paras = [plain(x) for k, x in c.blocks if k == 'p']
    args = [a['title'], utc(d), a['authors'][0] if a['authors'] else '', a['section']]
    nuxt = ('window.__NUXT__=(function(a,b,c,d,e,f){return {layout:"default",data:[{article:{id:' + str(c.id) + ',title:a,publishedAt:b,'
            + ('updatedAt:"' + utc(c.mod) + '",' if c.mod else '') + 'author:{name:c,slug:"' + slugify(args[2]) + '"},category:{name:d},content:'
            + js_json(''.join(f'<p>{esc(p)}</p>' for p in paras)) + ',seo:{title:a,description:' + js_json(paras[0][:140] if paras else '') + '}}}],fetch:{},error:e,state:{ui:{menuOpen:f,cookiesAccepted:f},auth:{user:e}},serverRendered:true,routePath:"'
            + path(a['url']) + '",config:{_app:{basePath:"/",assetsPath:"/_nuxt/",cdnURL:e}}}}(' + ','.join(js_json(x) for x in args) + ',null,false));')
    c.feat('json-state', 'nuxt-state', 'time-element')
    head = [f'<title>{esc(a["title"])} - {esc(a["site"])}</title>', '<meta data-n-head="ssr" charset="utf-8">',
            '<meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">',
            f'<meta data-n-head="ssr" data-hid="description" name="description" content="{att(paras[0][:140] if paras else "")}">',
            f'<meta data-n-head="ssr" data-hid="og:title" property="og:title" content="{att(a["title"])}">',
            f'<meta data-n-head="ssr" data-hid="og:type" property="og:type" content="article">',
            f'<link data-n-head="ssr" rel="canonical" href="{a["url"]}">',
            f'<link rel="preload" href="/_nuxt/{c.rnd.randint(10**8,10**9):x}.js" as="script"><link rel="preload" href="/_nuxt/app.{c.rnd.randint(10**8,10**9):x}.js" as="script">',
            f'<style data-vue-ssr-id="{c.rnd.randint(10**6,10**7):x}:0">.article-body p[{v}]{{margin:0 0 1.25rem}}</style>']
    if c.has('jsonld'):
        head.append('<script data-n-head="ssr" data-hid="ldjson" type="application/ld+json">' + js_json({'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': a['title'],
                    'datePublished': iso(d), 'author': a['authors'][0] if a['authors'] else None, 'publisher': a['site']}) + '</script>')
        c.feat('date-jsonld', 'author-jsonld-string')
    S = dict(p=lambda hh: f'<p {v}>{hh}</p>', h2=lambda hh: f'<h2 {v}>{hh}</h2>',
             ad=lambda: f'<div {v} class="ad-container"><div {v2} class="adunit" data-adunit="article_mid" data-size-mapping="mpu">{esc(L_["ad"])}</div></div>',
             ul=lambda it: f'<ul {v}>' + ''.join(f'<li {v}>{i}</li>' for i in it) + '</ul>',
             img=lambda cap, cred: f'<figure {v} class="article-figure"><img {v} src="{o}/_ipx/w_1200/media/{c.rnd.randint(1000,9999)}.jpg" alt="" loading="lazy"><figcaption {v}>{c.inl(cap)} <small {v}>{esc(cred)}</small></figcaption></figure>')
    segs = c.render(**S)
    body_html = f'</div><div {v} class="article-body__inline-related">{c.related_box("related-inline", n=2)}</div><div {v} class="article-body article-body--continued">'.join(segs)
    lab = {'es': 'Por', 'ko': '', 'en': 'By', 'it': 'di', 'pt': 'Por'}.get(c.lang, '')
    by = ''
    if a['authors']:
        if c.lang == 'ko':
            by = f'<span {v} class="byline">{esc(a["authors"][0])} 기자</span>'
        else:
            by = f'<span {v} class="byline">{lab} <a {v} href="/autor/{slugify(a["authors"][0])}" class="byline__author">{esc(a["authors"][0])}</a></span>'
        c.feat('author-byline')
    author_feats(c)
    if c.lang == 'ko':
        dates = f'<span {v} class="date">입력 <time {v} datetime="{iso(d)}">{vis(c, d)}</time></span>'
        if c.mod:
            dates += f' <span {v} class="date">수정 <time {v} datetime="{iso(c.mod)}">{vis(c, c.mod)}</time></span>'
            c.feat('modified-date')
    else:
        dates = f'<time {v} datetime="{iso(d)}" class="date">{vis(c, d)}</time>'
        if c.mod:
            dates += f' <span {v} class="date-updated">{esc(L_["updated"])}: <time {v} datetime="{iso(c.mod)}">{vis(c, c.mod)}</time></span>'
            c.feat('modified-date')
    lead = ''
    if a.get('lead'):
        lead = f'<div {v} class="article__lead entradilla"><p {v}>{c.inl(a["lead"])}</p></div>'
        c.feat('lead-block')
    body = f'''<div id="__nuxt"><!----><div id="__layout"><div {v2} class="layout-default">
<header {v2} class="site-header"><a {v2} href="/" class="nuxt-link-active logo">{esc(a["site"])}</a><nav {v2}><ul {v2} class="menu">{"".join(f'<li {v2}><a {v2} href="/{slugify(s)}">{esc(s)}</a></li>' for s in L_["secs"])}</ul></nav></header>
<main {v2}><article {v} class="article">
<div {v} class="article__header"><a {v} href="/{a["section_slug"]}" class="article__section">{esc(a["section"])}</a><h1 {v} class="article__title">{esc(a["title"])}</h1>
{('<h2 ' + v + ' class="article__subtitle">' + esc(a["dek"]) + '</h2>') if a.get("dek") else ""}
<div {v} class="article__meta">{by} {dates}</div></div>
{lead}
<div {v} class="article-body">
{body_html}
</div>
{c.tags("article__tags") if a.get("tags") else ""}
</article></main>
<footer {v2} class="site-footer">{c.footer("footer-inner")}</footer>
</div></div></div>
<script>{nuxt}</script><script src="/_nuxt/{c.rnd.randint(10**8,10**9):x}.js" defer></script><script src="/_nuxt/app.{c.rnd.randint(10**8,10**9):x}.js" defer></script>'''
    if a.get('dek'):
        c.feat('dek')
    return page(c, '\n'.join(head), body, html_attrs=' data-n-head-ssr data-n-head="%7B%22lang%22:%7B%22ssr%22:%22' + c.lang + '%22%7D%7D"')


# =============================================================== 2000s table-layout regional site
def t_table(c):
    a, L_ = c.a, c.L
    o = origin(a['url'])
    d = c.pub
    cs = a.get('charset')
    head = [c.charset_decl('http') if cs and cs.get('declared') else '', f'<title>{esc(a["site"])} - {esc(a["title"])}</title>',
            '<meta name="keywords" content="' + att(', '.join(a.get('tags', []))) + '">',
            '<link rel="stylesheet" href="/estilo.css" type="text/css">',
            '<script language="JavaScript" type="text/JavaScript">\n<!--\nfunction MM_openBrWindow(theURL,winName,features) { window.open(theURL,winName,features); }\n//-->\n</script>']
    fmt = a.get('table_date', 'dmy')
    if fmt == 'mdy':
        ds = f'{d.month:02d}/{d.day:02d}/{d.year}'
        c.feat('date-mdy')
    elif fmt == 'dmy_dot':
        ds = f'{d.day:02d}.{d.month:02d}.{d.year}'
    elif fmt == 'long':
        ds = vis(c, d, False)
    else:
        ds = f'{d.day:02d}/{d.month:02d}/{d.year}'
    if c.has('show_time'):
        ds += f' - {hm(d)}'
        c.gold_pub = naive(d)
    else:
        c.gold_pub = day(d)
    c.gold_mod = None
    c.feat('date-visible-only', 'table-layout', 'br-paragraphs')
    c.br = True
    by = ''
    if a['authors']:
        by = f'<font size="1" color="#666666">{esc(a.get("byline_text") or byline(c.lang, a["authors"]))}</font><br>'
        c.feat('author-byline')
    author_feats(c)
    S = dict(br_p=lambda h: f'{h}<br>\n<br>\n',
             table=lambda rows: ('<table width="100%" border="1" cellpadding="2" cellspacing="0" bordercolor="#CCCCCC">' + ''.join('<tr>' + ''.join(f'<td><font face="Verdana, Arial" size="2">{x}</font></td>' for x in r) + '</tr>' for r in rows) + '</table><br>'),
             h2=lambda h: f'<b>{h}</b><br>\n',
             ul=lambda it: ''.join(f'&middot; {i}<br>\n' for i in it) + '<br>\n',
             img=lambda cap, cred: f'<table align="right" width="200" border="0" cellpadding="3"><tr><td><img src="/fotos/{c.rnd.randint(100,999)}.jpg" width="200" height="150" border="0"><br><font size="1"><i>{c.inl(cap)} ({esc(cred)})</i></font></td></tr></table>',
             credit=lambda h: f'<i>{h}</i><br>\n')
    text = c.body_html(**S)
    left = ''.join(f'<tr><td class="menu" height="22">&nbsp;&raquo; <a href="/{slugify(s)}.asp" class="menu">{esc(s)}</a></td></tr>' for s in L_['secs'])
    body = f'''<table width="760" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="3"><a href="/"><img src="/img/topo.gif" width="760" height="90" border="0" alt="{att(a["site"])}"></a></td></tr>
<tr><td colspan="3" bgcolor="#003366" height="20"><font face="Verdana" size="1" color="#FFFFFF">&nbsp;{esc(vis(c, d, False))} | <a href="/" style="color:#FFFFFF">{esc(L_["home"])}</a></font></td></tr>
<tr>
<td width="150" valign="top" bgcolor="#EEEEEE"><table width="150" border="0" cellpadding="0" cellspacing="0">{left}</table><br><center><img src="/banners/lateral.gif" width="120" height="240" border="0" alt="{att(L_["ad"])}"></center></td>
<td width="460" valign="top"><table width="100%" border="0" cellpadding="8" cellspacing="0"><tr><td>
<font face="Verdana, Arial, Helvetica, sans-serif" size="1" color="#999999">{esc(a["section"])} - {ds}</font><br>
<font face="Georgia, Times New Roman" size="5" color="#003366"><b>{esc(a["title"])}</b></font><br>
{('<font face="Verdana" size="2" color="#666666"><i>' + esc(a["dek"]) + '</i></font><br>') if a.get("dek") else ""}
{by}<br>
<font face="Verdana, Arial, Helvetica, sans-serif" size="2">
{text}
</font>
<br><a href="javascript:MM_openBrWindow('/imprimir.asp?id={c.id}','imp','width=600,height=500')"><img src="/img/imprimir.gif" border="0"> Print</a> | <a href="/enviar.asp?id={c.id}">E-mail</a>
</td></tr></table></td>
<td width="150" valign="top"><font face="Verdana" size="1"><b>{esc(L_["related"])}</b><br>{"".join(f'&middot; <a href="/noticia.asp?id={c.rnd.randint(1000,9999)}">{esc(t)}</a><br>' for t in c.related_titles(4))}</font><br><img src="/banners/sky.gif" width="120" height="600" border="0"></td>
</tr>
<tr><td colspan="3" bgcolor="#003366" align="center"><font face="Verdana" size="1" color="#FFFFFF">&copy; {d.year} {esc(a["site"])} - {esc(L_["rights"])}<br>{esc(a.get("address", ""))}</font></td></tr>
</table>
<script type="text/javascript">var gaJsHost = (("https:" == document.location.protocol) ? "https://ssl." : "http://www."); document.write(unescape("%3Cscript src='" + gaJsHost + "google-analytics.test/ga.js' type='text/javascript'%3E%3C/script%3E"));</script>'''
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">\n<html>\n<head>\n' + '\n'.join(h for h in head if h)
            + f'\n</head>\n<body bgcolor="#CCCCCC" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">\n{body}\n</body>\n</html>\n')


# =============================================================== Hugo static site (PaperMod-like)
def t_hugo(c):
    a, L_ = c.a, c.L
    o = origin(a['url'])
    d = c.pub
    names = a['authors']
    tzabbr = a.get('tzabbr', d.strftime('%Z') or 'UTC')
    jl = {'@context': 'https://schema.org', '@type': 'BlogPosting', 'headline': a['title'], 'name': a['title'], 'description': a.get('dek', ''),
          'keywords': a.get('tags', []), 'articleBody': ' '.join(plain(v) for k, v in c.blocks if k == 'p')[:600],
          'wordCount': sum(len(plain(v).split()) for k, v in c.blocks if k == 'p'), 'inLanguage': c.lang,
          'datePublished': iso(d), 'dateModified': iso(c.mod or d), 'author': [{'@type': 'Person', 'name': n} for n in names],
          'mainEntityOfPage': {'@type': 'WebPage', '@id': a['url']}, 'publisher': {'@type': 'Organization', 'name': a['site'], 'logo': {'@type': 'ImageObject', 'url': o + '/favicon.ico'}}}
    c.feat('date-jsonld', 'author-jsonld-array')
    if c.mod:
        c.feat('modified-date')
    head = ['<meta charset="utf-8">', '<meta http-equiv="X-UA-Compatible" content="IE=edge">', '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">',
            '<meta name="robots" content="index, follow">', f'<title>{esc(a["title"])} | {esc(a["site"])}</title>',
            f'<meta name="keywords" content="{att(", ".join(a.get("tags", [])))}">', f'<meta name="description" content="{att(a.get("dek", ""))}">',
            f'<meta name="author" content="{att(", ".join(names))}">', f'<link rel="canonical" href="{a["url"]}">',
            f'<link crossorigin="anonymous" href="/assets/css/stylesheet.{c.rnd.randint(10**15,10**16):x}.css" integrity="sha256-abc=" rel="preload stylesheet" as="style">',
            f'<meta name="generator" content="Hugo 0.12{c.rnd.randint(0,5)}.{c.rnd.randint(0,9)}">', og(c),
            ld({'@context': 'https://schema.org', '@type': 'BreadcrumbList', 'itemListElement': [{'@type': 'ListItem', 'position': 1, 'name': 'Posts', 'item': o + '/posts/'},
                                                                                                 {'@type': 'ListItem', 'position': 2, 'name': a['title'], 'item': a['url']}]}),
            ld(jl)]
    anchors = lambda hh: slugify(plain(hh))
    S = dict(h2=lambda hh: f'<h2 id="{anchors(hh)}">{hh}<a hidden class="anchor" aria-hidden="true" href="#{anchors(hh)}">#</a></h2>',
             h3=lambda hh: f'<h3 id="{anchors(hh)}">{hh}<a hidden class="anchor" aria-hidden="true" href="#{anchors(hh)}">#</a></h3>',
             code=lambda ls: ('<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-bash" data-lang="bash">'
                              + ''.join(f'<span class="line"><span class="cl">{esc(l)}\n</span></span>' for l in ls) + '</code></pre></div>'),
             img=lambda cap, cred: f'<figure><img loading="lazy" src="/images/{c.rnd.randint(100,999)}.png" alt="{att(plain(cap))}"/><figcaption><p>{c.inl(cap)} ({esc(cred)})</p></figcaption></figure>')
    body_html = c.body_html(**S)
    toc = ''
    hs = [v for k, v in c.blocks if k == 'h2']
    if hs:
        toc = ('<details class="toc" open><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>'
               + ''.join(f'<li><a href="#{anchors(x)}" aria-label="{att(plain(x))}">{esc(plain(x))}</a></li>' for x in hs) + '</ul></div></details>')
        c.feat('toc')
    mins = max(1, sum(len(plain(v).split()) for k, v in c.blocks if k == 'p') // 200)
    ds = long_date(c.lang, d, 'short') if c.lang == 'en' else long_date(c.lang, d)
    meta = f'<span title=\'{d.strftime("%Y-%m-%d %H:%M:%S")} {iso(d)[-6:].replace(":", "")} {tzabbr}\'>{ds}</span>&nbsp;·&nbsp;{mins} {esc(L_["minread"])}&nbsp;·&nbsp;{esc(", ".join(names))}'
    if c.mod:
        meta += f'&nbsp;|&nbsp;<span title=\'{c.mod.strftime("%Y-%m-%d %H:%M:%S")}\'>{esc(L_["updated"])}: {long_date(c.lang, c.mod, "short") if c.lang == "en" else long_date(c.lang, c.mod)}</span>'
    body = f'''<script>localStorage.getItem("pref-theme") === "dark" ? document.body.classList.add('dark') : null</script>
<header class="header"><nav class="nav"><div class="logo"><a href="{o}/" accesskey="h" title="{att(a["site"])} (Alt + H)">{esc(a["site"])}</a><div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button></div></div>
<ul id="menu"><li><a href="{o}/posts/" title="Posts"><span>Posts</span></a></li><li><a href="{o}/tags/" title="Tags"><span>Tags</span></a></li><li><a href="{o}/about/" title="About"><span>About</span></a></li></ul></nav></header>
<main class="main">
<article class="post-single">
<header class="post-header">
<div class="breadcrumbs"><a href="{o}/">{esc(L_["home"])}</a>&nbsp;»&nbsp;<a href="{o}/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">{esc(a["title"])}</h1>
{('<div class="post-description">' + esc(a["dek"]) + '</div>') if a.get("dek") else ""}
<div class="post-meta">{meta}</div>
</header>
{toc}
<div class="post-content">{body_html}</div>
<footer class="post-footer"><ul class="post-tags">{"".join(f'<li><a href="{o}/tags/{slugify(t)}/">{esc(t)}</a></li>' for t in a.get("tags", []))}</ul>
<nav class="paginav"><a class="prev" href="{o}/posts/prev/"><span class="title">« Prev</span><br><span>{esc(c.related_titles(1)[0])}</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share on x" href="https://x.test/intent/tweet/?text={att(a["title"])}&amp;url={att(a["url"])}"><svg viewBox="0 0 512 512" height="30px" width="30px"></svg></a></li></ul>
</footer>
</article>
</main>
<footer class="footer"><span>&copy; {d.year} <a href="{o}/">{esc(a["site"])}</a></span> · <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>document.querySelectorAll('pre > code').forEach((codeblock) => {{ const container = codeblock.parentNode.parentNode; const copybutton = document.createElement('button'); copybutton.classList.add('copy-code'); copybutton.innerHTML = 'copy'; }});</script>'''
    if a.get('tags'):
        c.feat('tag-list')
    if a.get('dek'):
        c.feat('dek')
    return page(c, '\n'.join(head), body, html_attrs=' dir="auto"', body_attrs=' class="" id="top"')


# =============================================================== AMP
def t_amp(c):
    a, L_ = c.a, c.L
    o = origin(a['url'])
    d = c.pub
    names = a['authors']
    jl = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'mainEntityOfPage': a['canonical'] if a.get('canonical') else a['url'],
          'headline': a['title'], 'image': {'@type': 'ImageObject', 'url': o + f'/img/{c.id}.jpg', 'height': 800, 'width': 1200},
          'datePublished': iso(d), 'dateModified': iso(c.mod or d),
          'author': {'@type': 'Person', 'name': names[0]} if len(names) == 1 else [{'@type': 'Person', 'name': n} for n in names],
          'publisher': {'@type': 'Organization', 'name': a['site'], 'logo': {'@type': 'ImageObject', 'url': o + '/logo-amp.png', 'width': 600, 'height': 60}},
          'description': plain(a.get('lead') or first_p(c))[:160]}
    if a.get('agency'):
        jl['author'] = {'@type': 'Organization', 'name': a['agency']}
        c.feat('author-agency')
    elif not names:
        del jl['author']
    elif len(names) == 1:
        c.feat('author-jsonld-object')
    else:
        c.feat('author-jsonld-array')
    author_feats(c)
    c.feat('amp', 'date-jsonld')
    if c.mod:
        c.feat('modified-date')
    head = ['<meta charset="utf-8">', '<script async src="https://cdn.ampproject.org/v0.js"></script>',
            '<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>',
            '<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>',
            '<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>',
            '<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>',
            f'<title>{esc(a["title"])} - {esc(a["site"])}</title>', f'<link rel="canonical" href="{a.get("canonical", a["url"])}">',
            '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">', ld(jl, pretty=True),
            '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>',
            '<style amp-custom>body{font-family:Georgia,serif}.article-body p{line-height:1.6}.amp-ad-label{font-size:11px;color:#999}</style>']
    S = dict(ad=lambda: f'<div class="amp-ad-wrapper"><span class="amp-ad-label">{esc(L_["ad"])}</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/{slugify(a["site"])}/amp_article_{c.rnd.randint(1,5)}"><div placeholder></div><div fallback></div></amp-ad></div>',
             img=lambda cap, cred: f'<figure class="amp-fig"><amp-img src="{o}/img/{c.rnd.randint(1000,9999)}.jpg" width="1200" height="800" layout="responsive" alt="{att(plain(cap))}"></amp-img><figcaption>{c.inl(cap)} <span class="credit">{esc(cred)}</span></figcaption></figure>',
             tweet=lambda t, who='': f'<amp-twitter width="375" height="472" layout="responsive" data-tweetid="{c.rnd.randint(10**17,10**18)}"><blockquote placeholder class="twitter-tweet" data-lang="{c.lang}"><p lang="{c.lang}" dir="ltr">{esc(t)}</p>&mdash; {esc(who)}</blockquote></amp-twitter>')
    body_html = c.body_html(**S)
    lead = ''
    if a.get('lead'):
        lead = f'<p class="standfirst">{c.inl(a["lead"])}</p>'
        c.feat('lead-block')
    by = ''
    if a.get('agency'):
        by = f'<div class="byline">{esc(a["agency"])}</div>'
    elif names:
        by = f'<div class="byline">{esc(byline(c.lang, names))}</div>'
        c.feat('author-byline')
    ds = vis(c, d)
    upd = f'<span class="updated"> · {esc(L_["updated"])}: {esc(vis(c, c.mod))}</span>' if c.mod else ''
    rtl = ' dir="rtl"' if c.lang == 'ar' else ''
    body = f'''<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-AMP0000","config":{{"G-AMP0000":{{"groups":"default"}}}}}}}}</script></amp-analytics>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul>{"".join(f'<li><a href="{o}/{slugify(s)}/amp/">{esc(s)}</a></li>' for s in L_["secs"])}</ul></amp-sidebar>
<header class="amp-header"><button on="tap:sidebar.toggle" class="hamburger">☰</button><a href="{o}/amp/"><amp-img src="{o}/logo-amp.png" width="200" height="20" alt="{att(a["site"])}"></amp-img></a></header>
<main><article class="amp-article">
<div class="kicker">{esc(a["section"])}</div>
<h1 class="amp-title">{esc(a["title"])}</h1>
{('<h2 class="amp-dek">' + esc(a["dek"]) + '</h2>') if a.get("dek") else ""}
{by}<div class="amp-date"><span>{esc(ds)}</span>{upd}</div>
<amp-social-share type="facebook" width="32" height="32" data-param-app_id="0"></amp-social-share><amp-social-share type="twitter" width="32" height="32"></amp-social-share><amp-social-share type="whatsapp" width="32" height="32"></amp-social-share>
<amp-img src="{o}/img/{c.id}.jpg" width="1200" height="800" layout="responsive" alt=""></amp-img>
<div class="article-body">
{lead}
{body_html}
</div>
<a class="full-version" href="{a.get("canonical", a["url"])}">{"Ver versión completa" if c.lang == "es" else "View full version" if c.lang == "en" else "→"}</a>
</article></main>
<footer class="amp-footer"><p>© {d.year} {esc(a["site"])}</p></footer>'''
    c.feat('share-bar')
    if a.get('dek'):
        c.feat('dek')
    return f'<!doctype html>\n<html ⚡ lang="{c.lang}"{rtl}>\n<head>\n' + '\n'.join(head) + f'\n</head>\n<body>\n{body}\n</body>\n</html>\n'


# =============================================================== NewsML / IPTC-flavoured wire agency
def t_wire(c):
    a, L_ = c.a, c.L
    o = origin(a['url'])
    d = c.pub
    agency = a.get('agency')
    names = [] if agency and a['authors'] == [agency] else a['authors']
    guid = f'urn:newsml:{urlsafe(o)}:{d.strftime("%Y%m%d")}:{c.id}:{a.get("version", 1)}'
    head = [c.charset_decl(), f'<title>{esc(a["title"])} | {esc(a["site"])}</title>',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<meta name="DC.title" content="{att(a["title"])}">', f'<meta name="DC.creator" content="{att(agency or ", ".join(names))}">',
            f'<meta name="DC.date.issued" content="{utc(d)}">', f'<meta name="DC.language" content="{c.lang}">',
            f'<meta name="DC.publisher" content="{att(a["site"])}">', f'<meta name="iptc:guid" content="{guid}">',
            f'<meta name="iptc:urgency" content="{a.get("urgency", 4)}">', f'<meta name="iptc:subject" content="{a.get("subject", "medtop:04000000")}">',
            f'<meta name="iptc:located" content="{att(a.get("dateline_city", ""))}">', f'<link rel="canonical" href="{a["url"]}">',
            f'<link rel="alternate" type="application/vnd.iptc.g2.newsitem+xml" href="{o}/newsml/{c.id}.xml">']
    if c.mod:
        head.append(f'<meta name="DC.date.modified" content="{utc(c.mod)}">')
        c.feat('modified-date')
    c.feat('dublin-core', 'date-meta', 'date-utc-z')
    if agency and not names:
        c.feat('author-agency')
    elif names:
        c.feat('author-byline')
    S = dict(p=lambda h: f'<p class="p">{h}</p>', credit=lambda h: f'<p class="p credit">{h}</p>',
             table=lambda rows: ('<table class="nitf-table" border="0"><tr>' + ''.join(f'<th>{x}</th>' for x in rows[0]) + '</tr>' + ''.join('<tr>' + ''.join(f'<td>{x}</td>' for x in r) + '</tr>' for r in rows[1:]) + '</table>'),
             h2=lambda h: f'<h2 class="hl2">{h}</h2>')
    body_html = c.body_html(**S)
    stamp = (f'{d.day:02d} {MONTHS["en"][d.month-1][:3]} {d.year} {hm(d.astimezone(__import__("datetime").timezone.utc))} GMT' if c.lang == 'en'
             else f'{d.day:02d}.{d.month:02d}.{d.year} {hm(d)}' if c.lang in ('de', 'ru', 'pl', 'tr') else f'{d.day:02d}/{d.month:02d}/{d.year} {hm(d)}' if c.lang in ('fr', 'es', 'pt', 'it')
             else f'{d.year}-{d.month:02d}-{d.day:02d} {hm(d)}')
    by = ''
    if names:
        by = f'<p class="byline">{esc(byline(c.lang, names))}</p>'
    elif agency:
        by = f'<p class="byline distributor">{esc(agency)}</p>'
    keys = ''.join(f'<li class="keyword">{esc(t)}</li>' for t in a.get('tags', []))
    body = f'''<div id="wire">
<div class="topbar"><a class="brand" href="{o}/">{esc(a["site"])}</a><span class="service">{esc(a.get("service", "Newswire"))}</span><ul class="services">{"".join(f'<li><a href="{o}/wire/{slugify(s)}">{esc(s)}</a></li>' for s in L_["secs"][:4])}</ul><a class="login" href="{o}/client/login">Client login</a></div>
<div class="container">
<article class="nitf" itemscope itemtype="http://schema.org/NewsArticle" data-guid="{guid}" data-version="{a.get("version", 1)}">
<div class="body-head">
<div class="docdata"><span class="slugline">{esc(a.get("slugline", slugify(a["title"]).upper()[:30]))}</span> <span class="urgency">U{a.get("urgency", 4)}</span> <span class="doc-id">{c.id}</span></div>
<h1 class="hl1" itemprop="headline">{esc(a["title"])}</h1>
{by}
<p class="dateline-stamp"><time itemprop="datePublished" datetime="{utc(d)}">{stamp}</time></p>
</div>
<div class="body-content" itemprop="articleBody">
{body_html}
</div>
<div class="body-end"><ul class="keywords">{keys}</ul><p class="tagline">{esc(a.get("tagline_end", ""))}</p></div>
</article>
<aside class="more-wire"><h3>{esc(L_["related"])}</h3><ul>{"".join(f'<li><a href="{o}/wire/{c.rnd.randint(10**5,10**6)}">{esc(t)}</a></li>' for t in c.related_titles(5))}</ul></aside>
</div>
<footer class="wire-footer"><p>© {d.year} {esc(a["site"])}. {esc(L_["rights"])}</p></footer>
</div>'''
    c.feat('time-element')
    return page(c, '\n'.join(head), body)


def urlsafe(o):
    return o.split('//')[1]


# =============================================================== Chinese portal (Sina/NetEase-like)
def t_cn_portal(c):
    a, L_ = c.a, c.L
    o = origin(a['url'])
    d = c.pub
    names = a['authors']
    head = [c.charset_decl('http'), f'<title>{esc(a["title"])}_{esc(a["section"])}_{esc(a["site"])}</title>',
            f'<meta name="keywords" content="{att(",".join(a.get("tags", [])))}" />',
            f'<meta name="description" content="{att(plain(first_p(c))[:100])}" />',
            f'<meta property="og:type" content="news" />', f'<meta property="og:title" content="{att(a["title"])}" />',
            f'<meta property="og:url" content="{a["url"]}" />']
    if c.has('meta_times'):
        head.append(f'<meta property="article:published_time" content="{iso(d)}" />')
        head.append(f'<meta name="weibo: article:create_at" content="{d.strftime("%Y-%m-%d %H:%M:%S")}" />')
        c.feat('date-meta')
    else:
        c.gold_pub = naive(d)
        c.feat('date-visible-only')
    if names and c.has('meta_author'):
        head.append(f'<meta property="article:author" content="{att(names[0])}" />')
        c.feat('author-meta')
    head.append('<meta name="mediaid" content="' + esc(a.get('source', a['site'])) + '" />')
    head.append('<link rel="stylesheet" type="text/css" href="//n.portal.test/news/css/article_v2.css" />')
    head.append('<script type="text/javascript">var ARTICLE_DATA = {channel:"' + a['section_slug'] + '", newsid:"' + f'comos-{c.rnd.randint(10**8,10**9):x}' + '", title:"' + a['title'].replace('"', '\\"') + '", pagetype:"article"};</script>')
    c.gold_mod = None
    ind = '\u3000\u3000'
    S = dict(p=lambda h: f'<p>{ind}{h}</p>', h2=lambda h: f'<p><strong>{h}</strong></p>',
             img=lambda cap, cred: f'<div class="img_wrapper"><img src="//n.portal.test/news/transform/{c.rnd.randint(100,999)}/w550h366/{d.strftime("%Y%m%d")}/{c.rnd.randint(1000,9999)}.jpg" alt="{att(plain(cap))}" /><span class="img_descr">{c.inl(cap)}（{esc(cred)}）</span></div>',
             credit=lambda h: f'<p class="show_author">{h}</p>',
             ad=lambda: f'<div id="ad_{c.rnd.randint(10000,99999)}" class="ad_content"><ins class="sinaads" data-ad-pdps="PDPS0000000{c.rnd.randint(10000,99999)}"></ins><script>(sinaads = window.sinaads || []).push({{}});</script></div>')
    body_html = c.body_html(**S)
    srcs = f'<a href="{o}/" class="source ent-source" target="_blank" rel="nofollow">{esc(a.get("source", a["site"]))}</a>'
    reporter = ''
    if names:
        reporter = f'<span class="author">{"记者 " if not c.has("zuozhe") else "作者："}{esc(" ".join(names))}</span>'
        c.feat('author-byline')
    author_feats(c)
    body = f'''<div class="top-nav-wrap"><div class="top-nav"><a href="{o}/" class="logo">{esc(a["site"])}</a><ul class="nav-list">{"".join(f'<li><a href="{o}/{slugify(s)}/">{esc(s)}</a></li>' for s in L_["secs"])}</ul><div class="tn-search"><input type="text" value="搜索" /></div></div></div>
<div class="main-content w1240">
<div class="channel-path"><a href="{o}/">{esc(L_["home"])}</a> &gt; <a href="{o}/{a["section_slug"]}/">{esc(a["section"])}</a> &gt; 正文</div>
<h1 class="main-title">{esc(a["title"])}</h1>
<div class="top-bar-wrap"><div class="top-bar"><div class="date-source"><span class="date">{vis(c, d)}</span>{srcs}{reporter}</div>
<div class="top-share"><span>{esc(L_["share"])}：</span><a class="weibo" href="#">微博</a><a class="weixin" href="#">微信</a><a class="qzone" href="#">QQ空间</a></div></div></div>
<div class="article-content clearfix"><div class="article-content-left">
<div class="article" id="artibody" data-sudaclick="blk_content">
{body_html}
</div>
<div class="article-bottom clearfix"><div class="keywords" id="keywords" data-wbkey="{att(",".join(a.get("tags", [])))}"><span>{esc(L_["tags"])}：</span>{"".join(f'<a href="//tags.portal.test/{esc(t)}" target="_blank">{esc(t)}</a>' for t in a.get("tags", []))}</div></div>
<div class="blk-related"><h3>{esc(L_["related"])}</h3><ul>{"".join(f'<li><a href="{o}/{a["section_slug"]}/{d.strftime("%Y-%m-%d")}/doc-{c.rnd.randint(10**8,10**9):x}.shtml">{esc(t)}</a></li>' for t in c.related_titles(5))}</ul></div>
<div class="blk-comment"><h3>{esc(L_["comments"])}</h3><div class="comment-list">{"".join(f'<div class="item"><span class="name">{esc(w)}</span>：<span class="txt">{esc(t)}</span></div>' for w, t in __import__("strings").COMMENTS["zh"])}</div></div>
</div>
<div class="article-content-right"><div class="ad-right"><ins class="sinaads" data-ad-pdps="PDPS000000056054"></ins></div><div class="hot-news"><h3>热门排行</h3><ol>{"".join(f'<li><a href="#">{esc(t)}</a></li>' for t in c.related_titles(6))}</ol></div></div>
</div></div>
<div class="footer"><p><a href="{o}/about/">关于我们</a> | <a href="{o}/contact/">联系我们</a> | <a href="{o}/jobs/">招聘信息</a></p><p>Copyright © 1998-{d.year} {esc(a["site"])} All Rights Reserved</p><p>京ICP证000000号</p></div>'''
    if a.get('tags'):
        c.feat('tag-list')
    c.feat('comments', 'ideographic-space-indent')
    return '<!DOCTYPE html>\n<html>\n<head>\n' + '\n'.join(head) + f'\n</head>\n<body>\n{body}\n</body>\n</html>\n'


# =============================================================== Japanese newspaper
def t_jp_news(c):
    a, L_ = c.a, c.L
    o = origin(a['url'])
    d = c.pub
    names = a['authors']
    obf = lambda: ''.join(c.rnd.choice('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(9))
    head = [c.charset_decl('http' if c.has('legacy') else 'html5'), f'<title>{esc(a["title"])}：{esc(a["site"])}</title>',
            '<meta name="viewport" content="width=device-width,initial-scale=1">',
            f'<meta name="description" content="{att(plain(first_p(c))[:100])}">', f'<link rel="canonical" href="{a["url"]}">']
    if not c.has('legacy'):
        jl = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': a['title'], 'datePublished': iso(d), 'dateModified': iso(c.mod or d),
              'author': [{'@type': 'Person', 'name': n} for n in names] if names else {'@type': 'Organization', 'name': a['site']},
              'publisher': {'@type': 'Organization', 'name': a['site']}, 'isAccessibleForFree': not c.has('paywall'), 'mainEntityOfPage': a['url']}
        head.append(ld(jl))
        head.append(og(c))
        c.feat('date-jsonld')
        if names:
            c.feat('author-jsonld-array')
    else:
        c.gold_pub = naive(d)
        c.gold_mod = None
        c.feat('date-visible-only')
    p = lambda h: f'<p class="{obf()}">{h}</p>'
    S = dict(p=p, h2=lambda h: f'<h2 class="{obf()}">{h}</h2>',
             img=lambda cap, cred: f'<figure class="{obf()}"><img src="{o}/imgs/{d.strftime("%Y%m%d")}/{c.rnd.randint(10**5,10**6)}.jpg" alt="{att(plain(cap))}" width="640" height="427"><figcaption>{c.inl(cap)}＝{esc(cred)}</figcaption></figure>',
             table=lambda rows: '<table class="tbl">' + ''.join('<tr>' + ''.join(f'<td>{x}</td>' for x in r) + '</tr>' for r in rows) + '</table>')
    segs = c.render(**S)
    body_html = segs[0]
    pw = ''
    if c.has('paywall'):
        c.feat('paywall-notice')
        pw = f'<div class="{obf()} paywall-notice"><p>{esc(L_["paywall"])}</p><p>残り{c.rnd.randint(500,2000)}文字（全文{c.rnd.randint(2000,3000)}文字）</p><a href="{o}/subscribe/">今すぐ登録</a></div>'
    if len(segs) > 1:
        body_html = segs[0] + f'<div class="{obf()}" data-ad="middle"><div class="ad-label">{esc(L_["ad"])}</div></div>' + ''.join(segs[1:])
    dtxt = f'{d.year}年{d.month}月{d.day}日 {d.hour}時{d.minute:02d}分'
    t = f'<time datetime="{iso(d)}">{dtxt}</time>' if not c.has('legacy') else f'<span class="date">{dtxt}</span>'
    if c.mod and not c.has('legacy'):
        t += f'<span class="upd">（{d.month}月{d.day}日 {c.mod.hour}時{c.mod.minute:02d}分更新）</span>' if c.mod.date() == d.date() else f'<span class="upd">（{esc(L_["updated"])} {c.mod.year}年{c.mod.month}月{c.mod.day}日 {c.mod.hour}時{c.mod.minute:02d}分）</span>'
        c.feat('modified-date')
    by = ''
    if names:
        by = f'<div class="{obf()} byline">' + '、'.join(f'<a href="{o}/reporter/{c.rnd.randint(100,999)}">{esc(n)}</a>' for n in names) + '</div>'
        c.feat('author-byline')
    author_feats(c)
    body = f'''<div id="wrapper">
<header class="{obf()}"><div class="logo"><a href="{o}/">{esc(a["site"])}</a></div><nav><ul>{"".join(f'<li><a href="{o}/{slugify(s)}/">{esc(s)}</a></li>' for s in L_["secs"])}</ul></nav><a class="login" href="{o}/login/">ログイン</a></header>
<div class="breadcrumb"><a href="{o}/">{esc(L_["home"])}</a> ＞ <a href="{o}/{a["section_slug"]}/">{esc(a["section"])}</a></div>
<main><article class="{obf()}">
<div class="{obf()} article-header"><h1>{esc(a["title"])}</h1>{by}<div class="{obf()} date">{t}</div>
<div class="{obf()} share"><a href="https://x.test/share">ポスト</a><a href="https://www.facebook.test/share">シェア</a><a href="https://b.hatena.test/entry/">ブックマーク</a></div></div>
<div class="{obf()} article-body" id="article-body">
{body_html}
</div>
{pw}
<div class="{obf()}"><h2>{esc(L_["related"])}</h2><ul>{"".join(f'<li><a href="{o}/articles/{c.rnd.randint(10**7,10**8)}">{esc(x)}</a></li>' for x in c.related_titles(4))}</ul></div>
</article></main>
<footer><p>{esc(L_["foot"][0])} | {esc(L_["foot"][1])} | {esc(L_["foot"][2])}</p><p>Copyright © {esc(a["site"])} {d.year}. All rights reserved. 無断転載を禁じます。</p></footer>
</div>'''
    c.feat('share-bar')
    return page(c, '\n'.join(head), body)


# =============================================================== Arabic RTL news portal
def t_ar_rtl(c):
    a, L_ = c.a, c.L
    o = origin(a['url'])
    d = c.pub
    names = a['authors']
    AD = str.maketrans('0123456789', '٠١٢٣٤٥٦٧٨٩')
    wd = WEEKDAYS['ar'][d.weekday()]
    ampm_ar = 'ص' if d.hour < 12 else 'م'
    h12 = d.hour % 12 or 12
    ds = f'{wd} {d.day:02d} {MONTHS["ar"][d.month-1]} {d.year} - {h12:02d}:{d.minute:02d} {ampm_ar}'
    if c.has('arabic_digits'):
        ds = ds.translate(AD)
        c.feat('arabic-indic-digits')
    head = ['<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">', f'<title>{esc(a["title"])} | {esc(a["site"])}</title>',
            f'<meta name="description" content="{att(plain(a.get("lead") or first_p(c))[:150])}">', f'<link rel="canonical" href="{a["url"]}">',
            '<link rel="stylesheet" href="/themes/news/css/bootstrap.rtl.min.css">']
    if c.has('jsonld'):
        jl = {'@context': 'http://schema.org', '@type': 'NewsArticle', 'headline': a['title'], 'datePublished': iso(d),
              'dateModified': iso(c.mod or d), 'author': {'@type': 'Person', 'name': names[0]} if names else {'@type': 'Organization', 'name': a['site']},
              'publisher': {'@type': 'Organization', 'name': a['site'], 'logo': {'@type': 'ImageObject', 'url': o + '/logo.png'}}, 'inLanguage': 'ar'}
        head.append(ld(jl))
        head.append(og(c))
        c.feat('date-jsonld')
        if names:
            c.feat('author-jsonld-object')
        if c.mod:
            c.feat('modified-date')
    else:
        c.gold_pub = naive(d)
        c.gold_mod = None
        c.feat('date-visible-only')
    by = ''
    if names:
        lab = a.get('ar_by', 'كتب')
        by = f'<div class="writer"><span>{lab}: </span><a href="/writer/{c.rnd.randint(10,999)}">{esc(names[0])}</a></div>'
        c.feat('author-byline')
    author_feats(c)
    lead = ''
    if a.get('lead'):
        lead = f'<div class="article-brief"><p>{c.inl(a["lead"])}</p></div>'
        c.feat('lead-block')
    segs = c.render(ad=lambda: f'<div class="ads-inread"><span>{esc(L_["ad"])}</span><div id="div-gpt-ad-inread-{c.rnd.randint(1,5)}"></div></div>',
                    readmore=lambda t: f'<div class="read-also"><strong>{esc(L_["readmore"])}</strong> <a href="/news/{c.rnd.randint(10**5,10**6)}">{esc(t)}</a></div>')
    body_html = '\n</div>\n<div class="in-article-related">' + c.related_box('related-inline', n=2) + '</div>\n<div class="article-text">\n'
    body_html = body_html.join(segs)
    body = f'''<div class="top-bar"><div class="container"><span class="today">{esc(vis(c, d, False))}</span><a href="/en/" class="lang-switch">English</a></div></div>
<header class="main-header"><div class="container"><a href="/" class="logo"><img src="/themes/news/img/logo.svg" alt="{att(a["site"])}"></a>
<nav class="main-menu"><ul>{"".join(f'<li><a href="/section/{i + 1}">{esc(s)}</a></li>' for i, s in enumerate(L_["secs"]))}</ul></nav></div></header>
<div class="breaking-bar"><span class="label">عاجل</span><marquee direction="right">{esc(c.related_titles(1)[0])}</marquee></div>
<div class="container"><div class="row"><div class="col-lg-8">
<ol class="breadcrumb"><li><a href="/">{esc(L_["home"])}</a></li><li><a href="/section/{c.rnd.randint(1,9)}">{esc(a["section"])}</a></li></ol>
<article class="article-page">
<h1 class="article-title">{esc(a["title"])}</h1>
{by}
<div class="article-date"><i class="icon-clock"></i> {PUBL["ar"]}: {ds}</div>
{c.share("article-share") if c.has("share") else ""}
<div class="article-img"><img src="/Upload/News/{d.strftime("%Y/%m/%d")}/{c.rnd.randint(10**5,10**6)}.jpg" alt="{att(a["title"])}"><p class="img-caption">{esc(a.get("caption", ""))}</p></div>
{lead}
<div class="article-text">
{body_html}
</div>
{c.tags("article-tags") if a.get("tags") else ""}
</article>
{c.comments_html("fb-comments-box") if c.has("comments") else ""}
</div>
<aside class="col-lg-4"><div class="most-read"><h3>الأكثر قراءة</h3><ol>{"".join(f'<li><a href="/news/{c.rnd.randint(10**5,10**6)}">{esc(t)}</a></li>' for t in c.related_titles(5))}</ol></div></aside>
</div></div>
<footer class="main-footer"><div class="container"><p>{" | ".join(esc(x) for x in L_["foot"])}</p><p>{esc(L_["rights"])} © {esc(a["site"])} {d.year}</p></div></footer>'''
    c.feat('rtl')
    return page(c, '\n'.join(head), body, html_attrs=' dir="rtl"')


# =============================================================== Live blog
def t_liveblog(c):
    a, L_ = c.a, c.L
    o = origin(a['url'])
    d = c.pub
    names = a['authors']
    # group blocks into summary (before first update) and updates
    summary, updates = [], []
    for k, v in c.blocks:
        if k == 'video' and v and v[0].startswith('@'):
            pass
    # updates are introduced by '[video @ISO]'-free markers: we use h3 blocks starting with '@' time stamps
    cur = None
    for k, v in c.blocks:
        if k == 'h3' and v.startswith('@'):
            ts, _, title = v[1:].partition(' ')
            cur = {'ts': D(ts), 'title': title, 'blocks': []}
            updates.append(cur)
        elif cur is None:
            summary.append((k, v))
        else:
            cur['blocks'].append((k, v))
    upd_ld = []
    for u in updates:
        upd_ld.append({'@type': 'BlogPosting', 'headline': plain(u['title']) if u['title'] else plain(next((v for k, v in u['blocks'] if k == 'p'), ''))[:80],
                       'datePublished': iso(u['ts']), 'articleBody': ' '.join(plain(v) for k, v in u['blocks'] if k == 'p'), 'url': a['url'] + f'#post-{epoch_ms(u["ts"])}'})
    last = max([u['ts'] for u in updates] + [d])
    jl = {'@context': 'https://schema.org', '@type': 'LiveBlogPosting', '@id': a['url'], 'headline': a['title'], 'url': a['url'],
          'datePublished': iso(d), 'dateModified': iso(last), 'coverageStartTime': iso(d), 'coverageEndTime': iso(a.get('coverage_end') and D(a['coverage_end']) or last),
          'author': [{'@type': 'Person', 'name': n} for n in names], 'publisher': {'@type': 'Organization', 'name': a['site']},
          'about': {'@type': 'Event', 'name': a.get('event', a['title']), 'startDate': iso(d), 'location': {'@type': 'Place', 'name': a.get('place', '')}},
          'liveBlogUpdate': upd_ld}
    c.gold_mod = iso(last)
    c.feat('liveblog', 'date-jsonld', 'modified-date', 'author-jsonld-array' if names else 'no-author')
    head = [c.charset_decl(), '<meta name="viewport" content="width=device-width, initial-scale=1">', f'<title>{esc(a["title"])} | {esc(a["site"])}</title>',
            f'<link rel="canonical" href="{a["url"]}">', og(c), ld(jl),
            '<script>window.liveblog = {pollInterval: 30000, endpoint: "/api/liveblog/' + str(c.id) + '/entries", lastEntry: ' + str(epoch_ms(last)) + '};</script>']
    real_blocks = c.blocks

    def render_sub(bl):
        c.blocks = bl
        return c.body_html()
    summ = ''
    if summary:
        summ = f'<section class="liveblog-summary" aria-label="Key points"><h2>{esc(a.get("summary_label", "Key events"))}</h2>{render_sub(summary)}</section>'
        c.feat('lead-block')
    posts = []
    for u in sorted(updates, key=lambda u: u['ts'], reverse=not c.has('chrono')):
        t = u['ts']
        rel = ''
        if c.has('relative') and u is updates[-1]:
            rel = f'<span class="liveblog-entry__relative">{esc(a.get("relative_text", ""))}</span> '
            c.feat('relative-date')
        title = f'<h3 class="liveblog-entry__title">{c.inl(u["title"])}</h3>' if u['title'] else ''
        posts.append(f'<article class="liveblog-entry" id="post-{epoch_ms(t)}" data-timestamp="{epoch_ms(t)}"><header class="liveblog-entry__meta">{rel}<time class="liveblog-entry__time" datetime="{iso(t)}">{hm(t)}</time>'
                     + (f'<span class="liveblog-entry__author">{esc(names[0])}</span>' if names and c.has('entry_author') else '') + f'</header>{title}<div class="liveblog-entry__body">{render_sub(u["blocks"])}</div>'
                     f'<footer class="liveblog-entry__share"><a href="{a["url"]}#post-{epoch_ms(t)}">Link</a></footer></article>')
    c.blocks = real_blocks
    by = f'<p class="liveblog-byline">{esc(byline(c.lang, names))}</p>' if names else ''
    if names:
        c.feat('author-byline')
    body = f'''<header class="site-header"><a href="/" class="logo">{esc(a["site"])}</a>{c.nav("site-nav", "nav-list")}</header>
{c.cookie() if c.has("cookie") else ""}
<main class="liveblog">
<div class="liveblog-header"><span class="live-badge">LIVE</span><h1 class="liveblog-title">{esc(a["title"])}</h1>
{('<p class="liveblog-dek">' + esc(a["dek"]) + '</p>') if a.get("dek") else ""}
{by}<p class="liveblog-dates">{esc(L_["updated"])} <time datetime="{iso(last)}">{esc(vis(c, last))}</time></p></div>
{summ}
<div class="liveblog-feed" aria-live="polite">
<button class="liveblog-new-posts" hidden>▲</button>
{"".join(posts)}
</div>
<button class="liveblog-load-more">…</button>
</main>
{c.footer()}'''
    if a.get('dek'):
        c.feat('dek')
    return page(c, '\n'.join(head), body)


TEMPLATES2 = dict(blogger=t_blogger, medium=t_medium, substack=t_substack, nextjs=t_nextjs, nuxt=t_nuxt, table_legacy=t_table,
                  hugo=t_hugo, amp=t_amp, newsml_wire=t_wire, cn_portal=t_cn_portal, jp_newspaper=t_jp_news, ar_rtl=t_ar_rtl, liveblog=t_liveblog)
