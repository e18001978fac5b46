"""A burst of ten times the steady rate into two real worker processes: the queues drain, no article is dropped
or doubled, every alert arrives once, the workers' memory stays flat; and the burst's verdict sees a loss or a double.

Short: a few hundred articles and a 2 s burst. The full run and its figures are on demand:
``.venv/bin/python -m bench.burst`` (README "Benchmarks").
"""

from datetime import datetime, timezone

import pytest

from bench.burst import Plan, run_burst
from bench.burst_checks import Verdict, check_alerts, check_stream
from bench.burst_traffic import Sent
from workers.events import ArticleEvent
from workers.fingerprints import id_for_url

BASE = "http://127.0.0.1:1/news/report"


@pytest.mark.integration
def test_a_burst_of_ten_times_the_steady_rate_drains_and_drops_or_doubles_nothing():
    printed = []
    figures, verdict = run_burst(Plan(steady_rate=20, factor=10, seconds=3, burst_seconds=2, workers=2, capacity=100,
                                      rss_bound=40, timeout=120), out=printed.append)
    report = "\n".join(printed)

    assert figures.phase("burst").handed >= 300, report  # about 400 articles in 2 s, after 20/s
    assert verdict.drained and not verdict.failed_jobs, report
    assert not verdict.refused and not verdict.missing and not verdict.strays, report
    assert not verdict.repeated and not verdict.wrong, report
    assert verdict.kinds["duplicate"] >= 10, report  # the copies were recognised as such
    assert verdict.alerts_received == verdict.alerts_expected >= 30, report
    assert not verdict.alerts_missing and not verdict.alerts_repeated, report
    assert verdict.memory_growth == [], report  # no worker process grew by 40 MB or more
    assert verdict.ok, report


def sent(n, kind="original"):
    return Sent(kind, n, f"{BASE}-{n}-copy" if kind == "copy" else f"{BASE}-{n}", 0.0, "steady")


def publish(redis_conn, config, url, kind="new", duplicate_of=None):
    event = ArticleEvent(kind, id_for_url(url), 1, {"url": url}, datetime.now(timezone.utc).isoformat(),
                         duplicate_of=duplicate_of)
    redis_conn.xadd(config.keys.stream, event.to_stream_fields())


def test_an_article_and_its_copy_pass_whichever_was_new(redis_conn, worker_config):
    handed = [sent(0), sent(1), sent(0, "copy"), sent(1, "copy"), sent(2), sent(2, "resend")]
    publish(redis_conn, worker_config, f"{BASE}-0")
    publish(redis_conn, worker_config, f"{BASE}-0-copy", "duplicate", id_for_url(f"{BASE}-0"))
    publish(redis_conn, worker_config, f"{BASE}-1-copy")  # the copy was taken first
    publish(redis_conn, worker_config, f"{BASE}-1", "duplicate", id_for_url(f"{BASE}-1-copy"))
    publish(redis_conn, worker_config, f"{BASE}-2")
    verdict = Verdict(drained=True)
    check_stream(verdict, redis_conn, worker_config.keys, handed)
    assert (verdict.urls, verdict.missing, verdict.repeated, verdict.wrong, verdict.strays) == (5, [], {}, {}, 0)
    assert verdict.ok


def test_a_lost_a_doubled_a_twice_new_and_a_stray_article_are_reported(redis_conn, worker_config):
    handed = [sent(0), sent(1), sent(2), sent(2, "copy"), sent(3)]
    publish(redis_conn, worker_config, f"{BASE}-1")
    publish(redis_conn, worker_config, f"{BASE}-1")
    publish(redis_conn, worker_config, f"{BASE}-2")
    publish(redis_conn, worker_config, f"{BASE}-2-copy")  # both "new": the duplicate went unnoticed
    publish(redis_conn, worker_config, f"{BASE}-3")
    publish(redis_conn, worker_config, f"{BASE}-9")
    verdict = Verdict(drained=True)
    check_stream(verdict, redis_conn, worker_config.keys, handed)
    assert verdict.missing == [f"{BASE}-0"]
    assert verdict.repeated == {f"{BASE}-1": [("new", None), ("new", None)]}
    assert set(verdict.wrong) == {f"{BASE}-2", f"{BASE}-2-copy"}
    assert verdict.strays == 1
    assert not verdict.ok


def alert(url):
    return {"title": "burst: Maduro", "message": f"Report on Maduro\nLink: {url}\n"}


@pytest.mark.parametrize(("received", "missing", "repeated", "strays"), [
    ([f"{BASE}-0", f"{BASE}-20-copy"], [], {}, 0),
    ([f"{BASE}-0"], [f"{BASE}-20"], {}, 0),
    ([f"{BASE}-0", f"{BASE}-20", f"{BASE}-20-copy"], [], {f"{BASE}-20": 2}, 0),
    ([f"{BASE}-0", f"{BASE}-20", f"{BASE}-5"], [], {}, 1),
])
def test_each_flagged_article_or_its_copy_alerts_once(received, missing, repeated, strays):
    handed = [sent(0), sent(5), sent(20), sent(20, "copy")]  # 0 and 20 mention Maduro
    verdict = Verdict(drained=True)
    check_alerts(verdict, [alert(url) for url in received], handed)
    assert (verdict.alerts_expected, verdict.alerts_missing, verdict.alerts_repeated, verdict.alerts_stray) == (
        2, missing, repeated, strays)
    assert verdict.ok == (not (missing or repeated or strays))
