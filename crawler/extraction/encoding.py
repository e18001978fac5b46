"""Which encoding a page is in: the HTTP header, then the page's own declaration, then detection.

Scrapy already honours the header, a BOM and ``<meta charset>``. A page that
declares nothing and is not valid UTF-8 is read as detection says when it finds a
non-Latin script (Cyrillic, Greek, CJK...); else, since statistical detection guesses
badly on short Western text (windows-1252 read as Baltic cp1257), in the site's
``fallback_encoding``: windows-1252 by default, as the
HTML standard does for undeclared pages in Western locales. A page labelled "utf-16" without a
BOM is little-endian, as browsers read it.

Declarations lie on the open web, in two ways that can be told from the bytes:
a page declared UTF-8 whose bytes are not UTF-8 (an old CMS's windows-1251 or -1252
behind a new template) is read as detection says (charset_normalizer) when it finds a
non-Latin script (Cyrillic, Arabic, Greek...), else in the site's fallback (statistics
confuse the Latin code pages); a page declared Latin-1 or windows-1252 whose bytes are valid UTF-8
with multi-byte characters (which Latin text almost never is) is read as UTF-8.
"""

import codecs

from charset_normalizer import from_bytes
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom

LATIN = frozenset({"latin-1", "iso8859-1", "cp1252", "ascii"})
STRAY_BYTES = 0.05  # share of a UTF-8 page's non-ASCII bytes that may be invalid before it is not UTF-8
# Scripts (charset_normalizer's names of Unicode blocks) whose code pages statistics tell apart well.
NON_LATIN_SCRIPTS = ("Cyrillic", "Arabic", "Greek", "Hebrew", "CJK", "Hangul", "Hiragana", "Katakana", "Thai",
                     "Devanagari", "Armenian", "Georgian")


def declares_encoding(response):
    return bool(_declared(response.headers.get(b"Content-Type", b"").decode("latin-1"), response.body)
                or read_bom(response.body)[0])


def page_encoding(body, content_type, fallback_encoding):
    """The encoding to read ``body`` with (``content_type``: the HTTP header, "" when none)."""
    bom = read_bom(body)[0]
    if bom:
        return bom
    declared, utf8 = _declared(content_type, body), _is_utf8(body)
    if declared == "utf-8" and not utf8:
        return _non_latin_detected(body) or fallback_encoding
    if declared in LATIN and utf8 and not body.isascii():
        return "utf-8"
    if declared:
        return declared
    return "utf-8" if utf8 else (_non_latin_detected(body) or fallback_encoding)


def with_site_encoding(response, fallback_encoding):
    """The response, decoded as ``page_encoding`` says when that is not what Scrapy chose."""
    if response.encoding == "utf-16" and not read_bom(response.body)[0]:
        return response.replace(encoding="utf-16-le")  # the label means little-endian (WHATWG); Python reads big
    content_type = response.headers.get(b"Content-Type", b"").decode("latin-1")
    encoding = page_encoding(response.body, content_type, fallback_encoding)
    if codecs.lookup(encoding).name == codecs.lookup(response.encoding).name:
        return response
    return response.replace(encoding=encoding)


def _declared(content_type, body):
    name = http_content_type_encoding(content_type) or html_body_declared_encoding(body)
    try:
        return codecs.lookup(name).name if name else None
    except LookupError:
        return None


def _is_utf8(body):
    """UTF-8, but for a few stray bytes (an ad's, a template's): a page whose non-ASCII bytes are mostly valid
    UTF-8 is UTF-8; a page in another encoding has almost none valid."""
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        non_ascii = sum(byte > 0x7F for byte in body)
        invalid = body.decode("utf-8", "replace").count("\ufffd") - body.count("\ufffd".encode())
        return invalid <= STRAY_BYTES * non_ascii
    return True


def _non_latin_detected(body):
    best = from_bytes(body).best()
    if best is None or not any(alphabet.startswith(NON_LATIN_SCRIPTS) for alphabet in best.alphabets):
        return None
    return codecs.lookup(best.encoding).name
