"""Which encoding a page is in: the HTTP header, then the page's own declaration, then detection.

Scrapy already honours the header, a BOM and ``<meta charset>``. For a page
that declares nothing and is not valid UTF-8, statistical detection guesses
badly on short Western text (windows-1252 read as Baltic cp1257), so we use
the site's ``fallback_encoding`` instead: windows-1252 by default, as the
HTML standard does for undeclared pages in Western locales. A page labelled "utf-16" without a
BOM is little-endian, as browsers read it.
"""

from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom


def declares_encoding(response):
    content_type = response.headers.get(b"Content-Type", b"").decode("latin-1")
    return bool(http_content_type_encoding(content_type) or read_bom(response.body)[0]
                or html_body_declared_encoding(response.body))


def with_site_encoding(response, fallback_encoding):
    """The response, re-decoded with ``fallback_encoding`` when it declares nothing and is not UTF-8."""
    if response.encoding == "utf-16" and not read_bom(response.body)[0]:
        return response.replace(encoding="utf-16-le")  # the label means little-endian (WHATWG); Python reads big
    if declares_encoding(response):
        return response
    try:
        response.body.decode("utf-8")
    except UnicodeDecodeError:
        return response.replace(encoding=fallback_encoding)
    return response
