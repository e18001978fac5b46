"""A bundled local news site (plus a partner site that syndicates it) for the demo, tests and benchmarks.

No real site is ever contacted: ``DemoSite`` serves deterministic articles on 127.0.0.1 in two
editions, so two crawls can see an edited article, a new one and a syndicated copy.
"""

from newswatch.demo.site.content import (
    EDITED_SLUG,
    NEW_IN_EDITION_2_SLUG,
    PARTNER_SLUG,
    SYNDICATED_SLUG,
    UNTITLED_SLUG,
    articles,
    link_depths,
    listed,
)
from newswatch.demo.site.model import DemoArticle
from newswatch.demo.site.server import DemoSite

__all__ = [
    "DemoArticle",
    "DemoSite",
    "EDITED_SLUG",
    "NEW_IN_EDITION_2_SLUG",
    "PARTNER_SLUG",
    "SYNDICATED_SLUG",
    "UNTITLED_SLUG",
    "articles",
    "link_depths",
    "listed",
]
