"""JavaScript shells: pages whose static HTML is the site's chrome around a placeholder, the article in a script.

Taking such a page as it is would file the chrome (menus, "most read", a view counter) as
the article. ``is_shell`` tells a shell from a server-rendered page: little paragraph text
in the HTML, and either far more prose in its inline scripts (a JSON state blob, a script
that writes the article) or a placeholder where the article goes (a spinner, "Loading…").
With ``render = "auto"`` the spider has Chromium render the page from the HTML it already
fetched (``render_request``: the page is served to the browser from memory, never
downloaded twice); with ``render = "http"``, or without a browser, it is dropped as
``needs_rendering``.
"""

import re

from lxml import etree
from playwright.async_api import TimeoutError as PlaywrightTimeout
from scrapy_playwright.page import PageMethod

from crawler.extraction.css import select

PROSE_IN_PAGE = 400  # characters of paragraph text above which a page is server-rendered
PROSE_IN_SCRIPTS = 400  # characters of prose in inline scripts from which a page holds its text there
PARAGRAPH = 60  # characters from which a <p> counts as prose
RENDER_WAIT_MS = 10_000  # the longest a rendered shell is given to fill in its article
PLACEHOLDERS = ("[class*=spinner], [class*=loading], [class*=skeleton], [class*=placeholder], [aria-busy=true], "
                "[id*=spinner], [id*=loading]")
_STRING = re.compile(r'"((?:[^"\\\n]|\\.){40,})"|\'((?:[^\'\\\n]|\\.){40,})\'|`([^`]{40,})`')
# Compiled once, run on the response's own tree: parsel would wrap every paragraph found.
_PARAGRAPHS = etree.XPath("//body//p[not(ancestor::noscript)]")
_PROSE = re.compile(r"[^\W\d_]{2,}(?:\s+|\\n)[^\W\d_]{2,}")
# Resolves once the rendered page has paragraph text, or gives up quietly: what is there is then read.
FILLED = f"""() => Array.from(document.querySelectorAll('p'))
  .map(p => p.innerText.trim()).filter(t => t.length >= {PARAGRAPH}).join('').length >= {PROSE_IN_PAGE // 2}"""


def is_shell(response):
    """True when the static HTML of ``response`` is a shell whose article only a browser would show."""
    page = paragraph_chars(response)
    if page >= PROSE_IN_PAGE:
        return False
    return script_prose_chars(response) >= PROSE_IN_SCRIPTS or bool(response.css(PLACEHOLDERS)) and page < PARAGRAPH


def paragraph_chars(response):
    texts = (" ".join(select(p, "::text")).strip() for p in _PARAGRAPHS(response.selector.root))
    return sum(size for size in map(len, texts) if size >= PARAGRAPH)


def script_prose_chars(response):
    """Characters of prose in string literals of the page's inline scripts (JSON-LD metadata aside)."""
    scripts = response.xpath("//script[not(@src) and not(contains(@type, 'ld+json'))]/text()").getall()
    return sum(len(literal) for script in scripts for match in _STRING.finditer(script)
               if (literal := next(group for group in match.groups() if group is not None))
               and len(_PROSE.findall(literal)) >= 3)


def render_request(response):
    """The request that has Chromium render ``response``'s page from its fetched HTML (same lease, same URL)."""
    meta = {**response.request.meta, "playwright": True, "shell_rendered": True,
            "playwright_page_init_callback": "crawler.extraction.shells.serve_fetched_page",
            "shell_html": response.body, "shell_type": response.headers.get("Content-Type", b"text/html"),
            "playwright_page_methods": [PageMethod(wait_for_article)]}
    return response.request.replace(meta=meta, dont_filter=True)


async def serve_fetched_page(page, request):
    """Chromium gets the page's HTML from memory; what the page loads itself goes through as usual."""
    body, content_type = request.meta["shell_html"], request.meta["shell_type"].decode("latin-1")
    target = request.url

    async def fulfill(route):
        await route.fulfill(status=200, body=body, headers={"Content-Type": content_type})
    await page.route(lambda url: url == target, fulfill, times=1)


async def wait_for_article(page):
    try:
        await page.wait_for_function(FILLED, timeout=RENDER_WAIT_MS)
    except PlaywrightTimeout:
        pass
