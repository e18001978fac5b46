"""HTML for the demo site's pages; the class names are what the crawler's CSS selectors rely on.

Every page carries request-dependent chrome (render stamp, view counter, rotating most-read list):
it changes on each request, so an update detector must learn to ignore it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from html import escape

from newswatch.demo.site.model import DemoArticle, slugify

MAIN_NAME = "Clash Wire"
PARTNER_NAME = "Partner Daily"

# Inserts body and related news 200 ms after DOMContentLoaded, with the same markup as static pages.
_LIVE_LOADER = """<script>
document.addEventListener("DOMContentLoaded", function () {
  setTimeout(function () {
    var data = JSON.parse(document.getElementById("live-data").textContent);
    var body = document.getElementById("article-body");
    data.body.forEach(function (block) {
      var el = document.createElement(block[0]);
      el.textContent = block[1];
      body.appendChild(el);
    });
    var list = document.querySelector("section.related-news ul");
    data.related.forEach(function (item) {
      var li = document.createElement("li");
      li.className = "related-item";
      var a = document.createElement("a");
      a.href = item.href;
      a.textContent = item.title;
      li.appendChild(a);
      [["related-category", item.category], ["related-date", item.date]].forEach(function (pair) {
        if (!pair[1]) { return; }
        var span = document.createElement("span");
        span.className = pair[0];
        span.textContent = pair[1];
        li.appendChild(span);
      });
      list.appendChild(li);
    });
  }, 200);
});
</script>"""


@dataclass(frozen=True)
class Chrome:
    """Per-request cosmetics and site identity: never part of an article's substance."""

    stamp: str
    categories: dict[str, str]
    most_read: list[DemoArticle]
    partner: bool = False
    staff_link: bool = False


@dataclass(frozen=True)
class Related:
    href: str
    title: str
    category: str | None
    date: str


def t(text: str) -> str:
    """Escape a text node (quotes left alone so "Maduro's" stays readable in the source)."""
    return escape(text, quote=False)


def a(text: str) -> str:
    """Escape an attribute value."""
    return escape(text, quote=True)


def dateline(day: dt.date) -> str:
    return day.strftime("%B %d, %Y")


def related_date(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def script_json(data: object) -> str:
    """JSON safe inside a <script> element."""
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/").replace("<!--", "<\\!--")


def page(title: str, body: str, chrome: Chrome, head: str = "") -> str:
    """The whole document: head, site header, optional most-read box, body, footer."""
    name = PARTNER_NAME if chrome.partner else MAIN_NAME
    doc_title = f"{t(title)} | {name}" if title else ""
    stamp = f'<div class="render-stamp">Rendered {t(chrome.stamp)}</div>'
    if chrome.partner:
        header = (f'<header class="partner-masthead"><a class="brand" href="/">{name}</a>'
                  f'<span class="tagline">Regional news, shared.</span>{stamp}</header>')
        footer = (f'<footer class="partner-footer"><p>&copy; 2026 {name}. '
                  f'Some stories syndicated from {MAIN_NAME}.</p></footer>')
        aside = ""
    else:
        nav = " ".join(f'<a href="/category/{slug}">{t(label)}</a>' for slug, label in chrome.categories.items())
        header = f'<header class="site-header"><a href="/">{name}</a> <nav>{nav}</nav>{stamp}</header>'
        staff = ' <a href="/private/secret">Staff area</a>' if chrome.staff_link else ""
        footer = (f'<footer><a href="/rss.xml">RSS</a> <a href="/sitemap.xml">Sitemap</a> '
                  f'<a href="/archive">Archive</a>{staff}<p>&copy; 2026 {name}</p></footer>')
        items = "".join(f'<li><a href="{x.path}">{t(x.title)}</a></li>' for x in chrome.most_read)
        aside = f'<aside class="most-read"><h3>Most Read</h3><ul>{items}</ul></aside>' if items else ""
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{doc_title}</title>\n'
            f'{head}</head><body>\n{header}\n{aside}\n{body}\n{footer}</body></html>\n')


def listing(title: str, items: list[tuple[str, str]], chrome: Chrome, intro: str = "") -> str:
    """A list page (home, category, topic): ``<ul class="latest">`` of (href, title)."""
    lis = "".join(f'<li><a href="{a(href)}">{t(text)}</a></li>' for href, text in items)
    intro_html = f"<p>{t(intro)}</p>" if intro else ""
    return page(title, f'<main><h1>{t(title)}</h1>{intro_html}<ul class="latest">{lis}</ul></main>', chrome)


def article_page(art: DemoArticle, related: list[Related], *, canonical: str, views: int, chrome: Chrome,
                 topic_base: str = "") -> str:
    """An article; for ``art.js`` the body and related list are left empty and filled by script."""
    published = art.published.isoformat()
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title,
          "datePublished": f"{published}T08:00:00+00:00"}
    if art.updated:
        ld["dateModified"] = f"{art.updated.isoformat()}T08:00:00+00:00"
    ld["publisher"] = {"@type": "Organization", "name": PARTNER_NAME if chrome.partner else "Clash Report"}
    head = (f'<link rel="canonical" href="{a(canonical)}">\n'
            f'<meta name="description" content="{a(art.summary)}">\n'
            f'<meta property="og:title" content="{a(art.title)}"><meta property="og:type" content="article">\n'
            f'<meta property="article:published_time" content="{published}T08:00:00+00:00">\n'
            f'<script type="application/ld+json">{script_json(ld)}</script>\n')
    updated = f'<span class="updated">Updated {dateline(art.updated)}</span>' if art.updated else ""
    blocks: list[tuple[str, str]] = []
    for heading, paragraphs in art.sections:
        blocks += ([("h2", heading)] if heading else []) + [("p", p) for p in paragraphs]
    topics = "".join(f'<a href="{a(topic_base)}/topic/{slugify(name)}">{t(name)}</a>' for name in art.topics)
    body = (f'<article class="article">\n<h1 class="headline">{t(art.title)}</h1>\n'
            f'<p class="summary">{t(art.summary)}</p>\n'
            f'<div class="meta"><span class="dateline">{dateline(art.published)}</span>'
            f'<span class="source">{t(art.source)}</span>{updated}<span class="views">{views} views</span></div>\n'
            f'<div class="article-body" id="article-body">{"" if art.js else _blocks(blocks)}</div>\n'
            f'<p class="sources">Sources: {t(art.outlets)}</p>\n'
            f'<section class="related-topics"><h3>Related Topics</h3>{topics}</section>\n')
    if related or art.js:
        items = "" if art.js else "".join(_related_item(r) for r in related)
        body += f'<section class="related-news"><h3>Related News</h3><ul>{items}</ul></section>\n'
    body += "</article>"
    if art.js:
        data = {"body": blocks, "related": [asdict(r) for r in related]}
        body += f'\n<script type="application/json" id="live-data">{script_json(data)}</script>\n{_LIVE_LOADER}'
    return page(art.title, body, chrome, head)


def _blocks(blocks: list[tuple[str, str]]) -> str:
    return "".join(f"<{tag}>{t(text)}</{tag}>" for tag, text in blocks)


def _related_item(r: Related) -> str:
    category = f'<span class="related-category">{t(r.category)}</span>' if r.category else ""
    return (f'<li class="related-item"><a href="{a(r.href)}">{t(r.title)}</a>{category}'
            f'<span class="related-date">{r.date}</span></li>')

