"""Several hosts on one machine, made with Linux network namespaces.

A ``World`` is a context manager that builds:

* a "switch" namespace holding a Linux bridge (``br0``);
* one namespace per host, joined to the switch by a veth pair: ``eth0`` inside the
  host, ``p<i>`` on the switch side (attached to ``br0``), with an address from a
  test-only range (10.251.0.0/24 by default) and ``lo`` up.

Nothing is put into the machine's own namespace: both ends of every veth pair are
created inside namespaces of the world, so deleting the namespaces deletes every
device.  Names carry the pid and a counter (``nwt<pid>x<n>-<host>``), so two runs, or
two worlds of one run, never collide, and cleanup deletes exactly what this world
made, by name, even when the test failed.

A partition is made on the SWITCH side (``ip -n <switch> link set p<i> down``).  Why
there and not inside the host: that is what a cable pulled or a switch port failing
looks like.  The host keeps its address and its routes (its ``eth0`` only loses
carrier), so its processes get no quick "network unreachable" error: their packets
vanish and they hang until their own timeouts, as on a real partition.  Setting the
host's own ``eth0`` down would also delete the connected route, so every connect and
send would fail at once with ENETUNREACH: a gentler failure than the one we want to
test.  Restoring is ``link set p<i> up``; the host's TCP connections may then resume,
which is exactly the "returning host" case.

Processes are started inside a host with ``ip netns exec`` (which execs the command:
the pid we hold is the command's own), in a session of their own, their output in a
log file.  At exit every process still running in a namespace of the world is killed
by pid (``ip netns pids``: this also reaches children that left their process group,
such as RQ's work horses), then the namespaces are deleted.

Machine facts this relies on: root, ``ip`` with netns support.  ``tc netem`` is not
needed.  Traffic only ever goes to loopback inside a namespace, or to addresses of
namespaces this module made.
"""

from __future__ import annotations

import ipaddress
import itertools
import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

_counter = itertools.count()


class CannotMakeHosts(RuntimeError):
    """Namespaces cannot be made here (not root, no ``ip``, no netns support)."""


def _run(args, *, check=True, timeout=20, capture=True):
    r = subprocess.run(
        args,
        check=False,
        timeout=timeout,
        stdout=subprocess.PIPE if capture else None,
        stderr=subprocess.PIPE if capture else None,
        text=True,
    )
    if check and r.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, args))} exited {r.returncode}: {r.stderr.strip()}")
    return r


def why_not_possible() -> str | None:
    """The reason namespaces cannot be made here, or None."""
    if os.name != "posix" or not hasattr(os, "geteuid"):
        return "not a POSIX machine"
    if os.geteuid() != 0:
        return "network namespaces need root"
    if shutil.which("ip") is None:
        return "no `ip` command (iproute2)"
    name = f"nwtprobe{os.getpid()}"
    try:
        r = _run(["ip", "netns", "add", name], check=False)
        if r.returncode != 0:
            return f"`ip netns add` failed: {r.stderr.strip()}"
        r = _run(["ip", "-n", name, "link", "add", "br0", "type", "bridge"], check=False)
        if r.returncode != 0:
            return f"cannot make a bridge in a namespace: {r.stderr.strip()}"
    finally:
        _run(["ip", "netns", "del", name], check=False)
    return None


class Proc:
    """A long-running process inside a host."""

    def __init__(self, host: "Host", name: str, popen: subprocess.Popen, log: Path, started: float):
        self.host, self.name, self.popen, self.log, self.started = host, name, popen, log, started

    @property
    def pid(self) -> int:
        return self.popen.pid

    def running(self) -> bool:
        return self.popen.poll() is None

    def wait(self, timeout: float) -> int:
        return self.popen.wait(timeout=timeout)

    def output(self) -> str:
        try:
            return self.log.read_text(errors="replace")
        except OSError:
            return ""

    def stop(self, sig=signal.SIGTERM, timeout: float = 15.0) -> int | None:
        """Signal the process's session (by its pid as group id), then SIGKILL after timeout."""
        if self.popen.poll() is None:
            try:
                os.killpg(self.popen.pid, sig)
            except ProcessLookupError:
                pass
            try:
                self.popen.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(self.popen.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                self.popen.wait(timeout=10)
        return self.popen.returncode


class Host:
    def __init__(self, world: "World", index: int, name: str, addr: str):
        self.world, self.index, self.name, self.addr = world, index, name, addr
        self.ns = f"{world.tag}-{name}"
        self.switch_port = f"p{index}"
        self.procs: list[Proc] = []

    def __repr__(self):
        return f"<Host {self.name} {self.addr} ns={self.ns}>"

    def exec_args(self, args) -> list[str]:
        return ["ip", "netns", "exec", self.ns, *map(str, args)]

    def run(self, args, *, timeout: float = 60, env: dict | None = None, check: bool = False, input: str | None = None):
        """Run a command to its end inside the host (bounded by timeout)."""
        return subprocess.run(
            self.exec_args(args), env=env, timeout=timeout, check=check,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, input=input,
        )

    def start(self, name: str, args, *, env: dict | None = None, cwd: str | None = None) -> Proc:
        """Start a long-running process inside the host; its output goes to a log file."""
        log = self.world.logdir / f"{self.name}-{name}.log"
        fh = open(log, "ab")
        popen = subprocess.Popen(
            self.exec_args(args), env=env, cwd=cwd, stdout=fh, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )
        fh.close()
        proc = Proc(self, name, popen, log, time.monotonic())
        self.procs.append(proc)
        self.world.procs.append(proc)
        return proc

    def cut(self):
        """Pull this host's cable: its switch port goes down."""
        _run(["ip", "-n", self.world.switch_ns, "link", "set", self.switch_port, "down"])

    def restore(self):
        _run(["ip", "-n", self.world.switch_ns, "link", "set", self.switch_port, "up"])

    def pids(self) -> list[int]:
        r = _run(["ip", "netns", "pids", self.ns], check=False)
        return [int(p) for p in r.stdout.split()] if r.returncode == 0 else []


class World:
    """``with World(["redis", "site", ...]) as w: w["redis"].start(...)``."""

    def __init__(self, names, *, subnet: str = "10.251.0.0/24", first_host: int = 10, logdir: str | None = None):
        self.names = list(names)
        self.net = ipaddress.ip_network(subnet)
        if not self.net.is_private:
            raise ValueError("use a private test-only range")
        self.tag = f"nwt{os.getpid()}x{next(_counter)}"
        self.switch_ns = f"{self.tag}-sw"
        self.first_host = first_host
        self._own_logdir = logdir is None
        self.logdir = Path(logdir or tempfile.mkdtemp(prefix=f"{self.tag}-logs-"))
        self.logdir.mkdir(parents=True, exist_ok=True)
        self.hosts: dict[str, Host] = {}
        self.procs: list[Proc] = []
        self._made_ns: list[str] = []

    def __getitem__(self, name: str) -> Host:
        return self.hosts[name]

    # -- building -----------------------------------------------------------------------
    def _add_ns(self, ns: str):
        _run(["ip", "netns", "add", ns])
        self._made_ns.append(ns)
        _run(["ip", "-n", ns, "link", "set", "lo", "up"])

    def __enter__(self) -> "World":
        reason = why_not_possible()
        if reason:
            raise CannotMakeHosts(reason)
        try:
            self._add_ns(self.switch_ns)
            _run(["ip", "-n", self.switch_ns, "link", "add", "br0", "type", "bridge"])
            _run(["ip", "-n", self.switch_ns, "link", "set", "br0", "up"])
            hosts_iter = self.net.hosts()
            addrs = [str(a) for a in itertools.islice(hosts_iter, self.first_host - 1, self.first_host - 1 + len(self.names))]
            for i, (name, addr) in enumerate(zip(self.names, addrs)):
                host = Host(self, i, name, addr)
                self._add_ns(host.ns)
                # Both ends are made inside the world's namespaces: nothing in the machine's own.
                _run(["ip", "-n", self.switch_ns, "link", "add", host.switch_port, "type", "veth",
                      "peer", "name", "eth0", "netns", host.ns])
                _run(["ip", "-n", self.switch_ns, "link", "set", host.switch_port, "master", "br0"])
                _run(["ip", "-n", self.switch_ns, "link", "set", host.switch_port, "up"])
                _run(["ip", "-n", host.ns, "addr", "add", f"{addr}/{self.net.prefixlen}", "dev", "eth0"])
                _run(["ip", "-n", host.ns, "link", "set", "eth0", "up"])
                self.hosts[name] = host
            self._wait_links()
        except BaseException:
            self.close()
            raise
        return self

    def _wait_links(self, timeout: float = 10.0):
        """Bridge ports take a moment to forward: ping every host from the first one."""
        hosts = list(self.hosts.values())
        deadline = time.monotonic() + timeout
        for h in hosts[1:]:
            while True:
                r = hosts[0].run(["ping", "-c", "1", "-W", "1", h.addr], timeout=5) if shutil.which("ping") else None
                if r is None or r.returncode == 0:
                    break
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{h} does not answer pings from {hosts[0]}")
                time.sleep(0.2)

    def __exit__(self, *exc):
        self.close()
        return False

    # -- tearing down -------------------------------------------------------------------
    def close(self):
        # 1. the processes we started, politely, then by force
        for proc in reversed(self.procs):
            try:
                proc.stop(timeout=5)
            except Exception:
                pass
        # 2. anything else still running inside our namespaces (work horses, Chromium...)
        for _ in range(3):
            left = []
            for ns in self._made_ns:
                r = _run(["ip", "netns", "pids", ns], check=False)
                left += [int(p) for p in r.stdout.split()] if r.returncode == 0 else []
            if not left:
                break
            for pid in left:
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            time.sleep(0.3)
        # 3. the namespaces, by name (their devices go with them)
        for ns in reversed(self._made_ns):
            _run(["ip", "netns", "del", ns], check=False)
        self._made_ns = []

    def leftovers(self) -> list[str]:
        r = _run(["ip", "netns", "list"], check=False)
        return [line.split()[0] for line in r.stdout.splitlines() if line.startswith(self.tag + "-")]
