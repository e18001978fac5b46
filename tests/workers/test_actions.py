"""On-call actions, honoured by delivery: acknowledge an alert, mute a story, snooze a rule (real Redis,
real workers, a real local webhook)."""

from dataclasses import replace

import pytest

from workers import actions, runtime
from workers.draining import drain
from tests.workers.test_delivery import MADURO_ARTICLE, alerts, enqueue_article


def test_an_acknowledgement_records_who_and_when_and_the_first_one_stays(redis_conn, worker_config, webhook):
    enqueue_article(redis_conn, worker_config)
    assert drain(redis_conn, worker_config, timeout=30)
    [alert] = alerts(redis_conn, worker_config)
    keys, ttl = worker_config.keys, worker_config.dedup_ttl
    assert actions.acknowledge(redis_conn, keys, alert["id"], "ana", "on it", ttl)
    assert not actions.acknowledge(redis_conn, keys, alert["id"], "bob", "", ttl)
    [alert] = alerts(redis_conn, worker_config)
    assert (alert["acked_by"], alert["ack_note"]) == ("ana", "on it") and alert["acked_at"]
    assert [entry["by"] for entry in actions.recent(redis_conn, worker_config.keys)] == ["ana"]
    with pytest.raises(actions.ActionError, match="no alert"):
        actions.acknowledge(redis_conn, keys, "no-such-alert", "ana", "", ttl)
    assert not redis_conn.exists(keys.alert("no-such-alert"))  # nothing half-made


@pytest.fixture
def unthrottled(worker_config, tmp_path):
    """A maduro rule that sends every alert alone (no digest window), made current."""
    rules = tmp_path / "rules.toml"
    rules.write_text('[[rule]]\nid = "maduro"\nany = ["Maduro"]\nthrottle_minutes = 0\n')
    config = worker_config.with_changes(rules_path=str(rules))
    runtime.configure(config)
    return config


def version(n):
    return replace(MADURO_ARTICLE, body=[f"Nicolás Maduro refused exile, for the {n}th time."])


def test_a_muted_story_sends_nothing_until_the_mute_is_lifted(redis_conn, unthrottled, webhook):
    config, keys = unthrottled, unthrottled.keys
    enqueue_article(redis_conn, config, version(1))
    assert drain(redis_conn, config, timeout=30) and len(webhook.received) == 1
    [first] = alerts(redis_conn, config)
    entry = actions.mute_story(redis_conn, keys, first["story_id"], 3600, "ana", "the desk has it")
    assert entry["until"] > entry["at"]
    assert [hold["story"] for hold in actions.active(redis_conn, keys)] == [first["story_id"]]

    enqueue_article(redis_conn, config, version(2))  # the story develops while muted: recorded, not sent
    assert drain(redis_conn, config, timeout=30)
    muted = alerts(redis_conn, config)[0]
    assert muted["version"] == 2 and muted["status"] == "muted" and '"ana"' in muted["held_by"]
    assert len(webhook.received) == 1, "a muted story's alert reached a channel"

    assert actions.unmute_story(redis_conn, keys, first["story_id"], "ana")
    enqueue_article(redis_conn, config, version(3))
    assert drain(redis_conn, config, timeout=30)
    assert alerts(redis_conn, config)[0]["status"] == "sent" and len(webhook.received) == 2
    assert [entry["action"] for entry in actions.recent(redis_conn, keys)] == ["unmute", "mute"]


def test_a_snoozed_rule_sends_nothing_and_the_snooze_ends_by_itself(redis_conn, worker_config, webhook):
    actions.snooze_rule(redis_conn, worker_config.keys, "maduro", 60, "ana", "", {"maduro"})
    enqueue_article(redis_conn, worker_config)
    assert drain(redis_conn, worker_config, timeout=30)
    [alert] = alerts(redis_conn, worker_config)
    assert alert["status"] == "snoozed" and webhook.received == []
    assert 0 < redis_conn.ttl(worker_config.keys.rule_snoozed("maduro")) <= 60  # Redis ends it: nothing to lift


@pytest.mark.parametrize("text, seconds", [("90s", 90), ("30m", 1800), ("2h", 7200), ("1d", 86400), ("45", 45)])
def test_durations_are_read_with_their_unit(text, seconds):
    assert actions.parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "0m", "-1h", "31d"])
def test_a_duration_that_is_not_one_is_refused_with_the_reason(text):
    with pytest.raises(actions.ActionError, match="duration"):
        actions.parse_duration(text)
