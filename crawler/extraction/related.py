"""The "Related News" of an article page: the related-news graph's edges out of it.

Configured selectors read each part of an entry. Without them, related blocks are found as
CMS themes write them: a container named for it (Jetpack's ``jp-relatedposts``, YARPP,
Drupal's ``view-related-content``, "related-posts"...) or a heading that says so ("Related
coverage", "More on this story", "Noticias relacionadas", "Leia também"...), in ``<ul>``
or ``<div>`` markup. A heading's block runs from it to the next heading, so a "Most read"
list set right after it is not taken in. Lists that are the same on every page of a site
("More news", "Most read", "Trending") are not related news: they are recognised by name
here, and by being seen on other pages of the site by the spider (crawler.sitewide). Each
entry keeps its title, and the date and category its entry shows.
"""

import re
from dataclasses import dataclass

from crawler.extraction.css import select, serialized
from crawler.extraction.dates import find_date, parse_date, site_date_order
from crawler.extraction.metadata import clean
from newswatch.shared.items import RelatedLink
from newswatch.shared.urls import absolute_link, page_identity, same_site

RELATED_NAMES = re.compile(
    r"related|relacionad|correlat|yarpp|more-?on-?this|read-?more|read-?also|also-?read|read-?next|leia-?tambem"
    r"|lire-?aussi|leggi-?anche|mehr-?zum-?thema|ver-?tambien|lee-?tambien|gerelateerd|lees-?ook|lees-?verder"
    r"|relaterat|relaterte|powiazane|souvisejici", re.I)
SITEWIDE_NAMES = re.compile(
    r"most-?read|most-?popular|popular|trending|latest|recent|masleid|mas-?leid|mais-?lidas|beliebt|meistgelesen"
    r"|piu-?letti|plus-?lus|top-?stories|more-?news|widget_recent|editors?-?picks|breaking|meest-?gelezen"
    r"|mest-?last|najczesciej|derniers|laatste", re.I)
# Tags and topics "related" to a page are taxonomy pages, not articles.
TAXONOMY_NAMES = re.compile(r"topic|(?:^|[\s_-])tags?(?:$|[\s_-])|categor|keyword|themen|temas|subjects", re.I)
# Headings of related blocks and of site-wide lists, folded (lower case, no trailing colon).
RELATED_HEADINGS = frozenset({
    "related", "related news", "related stories", "related articles", "related posts", "related coverage",
    "related content", "related reading", "more on this story", "more on this", "more about this",
    "read more", "read also", "also read", "see also", "further reading", "read next",
    "noticias relacionadas", "notas relacionadas", "artículos relacionados", "más sobre este tema",
    "te puede interesar", "lee también", "ver también", "relacionadas", "relacionados",
    "leia também", "leia mais", "veja também", "posts relacionados", "notícias relacionadas",
    "lire aussi", "à lire aussi", "lire également", "à lire également", "voir aussi", "sur le même sujet",
    "articles liés", "articles en relation", "articles similaires", "dans la même rubrique",
    "leggi anche", "vedi anche", "articoli correlati", "articoli simili", "notizie correlate", "potrebbe interessarti",
    "mehr zum thema", "lesen sie auch", "das könnte sie auch interessieren", "verwandte artikel", "auch interessant",
    "lees ook", "lees verder", "meer over dit onderwerp", "gerelateerd", "gerelateerde artikelen",
    "gerelateerd nieuws", "läs också", "relaterat", "læs også", "les også", "relaterte artikler",
    "czytaj także", "czytaj też", "powiązane", "čtěte také", "související články", "citește și",
    "entradas relacionadas", "benzer haberler",
    "i̇lgili haberler", "ilgili haberler", "читайте также", "اقرأ أيضا", "أخبار ذات صلة", "関連記事", "相关新闻",
})
SITEWIDE_HEADINGS = frozenset({
    "most read", "most popular", "popular", "popular now", "trending", "trending now", "more news",
    "latest", "latest news", "top stories", "editor's picks", "editors' picks", "don't miss", "recommended",
    "lo más leído", "lo más visto", "más leídas", "más leído", "más noticias", "últimas noticias", "lo último",
    "mais lidas", "mais lidas da semana", "últimas notícias", "mais notícias", "em alta",
    "les plus lus", "le plus lu", "à la une", "dernières nouvelles", "les plus populaires",
    "i più letti", "più letti", "ultime notizie", "più popolari",
    "beliebt", "meistgelesen", "meistgelesene artikel", "am meisten gelesen", "neueste artikel", "top-artikel",
    "entradas populares", "derniers articles", "meest gelezen", "populair", "net binnen", "laatste nieuws",
    "mest läst", "senaste nytt", "najczęściej czytane", "najnowsze", "nejčtenější",
})
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
HEADINGS = ("//h2 | //h3 | //h4 | //h5 | //h6 | //b | //strong"
            " | //*[contains(@class, 'title') or contains(@class, 'label')]")
SECTION_DEPTH = 3  # ancestors of a heading searched for the block it heads
MAX_HEADING_CHARS = 60


@dataclass(frozen=True)
class Block:
    """A related block: its entries (element, link) and a name for it (how it was found)."""

    entries: tuple
    found_by: str


def related_blocks(page, url, site):
    """The related blocks of an article page, site-wide lists left out by name."""
    root, seen, blocks = page.root, set(), []
    for element in root.iter():
        if isinstance(element.tag, str) and _named(element, RELATED_NAMES) and not _sitewide(element) \
                and not _named(element, TAXONOMY_NAMES) \
                and not any(ancestor in seen for ancestor in element.iterancestors()):
            entries = _entries(element, _links(element, url, site))
            if entries:
                seen.add(element)
                blocks.append(Block(tuple(entries), "class"))
    taken = {link for block in blocks for _, link in block.entries}
    for heading in root.xpath(HEADINGS):
        if _heading_text(heading) in RELATED_HEADINGS and not any(a in seen for a in heading.iterancestors()):
            container, links = _section(heading, url, site)
            links = [link for link in links if link not in taken]
            if links:
                taken.update(links)
                blocks.append(Block(tuple(_entries(container, links)), "heading"))
    return blocks


def related_links(page, url, site, language=None):
    """Every related entry of the page as a RelatedLink (configured selectors first)."""
    if "related" in site.selectors:
        return [link for item in select(page.root, site.selectors["related"])
                if (link := _configured_entry(item, url, site))]
    return [entry_link(entry, link, url, site, language) for block in related_blocks(page, url, site)
            for entry, link in block.entries]


def entry_link(entry, link, url, site, language):
    text = clean(" ".join(entry.itertext()))
    return RelatedLink(url=absolute_link(url, link.get("href")), title=clean(" ".join(link.itertext())),
                       date=find_date(text, site_date_order(site.date_order, language, site.timezone), language))


def _heading_text(element):
    text = clean(" ".join(element.itertext()))
    return text[:MAX_HEADING_CHARS].rstrip(" :").lower() if len(text) <= MAX_HEADING_CHARS else ""


def _named(element, pattern):
    return bool(pattern.search(f"{element.get('class', '')} {element.get('id', '')}"))


def _sitewide(element):
    """A list named for what every page shows (by class, or by its own heading)."""
    if _named(element, SITEWIDE_NAMES):
        return True
    heading = next((el for el in element.iter() if isinstance(el.tag, str) and el.tag in HEADING_TAGS), None)
    return heading is not None and _heading_text(heading) in SITEWIDE_HEADINGS


def _section(heading, url, site):
    """The container a heading heads, and its links from the heading to the next heading."""
    for container in list(heading.iterancestors())[:SECTION_DEPTH]:
        links, after = [], False
        for element in container.iter():
            if element is heading:
                after = True
            elif after and element is not heading and _is_heading_like(element, heading) \
                    and heading not in element.iterancestors():
                break
            elif after and element.tag == "a" and heading not in element.iterancestors():
                links.append(element)
        links = [link for link in links if _wanted(link, url, site)]
        if links:
            return container, links
    return heading, []


def _is_heading_like(element, heading):
    """Another heading: a heading tag, or an element dressed as the block's own heading (never a link's part)."""
    if not isinstance(element.tag, str) or element.tag == "a" or element.find(".//a") is not None \
            or any(ancestor.tag == "a" for ancestor in element.iterancestors()):
        return False
    if element.tag in HEADING_TAGS:
        return True
    return element.tag == heading.tag and element.get("class") == heading.get("class") and bool(_heading_text(element))


def _links(container, url, site):
    """The container's links in page order, but those under a site-wide list's name or heading."""
    links, skipped, included = [], set(), True
    for element in container.iter():
        if not isinstance(element.tag, str) or element in skipped:
            continue
        if element is not container and _named(element, SITEWIDE_NAMES):
            skipped.update(element.iter())
        elif element.tag in HEADING_TAGS and (text := _heading_text(element)):
            included = text not in SITEWIDE_HEADINGS
        elif element.tag == "a" and included and _wanted(element, url, site):
            links.append(element)
    return links


def _wanted(link, url, site):
    """A link to another article: not to this page, not a fragment or script, and an article page of its site
    (by the site's article patterns, where it has some)."""
    href = (link.get("href") or "").strip()
    if href.startswith(("#", "javascript:", "mailto:")) or not (target := absolute_link(url, href)):
        return False
    if page_identity(target) == page_identity(url):
        return False
    return not same_site(target, url) or not site.article_patterns or site.is_article(target)


def _entries(container, links):
    """(entry, link) for each link: the largest element around it, within the container, holding no other link."""
    entries, seen = [], set()
    for link in links:
        if link in seen:
            continue
        seen.add(link)
        entry = link
        while (parent := entry.getparent()) is not None and parent is not container \
                and len(parent.xpath(".//a[@href]")) == 1:
            entry = parent
        entries.append((entry, link))
    return entries


def _configured_entry(item, url, site):
    selectors = site.selectors
    target = absolute_link(url, _first(item, selectors.get("related_url", "a::attr(href)")))
    if not target:
        return None
    category = _text(select(item, selectors["related_category"])) if "related_category" in selectors else ""
    date = _text(select(item, selectors["related_date"])) if "related_date" in selectors else ""
    return RelatedLink(url=target, title=_text(select(item, selectors.get("related_title", "a"))),
                       category=category or None,
                       date=parse_date(date, site_date_order(site.date_order, None, site.timezone)) if date else None)


def _first(item, query):
    """The first node ``query`` finds in ``item``, serialized; None when it finds none."""
    found = select(item, query)
    return serialized(found[0]) if found else None


def _text(found):
    """The text of the elements found (strings found add none, as with parsel)."""
    return clean(" ".join(text for node in found if not isinstance(node, str) for text in select(node, "::text")))
