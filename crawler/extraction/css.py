"""The sites' CSS selectors run on lxml directly, as parsel's ``Selector.css`` runs them.

parsel translates a query (``::text`` and ``::attr()`` included) and wraps every node found in a
Selector of its own; extraction asks some twenty configured queries of every article page, and
the wrapping cost more than the queries. Here each query is translated by parsel's own translator
and compiled once; what is found comes back as lxml elements, or strings for text and attributes.
"""

from functools import lru_cache

from lxml import etree
from parsel.csstranslator import HTMLTranslator

# parsel's default namespaces: a query may name EXSLT's regular expressions and sets.
NAMESPACES = {"re": "http://exslt.org/regular-expressions", "set": "http://exslt.org/sets"}
_TRANSLATOR = HTMLTranslator()


@lru_cache(maxsize=512)
def compiled(query):
    """The XPath parsel runs for the CSS ``query``, compiled."""
    return etree.XPath(_TRANSLATOR.css_to_xpath(query), namespaces=NAMESPACES, smart_strings=False)


def select(node, query):
    """What ``Selector(root=node).css(query)`` finds, unwrapped: elements, and strings for ``::text`` and
    ``::attr()``. A string ``node`` (a text or attribute found before) holds nothing, as in parsel."""
    if isinstance(node, str):
        return []
    found = compiled(query)(node)
    return found if isinstance(found, list) else [found]


def serialized(found):
    """A node found as parsel's ``get()`` gives it: an element's HTML (without its tail), a string as it is."""
    if isinstance(found, str):
        return found
    return etree.tostring(found, method="html", encoding="unicode", with_tail=False)
