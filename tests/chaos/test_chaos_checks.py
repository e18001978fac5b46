"""The chaos run's verdict sees what it must: an article missing or doubled, an alert missing, an alert repeated
without saying so; an announced repeat is reported, not a failure."""

from datetime import datetime, timezone

import pytest

from bench.chaos_checks import ChaosResult, Repeat, check_alerts, check_stream
from workers.events import ArticleEvent
from workers.fingerprints import id_for_url

BASE = "http://127.0.0.1:1"


def add_event(redis_conn, config, n, kind="new"):
    url = f"{BASE}/news/a{n}"
    event = ArticleEvent(kind, id_for_url(url), 1, {"url": url, "canonical_url": url},
                         datetime.now(timezone.utc).isoformat())
    redis_conn.xadd(config.keys.stream, event.to_stream_fields())


def test_each_article_once_as_new_passes(redis_conn, worker_config):
    for n in range(4):
        add_event(redis_conn, worker_config, n)
    result = ChaosResult(4)
    check_stream(result, redis_conn, worker_config, BASE)
    assert not (result.missing or result.repeated or result.unexpected)


def test_a_missing_a_doubled_and_a_stray_article_are_reported(redis_conn, worker_config):
    for n, kind in ((0, "new"), (1, "new"), (1, "new"), (3, "new"), (3, "duplicate"), (9, "new")):
        add_event(redis_conn, worker_config, n, kind)
    result = ChaosResult(4)
    check_stream(result, redis_conn, worker_config, BASE)
    assert result.missing == [f"{BASE}/news/a2"]
    assert result.repeated == {f"{BASE}/news/a1": ["new", "new"]}
    assert result.unexpected == {"new": 2, "duplicate": 1, "not an article of the site: new": 1}
    assert not result.ok


def alert(n, repeat="no", key=None):
    return {"title": f"{'[POSSIBLE REPEAT] ' if repeat == 'yes' else ''}chaos: Report {n}",
            "message": f"Report {n} on Maduro\nLink: {BASE}/news/a{n}\n",
            "idempotency_key": key or f"nw-chaos-{n}-v1-default-0", "possible_repeat": repeat}


def alerts_verdict(*messages):
    result = ChaosResult(25)
    result.drained = True
    check_alerts(result, list(messages), BASE, flag_every=10)
    return result


def test_alerts_one_per_flagged_article_pass():
    result = alerts_verdict(alert(0), alert(10), alert(20))
    assert result.alerts_expected == 3 and not (result.alerts_missing or result.alerts_repeats)
    assert result.ok and "missing 0, repeats 0" in result.figures()


def test_a_missing_alert_fails():
    result = alerts_verdict(alert(0), alert(20))
    assert result.alerts_missing == [f"{BASE}/news/a10"] and not result.ok


def test_a_repeat_marked_possible_with_the_same_key_is_reported_and_passes():
    result = alerts_verdict(alert(0), alert(10), alert(10, repeat="yes"), alert(20))
    assert result.alerts_repeats == [Repeat(f"{BASE}/news/a10", "nw-chaos-10-v1-default-0", True, True)]
    assert result.ok
    assert "repeats 1 (all marked: nw-chaos-10-v1-default-0)" in result.figures()


@pytest.mark.parametrize("repeat, key, why", [
    ("no", None, "possible_repeat False, same key True"),  # an unannounced duplicate
    ("yes", "nw-other-default-0", "possible_repeat True, same key False"),  # the receiver cannot drop it
])
def test_a_repeat_not_announced_fails_and_is_named(repeat, key, why):
    result = alerts_verdict(alert(0), alert(10), alert(20), alert(0, repeat=repeat, key=key))
    assert len(result.unannounced) == 1 and not result.ok
    assert f"1 NOT marked: {result.unannounced[0].key} ({why}); marked: none" in result.figures()


def test_a_message_about_no_expected_article_fails():
    result = alerts_verdict(alert(0), alert(10), alert(20), alert(5))
    assert result.alerts_strays == 1 and not result.ok
