"""Retractions and moves against a world written by a helper who never read the crawler's code
(tests/openweb/retractions/README.md): one real crawl per phase (the spider in a child process, the
revisit schedule making every known article due), real workers, a real webhook; the stream's removed
and moved events and the alerts compared with the world's answer key.
"""

import time
from urllib.parse import urlsplit

import pytest

from newswatch.demo.runner import crawl_env, run_crawl
from newswatch.shared.connection import connect
from newswatch.shared.redis_keys import RedisKeys
from newswatch.demo.webhook_receiver import WebhookReceiver
from tests.openweb.retractions.world import RetractionWorld
from workers import runtime
from workers.config import load_config
from workers.draining import drain
from workers.events import ArticleEvent

pytestmark = pytest.mark.integration
PHASES = 5
STEP = 2  # seconds between revisit steps: each crawl takes one step of every article (see the world's README)


@pytest.fixture(scope="module")
def outcome(redis_url, tmp_path_factory):
    folder = tmp_path_factory.mktemp("retractions")
    connection, keys = connect(redis_url), RedisKeys("nwretract")
    for key in connection.scan_iter(match="nwretract:*"):
        connection.delete(key)
    with RetractionWorld() as world, WebhookReceiver() as webhook:
        (folder / "seeds.toml").write_text(world.seeds_toml(), encoding="utf-8")
        (folder / "rules.toml").write_text(world.rules_toml(), encoding="utf-8")
        config = load_config().with_changes(
            redis_url=redis_url, keys=keys, rules_path=str(folder / "rules.toml"), article_queue="retract-articles",
            alert_queue="retract-alerts", channels={"default": [webhook.apprise_url]}, alert_retry_intervals=(1, 1, 1))
        runtime.configure(config)
        settings = {"revisit_schedule": " ".join(str(STEP * n) for n in range(1, 2 * PHASES)),
                    "download_timeout": 3, "revisit_after": 0}
        by_phase, fetched = [], []
        for phase in range(PHASES):
            world.phase = phase
            world.reset_hits()
            before = connection.xlen(keys.stream)
            run_crawl(crawl_env(config, f"retract-{phase}", seeds=folder / "seeds.toml", **settings), timeout=300)
            assert drain(connection, config, timeout=120)
            by_phase.append([ArticleEvent.from_stream_fields(f) for _, f in connection.xrange(keys.stream)][before:])
            fetched.append(world.hits())
            time.sleep(STEP)  # the next revisit step comes due
        alerts = [{k.decode(): v.decode() for k, v in connection.hgetall(keys.alert(i.decode())).items()}
                  for i in connection.lrange(keys.alert_log, 0, -1)]
        yield {"key": world.answer_key(write=False), "events": by_phase, "alerts": alerts, "fetched": fetched,
               "webhook": list(webhook.received)}
    runtime.reset()
    for key in connection.scan_iter(match="nwretract:*"):
        connection.delete(key)


def page_events(outcome):
    """(phase, event) of every removed or moved event."""
    return [(phase, event) for phase, events in enumerate(outcome["events"]) for event in events
            if event.event in ("removed", "moved")]


def url_of(event):
    return event.article["canonical_url"] or event.article["url"]


def test_every_removal_and_move_is_published_once_within_its_window(outcome):
    found = page_events(outcome)
    for url, expected in outcome["key"]["articles"].items():
        mine = [(phase, event) for phase, event in found if url_of(event) == url]
        if not expected["event"]:
            assert mine == [], f"{expected['case']}: {[e.event for _, e in mine]} published for a page never gone"
            continue
        assert len(mine) == 1, f"{expected['case']}: {len(mine)} {expected['event']} events"
        [(phase, event)] = mine
        assert event.event == expected["event"], expected["case"]
        assert expected["earliest_phase"] <= phase <= expected["latest_phase"], \
            f"{expected['case']}: published at phase {phase}, expected {expected['earliest_phase']}-" \
            f"{expected['latest_phase']}"
        if expected["event"] == "moved":
            assert event.page["new_url"] == expected["new_url"], expected["case"]


def test_only_the_rules_that_had_alerted_are_told(outcome):
    told = {(alert["event"], alert["article_id"]) for alert in outcome["alerts"] if alert["event"] in
            ("retracted", "moved")}
    by_url = {url_of(event): event.article_id for _, event in page_events(outcome)}
    expected = {(entry["event_alert"], by_url.get(url)) for url, entry in outcome["key"]["articles"].items()
                if entry["event_alert"]}
    assert told == expected
    messages = [m["title"] for m in outcome["webhook"] if "RETRACTED" in m["title"] or "MOVED" in m["title"]]
    assert len(messages) == len(expected)


def test_no_keyword_alert_is_raised_twice_for_a_page_that_moved_or_came_back(outcome):
    keyword = [alert for alert in outcome["alerts"] if alert["event"] in ("new", "update")]
    assert len(keyword) == sum(entry["keyword_alert"] for entry in outcome["key"]["articles"].values())


def test_every_gone_page_was_refetched_at_each_crawl_until_it_was_removed(outcome):
    """Else a missing event would be the schedule's fault, not the removal logic's. (After, a removed page
    leaves the revisit schedule; this world's stale Related News links may still reach it.)"""
    published = {url_of(event): phase for phase, event in page_events(outcome)}
    for url, entry in outcome["key"]["articles"].items():
        if entry["event"] == "removed":
            for phase in range(1, published[url] + 1):
                assert outcome["fetched"][phase].get(urlsplit(url).path), f"{entry['case']} not fetched in {phase}"


