"""The article's main text for pages without body selectors: boilerplate pruning around trafilatura.

trafilatura finds the text well but, left alone, keeps what sits inside the
article container: "read also" boxes, paywall offers, ad labels, standfirsts,
author cards, the headline itself. So we first prune the page (never an
element that holds much of the paragraph text), let trafilatura extract from
what is left in its fast mode, and trim lines at both ends of the result that
do not read like prose (bylines, datelines, "Other headlines"). Sanity checks
pick the fallbacks: pruning that took most of the paragraph text is undone,
and an extraction that found little gets trafilatura's slower comparison with
its readability and jusText fallbacks.
"""

import re
import warnings
from copy import deepcopy
from itertools import takewhile

import trafilatura
from lxml.etree import iterwalk

# Containers named after what they are; matched on class and id. "comment" spares "commentary".
BOILERPLATE = re.compile(
    r"comment(?!ary)|komment|comentario|commentaire|yorum|share|sharing|social|related|relacionad|correlat|recirc"
    r"|newsletter|subscri|paywall|promo|advert|sponsor|cookie|consent|breadcrumb|popular|most-?read|trending"
    r"|ranking|outbrain|taboola|author|autor|donate|signup|sign-in|login|modal|playlist|caption|carousel|slideshow"
    r"|gallery|(?:^|[\s_-])(?:ads?|adv"
    r"|tags?|toc|dfp|reklam|anzeige|byline|meta)(?:$|[\s_-])", re.I)
# Before the first paragraph: the standfirst and friends, which are the summary, not the body.
LEAD_IN = re.compile(
    r"standfirst|subtitul|(?:^|[\s_-])(?:dek|deck|desc|description|sub-?title|sub-?headline|strapline|summary"
    r"|excerpt|lead|chapo|chapeau|kicker|spot|teaser|info|date|time)(?:$|[\s_-])", re.I)
# A block of its own holding the article's first paragraph, beside the body container: Drupal's summary field,
# SPIP's chapô, an "intro" or "lead" block. Extraction keeps to the body container. A "teaser" is written for
# listings, and a page that shows it above the body shows a summary (our own Drupal page says so).
LEAD_BLOCK = re.compile(r"summary|chapo|chapeau|(?:^|[\s_-])(?:lead|intro|abstract|entradilla|sapo)"
                        r"(?:$|[\s_-])", re.I)
LEAD_BLOCK_SIBLINGS = 3  # blocks looked at before the body container (an image field often sits between)
DROP_TAGS = frozenset({"nav", "footer", "aside", "form", "button", "select", "textarea", "header", "figcaption",
                       "noscript", "iframe", "svg", "amp-ad", "amp-sidebar", "amp-social-share", "amp-carousel"})
DROP_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "dialog", "search"})
# Blocks that are only a label: ad slots and live-blog markers.
LABELS = frozenset({
    "advertisement", "advertising", "ad", "sponsored", "publicité", "publicidad", "publicidade", "pubblicità",
    "anzeige", "werbung", "reklam", "реклама", "إعلان", "广告", "広告", "pinned post"})
BLOCKS = frozenset({"div", "section", "ul", "ol", "li", "p", "table", "dl"})
# Inline elements are words of a sentence (auto-linked tags, author names): never pruned by name.
INLINE = frozenset({"a", "span", "b", "strong", "em", "i", "u", "time", "abbr", "small", "sup", "sub", "mark", "cite",
                    "q", "code", "img", "br", "font"})
LINK_DENSE = 0.6  # link text share above which a block is a link list
ARTICLE_SHARE = 0.3  # paragraph text share from which an element is part of the article
PARAGRAPH = 60  # extent (characters; an ideograph or a Hangul syllable counts two) of a paragraph of prose
KEPT_SHARE = 0.5  # pruning that keeps less of the paragraph text than this is not trusted
FOUND_SHARE = 0.6  # an extraction with less of the paragraph text than this may have missed some
MIN_WORDS = 30  # an article body shorter than this is worth a second opinion
LONG_LINE_WORDS = 40  # a line this long is prose, whatever dates it names or however it ends
PULL_QUOTE_WORDS = 6  # a repeated line this long is a pull quote, not a coincidence
# Deeper than this, no second opinion: jusText (in trafilatura's fallbacks) takes time quadratic in
# the nesting depth, seconds for a hostile page of thousands of nested divs, all that time blocking the crawl.
MAX_FALLBACK_DEPTH = 256
_SPACE = re.compile(r"\s+")
_XML_BLOCKS = frozenset({"p", "head", "list", "item", "quote", "table", "row", "cell", "code", "div"})
_LETTER = re.compile(r"[^\W\d_]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_PROSE_END = re.compile(r"[.!?。！？…\"”»’')）」』】]\s*$")
_COPYRIGHT = re.compile(r"©|\bcopyright\b|all rights reserved|derechos reservados|droits réservés|rechte vorbehalten"
                        r"|diritti riservati|版权所有", re.I)
_DATE_LIKE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\b(?:19|20)\d{2}\b")
# A wire agency's credit closing an article ("© Associated Press", "(c) 2026 Reuters"): part of it.
_AGENCY_CREDIT = re.compile(r"^[(\[]?(?:©|\(c\)|copyright)?\s*(?:\d{4}\s+)?(?:the\s+)?(?:associated press|ap|reuters"
                            r"|afp|agence france-presse|dpa|efe|ansa|kyodo|xinhua|bloomberg|upi|pa media|aap|anp|belga"
                            r"|apa|epa|tass|yonhap|europa press|lusa|ap news)\b", re.I)
# Calls to action inside the article container, in several languages: never the article.
_CALL_TO_ACTION = re.compile(
    r"\b(?:join|follow|subscribe|sign up)\b.{0,40}\b(?:whatsapp|telegram|google news|newsletter|channel|us on)"
    r"|\b(?:síguenos|suivez-nous|folgen sie uns|seguici|siga-nos|segue-nos|volg ons|abonnez-vous|abonnieren sie"
    r"|suscríbete|inscreva-se|iscriviti|bizi takip edin|подписывайтесь|присоединяйтесь|تابعونا|اشترك)"
    r"|\b(?:whatsapp|telegram)[- ](?:channel|kanal|canal|grup|group)\b|^subscribe to: (?:posts?|comments)", re.I)


def main_text(tree, url, title=""):
    """Paragraphs and sub-headings of the article in ``tree`` (an lxml HTML document), in page order."""
    pruned = prune(deepcopy(tree))
    trusted = _paragraph_chars(pruned) >= KEPT_SHARE * _paragraph_chars(tree)
    source = pruned if trusted else tree  # else the names misled us (a "subscriber-only" body in pieces, say)
    lines = _extract(source, url, title, fast=True)
    if (_words(lines) < MIN_WORDS or _size(lines) < FOUND_SHARE * _paragraph_chars(source)) \
            and _depth(source) <= MAX_FALLBACK_DEPTH:
        # little or not all of the paragraph text (captions, say): trafilatura's own fallbacks may find more
        lines = max(lines, _extract(source, url, title, fast=False), key=_size)
    if not lines and source is not tree and _depth(tree) <= MAX_FALLBACK_DEPTH:
        # our pruning took the whole article (a body named like a share bar, say): the library alone decides
        lines = _extract(tree, url, title, fast=False)
    return _lead_block(source, lines) + lines


def _lead_block(tree, lines):
    """The lead paragraphs of a block beside the body's container, when extraction kept to that container."""
    first = next((p for p in tree.iter("p") if lines and _SPACE.sub(" ", p.text_content()).strip() == lines[0]), None)
    for container in ([first.getparent(), first.getparent().getparent()] if first is not None else []):
        if container is None:
            return []
        for sibling in list(container.itersiblings(preceding=True))[:LEAD_BLOCK_SIBLINGS]:
            text = _SPACE.sub(" ", sibling.text_content()).strip() if isinstance(sibling.tag, str) else ""
            if not text:
                continue  # an image field, an empty anchor
            paragraphs = [_SPACE.sub(" ", p.text_content()).strip() for p in sibling.iter("p")]
            if _named(sibling, LEAD_BLOCK) and paragraphs and " ".join(paragraphs) == text \
                    and all(map(_is_lead, sibling.iter("p"))) and not set(paragraphs) & set(lines):
                return paragraphs
            return []
    return []


def _depth(tree):
    """How deeply elements nest in ``tree``."""
    depth = deepest = 0
    for event, _ in iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def _extract(tree, url, title, fast):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)  # lxml truth-testing inside trafilatura
        document = trafilatura.bare_extraction(tree, url=url, fast=fast, include_comments=False, include_tables=True)
    return tidy(list(_lines(document.body)) if document is not None else [], title)


def _size(lines):
    return sum(map(_extent, lines))


def _paragraph_chars(tree):
    return sum(size for size in (_extent(p.text_content()) for p in tree.iter("p")) if size >= PARAGRAPH)


def _extent(text):
    """How much ``text`` says, in Latin characters: an ideograph, kana or Hangul syllable says about two."""
    return len(text) + len(_WIDE.findall(text))


def prune(tree):
    """``tree`` without boilerplate; elements holding much of the article's paragraph text, or its marked-up
    body (``itemprop=articleBody``, however link-dense the layout table around it), are kept whole."""
    sizes = _text_sizes(tree)
    total = sizes[tree][2]
    marked = {node for body in tree.iter() if isinstance(body.tag, str) and body.get("itemprop") == "articleBody"
              for node in (body, *body.iterancestors())}
    for el in [el for el in tree.iter()
               if el not in marked and not _holds_article(el, sizes, total) and _is_boilerplate(el, sizes)]:
        _drop(el)
    _drop_lead_in(tree)
    return tree


def _holds_article(el, sizes, total):
    return bool(total) and sizes[el][2] >= ARTICLE_SHARE * total


def _drop_lead_in(tree):
    """Headline, kicker, dateline, deck: what precedes the first paragraph and is not prose is the page's
    furniture, not the body. A lead written as a paragraph of prose (``speakable-summary``, Drupal's summary
    field, SPIP's chapô) is the article's first paragraph, whatever it is named; a standfirst in the page's
    ``<header>`` went with it."""
    first = next((p for p in tree.iter("p") if _extent(p.text_content()) >= PARAGRAPH and not _named(p, LEAD_IN)),
                 None)
    if first is None:
        return
    ancestors = set(first.iterancestors())
    for el in [el for el in takewhile(lambda el: el is not first, tree.iter())
               if el not in ancestors and (el.tag in ("h1", "h2") or _named(el, LEAD_IN)) and not _is_lead(el)]:
        _drop(el)


def _is_lead(el):
    """A paragraph of prose before the body's first: one sentence or more, long enough to be one."""
    text = _SPACE.sub(" ", el.text_content()).strip()
    return el.tag not in ("h1", "h2") and _extent(text) >= PARAGRAPH and bool(_PROSE_END.search(text))


def _text_sizes(tree):
    """Characters of text, of link text and of paragraph text under each element, in one bottom-up pass."""
    sizes = {}
    for el in reversed(list(tree.iter())):
        text = len(el.text or "") if isinstance(el.tag, str) and el.tag not in ("script", "style") else 0
        links = paragraphs = 0
        for child in el:
            child_text, child_links, child_paragraphs = sizes[child]
            text += child_text + len(child.tail or "")
            links, paragraphs = links + child_links, paragraphs + child_paragraphs
        if el.tag == "a":
            links = text
        elif el.tag == "p" and (extent := _extent(el.text_content())) >= PARAGRAPH:
            paragraphs = extent
        sizes[el] = (text, links, paragraphs)
    return sizes


def _is_boilerplate(el, sizes):
    """Chrome by tag or ARIA role, a block named for what it is, a list of links, or a bare label."""
    if not isinstance(el.tag, str) or el.tag in ("html", "body"):
        return False
    if el.tag in DROP_TAGS or el.get("role") in DROP_ROLES or el.tag not in INLINE and _named(el, BOILERPLATE):
        return True
    text, links, _ = sizes[el]
    if el.tag in BLOCKS and text and links / text >= LINK_DENSE:
        return True
    return el.tag in BLOCKS and text < 40 and _SPACE.sub(" ", el.text_content()).strip(" -–·|").lower() in LABELS


def _named(el, pattern):
    return isinstance(el.tag, str) and bool(pattern.search(f"{el.get('class', '')} {el.get('id', '')}"))


def _drop(el):
    if el.getparent() is not None:
        el.drop_tree()


def _lines(element):
    """One line per paragraph, heading, list item or table row of trafilatura's XML body."""
    for child in element:
        if child.tag == "row" and not any(_has_blocks(cell) for cell in child):
            cells = [text for text in map(_text, child) if text]
            yield from [TableRow(" | ".join(cells))] if len(cells) > 1 else cells
        elif _has_blocks(child):
            yield from _split(child.text or "")
            yield from _lines(child)
        elif child.tag in ("item", "code", "quote"):  # a list item, a command (<pre> comes as a quote): text anywhere
            yield from map(ListLine, _split(_text_with_breaks(child)))
        else:
            yield from _split(_text_with_breaks(child))
        yield from _split(child.tail or "")


def _has_blocks(element):
    return any(sub.tag in _XML_BLOCKS for sub in element)


def _text(element):
    return _SPACE.sub(" ", "".join(element.itertext())).strip()


def _text_with_breaks(element):
    parts = [element.text or ""]
    for sub in element:
        parts += ["\n" if sub.tag == "lb" else "".join(sub.itertext()), sub.tail or ""]
    return "".join(parts)


def _split(text):
    return [line for line in (_SPACE.sub(" ", part).strip() for part in text.split("\n")) if line]


class TableRow(str):
    """A line made of a table row's cells: kept even when it reads like nothing."""


class ListLine(str):
    """A list item or a line of code: a race calendar, tour dates, a command; kept at either end of the body."""


def tidy(lines, title=""):
    """Lines without the headline, bare labels, pull quotes and non-prose lines at either end."""
    heading = _SPACE.sub(" ", title).strip().lower()
    kept = [line for line in lines
            if line.lower() != heading and line.strip(" -–·|").lower() not in LABELS
            and (_LETTER.search(line) or isinstance(line, (TableRow, ListLine))) and not _is_call_to_action(line)]
    kept = [line for line in kept if not _is_pull_quote(line, kept)]
    start = next((i for i, line in enumerate(kept) if _is_prose(line)), len(kept))
    end = next((i for i in range(len(kept), start, -1) if _is_prose(kept[i - 1])), start)
    return [str(line) for line in kept[start:end]]


def _is_pull_quote(line, lines):
    """A sentence of the article set again as a quote: contained in another, longer line of the body."""
    return _words(line) >= PULL_QUOTE_WORDS and any(len(other) > len(line) and line in other for other in lines)


def _is_call_to_action(line):
    return _words(line) <= 30 and bool(_CALL_TO_ACTION.search(line))


def _is_prose(line):
    if isinstance(line, (TableRow, ListLine)) or _AGENCY_CREDIT.search(line):
        return True
    if _COPYRIGHT.search(line):
        return False
    words = _words(line)
    return (words >= 3 and bool(_PROSE_END.search(line))) or (words >= 12 and not _DATE_LIKE.search(line)) \
        or words >= LONG_LINE_WORDS


def _words(lines):
    text = lines if isinstance(lines, str) else " ".join(lines)
    cjk = len(_CJK.findall(text))
    return len(_SPACE.sub(" ", _CJK.sub(" ", text)).split()) + cjk // 2
