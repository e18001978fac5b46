"""The downstream stream is trimmed only of what every consumer group has been delivered (real Redis,
real jobs run by a real worker).

What used to happen: a consumer group 1,000 events behind a stream capped at 100 received 100;
900 vanished with no error. Now the stream keeps what a lagging group has not had, up to a hard
cap; past it, each group is told exactly what it lost: in `status`, in the metrics, and once in a
self-monitoring alert.
"""

import pytest
from prometheus_client import generate_latest
from rq import Retry

from newswatch.metrics import metrics_registry
from newswatch.shared.items import Article
from newswatch.status import collect_status
from workers import runtime
from workers.draining import drain
from workers.job_policy import open_queue

pytestmark = pytest.mark.integration
GROUP = "downstream"
MAXLEN = 100


def publish(redis_conn, config, first, count, batch=100):
    """``count`` new articles through the real job, ``batch`` per job, and a worker that drains them."""
    queue = open_queue(config.article_queue, redis_conn)
    for start in range(first, first + count, batch):
        messages = [Article(url=f"http://x.test/news/{n}", canonical_url=f"http://x.test/news/{n}", site="x",
                            title=f"Report {n}", body=[f"Report {n}: " + " ".join(f"w{n}x{i}" for i in range(12))],
                            crawl_id="c").to_message() for n in range(start, start + batch)]
        queue.enqueue("workers.jobs.process_articles", messages, retry=Retry(max=1))
    assert drain(redis_conn, config, timeout=120)


def read_all(redis_conn, config, ack=True):
    """What the group gets when it reads now: every event it has not been delivered (acknowledged, as a
    consumer does once it has handled them, unless ``ack`` is False)."""
    got = redis_conn.xreadgroup(GROUP, "c1", {config.keys.stream: ">"}, count=100_000)
    ids = [entry_id for entry_id, _ in got[0][1]] if got else []
    if ids and ack:
        redis_conn.xack(config.keys.stream, GROUP, *ids)
    return ids


@pytest.fixture
def stream_config(redis_conn, worker_config):
    def configured(hard_cap):
        config = worker_config.with_changes(stream_maxlen=MAXLEN, stream_hard_cap=hard_cap)
        runtime.configure(config)
        redis_conn.xgroup_create(config.keys.stream, GROUP, id="$", mkstream=True)
        return config
    yield configured
    runtime.reset()


def test_a_group_a_thousand_events_behind_a_stream_of_a_hundred_gets_all_thousand(redis_conn, stream_config):
    config = stream_config(hard_cap=5_000)
    publish(redis_conn, config, 0, 1_000)
    assert len(read_all(redis_conn, config)) == 1_000
    assert collect_status(redis_conn, config)["stream"]["groups"][0]["dropped"] == 0

    publish(redis_conn, config, 1_000, 100)  # the group has had all but these: back to about MAXLEN
    assert redis_conn.xlen(config.keys.stream) < 3 * MAXLEN


def test_past_the_hard_cap_each_group_is_told_what_it_lost_once(redis_conn, stream_config, webhook):
    config = stream_config(hard_cap=300)
    publish(redis_conn, config, 0, 1_000)
    assert redis_conn.xlen(config.keys.stream) == 300
    assert len(read_all(redis_conn, config)) == 300
    [group] = collect_status(redis_conn, config)["stream"]["groups"]
    assert group["dropped"] == 700
    metrics = generate_latest(metrics_registry(redis_conn, config)).decode()
    assert f'newswatch_stream_group_dropped_total{{group="{GROUP}"}} 700.0' in metrics
    assert [m["title"] for m in webhook.received] == [f"stream consumer group {GROUP} is losing events"]

    publish(redis_conn, config, 1_000, 100)  # caught up: cleared, once
    titles = [m["title"] for m in webhook.received]
    assert titles[1:] == [f"stream consumer group {GROUP} caught up"]


def test_events_delivered_but_not_acknowledged_stay_for_a_consumer_to_claim(redis_conn, stream_config):
    config = stream_config(hard_cap=5_000)
    publish(redis_conn, config, 0, 300)
    delivered = read_all(redis_conn, config, ack=False)  # the consumer died before acknowledging them
    publish(redis_conn, config, 300, 300)
    claimed = redis_conn.xautoclaim(config.keys.stream, GROUP, "c2", min_idle_time=0, count=1_000)[1]
    assert [entry_id for entry_id, _ in claimed] == delivered


def test_a_stream_without_groups_is_trimmed_to_about_maxlen_as_before(redis_conn, worker_config):
    config = worker_config.with_changes(stream_maxlen=MAXLEN, stream_hard_cap=300)
    runtime.configure(config)
    try:
        publish(redis_conn, config, 0, 1_000)
    finally:
        runtime.reset()
    assert redis_conn.xlen(config.keys.stream) < 3 * MAXLEN
