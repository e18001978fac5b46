"""Which response each path of the main and the partner site gets, for the current edition."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from newswatch.demo.site import content, feeds, validators
from newswatch.demo.site.model import DemoArticle
from newswatch.demo.site.render import MAIN_NAME, Chrome, Related, article_page, listing, page, related_date, t
from newswatch.demo.site.stories.misc import UNTITLED_BRIEF_PARAGRAPHS

HTML = "text/html; charset=utf-8"
FAKE_PDF = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
            b"trailer\n<< /Root 1 0 R >>\n%%EOF\n")


@dataclass(frozen=True)
class Request:
    """What a page depends on: path (query removed), edition, both base URLs and the per-request cosmetics."""

    path: str
    edition: int
    main_base: str
    partner_base: str
    views: int
    counter: int
    stamp: str


@dataclass(frozen=True)
class Response:
    """A page; article pages also carry validators (see newswatch.demo.site.validators)."""

    status: int
    content_type: str
    body: bytes
    etag: str = ""
    last_modified: dt.datetime | None = None


def _html(text: str, status: int = 200) -> Response:
    return Response(status, HTML, text.encode("utf-8"))


def _not_found(chrome: Chrome) -> Response:
    return _html(page("Page not found", "<main><h1>Page not found</h1><p>No such page.</p></main>", chrome), 404)


def _related(art: DemoArticle, pool: dict[str, DemoArticle], href) -> list[Related]:
    """Related items; the category is shown only for same-category items, as on the reference page."""
    targets = [pool[slug] for slug in art.related]
    return [Related(href(x), x.title, x.category if x.category == art.category else None,
                    related_date(x.published)) for x in targets]


def main_site(req: Request) -> Response:
    chrome = Chrome(req.stamp, content.categories(), content.most_read(req.edition, req.counter),
                    staff_link=req.path == "/")
    fixed = {
        "/": lambda: _html(listing("Latest news", _items(content.home_articles(req.edition)), chrome)),
        "/archive": lambda: _html(_archive(chrome)),
        "/rss.xml": lambda: Response(200, "application/rss+xml; charset=utf-8", feeds.rss(
            req.main_base, MAIN_NAME, content.feed_articles(req.edition)).encode("utf-8")),
        "/sitemap.xml": lambda: Response(200, "application/xml", feeds.sitemap(
            req.main_base, content.listed(req.edition)).encode("utf-8")),
        "/robots.txt": lambda: Response(200, "text/plain; charset=utf-8", feeds.robots(req.main_base).encode()),
        "/news/annual-report.pdf": lambda: Response(200, "application/pdf", FAKE_PDF),
        "/private/secret": lambda: _html(page("Staff area", "<main><h1>Staff area</h1><p>Internal planning "
                                                            "notes. Robots are asked to stay out.</p></main>", chrome)),
        f"/news/{content.UNTITLED_SLUG}": lambda: _html(_untitled_brief(chrome)),
    }
    if req.path in fixed:
        return fixed[req.path]()
    parts = req.path.split("/")
    kind, slug = (parts[1], parts[2]) if len(parts) == 3 else ("", "")
    if kind == "category" and slug in content.categories():
        name = content.categories()[slug]
        return _html(listing(name, _items(content.in_category(req.edition, slug)), chrome))
    if kind == "topic" and slug in content.topics():
        name = content.topics()[slug]
        return _html(listing(name, _items(content.with_topic(req.edition, slug)), chrome, f"Stories on {name}."))
    arts = content.articles(req.edition)
    art = arts.get(slug)
    if art is None or art.path != req.path:
        return _not_found(chrome)
    related = _related(art, arts, lambda x: x.path)
    return _article(art, related, canonical=req.main_base + art.path, views=req.views, chrome=chrome)


def partner_site(req: Request) -> Response:
    chrome = Chrome(req.stamp, {}, [], partner=True)
    stories = {a.slug: a for a in content.partner_articles(req.edition)}
    if req.path == "/":
        items = [(_partner_listing_href(a), a.title) for a in stories.values()]
        return _html(listing("Latest stories", items, chrome, "Regional stories and selected partner coverage."))
    if req.path == "/robots.txt":
        return Response(200, "text/plain; charset=utf-8", feeds.PARTNER_ROBOTS.encode())
    slug = req.path.removeprefix("/story/")
    art = stories.get(slug) if req.path.startswith("/story/") else None
    if art is None:
        return _not_found(chrome)
    main = content.articles(req.edition)
    related = _related(art, main, lambda x: f"{req.main_base}{x.path}?{content.PARTNER_RELATED_QUERY}")
    return _article(art, related, canonical=f"{req.partner_base}/story/{slug}", views=req.views, chrome=chrome,
                    topic_base=req.main_base)


def _article(art: DemoArticle, related: list[Related], *, canonical: str, views: int, chrome: Chrome,
             topic_base: str = "") -> Response:
    html = article_page(art, related, canonical=canonical, views=views, chrome=chrome, topic_base=topic_base)
    return Response(200, HTML, html.encode("utf-8"), etag=validators.etag(art, related, canonical, topic_base),
                    last_modified=validators.last_modified(art))


def _items(arts: list[DemoArticle]) -> list[tuple[str, str]]:
    return [(x.path, x.title) for x in arts]


def _partner_listing_href(art: DemoArticle) -> str:
    """The syndicated copy is promoted with tracking parameters; the partner's own story is not."""
    if art.slug == content.SYNDICATED_SLUG:
        return f"/story/{art.slug}?{content.SYNDICATION_QUERY}"
    return f"/story/{art.slug}"


def _archive(chrome: Chrome) -> str:
    body = ('<main><h1>Archive</h1><p>Older briefs and documents.</p><ul class="archive">'
            f'<li><a href="/news/{content.UNTITLED_SLUG}">Coastal road brief</a></li>'
            '<li><a href="/news/annual-report.pdf">Annual report 2025 (PDF)</a></li></ul></main>')
    return page("Archive", body, chrome)


def _untitled_brief(chrome: Chrome) -> str:
    """An article page with a body but no headline anywhere: bad input a crawler must survive."""
    paragraphs = "".join(f"<p>{t(p)}</p>" for p in UNTITLED_BRIEF_PARAGRAPHS)
    body = ('<article class="article"><div class="meta"><span class="dateline">January 06, 2026</span>'
            f'<span class="source">Clash Report</span></div>'
            f'<div class="article-body" id="article-body">{paragraphs}</div></article>')
    return page("", body, chrome)
