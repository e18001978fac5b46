"""What a failover loses when the replica lags, and what repairs it: articles and alerts, with and without the
replica wait before an alert goes out (workers.attempts).

A primary and one replica on loopback, the replica fed through bench.latency_proxy holding each chunk ``lag``
seconds (a replica behind, as across machines). The worker stage processes synthetic articles (1 in 10
matching the Maduro rule) against the primary and delivers each alert to a local webhook at once; the
primary is SIGKILLed mid-run and the replica promoted (REPLICAOF NO ONE), as Sentinel would. Then:
- lost: articles the primary had acknowledged (their MULTI/EXEC returned) that are not on the promoted
  replica's stream, and their alert records;
- repaired: the same articles processed again against the promoted replica (what the re-crawl of their
  pages does): those lost come out as new again; an alert raised again for an article whose alert had
  already gone out is a repeat on-call staff would see.

    .venv/bin/python -m bench.bench_failover_loss [--kill-at 300]

Everything on 127.0.0.1; a private redis-server pair per arm.
"""

import argparse
import signal
import time

from bench.bench_workers import synthetic_article
from bench.latency_proxy import LatencyProxy
from newswatch.demo.redis_server import PrivateRedis
from newswatch.demo.webhook_receiver import WebhookReceiver
from newswatch.shared.connection import connect
from newswatch.shared.redis_keys import RedisKeys
from tests.sentinel_group import SentinelGroup, port_of
from workers import runtime
from workers.config import load_config
from workers.delivery import deliver
from workers.events import ArticleEvent
from workers.processing import ArticleProcessor
from workers.rules import Rule

RULES = [Rule("maduro", ("Maduro",))]


def stream_ids(connection, config):
    return {ArticleEvent.from_stream_fields(fields).article_id for _, fields in connection.xrange(config.keys.stream)}


def run_arm(lag, wait_ms, kill_at):
    with PrivateRedis() as primary, LatencyProxy(port_of(primary.url), lag) as proxy, \
            PrivateRedis(replica_of=proxy.port) as replica, WebhookReceiver() as webhook:
        SentinelGroup._wait(lambda: connect(replica.url).info("replication").get("master_link_status") == "up",
                            "the replica to sync")
        config = load_config().with_changes(redis_url=primary.url, keys=RedisKeys("nwloss"), alert_max_age=0,
                                            channels={"default": [webhook.apprise_url]}, alert_replica_wait_ms=wait_ms)
        runtime.configure(config)
        connection = connect(primary.url, patience=0)
        acknowledged, sent_for = [], {}  # article ids the primary took; article id -> its alerts sent
        for n in range(kill_at):
            if n % 20 == 0:
                processor = ArticleProcessor(connection, config, RULES)
            outcome = processor.process(synthetic_article(n))
            acknowledged.append(outcome.article_id)
            for ident in outcome.alerts:
                if deliver(connection, config, ident):
                    sent_for[outcome.article_id] = ident
        primary.process.send_signal(signal.SIGKILL)
        primary.process.wait()
        promoted = connect(replica.url)
        promoted.replicaof("NO", "ONE")
        kept = stream_ids(promoted, config)
        lost = [ident for ident in acknowledged if ident not in kept]
        lost_alert_records = [ident for ident in sent_for.values() if not promoted.exists(config.keys.alert(ident))]
        config = config.with_changes(redis_url=replica.url)
        runtime.configure(config)
        received_before = len(webhook.received)
        processor, republished, realerted = ArticleProcessor(promoted, config, RULES), 0, 0
        for n in range(kill_at):
            outcome = processor.process(synthetic_article(n))
            republished += outcome.event == "new"
            for ident in outcome.alerts:
                realerted += bool(deliver(promoted, config, ident)) and outcome.article_id in sent_for
        runtime.reset()
        return {"acknowledged": len(acknowledged), "lost": len(lost), "alerts_sent": len(sent_for),
                "sent_alert_records_lost": len(lost_alert_records), "republished": republished,
                "sent_alerts_sent_again": realerted, "webhook_after": len(webhook.received) - received_before}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kill-at", type=int, default=300, help="articles processed before the primary dies")
    args = parser.parse_args()
    for lag in (0.05, 0.2):
        for wait_ms in (1000, 0):
            started = time.perf_counter()
            result = run_arm(lag, wait_ms, args.kill_at)
            print(f"replica {lag * 1000:.0f} ms behind, replica wait {'on' if wait_ms else 'off'}: "
                  f"{result['acknowledged']} articles acknowledged, {result['lost']} lost in the failover "
                  f"(republished {result['republished']} by the repair); {result['alerts_sent']} alerts sent, "
                  f"{result['sent_alert_records_lost']} of their records lost, {result['sent_alerts_sent_again']} "
                  f"sent again by the repair ({time.perf_counter() - started:.0f} s)", flush=True)


if __name__ == "__main__":
    main()
