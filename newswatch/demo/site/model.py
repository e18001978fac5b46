"""The article record of the demo site, kept apart so story modules can import it without cycles."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

Section = tuple[str | None, list[str]]


@dataclass(frozen=True)
class DemoArticle:
    """One article as the site serves it; the tests use the same record as ground truth.

    ``sections`` is a list of (sub-heading or None, paragraphs); ``js`` articles are served
    under /live/ with body and related news inserted by JavaScript; unlisted articles are
    reachable only through related-news links.
    """

    slug: str
    title: str
    summary: str
    published: dt.date
    category: str
    source: str
    topics: list[str]
    sections: list[Section]
    related: list[str]
    js: bool = False
    listed: bool = True
    story: str = ""
    outlets: str = ""
    updated: dt.date | None = None

    @property
    def path(self) -> str:
        return f"/{'live' if self.js else 'news'}/{self.slug}"

    @property
    def paragraphs(self) -> list[str]:
        return [p for _, paragraphs in self.sections for p in paragraphs]

    @property
    def subheadings(self) -> list[str]:
        return [heading for heading, _ in self.sections if heading]

    @property
    def text(self) -> str:
        """Headline and body paragraphs: the substance an update detector should compare."""
        return "\n".join([self.title, *self.paragraphs])

    def mentions(self, word: str) -> bool:
        """Whole-word match in title, summary or body ("Maduro" matches "Maduro's", not "Madurodam")."""
        pattern = re.compile(rf"\b{re.escape(word)}\b")
        return any(pattern.search(t) for t in [self.title, self.summary, *self.paragraphs])


def slugify(text: str) -> str:
    """ASCII slug for topic and category paths ("Nicolás Maduro" -> "nicolas-maduro")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def make(story: str, outlets: str, slug: str, title: str, summary: str, published: str,
         category: str, topics: list[str], sections: list[Section], related: list[str],
         *, js: bool = False, listed: bool = True, source: str = "Clash Report") -> DemoArticle:
    """Compact constructor for the story modules (dates as ISO strings)."""
    return DemoArticle(slug=slug, title=title, summary=summary, published=dt.date.fromisoformat(published),
                       category=category, source=source, topics=list(topics), sections=list(sections),
                       related=list(related), js=js, listed=listed, story=story, outlets=outlets)
