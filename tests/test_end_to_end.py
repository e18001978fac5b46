"""The whole pipeline, for real: the bundled site on loopback, the real spider in a child
process (Chromium for JS pages), a real Redis, RQ workers, and alerts at a local webhook.

Two crawls run once for this module: edition 1 of the site, then edition 2 (an edited
article, a new one, a syndicated copy on the partner host, cosmetic noise on every page).
Each test then states one property of what came out.
"""

import re
from collections import Counter

import pytest

from newswatch.shared.connection import connect
from newswatch.shared.redis_keys import RedisKeys
from newswatch.shared.urls import canonical_url
from newswatch.demo.runner import crawl_env, demo_base_urls, run_crawl
from newswatch.demo.webhook_receiver import WebhookReceiver
from workers import runtime
from workers.config import load_config
from workers.draining import drain
from workers.events import ArticleEvent
from workers.fingerprints import article_id

pytestmark = pytest.mark.integration
LINK = re.compile(r"^Link: (\S+)$", re.M)


class Crawl:
    """What one crawl left behind: its events, crawl stats, server hits and alerts received."""

    def __init__(self, connection, config, crawl_id, hits, alerts):
        self.stats = {k.decode(): v.decode() for k, v in connection.hgetall(config.keys.crawl_stats(crawl_id)).items()}
        self.events = [e for e in all_events(connection, config) if e.article["crawl_id"] == crawl_id]
        self.hits, self.alerts = hits, alerts

    def of(self, kind):
        return [e for e in self.events if e.event == kind]

    def urls(self, kind):
        return sorted(e.article["canonical_url"] for e in self.of(kind))


def all_events(connection, config):
    return [ArticleEvent.from_stream_fields(fields) for _, fields in connection.xrange(config.keys.stream)]


@pytest.fixture(scope="module")
def scenario(redis_url, demo_site, tmp_path_factory):
    rules = tmp_path_factory.mktemp("rules") / "rules.toml"
    rules.write_text('[[rule]]\nid = "maduro"\nterms = ["Maduro"]\nseverity = "high"\nthrottle_minutes = 0\n', encoding="utf-8")
    connection = connect(redis_url)
    connection.flushdb()
    with WebhookReceiver() as webhook:
        config = load_config().with_changes(
            redis_url=redis_url, keys=RedisKeys("nwe2e"), rules_path=str(rules), article_queue="e2e-articles",
            alert_queue="e2e-alerts", channels={"default": [webhook.apprise_url]}, alert_retry_intervals=(1, 1, 1))
        runtime.configure(config)
        crawls = []
        for edition in (1, 2):
            demo_site.edition = edition
            demo_site.reset_hits()
            received_before = len(webhook.received)
            crawl_id = f"e2e-edition{edition}"
            # Every article refetched in full, noise included: conditional refetches (304s) have their own tests.
            env = crawl_env(config, crawl_id, base_urls=demo_base_urls(demo_site), revisit_after=0,
                            conditional_requests=0)
            run_crawl(env, timeout=300)
            assert drain(connection, config, timeout=120), "queues did not drain"
            crawls.append(Crawl(connection, config, crawl_id, demo_site.hits(), webhook.received[received_before:]))
        yield {"first": crawls[0], "second": crawls[1], "connection": connection, "config": config,
               "expected": {1: demo_site.expected(1), 2: demo_site.expected(2)}}
    runtime.reset()
    connection.flushdb()
    connection.close()


@pytest.fixture(scope="module")
def first(scenario):
    return scenario["first"]


@pytest.fixture(scope="module")
def second(scenario):
    return scenario["second"]


@pytest.fixture(scope="module")
def expected(scenario):
    return scenario["expected"]


def test_every_article_of_the_site_arrives_once_as_new(first, expected):
    site_urls = sorted([*expected[1]["articles"], *expected[1]["partner_urls"]])
    assert first.urls("new") == site_urls
    assert first.of("update") == first.of("duplicate") == []


def test_articles_reachable_only_through_related_news_are_found(first, expected):
    deepest = expected[1]["deepest_url"]
    assert expected[1]["depths"][deepest] >= 3
    assert deepest in first.urls("new")
    assert set(expected[1]["hidden_urls"]) <= set(first.urls("new"))


def test_each_page_is_fetched_once_per_crawl(first):
    article_hits = {path: n for (host, path), n in first.hits.items() if path.startswith(("/news/", "/live/", "/story/"))}
    assert article_hits and set(article_hits.values()) == {1}


def test_fields_match_the_page(first, expected):
    by_url = {e.article["canonical_url"]: e.article for e in first.of("new")}
    for url, demo in expected[1]["articles"].items():
        article = by_url[url]
        assert article["title"] == demo.title
        assert article["summary"] == demo.summary
        assert [p for p in article["body"] if p not in demo.subheadings] == demo.paragraphs
        assert article["published_at"] == demo.published.isoformat()
        assert [link["url"] for link in article["related"]] == related_urls(demo, expected[1])


def related_urls(demo, edition_expected):
    by_slug = {a.slug: url for url, a in edition_expected["articles"].items()}
    return [by_slug[slug] for slug in demo.related if slug in by_slug]


def test_related_news_dates_are_read_day_first(first, expected):
    links = [link for e in first.of("new") for link in e.article["related"]]
    published = {url: a.published.isoformat() for url, a in expected[1]["articles"].items()}
    assert links and all(link["date"] == published[link["url"]] for link in links)


def test_the_javascript_article_is_complete(first, expected):
    by_url = {e.article["canonical_url"]: e.article for e in first.of("new")}
    for url in expected[1]["js_urls"]:
        demo, article = expected[1]["articles"][url], by_url[url]
        assert article["rendered"] is True
        assert [p for p in article["body"] if p not in demo.subheadings] == demo.paragraphs
        assert len(article["related"]) == len(related_urls(demo, expected[1])) > 0


def test_the_substantive_edit_is_one_update_with_its_diff(second, expected):
    [update] = second.of("update")
    edited = expected[2]["articles"][expected[2]["edited_url"]]
    before = expected[1]["articles"][expected[1]["edited_url"]]
    assert update.article["canonical_url"] == expected[2]["edited_url"]
    assert update.version == 2
    assert update.diff["title"] == {"before": before.title, "after": edited.title}
    assert update.diff["paragraphs_added"] == [p for p in edited.paragraphs if p not in before.paragraphs]
    assert update.diff["dates"]["modified_at"]["after"] == edited.updated.isoformat()


def test_cosmetic_changes_are_not_updates(second, expected):
    untouched = set(expected[1]["articles"]) - {expected[1]["edited_url"]}
    refetched = int(second.stats["events/unchanged"])
    assert refetched == len(untouched) + len(expected[1]["partner_urls"])
    assert {e.article["canonical_url"] for e in second.events} & untouched == set()


def test_the_new_article_of_edition_2_is_new(second, expected):
    assert second.urls("new") == [expected[2]["new_url"]]


def test_the_syndicated_copy_is_a_duplicate_of_the_original(second, expected):
    [duplicate] = second.of("duplicate")
    assert duplicate.article["canonical_url"] == expected[2]["syndicated_url"]  # utm_* stripped
    assert duplicate.duplicate_of == article_id_of(expected[2]["syndicated_original_url"])
    assert duplicate.alerts == []


def article_id_of(url):
    from newswatch.shared.items import Article
    return article_id(Article(url=url, canonical_url=canonical_url(url), site="", title="", body=[]))


def rule_alert_links(crawl):
    return Counter(LINK.search(m["message"]).group(1) for m in crawl.alerts if "STORY DEVELOPMENT" not in m["title"])


def development_links(crawl):
    return Counter(LINK.search(m["message"]).group(1) for m in crawl.alerts if "STORY DEVELOPMENT" in m["title"])


def test_exactly_one_alert_per_maduro_article_version(first, second, expected):
    partner_maduro = [u for u, a in expected[1]["partner_articles"].items() if a.mentions("Maduro")]
    assert rule_alert_links(first) == Counter(expected[1]["maduro_urls"] + partner_maduro)
    assert rule_alert_links(second) == Counter([expected[2]["edited_url"], expected[2]["new_url"]])
    assert "UPDATED" in next(m["title"] for m in second.alerts if expected[2]["edited_url"] in m["message"])


def test_new_articles_on_the_alerted_story_are_story_developments_once_each(first, second, expected):
    venezuela = {u for u, a in expected[1]["articles"].items() if a.story == "venezuela"}
    developments = development_links(first) + development_links(second)
    assert developments, "no story development was raised"
    assert set(developments) <= venezuela - set(expected[1]["maduro_urls"])
    assert set(developments.values()) == {1}


def test_articles_without_maduro_raise_no_alert_not_even_madurodam(first, expected):
    alerted = set(rule_alert_links(first))
    madurodam = [u for u, a in expected[1]["articles"].items() if a.mentions("Madurodam")]
    assert madurodam and not alerted & set(madurodam)
    assert not alerted & (set(expected[1]["articles"]) - set(expected[1]["maduro_urls"]))
    assert not set(development_links(first)) & set(madurodam)


def test_a_page_without_a_title_is_dropped_with_a_counted_reason(first, expected):
    assert first.stats["newswatch/dropped/missing_title"] == "1"
    assert expected[1]["untitled_url"] not in first.urls("new")


def test_robots_txt_disallowed_pages_are_not_fetched(first):
    assert ("main", "/private/secret") not in first.hits
    assert ("main", "/robots.txt") in first.hits


def test_every_stream_entry_fits_the_published_json_schema(scenario):
    import json

    import jsonschema
    from newswatch.shared.settings import PROJECT_ROOT
    schema = json.loads((PROJECT_ROOT / "schemas" / "article-event.v1.json").read_text())
    events = all_events(scenario["connection"], scenario["config"])
    assert len(events) == len(scenario["first"].events) + len(scenario["second"].events)
    for event in events:
        jsonschema.validate(event.to_message(), schema)
    assert {e.event for e in events} == {"new", "update", "duplicate", "story_development"}


def test_every_article_message_names_its_story(first, expected):
    merged_into = {old: e.story["id"] for e in first.events for old in e.story["merged"]}

    def resolve(story_id):  # as a consumer does: events announce the stories they merge
        while story_id in merged_into:
            story_id = merged_into[story_id]
        return story_id
    stories = {e.article["canonical_url"]: resolve(e.story["id"]) for e in first.of("new")}
    assert len({stories[u] for u in expected[1]["maduro_urls"]}) == 1  # the Maduro articles are one story


def test_a_non_html_response_is_skipped_and_counted(first, expected):
    assert first.stats["newswatch/skipped/not_html"] == "1"
    assert ("main", "/news/annual-report.pdf") in first.hits
    assert expected[1]["pdf_url"] not in first.urls("new")


def expected_edges(edition_expected):
    by_slug = {a.slug: url for url, a in edition_expected["articles"].items()}
    return {(url, by_slug[slug]) for url, a in edition_expected["articles"].items() for slug in a.related
            if slug in by_slug}


@pytest.mark.parametrize("fmt", ["json", "graphml"])
def test_graph_export_matches_the_sites_related_news_links(scenario, redis_url, expected, fmt, tmp_path):
    import subprocess
    import sys

    import networkx
    output = tmp_path / f"graph.{fmt}"
    env = {**__import__("os").environ, "NEWSWATCH_KEY_PREFIX": "nwe2e"}
    subprocess.run([sys.executable, "-m", "newswatch", "graph", "export", "--crawl-id", "e2e-edition1",
                    "--format", fmt, "-o", str(output), "--redis-url", redis_url], check=True, env=env, timeout=60)
    if fmt == "json":
        graph = networkx.node_link_graph(__import__("json").loads(output.read_text()), edges="edges")
    else:
        graph = networkx.read_graphml(output)
    assert set(graph.edges) == expected_edges(expected[1])
    source, target = next(iter(expected_edges(expected[1])))
    assert graph.edges[source, target]["anchor"] == expected[1]["articles"][target].title
    assert graph.edges[source, target]["date"] == expected[1]["articles"][target].published.isoformat()


def test_status_reports_the_crawl_queues_alerts_and_stream(scenario, redis_url):
    import json
    import os
    import subprocess
    import sys
    env = {**os.environ, "NEWSWATCH_KEY_PREFIX": "nwe2e", "NEWSWATCH_ARTICLE_QUEUE": "e2e-articles",
           "NEWSWATCH_ALERT_QUEUE": "e2e-alerts"}
    command = [sys.executable, "-m", "newswatch", "status", "--redis-url", redis_url]
    snapshot = json.loads(subprocess.run([*command, "--json"], env=env, capture_output=True, text=True,
                                         check=True, timeout=60).stdout)
    assert snapshot["crawl"]["id"] == "e2e-edition2" and snapshot["crawl"]["status"] == "finished"
    assert snapshot["crawl"]["stats"]["events/update"] == 1
    assert snapshot["queues"]["e2e-articles"] == {"queued": 0, "running": 0, "scheduled": 0, "failed": 0}
    assert snapshot["stream"]["length"] == len(all_events(scenario["connection"], scenario["config"]))
    sent = len(scenario["first"].alerts) + len(scenario["second"].alerts)
    assert snapshot["alerts"]["sent"] == sent
    text = subprocess.run(command, env=env, capture_output=True, text=True, check=True, timeout=60).stdout
    assert "crawl e2e-edition2 (news): finished" in text and f"{snapshot['stream']['length']} events" in text
    scheduled = snapshot["crawl"]["pages_scheduled_by_site"]
    assert set(scheduled) == {"clashwire", "partner-daily"} and scheduled["clashwire"] >= 46
