"""Which record of a story is the original: the pages' evidence, whatever order they arrive in.

Every scenario runs in both arrival orders and must end in the same state: one original,
its copies pointing at it, one alert per rule on the story (a copy that alerted first gets
a follow-up naming the original, never a second alert).
"""

import json

import pytest

from newswatch.shared.items import Article
from workers.events import ArticleEvent
from workers.originals import Evidence
from workers.processing import ArticleProcessor
from workers.rules import Rule

RULES = [Rule("maduro", ("Maduro",))]
BODY = [f"Paragraph {n}: the opposition in Caracas said talks over the transition would resume, and the oil "
        f"ministry revised output figures for the {n}th time this year." for n in range(5)]


def original(**changes):
    values = dict(url="http://outlet.test/2026/12/06/talks/", canonical_url="http://outlet.test/2026/12/06/talks/",
                  site="outlet", title="Maduro allies agree to resume talks", body=BODY,
                  published_at="2026-12-06T08:00:00+00:00")
    return Article(**{**values, **changes})


def reprint(**changes):
    values = dict(url="http://wire.test/node/7", canonical_url="http://wire.test/node/7", site="wire",
                  title="Talks to resume in Caracas", body=BODY, published_at="2026-12-06T08:30:00+00:00",
                  original_url="http://outlet.test/2026/12/06/talks/")
    return Article(**{**values, **changes})


@pytest.fixture
def processor(redis_conn, worker_config):
    return ArticleProcessor(redis_conn, worker_config, RULES)


def events(redis_conn, config):
    return [ArticleEvent.from_stream_fields(fields) for _, fields in redis_conn.xrange(config.keys.stream)]


def originals_and_copies(redis_conn, config, *articles):
    """{url: url of its original (itself for an original)} from the articles' final state."""
    ids = {processor_id(a): a.canonical_url for a in articles}
    result = {}
    for ident, url in ids.items():
        duplicate_of = redis_conn.hget(config.keys.article(ident), "duplicate_of").decode()
        result[url] = ids.get(duplicate_of, duplicate_of) if duplicate_of else url
    return result


def processor_id(article):
    from workers.fingerprints import article_id
    return article_id(article)


def alerts(redis_conn, config):
    return sorted(a.decode() for a in redis_conn.lrange(config.keys.alert_log, 0, -1))


@pytest.mark.parametrize("order", ["original first", "copy first"])
def test_a_page_naming_another_as_its_canonical_is_the_copy_in_either_order(processor, redis_conn, worker_config,
                                                                             order):
    pair = [original(), reprint()] if order == "original first" else [reprint(), original()]
    for article in pair:
        processor.process(article)
    assert originals_and_copies(redis_conn, worker_config, original(), reprint()) == {
        original().canonical_url: original().canonical_url, reprint().canonical_url: original().canonical_url}


def test_an_original_after_its_copy_is_published_new_then_repoints_the_copy(processor, redis_conn, worker_config):
    copy = processor.process(reprint(title="Maduro allies to resume talks"))
    first = processor.process(original())
    kinds = [(e.event, e.article["url"], e.copies) for e in events(redis_conn, worker_config)]
    assert kinds == [("new", reprint().url, []), ("new", original().url, []),
                     ("repointed", original().url, [copy.article_id])]
    assert first.event == "new"


def test_a_copy_that_alerted_first_gets_a_follow_up_naming_the_original_not_a_second_alert(
        processor, redis_conn, worker_config):
    copy = processor.process(reprint(title="Maduro allies to resume talks"))
    first = processor.process(original())
    assert copy.alerts == [f"maduro-{copy.article_id}-v1"]
    assert first.alerts == [f"maduro-{first.article_id}-v1"]
    record = {k.decode(): v.decode() for k, v in redis_conn.hgetall(worker_config.keys.alert(first.alerts[0])).items()}
    assert record["event"] == "original" and json.loads(record["copy_urls"]) == [reprint().canonical_url]
    assert record["url"] == original().url
    assert len(alerts(redis_conn, worker_config)) == 2  # the copy's alert, then its follow-up


def test_a_must_alert_original_is_never_lost_because_a_copy_without_the_keyword_came_first(processor):
    copy = processor.process(reprint())  # its headline lacks the keyword: no alert
    first = processor.process(original())
    assert copy.alerts == [] and first.alerts == [f"maduro-{first.article_id}-v1"]


def test_the_copy_after_its_original_is_a_duplicate_and_alerts_nobody(processor, redis_conn, worker_config):
    first = processor.process(original())
    copy = processor.process(reprint(title="Maduro allies to resume talks"))
    assert (copy.event, copy.duplicate_of, copy.alerts) == ("duplicate", first.article_id, [])
    assert [e.event for e in events(redis_conn, worker_config)] == ["new", "duplicate"]


@pytest.mark.parametrize("order", ["original first", "copy first"])
def test_a_syndication_partners_copy_without_a_canonical_is_the_copy(processor, redis_conn, worker_config, order):
    partner = reprint(original_url=None, syndication_partner=True, published_at=original().published_at)
    pair = [original(), partner] if order == "original first" else [partner, original()]
    for article in pair:
        processor.process(article)
    assert originals_and_copies(redis_conn, worker_config, original(), partner)[partner.canonical_url] \
        == original().canonical_url


@pytest.mark.parametrize("order", ["earlier first", "later first"])
def test_without_other_evidence_the_earlier_published_is_the_original(processor, redis_conn, worker_config, order):
    earlier, later = original(), reprint(original_url=None)
    for article in ([earlier, later] if order == "earlier first" else [later, earlier]):
        processor.process(article)
    assert originals_and_copies(redis_conn, worker_config, earlier, later)[later.canonical_url] == earlier.canonical_url


def test_with_nothing_to_tell_them_apart_the_first_to_arrive_stays_the_original(processor, redis_conn, worker_config):
    first, second = reprint(original_url=None, published_at="2026-12-06"), original(published_at="2026-12-06")
    processor.process(first)
    processor.process(second)
    assert originals_and_copies(redis_conn, worker_config, first, second)[second.canonical_url] == first.canonical_url


def test_a_page_naming_an_original_not_seen_yet_is_demoted_when_it_comes_even_rewritten(processor, redis_conn,
                                                                                       worker_config):
    rewritten = reprint(body=["A wire rewrite of the story, in other words, shorter, with a quote from Caracas."])
    processor.process(rewritten)
    processor.process(original())
    assert originals_and_copies(redis_conn, worker_config, original(), rewritten)[rewritten.canonical_url] \
        == original().canonical_url


def test_a_third_copy_after_the_repointing_is_a_duplicate_of_the_original(processor, redis_conn, worker_config):
    processor.process(reprint())
    first = processor.process(original())
    third = processor.process(reprint(url="http://third.test/a", canonical_url="http://third.test/a",
                                      original_url=None, site="third", published_at="2026-12-06T09:00:00+00:00"))
    assert (third.event, third.duplicate_of) == ("duplicate", first.article_id)


@pytest.mark.parametrize(("one", "other", "outranks"), [
    (Evidence(False, False, ""), Evidence(True, False, ""), True),       # the other names a canonical elsewhere
    (Evidence(False, True, "2026-01-01"), Evidence(False, False, "2026-02-01"), False),  # partner: copy, even earlier
    (Evidence(False, False, "2026-12-06T08:00:00+00:00"), Evidence(False, False, "2026-12-06T09:00:00+01:00"), False),
    (Evidence(False, False, "2026-12-06T08:00:00+00:00"), Evidence(False, False, "2026-12-06T10:00:00+01:00"), True),
    (Evidence(False, False, "2026-12-06"), Evidence(False, False, "2026-12-06T10:00:00+00:00"), False),  # same day
    (Evidence(False, False, "2026-12-05"), Evidence(False, False, ""), True),
])
def test_evidence_ranks_canonical_then_partner_then_date(one, other, outranks):
    assert one.outranks(other) is outranks
    assert Evidence.decode(one.encode()) == one


OTHER = [f"Line {n}: a rewrite of its own about Maduro, the weather in Lisbon, football scores and municipal "
         f"budgets, numbered {n * 7} for variety." for n in range(5)]


def test_a_copy_naming_its_original_while_the_original_is_being_processed_is_demoted(processor, redis_conn,
                                                                                   worker_config):
    # The copy's whole processing runs between the original's first look at its claims and its write.
    copy = reprint(body=OTHER)
    other = ArticleProcessor(redis_conn, worker_config, RULES)
    first_look = processor.originals.claimants

    def interleaved(client, ident):
        found = first_look(client, ident)
        if not other.originals.evidence(processor_id(copy)):
            other.process(copy)
        return found
    processor.originals.claimants = interleaved
    processor.process(original())
    assert originals_and_copies(redis_conn, worker_config, original(), copy)[copy.canonical_url] \
        == original().canonical_url


def test_two_copies_that_alerted_on_one_rule_get_one_follow_up_naming_both(processor, redis_conn, worker_config):
    copies = [reprint(title="Maduro allies to resume talks"),
              reprint(url="http://agg.test/x/9", canonical_url="http://agg.test/x/9", site="agg",
                      title="Maduro: talks resume", body=OTHER)]
    for copy in copies:
        processor.process(copy)
    first = processor.process(original())
    assert len(first.alerts) == len(set(first.alerts)) == 1
    record = redis_conn.hget(worker_config.keys.alert(first.alerts[0]), "copy_urls")
    assert sorted(json.loads(record)) == sorted(copy.canonical_url for copy in copies)


def test_an_earlier_original_found_later_still_sends_no_second_alert(processor, redis_conn, worker_config):
    processor.process(reprint(title="Maduro allies to resume talks", body=OTHER))  # alerts
    processor.process(original())  # follows the copy's alert up
    earliest = processor.process(original(url="http://first.test/q", canonical_url="http://first.test/q",
                                          site="first", published_at="2026-12-06T06:00:00+00:00"))
    assert earliest.alerts == [] or all(
        redis_conn.hget(worker_config.keys.alert(a), "event") == b"original" for a in earliest.alerts)
    news = [a for a in alerts(redis_conn, worker_config)
            if redis_conn.hget(worker_config.keys.alert(a), "event") == b"new"]
    assert len(news) == 1


def test_a_copy_whose_record_expired_is_not_repointed_into_a_key_without_expiry(processor, redis_conn,
                                                                                worker_config):
    copy = reprint(body=OTHER)
    processor.process(copy)
    redis_conn.delete(worker_config.keys.article(processor_id(copy)))  # its retention ran out; its claim lives on
    processor.process(original())
    assert redis_conn.ttl(worker_config.keys.article(processor_id(copy))) != -1
    assert "repointed" not in [e.event for e in events(redis_conn, worker_config)]


def test_a_duplicate_whose_page_now_tells_another_story_is_new(processor, redis_conn, worker_config):
    processor.process(original())
    processor.process(reprint(original_url=None))
    again = processor.process(reprint(original_url=None, body=OTHER, title="Maduro arrested"))
    assert again.event == "new" and again.alerts


def test_a_record_from_before_evidence_was_kept_is_never_outranked(processor, redis_conn, worker_config):
    first = processor.process(original(published_at="2026-12-06T09:00:00+00:00"))
    redis_conn.hdel(worker_config.keys.article(first.article_id), "evidence")  # written by an older version
    earlier_copy = processor.process(reprint(original_url=None, published_at="2026-12-06T07:00:00+00:00"))
    assert (earlier_copy.event, earlier_copy.duplicate_of) == ("duplicate", first.article_id)
