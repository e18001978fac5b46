"""The worker stage against a real Redis: dedup, versions, alerts, stream."""

import threading

import pytest

from newswatch.shared.items import Article
from workers.events import ArticleEvent
from workers.processing import ArticleProcessor
from workers.rules import Rule

RULES = [Rule("maduro", ("Maduro",))]


def article(**changes):
    values = dict(url="http://x.test/news/exile", canonical_url="http://x.test/news/exile", site="x",
                  title="Maduro offered exile", summary="S", body=["Maduro refused.", "Talks failed."],
                  published_at="2026-01-05", crawl_id="c1")
    return Article(**{**values, **changes})


@pytest.fixture
def processor(redis_conn, worker_config):
    return ArticleProcessor(redis_conn, worker_config, RULES)


def stream_events(redis_conn, config):
    return [ArticleEvent.from_stream_fields(fields) for _, fields in redis_conn.xrange(config.keys.stream)]


def test_a_first_article_is_new_version_one_and_published(processor, redis_conn, worker_config):
    outcome = processor.process(article())
    assert (outcome.event, outcome.version) == ("new", 1)
    [event] = stream_events(redis_conn, worker_config)
    assert event.event == "new" and event.article["title"] == "Maduro offered exile"


def test_the_same_page_twice_is_one_article(processor, redis_conn, worker_config):
    processor.process(article())
    again = processor.process(article(url="http://x.test/news/exile?utm_source=rss", fetched_at="later"))
    assert again.event == "unchanged"
    assert len(stream_events(redis_conn, worker_config)) == 1


def test_the_same_body_at_another_url_is_a_duplicate_without_alert(processor, redis_conn, worker_config):
    first = processor.process(article())
    copy = processor.process(article(url="http://y.test/story/1", canonical_url="http://y.test/story/1",
                                     title="Another headline"))
    assert copy.event == "duplicate" and copy.duplicate_of == first.article_id
    assert copy.alerts == []
    assert [e.event for e in stream_events(redis_conn, worker_config)] == ["new", "duplicate"]


def test_a_changed_substance_is_an_update_with_its_diff(processor, redis_conn, worker_config):
    processor.process(article())
    outcome = processor.process(article(title="Maduro rejected exile", body=["Maduro refused.", "Talks failed.", "New."]))
    assert (outcome.event, outcome.version) == ("update", 2)
    assert outcome.diff["title"] == {"before": "Maduro offered exile", "after": "Maduro rejected exile"}
    assert outcome.diff["paragraphs_added"] == ["New."]
    assert redis_conn.llen(worker_config.keys.versions(outcome.article_id)) == 2


def test_one_alert_per_rule_and_article_version(processor, redis_conn, worker_config):
    first = processor.process(article())
    processor.process(article())
    update = processor.process(article(body=["Maduro refused.", "Talks failed.", "New."]))
    assert first.alerts == [f"maduro-{first.article_id}-v1"]
    assert update.alerts == [f"maduro-{first.article_id}-v2"]
    assert redis_conn.llen(worker_config.keys.alert_log) == 2


def test_an_article_matching_no_rule_raises_no_alert(processor):
    assert processor.process(article(title="Weather", body=["Sunny.", "Warm."])).alerts == []


def test_versions_kept_are_bounded(redis_conn, worker_config):
    processor = ArticleProcessor(redis_conn, worker_config.with_changes(max_versions=3), RULES)
    for n in range(5):
        outcome = processor.process(article(body=["Maduro refused.", f"Edit {n}."]))
    assert outcome.version == 5
    assert redis_conn.llen(worker_config.keys.versions(outcome.article_id)) == 3


def test_state_expires_after_the_dedup_retention(processor, redis_conn, worker_config):
    outcome = processor.process(article())
    ttl = redis_conn.ttl(worker_config.keys.article(outcome.article_id))
    assert 0 < ttl <= worker_config.dedup_ttl


def test_a_sites_line_shape_counts_expire_though_a_job_sets_their_ttl_once(processor, redis_conn, worker_config):
    """workers.boilerplate: the week's counts get their TTL from the job's first new article of the site."""
    for n in range(3):
        url = f"http://x.test/news/{n}"
        processor.process(article(url=url, canonical_url=url, body=[f"Story {n} of Maduro.", "Views: 12"]))
    key = processor.boilerplate.key("x")
    assert int(redis_conn.hget(key, "#articles")) == 3
    assert 0 < redis_conn.ttl(key) <= 14 * 24 * 3600


@pytest.mark.parametrize("copies", [2, 6])
def test_workers_racing_on_one_article_make_one_new_and_one_alert(redis_url, redis_conn, worker_config, copies):
    from newswatch.shared.connection import connect  # each thread its own connection, as separate workers have
    barrier, outcomes = threading.Barrier(copies), []

    def work():
        processor = ArticleProcessor(connect(redis_url), worker_config, RULES)
        barrier.wait()
        outcomes.append(processor.process(article()))

    threads = [threading.Thread(target=work) for _ in range(copies)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(o.event for o in outcomes) == ["new"] + ["unchanged"] * (copies - 1)
    assert sum(len(o.alerts) for o in outcomes) == 1
    assert len(stream_events(redis_conn, worker_config)) == 1


BASE_BODY = ["Maduro refused exile in Türkiye.", "Talks failed in December.", "Officials expect a court date."]


@pytest.mark.parametrize("change", [
    {"related": []},                                            # related list rotated away
    {"topics": ["Venezuela", "Caracas"]},                       # tags edited
    {"fetched_at": "2026-01-09T00:00:00+00:00", "crawl_id": "c9"},  # another crawl
    {"body": ["Maduro  refused exile in Türkiye. ", "Talks failed in December.", "Officials expect a court date."]},
    {"body": ["MADURO REFUSED EXILE IN TÜRKIYE.", "Talks failed in December.", "Officials expect a court date."]},
    {"url": "http://x.test/news/exile?utm_source=newsletter"},   # same page, tracking parameter
    {"source": "Clash Report (updated sidebar)", "authors": ["Desk"]},
])
def test_cosmetic_changes_are_no_event(processor, change):
    processor.process(article(body=BASE_BODY))
    assert processor.process(article(**{"body": BASE_BODY, **change})).event == "unchanged"


@pytest.mark.parametrize(("before", "after"), [
    ("2026-01-05T10:00:00+00:00", "2026-01-05T11:00:00+01:00"),  # the same instant, another zone
    ("2026-01-05T10:00:00Z", "2026-01-05T05:00:00-05:00"),
    ("2026-01-05", "2026-01-05T10:00:00+01:00"),                 # the same day, written with its time
    ("2026-01-05T10:00:00+00:00", "2026-01-05"),
    ("2026-01-05T10:00:00", "2026-01-05T10:00:00+01:00"),        # local time, then given the site's zone
])
def test_a_date_written_another_way_is_no_update(processor, redis_conn, worker_config, before, after):
    processor.process(article(body=BASE_BODY, published_at=before, modified_at=before))
    again = processor.process(article(body=BASE_BODY, published_at=after, modified_at=after))
    assert again.event == "unchanged"
    assert [e.event for e in stream_events(redis_conn, worker_config)] == ["new"]
    assert processor.process(article(body=BASE_BODY, published_at=after, modified_at=after)).event == "unchanged"


def test_an_update_of_dates_alone_is_published_but_alerts_nobody(processor):
    processor.process(article(body=BASE_BODY))
    outcome = processor.process(article(body=BASE_BODY, modified_at="2026-01-09T08:00:00+00:00"))
    assert (outcome.event, outcome.diff["kind"], outcome.alerts) == ("update", "date_only", [])


@pytest.mark.parametrize(("change", "kind"), [
    ({"title": "Maduro rejected exile"}, "headline_change"),
    ({"summary": "A new lead."}, "summary_change"),
    ({"body": BASE_BODY + ["He appears in court on Monday."]}, "new_paragraphs"),
    ({"body": BASE_BODY[:2]}, "correction"),
    ({"body": [BASE_BODY[0], "Talks collapsed in late December.", BASE_BODY[2]]}, "correction"),
    ({"modified_at": "2026-01-07"}, "date_only"),
    ({"published_at": "2026-01-06"}, "date_only"),
])
def test_substantive_edits_are_one_update_of_their_kind(processor, change, kind):
    processor.process(article(body=BASE_BODY))
    outcome = processor.process(article(**{"body": BASE_BODY, **change}))
    assert (outcome.event, outcome.diff["kind"]) == ("update", kind)


WIRE = [f"Paragraph {n}: officials in Caracas said on Tuesday that negotiations over the transition would resume "
        f"next week, as Maduro's lawyers prepared filings in New York and oil output figures were revised {n}."
        for n in range(6)]


def test_workers_racing_on_near_duplicates_make_one_new_one_duplicate_one_alert(redis_url, redis_conn,
                                                                                worker_config):
    from newswatch.shared.connection import connect
    original = article(body=WIRE)
    copy = article(url="http://y.test/wire/1", canonical_url="http://y.test/wire/1", title="Another headline",
                   body=WIRE[:-1] + ["Reporting by the wire desk; editing by the night desk. Subscribe now."])
    for round_ in range(5):
        redis_conn.flushdb()
        barrier, outcomes = threading.Barrier(2), []

        def work(item):
            processor = ArticleProcessor(connect(redis_url), worker_config, RULES)
            barrier.wait()
            outcomes.append(processor.process(item))

        threads = [threading.Thread(target=work, args=(item,)) for item in (original, copy)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(o.event for o in outcomes) == ["duplicate", "new"], round_
        assert sum(len(o.alerts) for o in outcomes) == 1


def test_the_monitors_canary_page_answers_to_the_canary_rule_only_and_nothing_else_to_it(redis_conn, worker_config):
    from workers.runtime import CANARY_RULE_ID, CANARY_SITE, CANARY_TERM  # noqa: PLC0415
    canary_rule = Rule(CANARY_RULE_ID, (CANARY_TERM,), fields=("title",), throttle_minutes=0)
    processor = ArticleProcessor(redis_conn, worker_config, RULES + [canary_rule])
    canary = processor.process(article(url="http://127.0.0.1:9/news/canary", canonical_url="http://127.0.0.1:9/news/canary",
                                       site=CANARY_SITE, title=f"{CANARY_TERM} abc123 Maduro"))
    assert [redis_conn.hget(worker_config.keys.alert(a), "rule") for a in canary.alerts] == [CANARY_RULE_ID.encode()]
    lookalike = processor.process(article(title=f"{CANARY_TERM} in the news", body=["A bird in a mine."]))
    assert lookalike.alerts == []


def test_a_job_renews_each_alert_index_once_and_every_alert_is_listed(redis_conn, worker_config):
    # The trim and expiry of the web view's indexes are written by a job's first alert; its later alerts only add.
    index = worker_config.keys.alert_index
    first = ArticleProcessor(redis_conn, worker_config, RULES)
    one = first.process(article())
    redis_conn.expire(index, 1000)
    two = first.process(article(url="http://x.test/news/talks", canonical_url="http://x.test/news/talks",
                                title="Maduro talks", body=["Maduro spoke at length.", "Nobody agreed."]))
    assert 0 < redis_conn.ttl(index) <= 1000
    next_job = ArticleProcessor(redis_conn, worker_config, RULES)
    three = next_job.process(article(url="http://x.test/news/third", canonical_url="http://x.test/news/third",
                                     title="Maduro again", body=["Maduro wrote a letter.", "It was short."]))
    assert redis_conn.ttl(index) > 1000
    listed = {ident.decode() for ident in redis_conn.zrange(index, 0, -1)}
    assert listed == {*one.alerts, *two.alerts, *three.alerts} and len(listed) == 3


def test_an_index_renewal_that_did_not_go_through_is_written_later(redis_conn, worker_config):
    # A write built and never executed (its WATCH failed, or a page-status write given up) renews nothing.
    rules = [Rule("maduro", ("Maduro",)), Rule("oil", ("oil",))]
    processor = ArticleProcessor(redis_conn, worker_config, rules)
    built = processor.process(article(title="Prices", body=["No name here.", "Markets rose."]))
    with redis_conn.pipeline() as pipe:
        pipe.multi()
        processor.alerts.write(pipe, article(), built, rules[1], ["oil"], None)
        pipe.reset()  # never executed
    processor.process(article(url="http://x.test/news/talks", canonical_url="http://x.test/news/talks"))
    processor.process(article(url="http://x.test/news/oil", canonical_url="http://x.test/news/oil",
                              title="Oil again", body=["Oil fell.", "Markets moved."]))
    by_rule = worker_config.keys.alert_index_by("rule", "oil")
    assert redis_conn.zcard(by_rule) == 1 and redis_conn.ttl(by_rule) > 0
