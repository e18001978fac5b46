"""Story threads against a real Redis, measured on the bundled site's stories as ground truth."""

import json
import random
import threading
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor

import pytest

from newswatch.demo.site import articles as demo_articles
from newswatch.shared.connection import connect
from newswatch.shared.items import Article, RelatedLink
from workers import actions
from workers.fingerprints import article_id
from workers.stories import StoryConfig
from workers.story_index import StoryIndex

BASE = "http://127.0.0.1:8180"


def as_article(demo, edition_articles):
    related = [RelatedLink(BASE + edition_articles[slug].path, edition_articles[slug].title)
               for slug in demo.related if slug in edition_articles]
    url = BASE + demo.path
    return Article(url=url, canonical_url=url, site="clashwire", title=demo.title, summary=demo.summary,
                   body=demo.paragraphs, topics=demo.topics, related=related)


def place_all(index, order, edition_articles):
    return {demo.slug: index.place(as_article(demo, edition_articles),
                                   article_id(as_article(demo, edition_articles))) for demo in order}


@pytest.fixture
def index(redis_conn, worker_config):
    return StoryIndex(redis_conn, worker_config.keys, StoryConfig())


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_the_demo_sites_stories_come_out_as_stories_in_any_order(index, seed):
    edition = demo_articles(2)
    order = sorted(edition.values(), key=lambda a: (a.published, a.slug))
    if seed:
        random.Random(seed).shuffle(order)
    place_all(index, order, edition)
    story_of = {demo.slug: index.root(index.redis.get(index.keys.story_of(
        article_id(as_article(demo, edition)))).decode()) for demo in order}
    clusters = defaultdict(Counter)
    for demo in order:
        clusters[story_of[demo.slug]][demo.story] += 1
    mixed = [dict(c) for c in clusters.values() if len(c) > 1]
    assert mixed == []  # no story mixes two of the site's stories
    stories = defaultdict(Counter)
    for demo in order:
        if demo.story != "misc":  # stand-alone articles: no story to find
            stories[demo.story][story_of[demo.slug]] += 1
    placed = sum(c.most_common(1)[0][1] for c in stories.values())
    total = sum(sum(c.values()) for c in stories.values())
    assert placed / total >= 0.9, {story: dict(c) for story, c in stories.items()}


def test_a_related_link_across_stories_does_not_join_them(index):
    edition = demo_articles(2)
    iran = as_article(edition["iran-limits-iaea-inspectors-access"], edition)
    japan = as_article(edition["niigata-approves-kashiwazaki-kariwa-restart"], edition)
    first, second = index.place(iran, article_id(iran)), index.place(japan, article_id(japan))
    assert first.story_id != second.story_id


def test_placing_the_same_article_again_changes_nothing(index):
    edition = demo_articles(2)
    article = as_article(edition["us-doubles-bounty-on-maduro"], edition)
    first = index.place(article, article_id(article))
    again = index.place(article, article_id(article))
    assert (again.story_id, again.size) == (first.story_id, 1)


def test_an_article_linking_two_stories_merges_them_into_the_older(index, redis_conn):
    terms = ["Maduro", "Caracas", "Venezuela"]
    a = Article(url=f"{BASE}/news/a", canonical_url=f"{BASE}/news/a", site="s", title="Maduro in Caracas",
                body=["In Caracas, Maduro spoke."], topics=terms)
    b = Article(url=f"{BASE}/news/b", canonical_url=f"{BASE}/news/b", site="s", title="Maduro leaves Caracas",
                body=["Venezuela watched Maduro."], topics=terms)
    c = Article(url=f"{BASE}/news/c", canonical_url=f"{BASE}/news/c", site="s", title="Maduro, Caracas, Venezuela",
                body=["Maduro again."], topics=terms,
                related=[RelatedLink(a.url, a.title), RelatedLink(b.url, b.title)])
    first, second = index.place(a, article_id(a)), index.place(b, article_id(b))
    assert first.story_id != second.story_id  # no link between them yet
    merged = index.place(c, article_id(c))
    assert merged.story_id == first.story_id and merged.merged == [second.story_id]
    assert merged.size == 3
    assert index.root(second.story_id) == first.story_id


@pytest.mark.parametrize(("text_a", "text_b", "linked"), [
    ("Maduro met Rodríguez in Caracas", "Rodríguez and Maduro in Caracas", True),
    ("Japan restarts Kashiwazaki reactor", "Iran limits IAEA inspectors", False),
])
def test_key_terms_overlap_says_whether_two_linked_articles_share_a_story(index, text_a, text_b, linked):
    a = Article(url=f"{BASE}/news/a", canonical_url=f"{BASE}/news/a", site="s", title=text_a, body=[text_a])
    b = Article(url=f"{BASE}/news/b", canonical_url=f"{BASE}/news/b", site="s", title=text_b, body=[text_b],
                related=[RelatedLink(a.url, a.title)])  # linked: the key terms alone decide
    first, second = index.place(a, article_id(a)), index.place(b, article_id(b))
    assert (first.story_id == second.story_id) is linked


@pytest.mark.parametrize(("text_a", "text_b", "linked"), [
    ("Maduro met Rodríguez in Caracas", "Rodríguez and Maduro in Caracas", True),
    ("Japan restarts Kashiwazaki reactor", "Iran limits IAEA inspectors", False),
])
def test_key_terms_kept_as_a_hash_before_the_upgrade_still_count(index, redis_conn, worker_config, text_a, text_b,
                                                                  linked):
    """Articles placed before December 2026 kept their key terms in a hash: a later linked article is compared
    with them as with terms kept today."""
    a = Article(url=f"{BASE}/news/a", canonical_url=f"{BASE}/news/a", site="s", title=text_a, body=[text_a])
    b = Article(url=f"{BASE}/news/b", canonical_url=f"{BASE}/news/b", site="s", title=text_b, body=[text_b],
                related=[RelatedLink(a.url, a.title)])
    first = index.place(a, article_id(a))
    keys = worker_config.keys
    flat = json.loads(redis_conn.get(keys.story_terms(article_id(a))))
    redis_conn.delete(keys.story_terms(article_id(a)))
    redis_conn.hset(keys.legacy_story_terms(article_id(a)), mapping=dict(zip(flat[::2], flat[1::2])))
    second = index.place(b, article_id(b))
    assert (first.story_id == second.story_id) is linked


def test_linked_articles_placed_at_once_by_many_workers_make_one_story(redis_url, redis_conn, worker_config):
    """Placement is one atomic script: workers racing on one story never open two."""
    terms = ["Maduro", "Caracas", "Venezuela"]
    urls = [f"{BASE}/news/race-{n}" for n in range(8)]
    articles = [Article(url=url, canonical_url=url, site="s", title=f"Maduro in Caracas, part {n}",
                        body=["In Caracas, Maduro spoke to Venezuela."], topics=terms,
                        related=[RelatedLink(other, "Maduro") for other in urls if other != url])
                for n, url in enumerate(urls)]
    start = threading.Barrier(len(articles))

    def place(article):
        index = StoryIndex(connect(redis_url), worker_config.keys, StoryConfig())  # a worker of its own
        start.wait()
        return index.place(article, article_id(article))

    with ThreadPoolExecutor(len(articles)) as pool:
        placements = list(pool.map(place, articles))
    index = StoryIndex(redis_conn, worker_config.keys, StoryConfig())
    roots = {index.root(placement.story_id) for placement in placements}
    assert len(roots) == 1
    assert index.placement_of(roots.pop(), joined=True).size == len(articles)


def test_a_mute_goes_on_with_the_story_its_story_merges_into(index, redis_conn):
    keys, terms = index.keys, ["Maduro", "Caracas", "Venezuela"]
    older, newer, bridge = (Article(url=f"{BASE}/news/{name}", canonical_url=f"{BASE}/news/{name}", site="s",
                                    title=f"Maduro in Caracas ({name})", body=["Maduro spoke."], topics=terms)
                            for name in ("older", "newer", "bridge"))
    first, second = index.place(older, article_id(older)), index.place(newer, article_id(newer))
    actions.mute_story(redis_conn, keys, second.story_id, 600, "ana")
    bridge.related = [RelatedLink(older.url, older.title), RelatedLink(newer.url, newer.title)]
    assert index.place(bridge, article_id(bridge)).merged == [second.story_id]
    alert_on_survivor = {"rule": "maduro", "story_id": first.story_id, "article_id": article_id(bridge)}
    assert actions.holding(redis_conn, keys, alert_on_survivor)["merged_from"] == second.story_id
    assert 0 < redis_conn.ttl(keys.story_muted(first.story_id)) <= 600
    assert actions.mute_story(redis_conn, keys, second.story_id, 60, "bob")["story"] == first.story_id
