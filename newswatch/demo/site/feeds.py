"""RSS 2.0 feed, sitemap and robots.txt of the demo site (absolute URLs, as crawlers expect)."""

from __future__ import annotations

import datetime as dt
from email.utils import format_datetime
from xml.sax.saxutils import escape

from newswatch.demo.site.model import DemoArticle


def _published(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, 8, 0, tzinfo=dt.timezone.utc)


def rss(base: str, title: str, items: list[DemoArticle]) -> str:
    entries = "".join(
        f"<item><title>{escape(x.title)}</title><link>{escape(base + x.path)}</link>"
        f'<guid isPermaLink="true">{escape(base + x.path)}</guid>'
        f"<pubDate>{format_datetime(_published(x.published), usegmt=True)}</pubDate>"
        f"<category>{escape(x.category)}</category><description>{escape(x.summary)}</description></item>\n"
        for x in items)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>\n'
            f"<title>{escape(title)}</title><link>{escape(base)}/</link>"
            f"<description>Latest news from {escape(title)}</description><language>en</language>\n"
            f"{entries}</channel></rss>\n")


def sitemap(base: str, items: list[DemoArticle]) -> str:
    urls = "".join(f"<url><loc>{escape(base + x.path)}</loc>"
                   f"<lastmod>{(x.updated or x.published).isoformat()}</lastmod></url>\n" for x in items)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n')


def robots(base: str) -> str:
    return f"User-agent: *\nDisallow: /private/\nSitemap: {base}/sitemap.xml\n"


PARTNER_ROBOTS = "User-agent: *\nAllow: /\n"
