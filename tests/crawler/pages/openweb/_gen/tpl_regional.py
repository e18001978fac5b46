"""Regional stacks: 1C-Bitrix (ru), Naver/Daum/NDSoft (ko), Sina/NetEase (zh), Japanese news CMS,
Arabic RTL news CMS, and a legacy table-layout CMS used by old sites in several languages."""
import json

from .base import (ad_slot, comments_block, cookie_banner, copyright_line, footer_links, most_read, nav_items,
                   newsletter_box, related_list, render_body, share_bar, wrap_doc, huge_script)
from .common import (esc, qa, iso, iso_utc, jdump, inline_text, inline_html, words_count, gold_body, hexid, alnum,
                     two, fmt_date, AR_DIGITS, L)


def _ld(p, typ="NewsArticle", naive=False, authors=True):
    d = {"@context": "https://schema.org", "@type": typ, "headline": p.title,
         "mainEntityOfPage": {"@type": "WebPage", "@id": p.url}, "image": [p.image], "description": p.desc}
    f = (lambda dt: dt.strftime("%Y-%m-%dT%H:%M:%S")) if naive else iso
    d["datePublished"] = f(p.pub)
    if p.mod:
        d["dateModified"] = f(p.mod)
    if authors and p.authors:
        d["author"] = [{"@type": "Person", "name": n} for n in p.authors]
    d["publisher"] = {"@type": "Organization", "name": p.site, "logo": {"@type": "ImageObject", "url": p.home + "logo.png"}}
    return '<script type="application/ld+json">%s</script>' % jdump(d)


# ------------------------------------------------------------------------------------------ 1C-Bitrix
def render_bitrix(p):
    """1C-Bitrix site with the bitrix:news.detail component (.default template)."""
    lo = p.loc
    cs = p.opts.get("declared_charset", "UTF-8")
    head = ['<meta http-equiv="Content-Type" content="text/html; charset=%s" />' % cs,
            '<meta name="robots" content="index, follow" />',
            '<meta name="keywords" content="%s" />' % qa(", ".join(p.tags)),
            '<meta name="description" content="%s" />' % qa(p.desc),
            '<link href="/bitrix/js/main/core/css/core.min.css?%d" type="text/css" rel="stylesheet" />' % p.rng.randint(1500000000, 1700000000),
            '<link href="/bitrix/templates/%s/components/bitrix/news/news/bitrix/news.detail/.default/style.css?%d" type="text/css" rel="stylesheet" />' % (p.o.get("bx_tpl", "main"), p.rng.randint(1000, 9999)),
            "<script type=\"text/javascript\">if(!window.BX)window.BX={};if(!window.BX.message)window.BX.message=function(mess){if(typeof mess==='object'){for(let i in mess) {BX.message[i]=mess[i];} return true;}};</script>",
            "<script type=\"text/javascript\">(window.BX||top.BX).message({'JS_CORE_LOADING':'Загрузка...','JS_CORE_NO_DATA':'- Нет данных -','JS_CORE_WINDOW_CLOSE':'Закрыть',"
            "'LANGUAGE_ID':'ru','FORMAT_DATE':'DD.MM.YYYY','FORMAT_DATETIME':'DD.MM.YYYY HH:MI:SS','COOKIE_PREFIX':'BITRIX_SM','SERVER_TZ_OFFSET':'%d',"
            "'SITE_ID':'s1','SITE_DIR':'/','USER_ID':'','SERVER_TIME':'%d','USER_TZ_OFFSET':'0','USER_TZ_AUTO':'Y','bitrix_sessid':'%s'});</script>"
            % (int(p.pub.utcoffset().total_seconds()), int(p.pub.timestamp()) + 86400 * 30, hexid(p.rng, 32)),
            '<script type="text/javascript" src="/bitrix/js/main/core/core.min.js?%d"></script>' % p.rng.randint(1500000000, 1700000000),
            "<script>BX.setJSList(['/bitrix/js/main/core/core_fx.js','/bitrix/js/main/session.js','/bitrix/js/main/pageobject/pageobject.js','/bitrix/templates/%s/js/script.js']);</script>" % p.o.get("bx_tpl", "main"),
            "<script>BX.setCSSList(['/bitrix/templates/%s/template_styles.css']);</script>" % p.o.get("bx_tpl", "main"),
            '<title>%s</title>' % esc(p.title)]
    if p.opts.get("og"):
        head += ['<meta property="og:title" content="%s" />' % qa(p.title), '<meta property="og:type" content="article" />',
                 '<meta property="og:url" content="%s" />' % qa(p.url), '<meta property="og:image" content="%s" />' % qa(p.image)]
        if p.date_mode == "full":
            head.append('<meta property="article:published_time" content="%s" />' % iso(p.pub))
    if p.opts.get("huge_head_script"):
        head.append(huge_script(p))

    def related(p, arg):
        t, u = (arg, "/news/%d/" % p.rng.randint(10000, 99999)) if arg else p.next_related()
        p.B(t)
        return '<p><b>%s</b> <a href="%s">%s</a></p>' % (esc(lo["read_more"]), qa(u), esc(t))
    if p.opts.get("bitrix_br"):
        fl = {"p": lambda p, h, i: "%s<br />\n<br />" % h, "related": related}
    else:
        fl = {"related": related}
    body = render_body(p, fl)
    props = ""
    if p.byline:
        props += "%s&nbsp;%s<br />" % (esc("Автор:"), esc(p.byline_names()))
    if p.opts.get("source"):
        props += "Источник:&nbsp;%s<br />" % esc(p.B(p.opts["source"]))
        p.B("Источник:")
    p.B("Автор:")
    if p.date_mode in ("text", "full"):
        dt = '<span class="news-date-time">%s</span>' % esc(p.vdate("numtime"))
    else:
        dt = '<span class="news-date-time">%s</span>' % esc(p.vdate("num"))
    title_tag = p.opts.get("bx_title_tag", "h3")
    detail = ('<div class="news-detail"><img class="detail_picture" border="0" src="/upload/iblock/%s/%s.jpg" width="600" height="400" alt="%s" title="%s" />'
              '%s<%s>%s</%s>\n%s\n<div style="clear:both"></div><br />%s'
              '<div class="news-detail-share"><noindex><div class="ya-share2" data-services="vkontakte,odnoklassniki,telegram,whatsapp"></div></noindex></div></div>'
              '<p><a href="/news/">Возврат к списку</a></p>'
              % (hexid(p.rng, 3), hexid(p.rng, 32), qa(p.title), qa(p.title), dt, title_tag, esc(p.title), title_tag, body, props))
    p.B("Возврат к списку", "Главная", "Новости")
    h1 = ""
    if p.opts.get("bx_h1"):
        h1 = '<h1 id="pagetitle">%s</h1>' % esc(p.title)
    left = "".join('<li><a href="%s">%s</a></li>' % (qa(u), esc(p.B(t))) for t, u in p.related(6))
    p.B("Последние новости")
    page = ('<body><div id="panel"></div><div class="wrapper"><div class="header"><div class="logo"><a href="/"><img src="/bitrix/templates/%s/images/logo.png" alt="%s" /></a></div>'
            '<div class="header-phone">+7 (3452) 00-00-00</div>'
            '<ul id="horizontal-multilevel-menu">%s</ul></div>'
            '<div class="content"><div class="bx-breadcrumb" itemprop="http://schema.org/breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList">'
            '<div class="bx-breadcrumb-item" id="bx_breadcrumb_0" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" title="Главная" itemprop="item"><span itemprop="name">Главная</span></a><meta itemprop="position" content="1" /></div>'
            '<div class="bx-breadcrumb-item" id="bx_breadcrumb_1" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><i class="fa fa-angle-right"></i><a href="/news/" title="Новости" itemprop="item"><span itemprop="name">Новости</span></a><meta itemprop="position" content="2" /></div></div>'
            '%s<div class="main-column">%s</div>'
            '<div class="right-column"><div class="news-list-side"><h4>Последние новости</h4><ul>%s</ul></div>%s</div></div>'
            '<div class="footer"><div class="footer-menu"><ul>%s</ul></div><div class="copyright">%s</div><div class="counters"><!-- Yandex.Metrika counter --><script type="text/javascript">(function(m,e,t,r,i,k,a){m[i]=m[i]||function(){(m[i].a=m[i].a||[]).push(arguments)};m[i].l=1*new Date();})(window, document, "script", "https://mc.yandex.test/metrika/tag.js", "ym");ym(%d, "init", {clickmap:true, trackLinks:true, accurateTrackBounce:true});</script><!-- /Yandex.Metrika counter --></div></div>'
            '</div>%s</body>'
            % (p.o.get("bx_tpl", "main"), qa(p.site), nav_items(p, '<li><a href="{u}" class="root-item">{t}</a></li>'), h1, detail, left,
               ad_slot(p, "banner-right"), footer_links(p), copyright_line(p), p.rng.randint(10 ** 7, 10 ** 8),
               cookie_banner(p, "cookie-warning")))
    p.layout = p.layout or "1C-Bitrix news.detail: header with phone + horizontal menu, bx-breadcrumb, news-detail (picture, news-date-time, h3 title, detail text, 'Автор:' property line, share), back link, side news list, Yandex.Metrika footer"
    doctype = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
    return wrap_doc("\n".join(head), page, 'xmlns="http://www.w3.org/1999/xhtml" xml:lang="ru" lang="ru"', doctype)


# ------------------------------------------------------------------------------------------ Naver
def render_naver(p):
    """Naver News article page (portal copy): #dic_area with <br>-separated text, media_end_summary, img_desc captions."""
    lo = p.loc
    press = p.o.get("press", p.site)
    head = ['<meta charset="utf-8">', '<title>%s</title>' % esc(p.title),
            '<meta name="viewport" content="width=1106">',
            '<meta property="og:title" content="%s">' % qa(p.title), '<meta property="og:type" content="article">',
            '<meta property="og:url" content="%s">' % qa(p.url), '<meta property="og:image" content="%s">' % qa(p.image),
            '<meta property="og:description" content="%s">' % qa(p.desc[:100]),
            '<meta property="og:article:author" content="%s | 네이버">' % qa(press),
            '<meta name="twitter:card" content="summary_large_image">',
            '<meta property="me2:post_tag" content="%s">' % qa(p.title),
            '<meta property="me2:category1" content="%s">' % qa(press), '<meta property="me2:category2" content="%s">' % qa(p.section),
            '<meta name="nv:news:oid" content="%03d">' % p.rng.randint(1, 999)]

    def lead(p, h):
        return '<strong class="media_end_summary">%s</strong><br><br>' % h

    def img(p, arg):
        cap = arg.partition("|")[0]
        p.B(cap)
        return ('<span class="end_photo_org"><div class="nbd_im_w _LAZY_LOADING_WRAP "><div class="nbd_a _LAZY_LOADING_ERROR_HIDE" id="img_a1">'
                '<img id="img1" data-src="https://imgnews.pstatic.test/image/%03d/2026/%02d/%02d/%s.jpg" class="_LAZY_LOADING _LAZY_LOADING_INIT_HIDE" width="647" height="431"></div></div>'
                '<em class="img_desc">%s</em></span><br><br>' % (p.rng.randint(1, 999), p.pub.month, p.pub.day, hexid(p.rng, 20), esc(cap)))

    def cta(p, arg):
        kind = arg.partition("|")[0]
        t = lo["cta"].get(kind, kind)
        p.B(t)
        return '▶ <a href="https://media.naver.test/channel/promotion?oid=%03d" target="_blank">%s</a><br>' % (p.rng.randint(1, 999), esc(t))
    fl = {"p": lambda p, h, i: "%s<br><br>" % h, "h2": lambda p, h: "<strong>%s</strong><br><br>" % h,
          "h3": lambda p, h: "<b>%s</b><br><br>" % h, "lead": lead, "img": img, "cta": cta, "sep": "\n"}
    body = render_body(p, fl)
    reporter = p.byline[0] if p.byline else ""
    email = p.spec.get("email", "reporter@%s" % p.o.get("press_domain", p.domain))
    dt_attr = p.pub.strftime("%Y-%m-%d %H:%M:%S")
    vis = fmt_date("ko", p.pub, "longtime")
    mod = ""
    if p.mod:
        mod = ('<div class="media_end_head_info_datestamp_bunch"><span class="media_end_head_info_datestamp_term">수정</span>'
               '<span class="media_end_head_info_datestamp_time _ARTICLE_MODIFY_DATE_TIME" data-modify-date-time="%s">%s</span></div>'
               % (p.mod.strftime("%Y-%m-%d %H:%M:%S"), esc(fmt_date("ko", p.mod, "longtime"))))
    p.B("입력", "수정", "기사원문", "추천", "댓글", "본문 요약봇", "텍스트 음성 변환 서비스 사용하기", "글자 크기 변경하기", "SNS 보내기", "인쇄하기",
        "구독", "쏠쏠정보", "흥미진진", "공감백배", "분석탁월", "후속강추", "기자 프로필", "Copyright ⓒ %s. All rights reserved. 무단 전재 및 재배포 금지." % press,
        "%s 기자(%s)" % (reporter, email), press, "이 기사를 추천합니다", "언론사 구독하기")
    journalist = ('<div class="media_end_head_journalist"><a href="/journalist/%03d/%d" class="media_end_head_journalist_box">'
                  '<em class="media_end_head_journalist_name">%s 기자</em></a></div>' % (p.rng.randint(1, 999), p.rng.randint(10000, 99999), esc(reporter))) if reporter else ""
    page = ('<body class="as_type_pc"><div id="ct_wrap" class="ct_wrap"><div class="ct_scroll_wrapper">'
            '<header class="Nlnb"><div class="Nlnb_menu"><ul class="Nlnb_menu_list">%s</ul></div></header>'
            '<div id="ct" class="newsct" role="main"><div class="media_end_head go_trans">'
            '<div class="media_end_head_top"><a href="https://media.naver.test/press/%03d" class="media_end_head_top_logo"><img src="https://mimgnews.pstatic.test/image/upload/office_logo/%03d/logo.png" alt="%s" title="%s"></a>'
            '<a class="media_end_head_top_channel_layer_text" href="#">언론사 구독하기</a></div>'
            '<div class="media_end_head_title"><h2 id="title_area" class="media_end_head_headline"><span>%s</span></h2></div>'
            '<div class="media_end_head_info nv_notrans">%s<div class="media_end_head_info_datestamp"><div class="media_end_head_info_datestamp_bunch">'
            '<span class="media_end_head_info_datestamp_term">입력</span><span class="media_end_head_info_datestamp_time _ARTICLE_DATE_TIME" data-date-time="%s">%s</span></div>%s'
            '<a href="%s" class="media_end_head_origin_link" target="_blank">기사원문</a></div>'
            '<div class="media_end_head_info_variety"><div class="media_end_head_info_variety_right"><button class="media_end_head_autosummary_button">본문 요약봇</button>'
            '<button class="media_end_head_tts_button">텍스트 음성 변환 서비스 사용하기</button><button class="media_end_head_fontsize_button">글자 크기 변경하기</button>'
            '<button class="media_end_head_share_button">SNS 보내기</button><button class="media_end_head_print_button">인쇄하기</button></div></div></div></div>'
            '<div id="contents" class="newsct_body"><div id="newsct_article" class="newsct_article _article_body">'
            '<article id="dic_area" class="go_trans _article_content" style="-webkit-tap-highlight-color: rgba(0,0,0,0)">\n%s\n</article></div>'
            '<div class="byline"><p><span class="byline_s">%s 기자(%s)</span></p></div>'
            '<p class="source_footer"><em class="_copyright">Copyright ⓒ %s. All rights reserved. 무단 전재 및 재배포 금지.</em></p>'
            '<div class="_reactionModule u_likeit"><h4>이 기사를 추천합니다</h4><ul><li>쏠쏠정보</li><li>흥미진진</li><li>공감백배</li><li>분석탁월</li><li>후속강추</li></ul></div>'
            '<div class="media_journalistcard"><a class="media_journalistcard_link">기자 프로필</a><span>%s 기자</span><button>구독</button></div></div>'
            '<div class="press_edit_news"><h4>%s</h4><ul>%s</ul></div>'
            '<div id="cbox_module" class="_COMMENT"><h4>댓글</h4>%s</div></div></div></div>'
            '<footer class="Nfoot"><ul>%s</ul><p>%s</p></footer></body>'
            % (nav_items(p, '<li class="Nlnb_menu_item"><a href="{u}">{t}</a></li>'), p.rng.randint(1, 999), p.rng.randint(1, 999), qa(press), qa(press),
               esc(p.title), journalist, dt_attr, esc(vis), mod, qa(p.spec.get("origin_url", "https://www.%s/news/%d" % (p.o.get("press_domain", "press.test"), p.rng.randint(10 ** 6, 10 ** 7)))),
               body, esc(reporter), esc(email), esc(press), esc(reporter), esc(press + " 주요뉴스"),
               "".join('<li><a href="%s">%s</a></li>' % (qa(u), esc(p.B(t))) for t, u in p.related(5)),
               "".join('<div class="u_cbox_comment"><span class="u_cbox_nick">%s</span><span class="u_cbox_contents">%s</span></div>' % (esc(p.B(n)), esc(p.B(t)))
                       for n, t in lo["comments"]), footer_links(p), copyright_line(p)))
    p.B(press + " 주요뉴스")
    p.layout = p.layout or "Naver News portal copy: LNB menu, press logo, h2 headline, journalist, datestamp (입력/수정 with data-date-time), tool buttons, #dic_area body with <br><br> paragraphs and img_desc captions, byline + copyright below body, reactions, press headlines, comments"
    return wrap_doc("\n".join(head), page, 'lang="ko" data-useragent="chrome"')


# ------------------------------------------------------------------------------------------ Daum
def render_daum(p):
    """Daum News (v.daum style): og:regDate yyyymmddHHMMSS, dmcf-ptype paragraphs."""
    lo = p.loc
    press = p.o.get("press", p.site)
    head = ['<meta charset="utf-8">', '<title>%s | 다음뉴스</title>' % esc(p.title),
            '<meta property="og:type" content="article">', '<meta property="og:site_name" content="다음뉴스">',
            '<meta property="og:title" content="%s">' % qa(p.title), '<meta property="og:image" content="%s">' % qa(p.image),
            '<meta property="og:description" content="%s">' % qa(p.desc[:100]), '<meta property="og:url" content="%s">' % qa(p.url),
            '<meta property="og:article:author" content="%s">' % qa(press),
            '<meta property="og:regDate" content="%s">' % p.pub.strftime("%Y%m%d%H%M%S"),
            '<meta name="article:media_name" content="%s">' % qa(press), '<meta name="article:txid" content="%s">' % p.url.rsplit("/", 1)[-1],
            '<meta name="plink" content="%s">' % qa(p.url)]

    def para(p, h, i):
        return '<p dmcf-pid="%s" dmcf-ptype="general">%s</p>' % (alnum(p.rng, 10), h)

    def img(p, arg):
        cap = arg.partition("|")[0]
        p.B(cap)
        return ('<figure class="figure_frm origin_fig" dmcf-pid="%s" dmcf-ptype="figure"><p class="link_figure"><img class="thumb_g_article" data-org-src="https://t1.daumcdn.test/news/2026%02d/%02d/%s.jpg" width="646" height="430" alt="%s"></p>'
                '<figcaption class="txt_caption default_figure">%s</figcaption></figure>' % (alnum(p.rng, 10), p.pub.month, p.pub.day, hexid(p.rng, 16), qa(cap[:40]), esc(cap)))

    def related(p, arg):
        t, u = (arg, "https://v.daum.test/v/%s" % p.rid(17)) if arg else p.next_related()
        p.B(t, "관련기사")
        return '<p dmcf-pid="%s" dmcf-ptype="general">[관련기사] <a href="%s">%s</a></p>' % (alnum(p.rng, 10), qa(u), esc(t))
    fl = {"p": para, "img": img, "related": related,
          "h2": lambda p, h: '<h3 dmcf-pid="%s" dmcf-ptype="h3">%s</h3>' % (alnum(p.rng, 10), h),
          "ul": lambda p, lis: "".join('<p dmcf-pid="%s" dmcf-ptype="general">%s</p>' % (alnum(p.rng, 10), x) for x in lis)}
    body = render_body(p, fl)
    reporter = p.byline_names()
    p.B("입력", "수정", "번역 설정", "글씨크기 조절하기", "인쇄하기", "공유", "좋아요", "댓글", "다음뉴스", "많이 본 뉴스",
        "%s 기자" % reporter, "Copyright © %s. 무단전재 및 재배포 금지." % press)
    mod = ('<span class="txt_info">수정 <span class="num_date">%s</span></span>' % esc("%d. %d. %d. %s:%s" % (p.mod.year, p.mod.month, p.mod.day, two(p.mod.hour), two(p.mod.minute)))) if p.mod else ""
    page = ('<body><div class="container-doc"><header class="doc-header"><h1 class="doc-title"><a href="https://news.daum.test/">다음뉴스</a></h1>'
            '<nav class="gnb_comm"><ul class="list_gnb">%s</ul></nav></header>'
            '<main class="doc-main"><article id="mArticle"><div class="head_view"><em class="info_cp"><a href="#" class="link_cp">%s</a></em>'
            '<h3 class="tit_view" data-translation="true">%s</h3><span class="info_view"><span class="txt_info">%s 기자</span>'
            '<span class="txt_info">입력 <span class="num_date">%s</span></span>%s</span>'
            '<div class="util_view"><button class="btn_util btn_translate">번역 설정</button><button class="btn_util btn_font">글씨크기 조절하기</button><button class="btn_util btn_print">인쇄하기</button></div></div>'
            '<div class="news_view fs_type1"><div class="article_view" data-translation-body="true" data-tiara-layer="article_body"><section dmcf-sid="%s">\n%s\n</section></div></div>'
            '<p class="copyright_view">Copyright © %s. 무단전재 및 재배포 금지.</p>'
            '<div class="foot_view"><div class="emotion_wrap"><button>좋아요</button></div></div></article>'
            '<aside id="mAside"><div class="box_g box_popular"><h2>많이 본 뉴스</h2><ol>%s</ol></div></aside></main>'
            '<footer class="doc-footer"><ul>%s</ul><small>%s</small></footer></div></body>'
            % (nav_items(p, '<li><a href="{u}" class="link_gnb">{t}</a></li>'), esc(p.B(press)), esc(p.title), esc(reporter),
               esc("%d. %d. %d. %s:%s" % (p.pub.year, p.pub.month, p.pub.day, two(p.pub.hour), two(p.pub.minute))), mod,
               alnum(p.rng, 10), body, esc(press), "".join('<li><a href="%s">%s</a></li>' % (qa(u), esc(p.B(t))) for t, u in p.related(5)),
               footer_links(p), copyright_line(p)))
    p.layout = p.layout or "Daum News: GNB, press name, h3 title, info (reporter, 입력/수정 dates), utility buttons, article_view section with dmcf-ptype paragraphs and figures, copyright, emotions, popular list, footer"
    return wrap_doc("\n".join(head), page, 'lang="ko"')


# ------------------------------------------------------------------------------------------ NDSoft (Korean local CMS)
def render_ndsoft(p):
    """NDSoft (Korean regional newspapers): article-veiw-body itemprop=articleBody, 입력 line."""
    lo = p.loc
    head = ['<meta charset="%s">' % p.opts.get("declared_charset", "utf-8"), '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
            '<title>%s - %s</title>' % (esc(p.title), esc(p.site)),
            '<meta name="description" content="%s">' % qa(p.desc[:120]),
            '<meta property="og:type" content="article">', '<meta property="og:title" content="%s">' % qa(p.title),
            '<meta property="og:url" content="%s">' % qa(p.url), '<meta property="og:image" content="%s">' % qa(p.image)]
    if p.date_mode == "full":
        head.append('<meta property="article:published_time" content="%s">' % iso(p.pub))
        head.append(_ld(p))
    if p.authors:
        head.append('<meta name="author" content="%s">' % qa(p.authors[0]))

    def img(p, arg):
        cap = arg.partition("|")[0]
        p.B(cap)
        return ('<figure class="photo-layout image photo-%d align-center"><img src="https://cdn.%s/news/photo/2026%02d/%d_%d_%d.jpg" alt="%s">'
                '<figcaption>%s</figcaption></figure>' % (p.rng.randint(1, 5), p.domain, p.pub.month, p.rng.randint(10000, 99999),
                                                          p.rng.randint(10000, 99999), p.rng.randint(1000, 9999), qa(cap[:30]), esc(cap)))

    def related(p, arg):
        t, u = (arg, "/news/articleView.html?idxno=%d" % p.rng.randint(100000, 999999)) if arg else p.next_related()
        p.B(t, "관련기사")
        return '<p>[관련기사] <a href="%s">%s</a></p>' % (qa(u), esc(t))
    body = render_body(p, {"img": img, "related": related})
    info = []
    if p.byline:
        info.append('<li><i class="icon-user-o"></i> %s 기자</li>' % esc(p.byline_names()))
    info.append('<li><i class="icon-clock-o"></i> 입력 %s</li>' % esc(p.pub.strftime("%Y.%m.%d %H:%M")))
    if p.mod:
        info.append('<li><i class="icon-clock-o"></i> 수정 %s</li>' % esc(p.mod.strftime("%Y.%m.%d %H:%M")))
    cmt = p.rng.randint(0, 9)
    info.append('<li><i class="icon-comments-o"></i> 댓글 %d</li>' % cmt)
    p.B("입력", "수정", "댓글 %d" % cmt, "기사를 읽어드립니다", "SNS 기사보내기", "바로가기", "기사저장", "다른 공유 찾기", "본문 글씨 키우기", "본문 글씨 줄이기",
        "저작권자 © %s 무단전재 및 재배포 금지" % p.site, "%s 기자" % p.byline_names(), "많이 본 뉴스", "최신뉴스", "매체정보", "청소년보호정책", "개인정보처리방침", "이메일무단수집거부")
    writer = ""
    if p.byline:
        writer = ('<article class="writer"><div class="profile"><strong class="name">%s 기자</strong><a href="mailto:%s" class="email">%s</a></div></article>'
                  % (esc(p.byline[0]), qa(p.spec.get("email", "news@" + p.domain)), esc(p.B(p.spec.get("email", "news@" + p.domain)))))
    page = ('<body><div id="user-wrap" class="basic"><header id="user-header"><div class="header-top"><h1 class="logo"><a href="/">%s</a></h1></div>'
            '<nav id="user-nav"><ul class="nav-menu">%s</ul></nav></header>'
            '<section id="user-container"><div class="float-center max-width-1080"><header class="article-view-header">'
            '<div class="article-header-wrap"><article class="box-skin"><div class="heading-group"><h3 class="heading">%s</h3></div>'
            '<div class="info-group"><article class="item"><ul class="infomation">%s</ul></article>'
            '<div class="share-group"><button type="button" class="btn-tts">기사를 읽어드립니다</button><button type="button" class="btn-sns">SNS 기사보내기</button>'
            '<button type="button">바로가기</button><button type="button">기사저장</button><button type="button">다른 공유 찾기</button>'
            '<button type="button" class="btn-fontup">본문 글씨 키우기</button><button type="button" class="btn-fontdown">본문 글씨 줄이기</button></div></div></article></div></header>'
            '<div class="grid body"><div class="grid box"><article class="grid article"><div class="user-snb-wrapper"><section class="user-snb">'
            '<article id="article-view-content-div" class="article-veiw-body view-page font-size17" itemprop="articleBody">\n%s\n</article>'
            '%s<p class="view-copyright">저작권자 © %s 무단전재 및 재배포 금지</p>'
            '<section class="comment-wrap"><h2>댓글 %d</h2></section></section></div></article>'
            '<aside class="grid aside"><section class="auto-article"><h2>많이 본 뉴스</h2><ul>%s</ul></section><section><h2>최신뉴스</h2><ul>%s</ul></section></aside></div></div></div></section>'
            '<footer id="user-footer"><ul class="footer-menu"><li>매체정보</li><li>청소년보호정책</li><li>개인정보처리방침</li><li>이메일무단수집거부</li></ul><address>%s</address><p>%s</p></footer></div></body>'
            % (esc(p.B(p.site)), nav_items(p, '<li><a href="{u}">{t}</a></li>'), esc(p.title), "".join(info), body, writer, esc(p.site), cmt,
               "".join('<li><a href="%s">%s</a></li>' % (qa(u), esc(p.B(t))) for t, u in p.related(4)),
               "".join('<li><a href="%s">%s</a></li>' % (qa(u), esc(p.B(t))) for t, u in p.related(3)),
               esc(p.B(p.o.get("address", ""))), copyright_line(p)))
    p.layout = p.layout or "NDSoft Korean local-news CMS: header + nav, h3 heading, infomation list (기자, 입력, 수정, 댓글), share/font buttons, article-veiw-body itemprop=articleBody, writer box, copyright, comments, aside lists, footer"
    return wrap_doc("\n".join(head), page, 'lang="ko"')


# ------------------------------------------------------------------------------------------ Sina
def render_sina(p):
    """Sina-style Chinese portal: #artibody with full-width indented paragraphs, date-source bar."""
    lo = p.loc
    cs = p.opts.get("declared_charset", "utf-8")
    head = ['<meta charset="%s"/>' % cs if not p.opts.get("http_equiv") else
            '<meta http-equiv="Content-type" content="text/html; charset=%s" />' % cs,
            '<title>%s|%s_%s</title>' % (esc(p.title), esc(",".join(p.tags[:2])), esc(p.site)),
            '<meta name="keywords" content="%s"/>' % qa(",".join(p.tags)),
            '<meta name="tags" content="%s"/>' % qa(",".join(p.tags)),
            '<meta name="description" content="%s"/>' % qa(p.desc[:120])]
    if p.date_mode == "full":
        head += ['<meta property="og:type" content="news"/>', '<meta property="og:title" content="%s"/>' % qa(p.title),
                 '<meta property="og:description" content="%s"/>' % qa(p.desc[:120]), '<meta property="og:url" content="%s"/>' % qa(p.url),
                 '<meta property="og:image" content="%s"/>' % qa(p.image),
                 '<meta property="article:published_time" content="%s"/>' % iso(p.pub),
                 '<meta property="article:author" content="%s"/>' % qa(p.opts.get("source", p.site)),
                 '<meta name="weibo: article:create_at" content="%s"/>' % p.pub.strftime("%Y-%m-%d %H:%M:%S")]
    head += ['<meta name="mediaid" content="%s"/>' % qa(p.opts.get("source", p.site)),
             '<link rel="stylesheet" type="text/css" href="//n.sinaimg.test/news/%s/css/article.css" />' % hexid(p.rng, 8),
             '<script type="text/javascript">var SINA_TEXT_PAGE_INFO = {channel: "news", newsid: "comos-%s", encoding: "%s", pagetype: "article", pubdate: "%s"};</script>'
             % (alnum(p.rng, 20), cs, p.pub.strftime("%Y-%m-%d") if p.date_mode == "full" else "")]
    ind = "\u3000\u3000"

    def img(p, arg):
        cap = arg.partition("|")[0]
        p.B(cap)
        return ('<div class="img_wrapper"><img id="%s" src="//n.sinaimg.test/news/crawl/%s.jpg" alt="%s" style="max-width:640px;" /><span class="img_descr">%s</span></div>'
                % (alnum(p.rng, 8), hexid(p.rng, 16), qa(cap), esc(cap)))

    def related(p, arg):
        t, u = (arg, "https://news.%s/c/%s/doc-%s.shtml" % (p.domain, p.pub.date().isoformat(), alnum(p.rng, 15))) if arg else p.next_related()
        p.B(t)
        return '<p>%s<strong>%s</strong><a href="%s" target="_blank">%s</a></p>' % (ind, esc(lo["read_more"]), qa(u), esc(t))
    fl = {"p": lambda p, h, i: '<p cms-style="font-L">%s%s</p>' % (ind, h), "img": img, "related": related,
          "h2": lambda p, h: '<p cms-style="font-L strong-Bold">%s</p>' % h,
          "h3": lambda p, h: '<p cms-style="font-L strong-Bold">%s</p>' % h,
          "ul": lambda p, lis: "".join('<p cms-style="font-L">%s%s</p>' % (ind, x) for x in lis)}
    body = render_body(p, fl)
    src = p.opts.get("source", p.site)
    p.B(src, "责任编辑：%s" % p.opts.get("editor", "王磊"), "关键词", "新浪新闻", "分享到", "微博", "微信", "收藏",
        "热门推荐", "新闻排行", "我要反馈", "保存图片", "24小时滚动播报最新的财经资讯和视频，更多粉丝福利扫描二维码关注（sinafinance）")
    if p.date_mode == "url":
        date_html = ""
    else:
        date_html = '<span class="date">%s</span>' % esc(p.vdate("longtime"))
    page = ('<body><div class="top-nav-wrap"><div class="top-nav"><ul class="top-nav-list">%s</ul></div></div>'
            '<div class="main-content w1240"><h1 class="main-title">%s</h1>'
            '<div class="top-bar-wrap" id="top_bar_wrap"><div class="top-bar" id="top_bar"><div class="top-bar-inner clearfix"><div class="date-source">%s'
            '<a href="https://%s/" class="source ent-source" target="_blank" rel="nofollow">%s</a></div>'
            '<div class="tool-bar"><span>分享到</span><a class="weibo">微博</a><a class="weixin">微信</a><a class="fav">收藏</a></div></div></div></div>'
            '<div class="article-content clearfix" id="article_content"><div class="article-content-left">'
            '<div class="article" id="artibody" data-sudaclick="blk_content">\n<!-- 正文内容 begin -->\n%s\n<!-- 原始正文end -->\n</div>'
            '<div id="article_content_end"></div><p class="show_author">责任编辑：%s </p>'
            '<div class="keywords" id="keywords"><i>关键词</i>：%s</div>'
            '<div class="article-bottom"><a class="feedback">我要反馈</a></div></div>'
            '<div class="article-content-right"><div class="right-hot"><h3>热门推荐</h3><ul>%s</ul></div><div class="rank"><h3>新闻排行</h3><ol>%s</ol></div></div></div></div>'
            '<div class="footer"><ul>%s</ul><p>%s</p></div></body>'
            % (nav_items(p, '<li><a href="{u}">{t}</a></li>'), esc(p.title), date_html, p.o.get("source_domain", "source.test"), esc(src),
               body, esc(p.opts.get("editor", "王磊")), " ".join('<a href="#">%s</a>' % esc(p.B(t)) for t in p.tags),
               "".join('<li><a href="%s">%s</a></li>' % (qa(u), esc(p.B(t))) for t, u in p.related(5)),
               "".join('<li><a href="%s">%s</a></li>' % (qa(u), esc(p.B(t))) for t, u in p.related(5)),
               footer_links(p), copyright_line(p)))
    p.layout = p.layout or "Sina-style portal: top nav, h1 main-title, date-source bar (date + source + share tools), #artibody with 　　-indented paragraphs and img_descr captions, 责任编辑 line, keywords, right column hot/rank lists, footer"
    return wrap_doc("\n".join(head), page, 'lang="zh-CN"')


# ------------------------------------------------------------------------------------------ NetEase
def render_netease(p):
    """NetEase (163)-style: post_info 'YYYY-MM-DD HH:MM:SS　来源:', post_body, post_author 作者/责任编辑 outside body."""
    lo = p.loc
    head = ['<meta charset="utf-8">', '<title>%s|%s_网易新闻</title>' % (esc(p.title), esc(p.tags[0] if p.tags else p.section)),
            '<meta name="keywords" content="%s"/>' % qa(",".join(p.tags)), '<meta name="description" content="%s"/>' % qa(p.desc[:120]),
            '<meta name="author" content="网易">',
            '<meta property="og:title" content="%s"/>' % qa(p.title), '<meta property="og:url" content="%s"/>' % qa(p.url),
            '<meta property="og:image" content="%s"/>' % qa(p.image),
            '<script>window.DATA_STAT = {"docid":"%s","channel":"news","source":"%s"};</script>' % (alnum(p.rng, 16).upper(), p.opts.get("source", "网易"))]

    def img(p, arg):
        cap = arg.partition("|")[0]
        p.B(cap)
        return '<p class="f_center"><img src="https://nimg.ws.126.test/?url=%s.jpg&amp;thumbnail=660x2147483647" alt="%s"/><br/>%s</p>' % (hexid(p.rng, 24), qa(cap), esc(cap))

    def related(p, arg):
        t, u = (arg, "https://www.%s/news/article/%s.html" % (p.domain, alnum(p.rng, 16).upper())) if arg else p.next_related()
        p.B(t)
        return '<p><strong>%s</strong><a href="%s">%s</a></p>' % (esc(lo["read_more"]), qa(u), esc(t))

    def cta(p, arg):
        kind = arg.partition("|")[0]
        t = lo["cta"].get(kind, kind)
        p.B(t)
        return '<p class="otitle"><strong>%s</strong></p>' % esc(t)

    def live_open(p, dt, text):
        return '<div class="live_item"><p class="live_time"><span>%s</span></p>' % esc(dt.strftime("%H:%M"))
    body = render_body(p, {"img": img, "related": related, "cta": cta, "live_open": live_open,
                           "h2": lambda p, h: "<p><strong>%s</strong></p>" % h, "h3": lambda p, h: "<p><strong>%s</strong></p>" % h})
    src = p.opts.get("source", p.site)
    editor = p.opts.get("editor", "王磊_NN%d" % p.rng.randint(1000, 9999))
    author_line = ("作者：%s" % p.byline_names()) if p.byline else ""
    p.B("来源:", src, "本文来源：%s" % src, author_line, "责任编辑：%s" % editor, "特别声明：以上内容为网易转载，版权归原作者所有。", "热点新闻", "跟贴", "参与", "相关推荐", "分享到")
    page = ('<body><div class="N-nav-channel JS_NTES_LOG_FE"><ul>%s</ul></div>'
            '<div class="container clearfix"><div class="post_main"><h1 class="post_title">%s</h1>'
            '<div class="post_info">\n %s\u3000来源: <a href="https://%s/" target="_blank">%s</a>\n <a class="post_top_tie_count">跟贴 %d</a> <span>参与 %d</span></div>'
            '<div class="post_content" id="content"><div class="post_body">\n%s\n</div>'
            '<div class="post_author"><a href="https://news.%s/"><img src="https://static.ws.126.test/cnews/css13/img/end_news.png" alt="%s" width="13" height="12" class="icon"></a>'
            ' 本文来源：%s %s<br/>责任编辑：%s</div>'
            '<div class="post_statement"><p>特别声明：以上内容为网易转载，版权归原作者所有。</p></div></div>'
            '<div class="post_share"><span>分享到</span></div><div class="post_recommends"><h3>相关推荐</h3><ul>%s</ul></div></div>'
            '<div class="post_side"><div class="side_hot"><h2>热点新闻</h2><ul>%s</ul></div></div></div>'
            '<div class="N-nav-bottom"><ul>%s</ul><p>%s</p></div></body>'
            % (nav_items(p, '<li><a href="{u}">{t}</a></li>'), esc(p.title), p.pub.strftime("%Y-%m-%d %H:%M:%S"),
               p.o.get("source_domain", "source.test"), esc(src), p.rng.randint(0, 5000), p.rng.randint(0, 90000), body, p.domain, qa(p.site),
               esc(src), esc(author_line), esc(editor),
               "".join('<li><a href="%s">%s</a></li>' % (qa(u), esc(p.B(t))) for t, u in p.related(4)),
               "".join('<li><a href="%s">%s</a></li>' % (qa(u), esc(p.B(t))) for t, u in p.related(6)),
               footer_links(p), copyright_line(p)))
    p.layout = p.layout or "NetEase-style: channel nav, h1 post_title, post_info (naive date-time + 来源), post_body, post_author (本文来源/作者/责任编辑) below body, statement, recommends, side hot list, footer"
    return wrap_doc("\n".join(head), page, 'lang="zh-CN"')


# ------------------------------------------------------------------------------------------ Japanese news
def render_ja_news(p):
    """Japanese news site CMS: article-body sections, <time datetime="YYYY-MM-DDTHH:MM"> (no zone) or full."""
    lo = p.loc
    cs = p.opts.get("declared_charset", "UTF-8")
    paywall = "paywall-teaser" in p.features
    head = ['<meta charset="%s">' % cs, '<title>%s｜%s</title>' % (esc(p.title), esc(p.site)),
            '<meta name="viewport" content="width=device-width,initial-scale=1">',
            '<meta name="description" content="%s">' % qa(p.desc[:120]),
            '<meta property="og:title" content="%s">' % qa(p.title), '<meta property="og:type" content="article">',
            '<meta property="og:url" content="%s">' % qa(p.url), '<meta property="og:image" content="%s">' % qa(p.image),
            '<meta property="og:site_name" content="%s">' % qa(p.site), '<meta name="twitter:card" content="summary_large_image">']
    if p.date_mode == "full":
        head.append('<meta property="article:published_time" content="%s">' % iso(p.pub))
        head.append(_ld(p))
    elif p.date_mode == "naive-ld":
        head.append(_ld(p, naive=True))

    def lead(p, h):
        return '<p class="article-body__summary">%s</p>' % h

    def img(p, arg):
        cap = arg.partition("|")[0]
        p.B(cap)
        return '<figure class="article-figure"><img src="https://%s/img/%s.jpg" alt="" width="640" height="360" loading="lazy"><figcaption class="article-figure__caption">%s</figcaption></figure>' % (p.domain, p.rid(12), esc(cap))

    def related(p, arg):
        t, u = (arg, p.home + "articles/" + p.rid(8)) if arg else p.next_related()
        p.B(t, lo["read_more"])
        return '<div class="article-related-inline"><span class="label">%s</span><a href="%s">%s</a></div>' % (esc(lo["read_more"]), qa(u), esc(t))
    indent = "\u3000" if p.opts.get("ja_indent") else ""
    fl = {"lead": lead, "img": img, "related": related, "p": lambda p, h, i: "<p>%s%s</p>" % (indent, h),
          "h2": lambda p, h: '<h2 class="article-body__heading">%s</h2>' % h}
    body = render_body(p, fl)
    if p.date_mode == "full":
        date = '<time class="article-header__date" datetime="%s">%s</time>' % (iso(p.pub), esc(p.vdate("longtime")))
    elif p.date_mode in ("text", "naive-ld"):
        if p.opts.get("naive_attr"):
            date = '<time class="article-header__date" datetime="%s">%s</time>' % (p.pub.strftime("%Y-%m-%dT%H:%M"), esc(p.vdate("longtime")))
        else:
            date = '<p class="article-header__date">%s</p>' % esc(p.vdate("longtime"))
    else:
        date = '<p class="article-header__date">%s</p>' % esc(p.vdate("long"))
    upd = ""
    if p.mod:
        upd = '<p class="article-header__update">（%s %s）</p>' % (esc(lo["upd"]), esc(fmt_date("ja", p.mod, "longtime")))
        p.B(lo["upd"])
    author = ('<p class="article-header__author">%s</p>' % esc(p.byline_names())) if p.byline else ""
    pw = ""
    if paywall:
        p.B(lo["paywall_h"], lo["paywall_p"], lo["paywall_btn"], lo["login"], "残り%d文字" % (len("".join(gold_body(p.items))) * 2))
        pw = ('<div class="paywall-box"><p class="paywall-box__count">残り%d文字</p><h3>%s</h3><p>%s</p><a class="btn" href="/membership/">%s</a><a href="/login/">%s</a></div>'
              % (len("".join(gold_body(p.items))) * 2, esc(lo["paywall_h"]), esc(lo["paywall_p"]), esc(lo["paywall_btn"]), esc(lo["login"])))
    crumbs = '<ol class="breadcrumb"><li><a href="/">%s</a></li><li><a href="%s">%s</a></li></ol>' % (esc(lo["home"]), qa(p.section_url()), esc(p.section))
    p.B(lo["home"], p.section, "シェア", "ブックマーク", "印刷", "X", "Facebook", "LINE", "はてなブックマーク")
    page = ('<body class="page-article"><header class="l-header"><div class="l-header__inner"><a class="l-header__logo" href="/">%s</a>'
            '<nav class="gnav"><ul class="gnav__list">%s</ul></nav></div></header>'
            '<div class="l-container"><main class="l-main"><article class="article">%s<header class="article-header"><h1 class="article-header__title">%s</h1>'
            '<div class="article-header__info">%s%s%s</div></header>'
            '<div class="article-share"><ul><li><a href="#">X</a></li><li><a href="#">Facebook</a></li><li><a href="#">LINE</a></li><li><a href="#">はてなブックマーク</a></li></ul></div>'
            '<div class="article-body">\n%s\n</div>%s'
            '<div class="article-tools"><button>シェア</button><button>ブックマーク</button><button>印刷</button></div></article>'
            '%s</main><aside class="l-side">%s%s</aside></div>'
            '<footer class="l-footer"><ul>%s</ul><p class="l-footer__copy">%s</p></footer>%s</body>'
            % (esc(p.B(p.site)), nav_items(p, '<li class="gnav__item"><a href="{u}">{t}</a></li>'), crumbs, esc(p.title), date, upd, author,
               body, pw, related_list(p, 4, "related-articles", "h2"), most_read(p, 5, "ranking"), ad_slot(p, "side-ad"),
               footer_links(p), copyright_line(p), cookie_banner(p, "cookie-consent")))
    p.layout = p.layout or "Japanese news CMS: header + gnav, breadcrumb, h1, date/update/author info, share list, article-body, tools, related articles, ranking sidebar + ad, footer, cookie consent"
    return wrap_doc("\n".join(head), page, 'lang="ja"')


# ------------------------------------------------------------------------------------------ Arabic custom CMS
def _ar_time(dt, digits=True):
    h = dt.hour % 12 or 12
    s = "%s %d %s %d - %s:%s %s" % (L["ar"]["weekdays"][dt.weekday()], dt.day, L["ar"]["months"][dt.month - 1], dt.year,
                                    two(h), two(dt.minute), "ص" if dt.hour < 12 else "م")
    return s.translate(AR_DIGITS) if digits else s


def render_ar_news(p):
    """Custom Arabic news CMS (RTL, Bootstrap): news-details with 'كتب:' byline and Arabic-Indic digit dates."""
    lo = p.loc
    head = ['<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<title>%s - %s</title>' % (esc(p.title), esc(p.site)),
            '<meta name="description" content="%s">' % qa(p.desc[:150]),
            '<meta property="og:title" content="%s">' % qa(p.title), '<meta property="og:type" content="article">',
            '<meta property="og:url" content="%s">' % qa(p.url), '<meta property="og:image" content="%s">' % qa(p.image),
            '<meta property="og:locale" content="ar_AR">',
            '<link rel="stylesheet" href="/assets/css/bootstrap.rtl.min.css">']
    if p.date_mode == "full":
        head.append('<meta property="article:published_time" content="%s">' % iso(p.pub))
        head.append(_ld(p))
    live = "live-blog" in p.features

    def img(p, arg):
        cap = arg.partition("|")[0]
        p.B(cap)
        return '<div class="news-img"><img src="/Upload/News/%s.jpg" class="img-fluid" alt=""><span class="img-caption">%s</span></div>' % (p.rid(10), esc(cap))

    def gallery(p, arg):
        return '<div class="news-gallery owl-carousel">%s</div>' % "".join(
            '<div class="item"><img src="/Upload/Gallery/%s.jpg" alt=""><p class="gallery-caption">%s</p></div>' % (p.rid(10), esc(p.B(c))) for c in arg.split("|"))

    def pull(p, arg):
        p.pulls.append(arg)
        return '<div class="quote-box"><i class="fa fa-quote-right"></i><p>%s</p></div>' % esc(arg)

    def related(p, arg):
        t, u = (arg, "/News/Details/%d" % p.rng.randint(100000, 999999)) if arg else p.next_related()
        p.B(t)
        return '<p class="read-also"><strong>%s</strong> <a href="%s">%s</a></p>' % (esc(lo["read_more"]), qa(u), esc(t))

    def live_open(p, dt, text):
        return '<div class="live-item"><span class="live-time">%s</span><div class="live-text">' % esc(two(dt.hour) + ":" + two(dt.minute))
    body = render_body(p, {"img": img, "gallery": gallery, "pull": pull, "related": related, "live_open": live_open,
                           "live_close": lambda p: "</div></div>"})
    if p.date_mode == "full":
        date = '<span class="news-date"><i class="fa fa-clock-o"></i> <time datetime="%s">%s</time></span>' % (iso(p.pub), esc(_ar_time(p.pub, False)))
    else:
        date = '<span class="news-date"><i class="fa fa-clock-o"></i> %s</span>' % esc(_ar_time(p.pub, p.opts.get("ar_digits", True)))
    author = ('<span class="news-author"><i class="fa fa-user"></i> كتب: %s</span>' % esc(p.byline_names())) if p.byline else ""
    p.B("كتب:", lo["home"], p.section, "شارك", "طباعة", "تكبير الخط", "تصغير الخط", "مواضيع متعلقة", "آخر الأخبار", lo["live"])
    live_badge = '<span class="badge badge-live">%s</span>' % esc(lo["live"]) if live else ""
    page = ('<body class="rtl"><header class="main-header"><div class="container"><a class="navbar-brand" href="/">%s</a>'
            '<nav class="navbar navbar-expand-lg"><ul class="navbar-nav">%s</ul></nav></div></header>'
            '<div class="container"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">%s</a></li><li class="breadcrumb-item"><a href="%s">%s</a></li></ol>'
            '<div class="row"><div class="col-lg-8"><div class="news-details">%s<h1 class="news-title">%s</h1>'
            '<div class="news-meta">%s %s</div>'
            '<div class="news-tools"><a href="#">شارك</a> <a href="#">طباعة</a> <a href="#">تكبير الخط</a> <a href="#">تصغير الخط</a></div>'
            '<div class="news-content" id="NewsStory">\n%s\n</div>'
            '<div class="news-tags">%s</div></div>'
            '<div class="related-news"><h3>مواضيع متعلقة</h3><ul>%s</ul></div>%s</div>'
            '<div class="col-lg-4"><div class="latest-news"><h3>آخر الأخبار</h3><ul>%s</ul></div>%s</div></div></div>'
            '<footer class="main-footer"><div class="container"><ul>%s</ul><p>%s</p></div></footer>%s</body>'
            % (esc(p.B(p.site)), nav_items(p, '<li class="nav-item"><a class="nav-link" href="{u}">{t}</a></li>'), esc(lo["home"]),
               qa(p.section_url()), esc(p.section), live_badge, esc(p.title), author, date, body,
               " ".join('<a href="#" class="tag">%s</a>' % esc(p.B(t)) for t in p.tags),
               "".join('<li><a href="%s">%s</a></li>' % (qa(u), esc(p.B(t))) for t, u in p.related(4)),
               comments_block(p, "comments-box", 2, False, "h3"),
               "".join('<li><a href="%s">%s</a></li>' % (qa(u), esc(p.B(t))) for t, u in p.related(6)),
               ad_slot(p, "side-ad"), footer_links(p), copyright_line(p), cookie_banner(p, "cookie-bar")))
    p.layout = p.layout or "Custom Arabic news CMS (RTL Bootstrap): header nav, breadcrumb, h1, meta (كتب: author, Arabic date), tools, news-content body, tags, related list, comments, latest-news sidebar, footer"
    return wrap_doc("\n".join(head), page, 'lang="ar" dir="rtl"')


# ------------------------------------------------------------------------------------------ Legacy table layout
LEGACY = {
    "en": ("Home", "Print this story", "E-mail to a friend", "Latest headlines", "Posted:", "By", "Archives", "Weather", "Classifieds", "Search the site"),
    "de": ("Startseite", "Artikel drucken", "Artikel versenden", "Schlagzeilen", "Veröffentlicht am", "Von", "Archiv", "Wetter", "Kleinanzeigen", "Suche"),
    "fr": ("Accueil", "Imprimer", "Envoyer à un ami", "Dernières dépêches", "Publié le", "Par", "Archives", "Météo", "Petites annonces", "Recherche"),
    "es": ("Portada", "Imprimir noticia", "Enviar a un amigo", "Últimos titulares", "Publicado el", "Por", "Hemeroteca", "El tiempo", "Clasificados", "Buscar"),
    "pt": ("Início", "Imprimir", "Enviar por e-mail", "Últimas", "Publicado em", "Por", "Arquivo", "Tempo", "Classificados", "Buscar"),
    "it": ("Home", "Stampa", "Invia a un amico", "Ultime notizie", "Pubblicato il", "di", "Archivio", "Meteo", "Annunci", "Cerca"),
    "ru": ("Главная", "Версия для печати", "Отправить другу", "Лента новостей", "Опубликовано", "Автор:", "Архив", "Погода", "Объявления", "Поиск"),
    "ar": ("الرئيسية", "طباعة", "أرسل لصديق", "آخر الأخبار", "نشر في", "بقلم", "الأرشيف", "الطقس", "إعلانات مبوبة", "بحث"),
    "ja": ("トップ", "印刷する", "メールで送る", "最新ニュース", "掲載日", "", "過去記事", "天気", "お知らせ", "検索"),
    "zh": ("首页", "打印本页", "发给好友", "最新新闻", "发布时间", "记者", "往期回顾", "天气", "分类信息", "搜索"),
    "ko": ("홈", "인쇄하기", "메일보내기", "최신기사", "입력", "", "지난기사", "날씨", "알림", "검색"),
    "tr": ("Ana Sayfa", "Yazdır", "Arkadaşına gönder", "Son Dakika", "Yayın tarihi:", "", "Arşiv", "Hava Durumu", "İlanlar", "Ara"),
    "pl": ("Strona główna", "Drukuj", "Wyślij znajomemu", "Najnowsze", "Opublikowano", "Autor:", "Archiwum", "Pogoda", "Ogłoszenia", "Szukaj"),
    "nl": ("Home", "Afdrukken", "Doorsturen", "Laatste nieuws", "Geplaatst op", "Door", "Archief", "Weer", "Advertenties", "Zoeken"),
}


def render_legacy_table(p):
    """Late-1990s/2000s table-layout news CMS; articleBody div deep inside a layout table, link-dense side cells,
    sloppy markup (unclosed <p>/<td>/<font>, uppercase tags)."""
    lo = p.loc
    lab = LEGACY[p.lang]
    cs = p.opts.get("declared_charset", "utf-8")
    sloppy = "unclosed-tags" in p.features
    rtl = lo["dir"] == "rtl"
    head = ['<META http-equiv="Content-Type" content="text/html; charset=%s">' % cs,
            '<TITLE>%s - %s</TITLE>' % (esc(p.site), esc(p.title)),
            '<META name="keywords" content="%s">' % qa(", ".join(p.tags)),
            '<META name="description" content="%s">' % qa(p.desc[:150]),
            '<LINK rel="stylesheet" href="/css/style.css" type="text/css">',
            '<SCRIPT language="JavaScript" type="text/javascript" src="/js/menu.js"></SCRIPT>',
            '<SCRIPT language="JavaScript">\n<!--\nfunction MM_openBrWindow(theURL,winName,features) { window.open(theURL,winName,features); }\n//-->\n</SCRIPT>']
    if p.date_mode == "full":
        head.append('<META name="date" content="%s">' % iso(p.pub))
    if p.opts.get("huge_head_script"):
        head.append(huge_script(p))

    def para(p, h, i):
        if sloppy and i % 2 == 1:
            return "<P>%s\n" % h          # unclosed paragraph
        return "<p>%s</p>" % h

    def img(p, arg):
        cap = arg.partition("|")[0]
        p.B(cap)
        return ('<TABLE align="%s" width="250" border="0" cellpadding="3"><TR><TD><IMG src="/photos/%s.jpg" width="250" height="170" border="0"></TD></TR>'
                '<TR><TD class="caption"><FONT size="1" face="Verdana">%s</FONT></TD></TR></TABLE>' % ("left" if rtl else "right", p.rid(8), esc(cap)))
    fl = {"p": para, "img": img, "h2": lambda p, h: "<B>%s</B><BR>" % h if sloppy else "<h2>%s</h2>" % h,
          "h3": lambda p, h: "<B>%s</B><BR>" % h if sloppy else "<h3>%s</h3>" % h,
          "ul": (lambda p, lis: "<UL>" + "".join("<LI>%s\n" % x for x in lis) + "</UL>") if sloppy else None}
    fl = {k: v for k, v in fl.items() if v}
    body = render_body(p, fl)
    if p.date_mode == "full":
        date = '%s %s' % (esc(lab[4]), esc(p.vdate("longtime")))
    elif p.date_mode == "text":
        date = '%s %s' % (esc(lab[4]), esc(p.vdate(p.opts.get("legacy_date_style", "longtime"))))
    elif p.date_mode == "day":
        date = '%s %s' % (esc(lab[4]), esc(p.vdate("long")))
    else:
        date = ""
    by = ""
    if p.byline:
        by = '%s <span itemprop="author">%s</span>' % (esc(lab[5]), esc(p.byline_names()))
    p.B(*lab)
    side_links = "".join('<TR><TD class="menu"><A href="%s">%s</A></TD></TR>' % (qa(p.home + "section/%d.html" % i), esc(t))
                         for i, t in enumerate(lo["nav"] + [lab[6], lab[7], lab[8]]))
    p.B(*lo["nav"])
    headlines = "".join('<TR><TD class="headline"><FONT size="2"><A href="%s">%s</A></FONT></TD></TR>' % (qa(u), esc(p.B(t))) for t, u in p.related(8))
    top = " | ".join('<A href="%s" class="topmenu">%s</A>' % (qa(p.home + "s%d.html" % i), esc(t)) for i, t in enumerate(lo["nav"][:6]))
    font_open = '<FONT face="Arial, Helvetica" size="2">' if sloppy else ""
    close_extra = "" if sloppy else "</div>"
    print_links = '<A href="?print=1">%s</A> | <A href="javascript:MM_openBrWindow(\'/mail.php?id=%d\',\'mail\',\'width=400,height=300\')">%s</A>' % (
        esc(lab[1]), p.rng.randint(1000, 99999), esc(lab[2]))
    article = ('<div class="article" itemscope itemtype="http://schema.org/NewsArticle">'
               '<h1 class="title" itemprop="headline">%s</h1>'
               '<div class="date">%s</div><div class="author">%s</div>'
               '<div itemprop="articleBody" class="articletext">%s\n%s\n%s</div>'
               '<div class="print">%s</div>%s'
               % (esc(p.title), date, by, font_open, body, "</FONT>" if sloppy and False else "", print_links, close_extra))
    if sloppy:
        # misnested inline + unclosed cells typical of hand-edited templates
        article = article.replace('<div class="date">', '<div class="date"><font color="#666666"><i>', 1).replace(
            '</div><div class="author">', '</font></i></div><div class="author">', 1)
    page = ('<BODY bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0"%s>'
            '<TABLE width="100%%" border="0" cellspacing="0" cellpadding="0">'
            '<TR><TD colspan="3" class="top"><A href="%s"><IMG src="/img/logo.gif" alt="%s" width="300" height="60" border="0"></A>%s</TD></TR>'
            '<TR><TD colspan="3" class="topmenu" bgcolor="#003366">%s</TD></TR>'
            '<TR><TD width="170" valign="top" class="leftcol" bgcolor="#EEEEEE">'
            '<TABLE width="100%%" border="0" cellspacing="1" cellpadding="2">%s</TABLE>'
            '<FORM action="/search.php" method="get"><INPUT type="text" name="q" size="12"><INPUT type="submit" value="%s"></FORM></TD>'
            '<TD valign="top" class="main"><TABLE width="100%%" border="0" cellpadding="8"><TR><TD class="path"><A href="%s">%s</A> &raquo; <A href="%s">%s</A></TD></TR>'
            '<TR><TD>%s</TD></TR></TABLE></TD>'
            '<TD width="200" valign="top" class="rightcol"><TABLE width="100%%" border="0" cellspacing="0" cellpadding="3"><TR><TD class="boxtitle"><B>%s</B></TD></TR>%s</TABLE>%s</TD></TR>'
            '<TR><TD colspan="3" class="footer" align="center"><FONT size="1">%s<BR>%s</FONT></TD></TR></TABLE></BODY>'
            % (' dir="rtl"' if rtl else "", qa(p.home), qa(p.site), ad_slot(p, "banner468", False, (468, 60)), top, side_links, qa(lab[9]),
               qa(p.home), esc(lab[0]), qa(p.section_url()), esc(p.B(p.section)), article, esc(lab[3]), headlines,
               ad_slot(p, "sky", False, (160, 600)), " | ".join('<A href="%s">%s</A>' % (qa(p.home + "f%d.html" % i), esc(t)) for i, t in enumerate(lo["footer"])),
               copyright_line(p)))
    p.B(*lo["footer"])
    if sloppy:
        page = page.replace("</TD></TR>\n", "\n").replace('<TR><TD class="menu">', '<TR><TD class="menu"><FONT size="2">', 3)
        page = page.replace("</BODY>", "")       # never closed
    p.layout = p.layout or "Legacy table layout: logo+banner row, top menu row, left link-menu cell, main cell with path + article (h1, date, author, itemprop=articleBody), right headlines cell, footer row"
    doctype = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">'
    html = "%s\n<HTML%s>\n<HEAD>\n%s\n</HEAD>\n%s\n%s" % (doctype, ' dir="rtl" lang="ar"' if rtl else ' lang="%s"' % p.lang,
                                                          "\n".join(head), page, "" if sloppy else "</HTML>\n")
    return html
