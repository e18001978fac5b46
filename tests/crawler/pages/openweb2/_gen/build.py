"""Render every article spec into NAME.html + NAME.json in the parent directory.
Usage: python3 build.py"""
import glob
import importlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from core import Ctx, gold_body, slugify  # noqa: E402
import templates  # noqa: E402
import templates2  # noqa: E402

TPL = dict(wp_classic=templates.t_wp_classic, wp_yoast=templates.t_wp_yoast, wp_gutenberg=templates.t_wp_gutenberg,
           drupal=templates.t_drupal, joomla=templates.t_joomla, typo3=templates.t_typo3, ghost=templates.t_ghost,
           arcxp=templates.t_arcxp, brightspot=templates.t_brightspot, bitrix=templates.t_bitrix, spip=templates.t_spip)
TPL.update(templates2.TEMPLATES2)

NO_LEAD = {'ghost', 'arcxp', 'blogger', 'medium', 'substack', 'table_legacy', 'hugo', 'newsml_wire', 'cn_portal', 'jp_newspaper'}
REQUIRED = ['name', 'lang', 'cms', 'url', 'site', 'section', 'title', 'pub', 'authors', 'tz', 'body']


def build_one(a):
    for k in REQUIRED:
        assert k in a, (a.get('name'), k)
    assert a['name'].startswith(a['lang'] + '-'), a['name']
    assert a['cms'] in TPL, a['cms']
    assert not (a.get('lead') and a['cms'] in NO_LEAD), a['name']
    a.setdefault('section_slug', slugify(a['section']))
    c = Ctx(a)
    html = TPL[a['cms']](c)
    body = gold_body(a, c.blocks)
    if a['lang'] in ('zh', 'ja', 'ko'):
        order = 'YMD'
    elif a['lang'] == 'en' and not a.get('uk'):
        order = 'MDY'
    else:
        order = 'DMY'
    order = a.get('date_order', order)
    if 'date-mdy' in c.f and order != 'MDY':
        raise SystemExit(f"{a['name']}: MDY date shown but date_order {order}")
    feats = set(c.f)
    if re.search(r'/(19|20)\d\d[/-](0[1-9]|1[0-2])([/-](0[1-9]|[12]\d|3[01]))?(/|-|\b)', a['url']) or re.search(r'(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])', a['url']):
        feats.add('date-in-url')
    if re.search(r'<meta[^>]+name=["\']author["\']', html):
        feats.add('author-meta')
    if re.search(r'rel=["\']author["\']', html):
        feats.add('author-rel')
    if 'gold_authors' in a and not a['gold_authors']:
        feats.update(['newsroom-byline', 'no-author'])
    if len(a['authors']) > 1:
        feats.add('multiple-authors')
    if a.get('charset'):
        feats.add('legacy-charset')
        if a['charset'].get('declared') is None:
            feats.add('charset-missing')
        elif a['charset']['declared'].lower() != a['charset']['actual'].lower():
            feats.add('charset-mismatch')
    authors = a['gold_authors'] if 'gold_authors' in a else a['authors']
    gold = {'url': a['url'], 'title': a['title'], 'published': a.get('gold_published', c.gold_pub),
            'modified': a.get('gold_modified', c.gold_mod), 'authors': authors, 'language': a['lang'],
            'timezone': a['tz'], 'date_order': order, 'cms': a['cms'], 'features': sorted(feats), 'body': body}
    if a.get('charset'):
        gold['charset'] = a['charset']
    if a.get('notes'):
        gold['notes'] = a['notes']
    enc = a['charset']['actual'] if a.get('charset') else 'utf-8'
    data = html.encode(enc, errors='xmlcharrefreplace')
    with open(os.path.join(OUT, a['name'] + '.html'), 'wb') as f:
        f.write(data)
    with open(os.path.join(OUT, a['name'] + '.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return gold


def main():
    names = set()
    n = 0
    for mod in sorted(glob.glob(os.path.join(HERE, 'articles_*.py'))):
        m = importlib.import_module(os.path.basename(mod)[:-3])
        for a in m.ARTICLES:
            assert a['name'] not in names, a['name']
            names.add(a['name'])
            build_one(a)
            n += 1
    print(f'built {n} pages')


if __name__ == '__main__':
    main()
