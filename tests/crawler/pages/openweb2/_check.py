#!/usr/bin/env python3
"""Validate the openweb2 corpus: every NAME.html has a NAME.json answer key with all keys,
every gold body string and the title occur in the page's visible text, and every
application/ld+json block parses.  Python 3 standard library only (uses lxml if present
only to double-check that the page parses).

Usage: python3 _check.py [-v]
"""
import glob
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['url', 'title', 'published', 'modified', 'authors', 'language', 'timezone', 'date_order', 'cms', 'features', 'body']
INLINE = {'a', 'span', 'strong', 'b', 'em', 'i', 'u', 'abbr', 'time', 'font', 'small', 'sub', 'sup', 'mark', 'code',
          'cite', 'q', 's', 'label', 'bdi', 'bdo', 'data', 'var', 'kbd', 'samp', 'wbr', 'big', 'tt', 'ins', 'del'}
SKIP = {'script', 'style', 'noscript', 'template', 'head', 'title', 'svg'}
ISO = re.compile(r'^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$')


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0
        self.stack = []
        self.ld = []
        self._ld = None

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
            if tag == 'script' and dict(attrs).get('type') == 'application/ld+json':
                self._ld = []
            return
        if tag not in INLINE:
            self.out.append(' ')

    def handle_startendtag(self, tag, attrs):
        if tag not in INLINE:
            self.out.append(' ')

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
            if tag == 'script' and self._ld is not None:
                self.ld.append(''.join(self._ld))
                self._ld = None
            return
        if tag not in INLINE:
            self.out.append(' ')

    def handle_data(self, data):
        if self._ld is not None:
            self._ld.append(data)
        if self.skip:
            return
        self.out.append(data)


def norm(s):
    s = s.replace('\u00ad', '')
    return re.sub(r'\s+', ' ', s).strip()


def check(name, verbose=False):
    errs = []
    gpath = os.path.join(HERE, name + '.json')
    if not os.path.exists(gpath):
        return [f'{name}: missing answer key']
    gold = json.load(open(gpath, encoding='utf-8'))
    for k in KEYS:
        if k not in gold:
            errs.append(f'{name}: gold lacks key {k!r}')
    if errs:
        return errs
    enc = (gold.get('charset') or {}).get('actual') or 'utf-8'
    raw = open(os.path.join(HERE, name + '.html'), 'rb').read()
    try:
        html = raw.decode(enc)
    except UnicodeDecodeError as e:
        return [f'{name}: cannot decode as {enc}: {e}']
    p = Visible()
    p.feed(html)
    p.close()
    text = norm(''.join(p.out))
    if norm(gold['title']) not in text:
        errs.append(f'{name}: title not in visible text')
    if not gold['body']:
        errs.append(f'{name}: empty body')
    for i, para in enumerate(gold['body']):
        if para != norm(para):
            errs.append(f'{name}: body[{i}] not whitespace-normalised')
        if norm(para) not in text:
            errs.append(f'{name}: body[{i}] not found: {para[:80]!r}')
    for j, blob in enumerate(p.ld):
        try:
            json.loads(blob.replace('<\\/', '</'))
        except ValueError as e:
            errs.append(f'{name}: ld+json #{j} invalid: {e}')
    for k in ('published', 'modified'):
        v = gold[k]
        if v is not None and not ISO.match(v):
            errs.append(f'{name}: {k} not ISO 8601: {v!r}')
    if gold['published'] is None:
        errs.append(f'{name}: published is null')
    if gold['date_order'] not in ('DMY', 'MDY', 'YMD'):
        errs.append(f'{name}: bad date_order')
    if not isinstance(gold['authors'], list):
        errs.append(f'{name}: authors must be a list')
    if not name.startswith(gold['language'] + '-'):
        errs.append(f'{name}: name does not start with language code')
    if 'charset' in gold:
        for k in ('declared', 'actual', 'note'):
            if k not in gold['charset']:
                errs.append(f'{name}: charset lacks {k}')
    try:
        import lxml.html  # noqa: F401
        lxml.html.document_fromstring(raw)
    except ImportError:
        pass
    except Exception as e:  # pragma: no cover
        errs.append(f'{name}: lxml failed to parse: {e}')
    if verbose:
        print(f'{name}: {len(gold["body"])} paragraphs, {len(" ".join(gold["body"]).split())} words, {enc}')
    return errs


def main():
    verbose = '-v' in sys.argv
    pages = sorted(os.path.basename(f)[:-5] for f in glob.glob(os.path.join(HERE, '*.html')))
    keys = sorted(os.path.basename(f)[:-5] for f in glob.glob(os.path.join(HERE, '*.json')))
    errs = [f'{k}: answer key without page' for k in set(keys) - set(pages)]
    for name in pages:
        errs += check(name, verbose)
    for e in errs:
        print('FAIL', e)
    print(f'{len(pages)} pages checked, {len(errs)} problems')
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
