"""An alert goes out only once its record is on Redis's replicas (WAIT), so a failover cannot forget it.

A primary and a replica on loopback, the replica fed through a proxy that holds every chunk 0.4 s
(a replica behind, as across machines): when the webhook receives the alert, the replica already
has the alert's record, its attempt and its "alerted" decision.
"""

import pytest

from bench.latency_proxy import LatencyProxy
from newswatch.demo.redis_server import PrivateRedis
from newswatch.demo.webhook_receiver import WebhookReceiver
from newswatch.shared.connection import connect
from tests.sentinel_group import SentinelGroup, port_of
from tests.workers.test_delivery import MADURO_ARTICLE, enqueue_article
from workers import runtime
from workers.draining import drain

pytestmark = pytest.mark.integration
LAG_SECONDS = 0.4


@pytest.fixture
def lagging_pair():
    with PrivateRedis() as primary, LatencyProxy(port_of(primary.url), LAG_SECONDS) as proxy:
        with PrivateRedis(replica_of=proxy.port) as replica:
            SentinelGroup._wait(lambda: connect(replica.url).info("replication").get("master_link_status") == "up",
                                "the replica to sync")
            yield primary, replica


def alert_as_the_replica_has_it(replica, config, seen):
    """What the replica holds of the alert (its record, its decision) when the webhook receives it."""
    def on_receive(_message):
        [ident] = [key.decode().rsplit(":", 1)[-1] for key in replica.scan_iter(match=f"{config.keys.prefix}:alert:*")
                   if key.decode().count(":") == 2] or [None]
        record = replica.hgetall(config.keys.alert(ident)) if ident else {}
        decisions = list(replica.scan_iter(match=f"{config.keys.prefix}:alerted:*"))
        seen.append((int(record.get(b"attempts", 0)), len(decisions)))
    return on_receive


@pytest.mark.parametrize(("wait_ms", "on_the_replica"), [(2000, True), (0, False)], ids=["waited", "not-waited"])
def test_the_replica_holds_an_alert_before_it_goes_out(lagging_pair, worker_config, wait_ms, on_the_replica):
    primary, replica = lagging_pair
    seen = []
    replica_conn = connect(replica.url)
    with WebhookReceiver(on_receive=alert_as_the_replica_has_it(replica_conn, worker_config, seen)) as webhook:
        config = worker_config.with_changes(redis_url=primary.url, channels={"default": [webhook.apprise_url]},
                                            alert_replica_wait_ms=wait_ms)
        runtime.configure(config)
        connection = connect(primary.url)
        enqueue_article(connection, config, MADURO_ARTICLE)
        assert drain(connection, config, timeout=30)
    assert len(seen) == 1
    attempts, decisions = seen[0]
    assert (attempts >= 1 and decisions >= 1) is on_the_replica  # without the wait, the send outruns the replica
