"""The chaos run's verdict sees what it must: an article missing or doubled, an alert missing or doubled."""

from datetime import datetime, timezone

from bench.chaos_checks import ChaosResult, check_alerts, check_stream
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


def alert(n):
    return {"title": f"chaos: Report {n}", "message": f"Report {n} on Maduro\nLink: {BASE}/news/a{n}\n"}


def test_alerts_one_per_flagged_article_pass_and_a_missing_or_doubled_one_fails():
    result = ChaosResult(25)
    check_alerts(result, [alert(0), alert(10), alert(20)], BASE, flag_every=10)
    assert result.alerts_expected == 3 and not (result.alerts_missing or result.alerts_repeated)

    result = ChaosResult(25)
    check_alerts(result, [alert(0), alert(0), alert(20)], BASE, flag_every=10)
    assert result.alerts_missing == [f"{BASE}/news/a10"]
    assert result.alerts_repeated == {f"{BASE}/news/a0": 2}
