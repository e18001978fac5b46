"""A known article found gone or moved (real Redis, real workers, a real local webhook): a removal is news
only once a later crawl confirms it, a move at once; only the rules that had alerted on it are told."""

import pytest
from rq import Queue
from rq.serializers import JSONSerializer

from newswatch.shared.items import Article, PageStatus
from workers import runtime
from workers.draining import drain
from workers.events import ArticleEvent
from tests.workers.test_delivery import alerts

URL = "http://x.test/news/exile"
MADURO = Article(url=URL, canonical_url=URL, site="x", title="Maduro's exile offer", body=["Maduro refused exile."],
                 source="Clash Report", crawl_id="c1")
QUIET = Article(url="http://x.test/news/weather", canonical_url="http://x.test/news/weather", site="x",
                title="Rain on Sunday", body=["Rain is expected on Sunday."], source="Clash Report", crawl_id="c1")


@pytest.fixture
def config(worker_config, tmp_path):
    rules = tmp_path / "rules.toml"
    rules.write_text('[[rule]]\nid = "maduro"\nany = ["Maduro"]\nthrottle_minutes = 0\n')
    config = worker_config.with_changes(rules_path=str(rules))
    runtime.configure(config)
    return config


def send(redis_conn, config, *messages):
    Queue(config.article_queue, connection=redis_conn, serializer=JSONSerializer).enqueue(
        "workers.jobs.process_articles", [m.to_message() for m in messages])
    assert drain(redis_conn, config, timeout=30)


def gone(crawl, url=URL, http_status=404):
    return PageStatus(url=url, site="x", status="removed", http_status=http_status, identity=url,
                      fetched_at=f"2026-12-07T10:0{crawl}:00+00:00", crawl_id=f"c{crawl}")


def events(redis_conn, config, kind):
    found = [ArticleEvent.from_stream_fields(f) for _, f in redis_conn.xrange(config.keys.stream)]
    return [event for event in found if event.event == kind]


def test_a_removal_is_news_only_when_a_later_crawl_confirms_it(redis_conn, config, webhook):
    send(redis_conn, config, MADURO)
    send(redis_conn, config, gone(2))
    send(redis_conn, config, gone(2))  # the same crawl again (a retried job, another process): no confirmation
    assert events(redis_conn, config, "removed") == [] and len(webhook.received) == 1
    send(redis_conn, config, gone(3))
    [removed] = events(redis_conn, config, "removed")
    assert removed.page == {"http_status": 404, "since": "2026-12-07T10:02:00+00:00",
                            "confirmed_at": "2026-12-07T10:03:00+00:00", "new_url": None}
    assert removed.article["title"] == "Maduro's exile offer"  # what readers knew it by
    retraction = webhook.received[-1]
    assert "RETRACTED" in retraction["title"] and "Maduro's exile offer" in retraction["title"]
    assert [a["event"] for a in alerts(redis_conn, config)] == ["retracted", "new"]
    send(redis_conn, config, gone(4))  # gone for good: told once
    assert len(events(redis_conn, config, "removed")) == 1 and len(webhook.received) == 2


def test_a_page_that_answers_again_between_two_gone_answers_is_not_removed(redis_conn, config, webhook):
    send(redis_conn, config, MADURO)
    send(redis_conn, config, gone(2))
    send(redis_conn, config, MADURO)  # back, unchanged: the note goes
    send(redis_conn, config, gone(3))
    assert events(redis_conn, config, "removed") == []
    send(redis_conn, config, gone(4))  # now gone in two crawls in a row
    assert len(events(redis_conn, config, "removed")) == 1


def test_a_move_is_news_at_once_with_its_new_address(redis_conn, config, webhook):
    send(redis_conn, config, MADURO)
    new_url = "http://x.test/news/exile-offer-2026"
    send(redis_conn, config, PageStatus(url=URL, site="x", status="moved", http_status=301, identity=URL,
                                        new_url=new_url, fetched_at="2026-12-07T10:02:00+00:00", crawl_id="c2"))
    [moved] = events(redis_conn, config, "moved")
    assert moved.page["new_url"] == new_url and moved.article["url"] == new_url
    assert "MOVED" in webhook.received[-1]["title"] and f"Link: {new_url}" in webhook.received[-1]["message"]


def test_only_rules_that_had_alerted_are_told_and_unknown_pages_are_nothing(redis_conn, config, webhook):
    send(redis_conn, config, QUIET)
    send(redis_conn, config, gone(2, QUIET.url), gone(3, QUIET.url))
    assert len(events(redis_conn, config, "removed")) == 1 and webhook.received == []  # published, no alert
    send(redis_conn, config, gone(2, "http://x.test/news/never-seen"), gone(3, "http://x.test/news/never-seen"))
    assert len(events(redis_conn, config, "removed")) == 1


def test_a_page_status_that_does_not_fit_the_schema_is_refused(redis_conn, config):
    from newswatch.shared.errors import MessageError
    with pytest.raises(MessageError, match="page status"):
        PageStatus.from_message({**gone(2).to_message(), "status": "vanished"})


def test_removed_and_moved_events_fit_the_published_schema(redis_conn, config, webhook):
    import json

    import jsonschema

    from newswatch.shared.settings import PROJECT_ROOT
    schema = json.loads((PROJECT_ROOT / "schemas" / "article-event.v1.json").read_text())
    send(redis_conn, config, MADURO, QUIET)
    send(redis_conn, config, gone(2), PageStatus(url=QUIET.url, site="x", status="moved", http_status=308,
                                                 identity=QUIET.url, new_url="http://x.test/news/w2",
                                                 fetched_at="2026-12-07T10:02:00+00:00", crawl_id="c2"))
    send(redis_conn, config, gone(3))
    published = events(redis_conn, config, "removed") + events(redis_conn, config, "moved")
    assert len(published) == 2
    for event in published:
        jsonschema.validate(event.to_message(), schema)


def test_an_article_whose_canonical_is_another_spelling_is_found_by_the_url_it_was_fetched_at(redis_conn, config,
                                                                                             webhook):
    fetched_at = "http://x.test/news/exile"  # its rel=canonical ends in a slash, as WordPress writes it
    article = Article(url=fetched_at, canonical_url=fetched_at + "/", site="x", title="Maduro's exile offer",
                      body=["Maduro refused exile."], crawl_id="c1")
    send(redis_conn, config, article)
    send(redis_conn, config, gone(2, fetched_at), gone(3, fetched_at))
    [removed] = events(redis_conn, config, "removed")
    assert removed.article["canonical_url"] == fetched_at + "/"
