"""What waiting for a replica costs an alert (workers.attempts): a write followed by WAIT, against the write alone.

A primary and one replica on loopback, the replica fed directly and through a proxy holding each chunk
0.5 ms and 5 ms each way (a replica across machines). Each arm: 300 writes of an attempt's size (HINCRBY),
each on its own round trip, with and without WAIT 1 1000 in the same round trip, alternated twice.

    .venv/bin/python -m bench.bench_replica_wait
"""

import time

from bench.latency_proxy import LatencyProxy
from newswatch.demo.redis_server import PrivateRedis
from newswatch.shared.connection import connect
from tests.sentinel_group import SentinelGroup, port_of

WRITES = 300


def per_write_ms(connection, wait):
    started = time.perf_counter()
    for _ in range(WRITES):
        with connection.pipeline(transaction=False) as pipe:
            pipe.hincrby("bench:attempt", "attempts", 1)
            if wait:
                pipe.wait(1, 1000)
            pipe.execute()
    return (time.perf_counter() - started) / WRITES * 1000


def measure(delay):
    with PrivateRedis() as primary, LatencyProxy(port_of(primary.url), delay) as proxy:
        with PrivateRedis(replica_of=proxy.port if delay else port_of(primary.url)) as replica:
            SentinelGroup._wait(lambda: connect(replica.url).info("replication").get("master_link_status") == "up",
                                "the replica to sync")
            connection = connect(primary.url)
            runs = {False: [], True: []}
            for wait in (False, True, False, True):
                runs[wait].append(per_write_ms(connection, wait))
    return runs


def main():
    for delay in (0, 0.0005, 0.005):
        runs = measure(delay)
        alone, waited = min(runs[False]), min(runs[True])
        print(f"replica {delay * 1000:.1f} ms away each way: write alone {alone:.2f} ms, with WAIT {waited:.2f} ms "
              f"(+{waited - alone:.2f} ms an attempt; ratio {waited / alone:.1f})")


if __name__ == "__main__":
    main()
