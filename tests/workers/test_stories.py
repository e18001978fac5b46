"""Story threads against a real Redis, measured on the bundled site's stories as ground truth."""

import random
from collections import Counter, defaultdict

import pytest

from crawler.items import Article, RelatedLink
from newswatch.demo_site import articles as demo_articles
from workers.fingerprints import article_id
from workers.stories import StoryConfig, key_terms, overlap
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
def test_key_terms_overlap_says_whether_two_articles_share_a_story(text_a, text_b, linked):
    make = lambda title: Article(url="u", site="s", title=title, body=[title])  # noqa: E731
    assert (overlap(key_terms(make(text_a)), key_terms(make(text_b))) >= StoryConfig().min_overlap) is linked


def test_a_placement_whose_lock_was_lost_is_done_again_and_the_article_keeps_one_story(redis_conn, worker_config,
                                                                                        caplog):
    class LockLostOnce(StoryIndex):
        lost = False

        def _linked_stories(self, *args):
            if not self.lost:  # as when Redis restarts without the lock's key
                self.lost = True
                self.redis.delete(self.keys.story_lock)
            return super()._linked_stories(*args)

    index = LockLostOnce(redis_conn, worker_config.keys, StoryConfig())
    article = Article(url="http://x.test/a", canonical_url="http://x.test/a", site="x", title="Maduro trial set",
                      body=["The trial of Maduro opens in March."])
    placement = index.place(article, article_id(article))
    assert index.lost and "placing it again" in caplog.text
    assert index.place(article, article_id(article)).story_id == placement.story_id
