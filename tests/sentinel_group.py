"""A Redis Sentinel group on loopback, for failover tests: a primary, one replica and three sentinels
(quorum 2), each a redis-server process the test owns, on free ports, stopped with the ``with`` block.

The sentinels call the primary down after ``down_after_ms`` without an answer and promote the replica
(../shared/CONTAINERS.md measured about 8 s with 2000 ms).
"""

import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newswatch.demo.redis_server import PrivateRedis, _die_with_parent, find_redis_server, free_port
from newswatch.shared.connection import connect

PRIMARY_NAME = "nwprimary"


class SentinelGroup:
    def __init__(self, down_after_ms=2000, failover_timeout_ms=5000):
        self.down_after_ms, self.failover_timeout_ms = down_after_ms, failover_timeout_ms
        self.primary = self.replica = None
        self.sentinel_ports, self._sentinels = [], []
        self._dir = None

    @property
    def url(self):
        """The Sentinel form of NEWSWATCH_REDIS_URL for this group (database 0)."""
        return "redis+sentinel://" + ",".join(f"127.0.0.1:{port}" for port in self.sentinel_ports) + f"/{PRIMARY_NAME}/0"

    def __enter__(self):
        self._dir = Path(tempfile.mkdtemp(prefix="newswatch-sentinel-"))
        self.primary = PrivateRedis().start()
        self.replica = PrivateRedis(replica_of=port_of(self.primary.url)).start()
        self._wait(lambda: connect(self.replica.url).info("replication").get("master_link_status") == "up",
                   "the replica to sync")
        for n in range(3):
            port = free_port()
            conf = self._dir / f"sentinel-{n}.conf"
            conf.write_text(f"port {port}\nbind 127.0.0.1\ndir {self._dir}\n"
                            f"sentinel monitor {PRIMARY_NAME} 127.0.0.1 {port_of(self.primary.url)} 2\n"
                            f"sentinel down-after-milliseconds {PRIMARY_NAME} {self.down_after_ms}\n"
                            f"sentinel failover-timeout {PRIMARY_NAME} {self.failover_timeout_ms}\n")
            preexec = _die_with_parent if sys.platform.startswith("linux") else None
            self._sentinels.append(subprocess.Popen([find_redis_server(), str(conf), "--sentinel"],
                                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                                    preexec_fn=preexec))
            self.sentinel_ports.append(port)
        for port in self.sentinel_ports:
            self._wait(lambda port=port: self._sentinel(port).sentinel_master(PRIMARY_NAME)["num-other-sentinels"] == 2,
                       "the sentinels to find each other")
        return self

    def kill_primary(self):
        """SIGKILL the primary, as a machine dying would: no shutdown, nothing flushed."""
        self.primary.process.send_signal(signal.SIGKILL)
        self.primary.process.wait()

    def primary_port(self):
        """The port of the primary the sentinels name now."""
        return int(self._sentinel(self.sentinel_ports[0]).sentinel_get_master_addr_by_name(PRIMARY_NAME)[1])

    def _sentinel(self, port):
        return connect(f"redis://127.0.0.1:{port}/0", socket_connect_timeout=1)

    @staticmethod
    def _wait(condition, what, timeout=30):
        deadline = time.monotonic() + timeout
        while True:
            try:
                if condition():
                    return
            except Exception:  # noqa: BLE001 (not up yet)
                pass
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}")
            time.sleep(0.1)

    def __exit__(self, *exc):
        for process in self._sentinels:
            process.terminate()
        for process in self._sentinels:
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
        for server in (self.replica, self.primary):
            if server:
                server.stop()


def port_of(url):
    return int(url.rsplit(":", 1)[1].split("/")[0])
