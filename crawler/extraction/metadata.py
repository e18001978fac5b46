"""Headline, dates, authors and language of a page, from its metadata first and its visible text after.

Structured data is trusted before prose: JSON-LD (article objects before the
web page they sit in), OpenGraph and meta tags, microdata and ``<time>``, then
a date in the URL, then a dateline read in the site's day order, and only then
htmldate's extensive search, which guesses the day order on its own. Authors the
page's metadata does not name are asked of trafilatura's metadata.
"""

import json
import re
import warnings
from functools import cached_property

import htmldate
from lxml import etree
from trafilatura.metadata import extract_author

from crawler.extraction.dates import (
    UPDATED,
    find_date,
    mentions_update,
    parse_machine_date,
    site_date_order,
    split_at_update,
)

ARTICLE_TYPES = re.compile(r"Article|BlogPosting|LiveBlogPosting|Report|Review", re.I)
PUBLISHED_META = ("article:published_time", "og:article:published_time", "datePublished", "pubdate", "publishdate",
                  "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.created", "dc.date", "date")
MODIFIED_META = ("article:modified_time", "og:updated_time", "dateModified", "dc.date.modified", "dcterms.modified")
# Other content than the article: a date or a name found there is someone else's.
ELSEWHERE = re.compile(r"comment(?!ary)|komment|comentario|yorum|related|relacionad|correlat|recirc|popular"
                       r"|most-?read|trending|ranking|sidebar|teaser|site-?footer|newsletter|promo|share", re.I)
DATELINE = re.compile(r"date|time|posted|publi|byline|meta|info|datum|fecha|tarih|data", re.I)
AUTHOR_CLASS = re.compile(r"(?:^|[\s_-])(?:author|byline|createdby)(?:-?name|__name)?s?(?:$|\s)", re.I)
# A byline told by its label rather than its class: "Autor: Anna Lebedeva", "Texto: Manuel Pires", "By Bill Thorsen".
BYLINE_LABEL = re.compile(r"^(?:by|von|par|por|di|door|av|от|autor|автор|author|auteur|autore|texto|text|tekst|yazar"
                          r"|reportagem|reportage|redacción|written by)\s*:?\s+(?=\w)", re.I)
LABELLED_BYLINE_CHARS = 90  # longer text is a sentence that happens to start with "By"
BYLINE_PREFIX = re.compile(r"^(?:(?:posted|written|published|publié|publicado|escrito|scritto|geschrieben|interview)\s+"
                           r"(?:by|par|por|da|von)|by|por|par|von|di|de|door|av|от)\s+", re.I)
NAME_SEPARATORS = re.compile(r"\s*(?:,|;|&|\band\b|\by\b|\be\b|\bet\b|\bund\b|\bve\b|\bи\b)\s*")
TITLE_SEPARATORS = re.compile(r"\s+(?:[|\u2013\u2014»·-]|::)\s+|\s*[|｜_]\s*|(?<=\w)-\s+(?=\S+(?:\s+\S+){0,4}$)")
HEADLINE_MARKED = ("//*[@itemprop='headline' or contains(concat(' ', normalize-space(@class), ' '), ' entry-title ')"
                   " or contains(concat(' ', normalize-space(@class), ' '), ' post-title ')][self::h1 or self::h2"
                   " or self::h3]")
# Where a page without <h1> shows its headline: the innermost element that reads exactly the title.
HEADLINE = "(//body//*[normalize-space()=$title][not(*[normalize-space()=$title])])[1]"
URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|\.html?|$)"
                      r"|/((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")
_SPACES = re.compile(r"\s+")
# What trafilatura's author queries (trafilatura.xpaths.AUTHOR_XPATHS) look at: elements <author>, elements with
# a child <rel>, and these attributes, in which their patterns (lower-cased) find one of AUTHOR_WORDS.
_AUTHOR_ELEMENTS = etree.XPath("boolean(//author | //*[rel])")
# Compiled once, not on every page.
_BYLINE_CANDIDATES = etree.XPath("//*[@rel='author' or @itemprop='author' or @class]")
_AUTHOR_ATTRIBUTES = etree.XPath("//@class | //@id | //@rel | //@itemprop | //@data-testid | //@data-component")
AUTHOR_WORDS = ("author", "byl", "bbl", "username", "channel-name", "zuozhe", "bianji", "xiaobian", "submitted-by",
                "posted-by", "journalist-name", "screenname", "writer")


def may_name_author(root):
    """False when none of trafilatura's author queries can match an element of the page (True is no promise:
    the words are looked for lower-cased, across attributes)."""
    if _AUTHOR_ELEMENTS(root):
        return True
    attributes = " ".join(_AUTHOR_ATTRIBUTES(root)).lower()
    return any(word in attributes for word in AUTHOR_WORDS)


def clean(text):
    return _SPACES.sub(" ", text or "").strip()


class PageMetadata:
    """OpenGraph, meta tags, JSON-LD and visible datelines of one page (a parsel Selector)."""

    def __init__(self, page, url, date_order, fallback_language=None, zone=None):
        self.page, self.url = page, url
        self.ld = sorted(_json_ld_objects(page), key=lambda obj: not ARTICLE_TYPES.search(str(obj.get("@type"))))
        self.ld_nodes = {str(obj["@id"]): obj for obj in self.ld if obj.get("@id") and len(obj) > 1}
        self.language = self._language() or fallback_language
        self.date_order = site_date_order(date_order, self.language, zone)

    def first(self, *names):
        return next((value for name in names for value in self.all(name) if value), "")

    def all(self, name):
        """The contents of the meta tags whose property, name or itemprop is ``name``, in page order."""
        return [clean(value) for value in self._meta_contents.get(name, ())]

    @cached_property
    def _meta_contents(self):
        """Name (property, name or itemprop) -> contents of the page's meta tags: one pass over the page, where a
        query per name read it all again (a page is asked for some 25 names)."""
        contents = {}
        for element in self.page.root.iter("meta"):
            content = element.get("content")
            if content is not None:
                for name in {element.get("property"), element.get("name"), element.get("itemprop")} - {None}:
                    contents.setdefault(name, []).append(content)
        return contents

    def ld_value(self, key):
        return next((obj[key] for obj in self.ld if obj.get(key)), None)

    def _ld_text(self, key):
        return clean(str(self.ld_value(key) or ""))

    @cached_property
    def title(self):
        """The visible headline when the metadata confirms it, else the metadata title without the site's name."""
        titles = [t for t in (self.first("og:title", "twitter:title"), self._ld_text("headline"),
                              clean(self.page.css("title::text").get())) if t]
        stripped = [_without_site_name(title) for title in titles]
        # a heading marked as the article's (Blogger's h1 is the blog's name, its post title an h3) before any h1
        for heading in (clean(node.xpath("string()").get()) for node in self.page.xpath(HEADLINE_MARKED) +
                        self.page.css("h1")):
            # contained in a metadata title, and not just the site's name (a logo in <h1>)
            if heading and any(heading.lower() in title.lower() for title in titles) and any(
                    len(heading) >= len(title) / 2 for title in stripped):
                return heading
        return stripped[0] if stripped else clean(self.page.xpath("string(//h1)").get())

    def summary(self):
        return self.first("og:description", "description", "twitter:description") or self._ld_text("description")

    def publisher(self):
        publisher = self.ld_value("publisher")
        name = publisher.get("name") if isinstance(publisher, dict) else publisher
        return clean(str(name or "")) or self.first("og:site_name") or None

    def authors(self):
        """JSON-LD authors, else meta tags, else a byline element, else trafilatura's reading of the byline: one
        name each, in page order. Each source is asked only when the ones before found no name."""
        entries = self.ld_value("author") or []
        entries = [self._resolved(e) for e in (entries if isinstance(entries, list) else [entries])]
        sources = (lambda: [clean(str(e.get("name") if isinstance(e, dict) else e)) for e in entries],
                   lambda: _split_names(self.all("author")), lambda: _split_names(self.all("article:author")),
                   self._byline, self._trafilatura_authors)
        for source in sources:
            names = [name for name in source() if _is_name(name)]
            if names:
                return list(dict.fromkeys(names))
        return []

    def _trafilatura_authors(self):
        """trafilatura's reading of the byline (its author step alone: its date search is slow): a second
        opinion where ours found none."""
        root = self.page.root
        # It reads the byline from a pruned copy of the page: where no element of the page itself could match
        # its queries (AUTHOR_XPATHS), the copy could hold none either, and copying costs more than asking.
        if not may_name_author(root):
            return []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)
            found = extract_author(root)  # it works on a copy
        return _split_names([found.replace(";", ",")]) if found else []

    def _resolved(self, entry):
        """A JSON-LD reference (``{"@id": …}``, as Yoast writes authors) replaced by the node of the graph it names."""
        if isinstance(entry, dict) and "name" not in entry and str(entry.get("@id")) in self.ld_nodes:
            return self.ld_nodes[str(entry["@id"])]
        return entry

    def _byline(self):
        for node in _BYLINE_CANDIDATES(self.page.root):
            if (node.get("rel") == "author" or node.get("itemprop") == "author" or AUTHOR_CLASS.search(
                    node.get("class", ""))) and not _elsewhere(node):
                names = _split_names([clean(node.text_content())])
                if names and all(map(_is_name, names)):
                    return names
        return self._labelled_byline()

    def _labelled_byline(self):
        """A short element of its own (no blocks inside) whose text is a byline label and names."""
        for node in self.page.root.iter("p", "div", "span", "font", "dd", "li", "small", "em", "address"):
            if not BYLINE_LABEL.match(clean(node.text)):  # the label opens the element's own text: cheap to ask
                continue
            text = clean(node.text_content())
            if len(text) > LABELLED_BYLINE_CHARS or not BYLINE_LABEL.match(text) or _elsewhere(node) \
                    or any(child.tag in ("p", "div", "ul", "table") for child in node):
                continue
            names = [name for name in _split_names([BYLINE_LABEL.sub("", text)]) if _is_name(name)]
            if names:
                return names
        return []

    def _language(self):
        declared = self.page.xpath("/html/@lang | //meta[@property='og:locale' or @http-equiv='content-language' or "
                                   "@http-equiv='Content-Language']/@content").getall()
        declared = [clean(value).replace("_", "-") for value in declared] + [self._ld_text("inLanguage")]
        return next(filter(None, declared), None)

    def published(self):
        found = self._structured("datePublished", PUBLISHED_META) or self._time_element(updated=False)
        if found:
            return found
        day, dateline = self._url_date(), self._dateline(updated=False)
        if day:  # the URL's day is sure; a dateline on that day adds the time
            return dateline if dateline and dateline[:10] == day else day
        return dateline or self._htmldate()

    def modified(self):
        return (self._structured("dateModified", MODIFIED_META) or self._time_element(updated=True)
                or self._dateline(updated=True))

    def _structured(self, ld_key, meta_names):
        return self._machine_date(self._ld_text(ld_key)) or self._machine_date(self.first(*meta_names))

    def _machine_date(self, text):
        return parse_machine_date(clean(text), self.date_order, self.language)

    def _time_element(self, updated):
        for node in self.page.xpath("//time[@datetime] | //*[@itemprop='datePublished' or @itemprop='dateModified']"):
            attributes = node.attrib
            value = (attributes.get("datetime") or attributes.get("content") or attributes.get("title")
                     or node.xpath("string()").get())
            if _is_update(node.root) == updated and not _elsewhere(node.root) and self._machine_date(value):
                return self._machine_date(value)
        return None

    def _url_date(self):
        match = URL_DATE.search(self.url.split("?")[0])
        parts = [part for part in (match.groups() if match else ()) if part]
        return parse_machine_date("-".join(f"{int(part):02d}" for part in parts)) if parts else None

    def _dateline(self, updated):
        """A date written in an element named for dates, bylines or meta data, or just after the headline."""
        if updated and not self._says_updated:
            return None  # every text below is a stretch of the page's text: none can say "updated" either
        heading = self.page.xpath("(//h1)[1]") or (self.page.xpath(HEADLINE, title=self.title) if self.title else [])
        texts = [clean(" ".join(node.itertext()))[:300] for node in _datelines(self.page.root, heading)
                 if not _elsewhere(node)][:30]
        texts += [clean(" ".join(heading.xpath("(following::text())[position() <= 40]").getall()))[:300]] \
            if heading else []
        for text in texts:
            published, update = split_at_update(text)
            found = find_date(update if updated else published, self.date_order, self.language)
            if found:
                return found
        return None

    @cached_property
    def _says_updated(self):
        """True when the page's text, as the datelines are read, has a word for an update somewhere."""
        return mentions_update(clean(" ".join(self.page.root.itertext())))

    def _htmldate(self):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)  # lxml truth-testing inside htmldate
            found = htmldate.find_date(self.page.root, url=self.url, original_date=True, extensive_search=True)
        return parse_machine_date(found)


def _json_ld_objects(page):
    for raw in page.css("script[type='application/ld+json']::text").getall():
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        for obj in data if isinstance(data, list) else [data]:
            if isinstance(obj, dict):
                yield from (o for o in obj.get("@graph", [obj]) if isinstance(o, dict))


def _without_site_name(title):
    """The longest part of "Headline | Site" or "Site :: Headline"."""
    parts = [part.strip() for part in TITLE_SEPARATORS.split(title) if part.strip()]
    return max(parts, key=len) if parts else title


def _split_names(bylines):
    """"By Ana Ruiz and Tom Lee" and "Ana Ruiz, Tom Lee" alike: one name each, without a reporter's title
    ("김지훈 기자", "记者 王芳")."""
    return [REPORTER_TITLE.sub("", name).strip() for byline in bylines
            for name in NAME_SEPARATORS.split(BYLINE_PREFIX.sub("", byline)) if name]


REPORTER_TITLE = re.compile(r"\s*(?:기자|특파원|記者|特派員|编辑|編集委員)$|^(?:记者|記者|通讯员)\s*")
PLACEHOLDER_NAMES = frozenset({"none", "null", "undefined", "nan", "admin", "administrator", "user", "author",
                               "unknown", "anonymous", "webmaster", "editor", "redaktion", "rédaction",
                               "redacción", "redaccion", "redazione", "redação", "redactie", "redakcja", "редакция",
                               "newsroom", "staff", "editorial", "editorial staff", "news desk", "web desk"})
# Words of a job, not of a name: "Bill Thorsen, Clarion Staff Writer" names one person.
JOB_WORDS = frozenset({"staff", "writer", "reporter", "correspondent", "editor", "columnist", "contributor",
                       "redakteur", "redakteurin", "korrespondent", "korrespondentin", "correspondant",
                       "correspondante", "journaliste", "periodista", "corresponsal", "giornalista", "inviato",
                       "jornalista", "repórter", "корреспондент", "журналист"})

# Lower-case words a name may hold ("Ana de la Cruz", "Ludwig van Beethoven"); any other is not a name's
# ("Camila ReyesCopy Link copied": a byline element that holds its share buttons too).
NAME_PARTICLES = frozenset({"de", "da", "das", "do", "dos", "del", "della", "di", "du", "la", "le", "van", "von",
                            "der", "den", "ter", "ten", "zu", "y", "e", "bin", "ibn", "al", "el", "st."})


def _is_name(name):
    words = name.split()
    return (0 < len(words) <= 5 and not re.search(r"\d|@|https?:|/|www\.", name)
            and name.strip().lower() not in PLACEHOLDER_NAMES and not JOB_WORDS.intersection(map(str.lower, words))
            and not any(word[0].islower() and word not in NAME_PARTICLES for word in words))


def _elsewhere(element):
    nodes = (element, *element.iterancestors())
    site_footer = any(node.tag == "footer" for node in nodes) and not any(node.tag == "article" for node in nodes)
    return site_footer or any(node.tag in ("aside", "nav") or ELSEWHERE.search(
        f"{node.get('class', '')} {node.get('id', '')}") for node in nodes)


def _is_update(element):
    """Named for updates, or just after "Updated" / "modifié le" (in the text before the element)."""
    if UPDATED.search(f"{element.get('class', '')} {element.get('itemprop', '')}"):
        return True
    previous = element.getprevious()
    before = (previous.tail if previous is not None else element.getparent().text) or ""
    return bool(UPDATED.search(before[-30:]))


def _datelines(root, heading):
    """Elements named for datelines, those after the headline first: a date above it is often today's."""
    mark, seen, before, after = heading[0].root if heading else root, False, [], []
    for node in root.iter():
        seen = seen or node is mark
        if isinstance(node.tag, str) and DATELINE.search(f"{node.get('class', '')} {node.get('id', '')}"):
            (after if seen else before).append(node)
    return after + before

