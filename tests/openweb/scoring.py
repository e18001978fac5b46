"""What a run of crawls did, measured against a world's answer key.

URLs are compared by page identity (newswatch.shared.urls.page_identity: no fragment, tracking or view
marker, no trailing slash), which is how the crawler itself tells pages apart; a key
article is found under its canonical URL or any of its variants.
"""

import urllib.request
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlsplit

from newswatch.shared.urls import page_identity


@dataclass
class Key:
    """One edition's answer key, indexed."""

    raw: dict

    def __post_init__(self):
        self.articles = {a["url"]: a for a in self.raw["articles"]}
        self.by_identity = {}
        for article in self.raw["articles"]:
            for url in (article["url"], *article["variants"]):
                self.by_identity.setdefault(page_identity(url), article["url"])

    def article(self, url):
        """The key URL of the article ``url`` is a spelling of, or None."""
        return self.by_identity.get(page_identity(url)) if url else None

    def of_outlet(self, outlet):
        return [url for url, article in self.articles.items() if article["outlet"] == outlet]

    def original(self, url):
        return self.articles[url].get("copy_of") or url


def server_url(base, hit):
    return f"{base}{hit['target']}"


@dataclass
class Fetching:
    article_requests: int  # requests for article pages, every spelling and redirect hop included
    articles: int  # distinct articles of the outlet the crawl fetched
    variant_requests: list  # requests for a URL other than the canonical one
    spellings: dict  # key article -> the distinct URLs it was requested under

    @property
    def per_article(self):
        return self.article_requests / self.articles if self.articles else 0.0

    @property
    def view_requests(self):
        """Variant requests other than the canonical URL with or without its trailing slash: AMP, print,
        shortlinks, mobile views, tracking parameters."""
        return [target for target in self.variant_requests if not _slash_only(target, self.spellings)]


def _slash_only(target, spellings):
    for article, urls in spellings.items():
        for url in urls:
            if urlsplit(url).path + (f"?{urlsplit(url).query}" if urlsplit(url).query else "") == target:
                canonical, fetched = urlsplit(article), urlsplit(url)
                return canonical.query == fetched.query and canonical.path.rstrip("/") == fetched.path.rstrip("/")
    return False


def fetching(record, key, base):
    """How many requests the crawl of one outlet spent on its article pages."""
    fetched, requests, variants, spellings = set(), 0, [], {}
    for hit in record.hits:
        if hit["outlet"] != record.outlet or hit["target"].startswith("/robots.txt"):
            continue
        url = server_url(base, hit)
        article = key.article(url)
        if article is None:
            continue
        requests += 1
        fetched.add(article)
        spellings.setdefault(article, set()).add(url)
        if urlsplit(url)._replace(fragment="").geturl() != article:
            variants.append(hit["target"])
    return Fetching(requests, len(fetched), variants, spellings)


def conditional_share(record, key, base, validating):
    """(article requests answered 304, requests for article pages that send validators, all article requests)
    of one crawl; ``validating``: the key articles whose pages send an ETag or a Last-Modified."""
    hits = [hit for hit in record.hits if hit["outlet"] == record.outlet and key.article(server_url(base, hit))]
    eligible = [hit for hit in hits if key.article(server_url(base, hit)) in validating]
    return sum(hit["status"] == 304 for hit in eligible), len(eligible), len(hits)


def validating_articles(key):
    """The key articles whose pages send validators (so that a 304 is possible), asked once with urllib."""
    found = set()
    for url in key.articles:
        with urllib.request.urlopen(url, timeout=10) as response:
            if response.headers.get("ETag") or response.headers.get("Last-Modified"):
                found.add(url)
    return found


def first_sightings(events, key):
    """Key article -> how many ``new``/``duplicate`` events it had; and the events of pages not in the key."""
    counts, strays = Counter(), []
    for event in events:
        if event.event not in ("new", "duplicate"):
            continue
        article = key.article(event.article["canonical_url"]) or key.article(event.article["url"])
        if article is None:
            strays.append(event.article["url"])
        else:
            counts[article] += 1
    return counts, strays


def originals(events, key):
    """Key article -> the key article the run's final state takes for its original."""
    url_of, original_of = {}, {}
    for event in events:
        url_of[event.article_id] = key.article(event.article["canonical_url"]) or event.article["canonical_url"]
        if event.event == "duplicate":
            original_of[event.article_id] = event.duplicate_of
        elif event.event == "new":
            original_of.setdefault(event.article_id, None)
        elif event.event == "repointed":
            for copy in event.copies:
                original_of[copy] = event.article_id
            original_of[event.article_id] = None
    result = {}
    for ident, parent in original_of.items():
        while parent is not None and original_of.get(parent) is not None:
            parent = original_of[parent]
        result[url_of[ident]] = url_of.get(parent, parent) if parent else url_of[ident]
    return result


def updates(events, key):
    """Key articles the events call updated (``update`` events, date-only ones included)."""
    return [key.article(event.article["canonical_url"]) or event.article["canonical_url"]
            for event in events if event.event == "update"]


def alerts(received, key):
    """(rule, key article, kind) of each alert received; a copy's alert followed up by ORIGINAL FOUND
    counts as one alert about the original."""
    found = []
    for alert in received:
        article = key.article(alert.url) or alert.url
        if alert.kind == "ORIGINAL FOUND":
            followed = [f for f in found if f[0] == alert.rule and f[1] in key.articles and key.original(f[1]) == article]
            for earlier in followed[:1]:
                found.remove(earlier)
            found.append((alert.rule, article, "NEW"))
        else:
            found.append((alert.rule, article, alert.kind))
    return found


def expected_alerts(key):
    kinds = {"new": "NEW", "update": "UPDATED"}
    return [(alert["rule"], alert["url"], kinds[alert["event"]]) for alert in key.raw["alerts"]]


@dataclass
class EdgeScore:
    true_positives: int
    predicted: int
    expected: int
    false: list
    missed: list

    @property
    def precision(self):
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self):
        return self.true_positives / self.expected if self.expected else 1.0


def related_edges(edges, key, outlets):
    """Related-news edges recorded by crawls of ``outlets`` against the key's edges out of their articles."""
    predicted = {(key.article(a) or a, key.article(b) or page_identity(b)) for a, b in edges}
    predicted = {(a, b) for a, b in predicted if a != b}
    sources = {url for outlet in outlets for url in key.of_outlet(outlet)}
    expected = {(a, b) for a, b in key.raw["related"] if a in sources}
    hits = predicted & expected
    return EdgeScore(len(hits), len(predicted), len(expected), sorted(predicted - expected), sorted(expected - hits))
