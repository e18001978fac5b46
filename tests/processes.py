"""Real processes in tests: waiting on them, and killing them as the kernel or an operator would."""

import os
import signal
import time
from pathlib import Path


def slow_seeds(tmp_path, rate=8):
    """The demo seeds at ``rate`` pages a second per host: a crawl still running when a test's fault comes."""
    from newswatch.shared.settings import PROJECT_ROOT  # noqa: PLC0415
    seeds = tmp_path / "slow.toml"
    seeds.write_text((PROJECT_ROOT / "seeds" / "demo.toml").read_text().replace("rate = 200", f"rate = {rate}"))
    return seeds


def wait_until(condition, what, timeout=60):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"gave up waiting for {what}"
        time.sleep(0.05)


def newest_child(pid):
    """The process ``pid`` forked last: a forking worker's work horse (its scheduler was forked first)."""
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return max(map(int, children), key=lambda child: int(Path(f"/proc/{child}/stat").read_text().split()[21]))


def kill_session(sid):
    """SIGKILL every process of session ``sid`` (a worker started with start_new_session, its scheduler and
    its work horse, which RQ puts in a process group of its own): a machine lost, or systemd's
    KillMode=control-group."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == sid:  # after the name: state, ppid, pgrp, session
            try:
                os.kill(int(stat.parent.name), signal.SIGKILL)
            except ProcessLookupError:
                pass
