"""Core helpers for the openweb2 corpus generator.

Article specs are plain dicts (see articles_*.py).  The body is written in a
tiny line-oriented markup; the gold body is derived from the same markup, so
the HTML and the answer key cannot drift apart.

Body markup (blocks separated by blank lines):
  ## text            sub-heading (h2)          -> body
  ### text           sub-heading (h3)          -> body
  - item             unordered list items      -> one body entry per item
  + item             ordered list items        -> one body entry per item
  | a | b |          table rows (first = head) -> one entry per row, cells joined by " "
  $ line             code / command lines      -> one entry per line
  > text             block quote               -> body
  ~ text             closing credit line       -> body
  [img CAP | CREDIT] figure                    -> excluded
  [ad] [split] [promo T] [pull T] [readmore T] [tweet T | WHO] [video T]
  [cta T] [related] [newsletter]               -> excluded (split = template may
                                                  break the body container here)
  anything else      paragraph                 -> body
Inline: **bold**, [text](url), <!-- comment -->, &shy;, &nbsp;, &#8239;
"""
import datetime as _dt
import hashlib
import html
import json
import random
import re

from strings import L, RELATED, COMMENTS


def esc(s):
    return html.escape(s, quote=False)


def att(s):
    return html.escape(str(s), quote=True)


MARK_RE = re.compile(r'^\[(img|ad|promo|pull|readmore|tweet|video|cta|split|related|newsletter)(?:\s+(.*))?\]$')
TOK = re.compile(r'(<!--.*?-->|&shy;|&nbsp;|&#8239;|\*\*|\[[^\[\]]+\]\([^()\s]+\))')
LINK = re.compile(r'\[([^\[\]]+)\]\(([^()\s]+)\)')


def plain(t):
    t = re.sub(r'<!--.*?-->', '', t, flags=re.S)
    t = t.replace('&shy;', '').replace('\u00ad', '').replace('&nbsp;', ' ').replace('&#8239;', ' ').replace('**', '')
    t = LINK.sub(r'\1', t)
    return re.sub(r'\s+', ' ', t).strip()


def parse(body):
    blocks = []
    for raw in re.split(r'\n[ \t]*\n', body.strip()):
        lines = [l.strip() for l in raw.strip().split('\n') if l.strip()]
        if not lines:
            continue
        if all(MARK_RE.match(l) for l in lines):
            for l in lines:
                m = MARK_RE.match(l)
                args = [x.strip() for x in (m.group(2) or '').split(' | ')] if m.group(2) else []
                blocks.append((m.group(1), args))
            continue
        f = lines[0]
        if f.startswith('### '):
            blocks.append(('h3', f[4:]))
        elif f.startswith('## '):
            blocks.append(('h2', f[3:]))
        elif f.startswith('- '):
            blocks.append(('ul', [l[2:] for l in lines]))
        elif f.startswith('+ '):
            blocks.append(('ol', [l[2:] for l in lines]))
        elif f.startswith('|'):
            blocks.append(('table', [[c.strip() for c in l.strip().strip('|').split('|')] for l in lines]))
        elif f.startswith('$ '):
            blocks.append(('code', [l[2:] for l in lines]))
        elif f.startswith('> '):
            blocks.append(('quote', ' '.join(l[2:] if l.startswith('> ') else l for l in lines)))
        elif f.startswith('~ '):
            blocks.append(('credit', ' '.join(l[2:] if l.startswith('~ ') else l for l in lines)))
        else:
            blocks.append(('p', ' '.join(lines)))
    return blocks


def gold_body(a, blocks):
    out = []
    if a.get('lead'):
        out.append(plain(a['lead']))
    for k, v in blocks:
        if k == 'h3' and v.startswith('@'):
            t = v.split(' ', 1)[1] if ' ' in v else ''
            if t:
                out.append(plain(t))
        elif k in ('p', 'h2', 'h3', 'quote', 'credit'):
            out.append(plain(v))
        elif k in ('ul', 'ol'):
            out.extend(plain(i) for i in v)
        elif k == 'table':
            out.extend(' '.join(plain(c) for c in row) for row in v)
        elif k == 'code':
            out.extend(re.sub(r'\s+', ' ', l).strip() for l in v)
    return [x for x in out if x]


# ---------------------------------------------------------------- dates
def D(s):
    return _dt.datetime.fromisoformat(s)


def iso(d, sep='T'):
    return d.isoformat(sep)


def utc(d, z=True, ms=False):
    u = d.astimezone(_dt.timezone.utc)
    s = u.strftime('%Y-%m-%dT%H:%M:%S')
    if ms:
        s += '.000'
    return s + ('Z' if z else '+00:00')


def naive(d):
    return d.strftime('%Y-%m-%dT%H:%M:%S')


def day(d):
    return d.strftime('%Y-%m-%d')


def epoch_ms(d):
    return int(d.timestamp() * 1000)


def compact_off(d):
    """2026-03-04T09:15:00+0100"""
    return d.strftime('%Y-%m-%dT%H:%M:%S%z')


MONTHS = {
    'en': 'January February March April May June July August September October November December'.split(),
    'de': 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(),
    'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(),
    'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(),
    'pt': 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'.split(),
    'it': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(),
    'ru': 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'.split(),
    'nl': 'januari februari maart april mei juni juli augustus september oktober november december'.split(),
    'pl': 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'.split(),
    'tr': 'Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık'.split(),
    'id': 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember'.split(),
    'hi': 'जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर'.split(),
    'ar': 'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر'.split(),
}
WEEKDAYS = {
    'en': 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(),
    'de': 'Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag'.split(),
    'fr': 'lundi mardi mercredi jeudi vendredi samedi dimanche'.split(),
    'es': 'lunes martes miércoles jueves viernes sábado domingo'.split(),
    'pt': 'segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo'.split(),
    'it': 'lunedì martedì mercoledì giovedì venerdì sabato domenica'.split(),
    'ru': 'понедельник вторник среда четверг пятница суббота воскресенье'.split(),
    'ar': 'الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد'.split(),
    'ja': '月 火 水 木 金 土 日'.split(),
    'zh': '一 二 三 四 五 六 日'.split(),
    'ko': '월 화 수 목 금 토 일'.split(),
    'tr': 'Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar'.split(),
    'nl': 'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag'.split(),
    'pl': 'poniedziałek wtorek środa czwartek piątek sobota niedziela'.split(),
    'id': 'Senin Selasa Rabu Kamis Jumat Sabtu Minggu'.split(),
    'hi': 'सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रविवार'.split(),
}


def ampm(d, style='ap'):
    h = d.hour % 12 or 12
    if style == 'ap':
        return f"{h}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"
    return f"{h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def long_date(lang, d, variant=None):
    m = d.month - 1
    if lang == 'en':
        if variant == 'uk':
            return f"{d.day} {MONTHS['en'][m]} {d.year}"
        if variant == 'short':
            return f"{MONTHS['en'][m][:3]} {d.day}, {d.year}"
        return f"{MONTHS['en'][m]} {d.day}, {d.year}"
    if lang == 'de':
        return f"{d.day}. {MONTHS['de'][m]} {d.year}"
    if lang in ('es', 'pt'):
        return f"{d.day} de {MONTHS[lang][m]} de {d.year}"
    if lang in ('zh', 'ja'):
        return f"{d.year}年{d.month}月{d.day}日"
    if lang == 'ko':
        return f"{d.year}년 {d.month}월 {d.day}일"
    return f"{d.day} {MONTHS[lang][m]} {d.year}"


def hm(d):
    return f"{d.hour:02d}:{d.minute:02d}"


# ---------------------------------------------------------------- rendering context
class Ctx:
    def __init__(self, a):
        self.a = a
        self.lang = a['lang']
        self.L = L[a['lang']]
        self.f = set(a.get('features', []))
        self.opts = set(a.get('opts', []))
        self.shy = '&shy;' if 'shy' in self.opts else ('\u00ad' if 'shychar' in self.opts else None)
        self.frnbsp = 'frnbsp' in self.opts
        self.br = 'br' in self.opts
        self.rnd = random.Random(int(hashlib.md5(a['name'].encode()).hexdigest(), 16))
        self.pub = D(a['pub'])
        self.mod = D(a['mod']) if a.get('mod') else None
        self.gold_pub = a['pub']
        self.gold_mod = a.get('mod')
        self.blocks = parse(a['body'])
        self.id = self.rnd.randint(10000, 99999)

    def feat(self, *n):
        self.f.update(n)

    def has(self, o):
        return o in self.opts

    # inline DSL -> HTML
    def inl(self, text):
        out = []
        b = False
        for part in TOK.split(text):
            if not part:
                continue
            if part.startswith('<!--'):
                out.append(part)
                self.feat('html-comment')
            elif part == '&shy;':
                out.append(part)
                self.feat('soft-hyphen')
            elif part in ('&nbsp;', '&#8239;'):
                out.append(part)
                self.feat('nbsp')
            elif part == '**':
                out.append('</strong>' if b else '<strong>')
                b = not b
            elif LINK.fullmatch(part):
                m = LINK.fullmatch(part)
                out.append(f'<a href="{att(m[2])}">{esc(m[1])}</a>')
            else:
                s = esc(part)
                if self.shy:
                    s2 = re.sub(r'(?<![\w&#])([^\W\d_]{5})([^\W\d_]{7,})', lambda m: m[1] + self.shy + m[2], s)
                    if s2 != s:
                        self.feat('soft-hyphen')
                    s = s2
                if self.frnbsp:
                    s2 = re.sub(r' ([:;!?»])', r'&nbsp;\1', s).replace('« ', '«&nbsp;')
                    if s2 != s:
                        self.feat('nbsp')
                    s = s2
                out.append(s)
        return ''.join(out)

    # body blocks -> list of HTML segments (split at [split])
    def render(self, **S):
        c = self
        L_ = self.L
        d = dict(
            p=lambda h: f'<p>{h}</p>',
            h2=lambda h: f'<h2>{h}</h2>',
            h3=lambda h: f'<h3>{h}</h3>',
            ul=lambda items: '<ul>\n' + '\n'.join(f'<li>{i}</li>' for i in items) + '\n</ul>',
            ol=lambda items: '<ol>\n' + '\n'.join(f'<li>{i}</li>' for i in items) + '\n</ol>',
            table=lambda rows: ('<table>\n<thead><tr>' + ''.join(f'<th>{x}</th>' for x in rows[0]) + '</tr></thead>\n<tbody>\n'
                                + '\n'.join('<tr>' + ''.join(f'<td>{x}</td>' for x in r) + '</tr>' for r in rows[1:]) + '\n</tbody>\n</table>'),
            code=lambda lines: '<pre><code>' + '\n'.join(esc(l) for l in lines) + '</code></pre>',
            quote=lambda h: f'<blockquote><p>{h}</p></blockquote>',
            credit=lambda h: f'<p><em>{h}</em></p>',
            img=lambda cap, cred: (f'<figure class="image"><img src="/media/{c.rnd.randint(1000,9999)}.jpg" alt="{att(plain(cap))}" width="1200" height="675" loading="lazy">'
                                   f'<figcaption>{c.inl(cap)} <span class="credit">{esc(cred)}</span></figcaption></figure>'),
            ad=lambda: f'<div class="ad-slot" data-slot="inarticle-{c.rnd.randint(1,9)}"><span class="ad-label">{L_["ad"]}</span><div id="div-gpt-ad-{c.rnd.randint(100000,999999)}-0"></div></div>',
            promo=lambda t: f'<aside class="inline-promo"><a href="/{c.rnd.randint(1000,9999)}.html">{esc(t)}</a></aside>',
            pull=lambda t: f'<aside class="pullquote"><blockquote>{esc(t)}</blockquote></aside>',
            readmore=lambda t: f'<p class="readmore"><strong>{L_["readmore"]}</strong> <a href="/{c.rnd.randint(100000,999999)}">{esc(t)}</a></p>',
            tweet=lambda t, who='': (f'<blockquote class="twitter-tweet" data-lang="{c.lang}"><p lang="{c.lang}" dir="auto">{esc(t)}</p>&mdash; {esc(who)} '
                                     f'<a href="https://twitter.com/x/status/{c.rnd.randint(10**17,10**18)}">{long_date(c.lang, c.pub) if c.lang!="ar" else ""}</a></blockquote>'
                                     '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'),
            video=lambda t: (f'<div class="video-embed"><iframe src="https://www.youtube-nocookie.test/embed/{c.rnd.randint(10**9,10**10)}" title="{att(t)}" '
                             'width="560" height="315" frameborder="0" allowfullscreen></iframe></div>'),
            cta=lambda t: f'<p><strong>{c.inl(t)}</strong></p>',
            related=lambda: c.related_box('inline-related'),
            newsletter=lambda: c.newsletter_box(),
            br_p=lambda h: f'{h}<br />\n<br />\n',
        )
        d.update(S)
        segs = [[]]
        for k, v in self.blocks:
            if k == 'split':
                segs.append([])
                self.feat('split-body')
                continue
            cur = segs[-1]
            if k == 'p':
                cur.append(d['br_p'](self.inl(v)) if self.br else d['p'](self.inl(v)))
                if self.br:
                    self.feat('br-paragraphs')
            elif k in ('h2', 'h3', 'quote', 'credit'):
                cur.append(d[k](self.inl(v)))
                self.feat({'h2': 'subheadings', 'h3': 'subheadings', 'quote': 'blockquote', 'credit': 'credit-line'}[k])
            elif k in ('ul', 'ol'):
                cur.append(d[k]([self.inl(i) for i in v]))
                self.feat('list')
            elif k == 'table':
                cur.append(d[k]([[self.inl(x) for x in r] for r in v]))
                self.feat('table')
            elif k == 'code':
                cur.append(d[k](v))
                self.feat('code-lines')
            elif k == 'img':
                cur.append(d['img'](v[0], v[1] if len(v) > 1 else ''))
                self.feat('figure-caption')
            elif k in ('ad', 'related', 'newsletter'):
                cur.append(d[k]())
                self.feat({'ad': 'ads-in-body', 'related': 'related-in-body', 'newsletter': 'newsletter-in-body'}[k])
            elif k == 'tweet':
                cur.append(d['tweet'](v[0], v[1] if len(v) > 1 else ''))
                self.feat('embed')
            else:
                cur.append(d[k](v[0] if v else ''))
                self.feat({'promo': 'inline-promo', 'pull': 'pull-quote', 'readmore': 'readmore-in-body',
                           'video': 'embed', 'cta': 'cta-in-body'}[k])
        return ['\n'.join(s) for s in segs]

    def body_html(self, joiner='\n', **S):
        return joiner.join(self.render(**S))

    # --------------------------------------------------------- widgets
    def related_titles(self, n=4):
        pool = list(RELATED[self.lang])
        self.rnd.shuffle(pool)
        return pool[:n]

    def related_box(self, cls='related-articles', title=None, n=3):
        items = ''.join(f'<li><a href="/{self.a["section_slug"]}/{self.rnd.randint(100000,999999)}.html">{esc(t)}</a></li>'
                        for t in self.related_titles(n))
        return f'<aside class="{cls}"><h3>{esc(title or self.L["related"])}</h3><ul>{items}</ul></aside>'

    def newsletter_box(self, cls='newsletter-signup'):
        L_ = self.L
        return (f'<div class="{cls}"><h4>{esc(L_["nl_title"])}</h4><p>{esc(L_["nl_text"])}</p>'
                f'<form action="/newsletter/subscribe" method="post"><input type="email" name="email" placeholder="{att(L_["email"])}">'
                f'<button type="submit">{esc(L_["subscribe"])}</button></form></div>')

    def cookie(self, cls='cookie-banner'):
        L_ = self.L
        self.feat('cookie-banner')
        return (f'<div id="cookie-consent" class="{cls}" role="dialog" aria-live="polite"><p>{esc(L_["cookie"])} '
                f'<a href="/privacy">{esc(L_["foot"][1])}</a></p><button class="accept">{esc(L_["accept"])}</button> '
                f'<button class="settings">{esc(L_["settings"])}</button></div>')

    def share(self, cls='share-bar'):
        L_ = self.L
        self.feat('share-bar')
        u = att(self.a['url'])
        return (f'<div class="{cls}"><span>{esc(L_["share"])}</span> '
                f'<a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}">Facebook</a> '
                f'<a class="share-x" href="https://twitter.com/intent/tweet?url={u}">X</a> '
                f'<a class="share-whatsapp" href="whatsapp://send?text={u}">WhatsApp</a> '
                f'<a class="share-mail" href="mailto:?subject={att(self.a["title"])}">E-Mail</a></div>')

    def comments_html(self, cls='comments'):
        self.feat('comments')
        L_ = self.L
        items = ''
        d = self.pub
        for i, (who, txt) in enumerate(COMMENTS[self.lang]):
            items += (f'<li class="comment" id="comment-{self.id + i}"><div class="comment-author"><b class="fn">{esc(who)}</b></div>'
                      f'<div class="comment-meta">{esc(long_date(self.lang, d))} {hm(d)}</div>'
                      f'<div class="comment-content"><p>{esc(txt)}</p></div></li>\n')
        return (f'<section id="comments" class="{cls}"><h2>{len(COMMENTS[self.lang])} {esc(L_["comments"])}</h2>'
                f'<ol class="comment-list">\n{items}</ol></section>')

    def nav(self, cls='main-nav', ul_cls='menu'):
        L_ = self.L
        items = f'<li><a href="/">{esc(L_["home"])}</a></li>' + ''.join(
            f'<li><a href="/{slugify(s)}/">{esc(s)}</a></li>' for s in L_['secs'])
        return f'<nav class="{cls}" aria-label="Main"><ul class="{ul_cls}">{items}</ul></nav>'

    def crumbs(self, cls='breadcrumb', sep=' › '):
        L_ = self.L
        self.feat('breadcrumb')
        return (f'<nav class="{cls}" aria-label="breadcrumb"><a href="/">{esc(L_["home"])}</a>{esc(sep)}'
                f'<a href="/{self.a["section_slug"]}/">{esc(self.a["section"])}</a>{esc(sep)}<span>{esc(self.a["title"])}</span></nav>')

    def footer(self, cls='site-footer'):
        L_ = self.L
        links = ' | '.join(f'<a href="/{slugify(x)}">{esc(x)}</a>' for x in L_['foot'])
        return f'<footer class="{cls}"><p>{links}</p><p>© {self.pub.year} {esc(self.a["site"])}. {esc(L_["rights"])}</p></footer>'

    def tags(self, cls='tags'):
        self.feat('tag-list')
        t = self.a.get('tags') or [self.a['section']]
        return f'<div class="{cls}"><span>{esc(self.L["tags"])}:</span> ' + ' '.join(
            f'<a href="/tag/{slugify(x)}/" rel="tag">{esc(x)}</a>' for x in t) + '</div>'

    def bio(self, cls='author-bio'):
        if not self.a.get('bio'):
            return ''
        self.feat('author-bio')
        n = self.a['authors'][0] if self.a['authors'] else ''
        return (f'<div class="{cls}"><img src="/img/authors/{slugify(n)}.jpg" alt="{att(n)}" width="80" height="80">'
                f'<div><strong>{esc(n)}</strong><p>{esc(self.a["bio"])}</p></div></div>')

    def paywall(self, cls='paywall'):
        self.feat('paywall-notice')
        L_ = self.L
        return (f'<div class="{cls}"><p>{esc(L_["paywall"])}</p><a class="btn" href="/abo">{esc(L_["subscribe"])}</a></div>')

    def charset_decl(self, style='html5'):
        cs = self.a.get('charset')
        decl = cs['declared'] if cs else 'utf-8'
        if decl is None:
            return ''
        if style == 'html5':
            return f'<meta charset="{decl}">'
        return f'<meta http-equiv="Content-Type" content="text/html; charset={decl}" />'


def slugify(s):
    s = s.lower()
    s = re.sub(r'[^\w]+', '-', s)
    return s.strip('-') or 'x'


def ld(obj, pretty=False, attrs=''):
    j = json.dumps(obj, ensure_ascii=False, indent=2 if pretty else None)
    j = j.replace('</', '<\\/')
    return f'<script type="application/ld+json"{attrs}>{j}</script>'


def js_json(obj):
    return json.dumps(obj, ensure_ascii=False).replace('</', '<\\/')


def byline(lang, names, prefix=True):
    conj = {'en': 'and', 'de': 'und', 'fr': 'et', 'es': 'y', 'pt': 'e', 'it': 'e', 'ru': 'и', 'nl': 'en', 'pl': 'i',
            'tr': 've', 'id': 'dan', 'hi': 'और', 'ar': 'و', 'zh': '、', 'ja': '、', 'ko': '·'}[lang]
    pre = {'en': 'By ', 'de': 'Von ', 'fr': 'Par ', 'es': 'Por ', 'pt': 'Por ', 'it': 'di ', 'ru': '', 'nl': 'Door ',
           'pl': '', 'tr': '', 'id': 'Oleh ', 'hi': '', 'ar': 'بقلم: ', 'zh': '', 'ja': '', 'ko': ''}[lang]
    if len(names) <= 1:
        s = ''.join(names)
    elif lang in ('zh', 'ja', 'ko'):
        s = conj.join(names)
    elif lang == 'ar':
        s = '، '.join(names[:-1]) + ' و' + names[-1]
    else:
        s = ', '.join(names[:-1]) + f' {conj} ' + names[-1]
    return (pre if prefix else '') + s
