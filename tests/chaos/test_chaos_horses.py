"""Finding a forking worker's work horse among its children, and killing a whole worker as a container kill would."""

import subprocess
import sys
import time

import pytest

from bench.chaos_fleet import alive, kill_session
from bench.chaos_horses import alert_id, work_horse

# A worker's shape: a scheduler forked first, in the worker's process group, then a work horse in a group
# of its own (RQ's os.setpgrp); it prints their pids.
WORKER = """
import os, time
def child(own_group):
    pid = os.fork()
    if pid == 0:
        if own_group:
            os.setpgrp()
        time.sleep(60)
        os._exit(0)
    while own_group and os.getpgid(pid) != pid:  # the child's setpgrp has not run yet
        time.sleep(0.01)
    return pid
print(child(False), child(True), flush=True)
time.sleep(60)
"""


@pytest.fixture
def worker():
    process = subprocess.Popen([sys.executable, "-c", WORKER], stdout=subprocess.PIPE, text=True,
                               start_new_session=True)
    scheduler, horse = map(int, process.stdout.readline().split())
    yield process, scheduler, horse
    kill_session(process.pid)
    process.wait()
    process.stdout.close()


def test_the_work_horse_is_the_child_leading_a_process_group_of_its_own(worker):
    process, scheduler, horse = worker
    assert work_horse(process.pid) == horse != scheduler


def test_a_killed_session_takes_the_work_horse_in_its_own_group_too(worker):
    process, scheduler, horse = worker
    kill_session(process.pid)
    process.wait()
    deadline = time.monotonic() + 5
    while (alive(scheduler) or alive(horse)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not alive(scheduler) and not alive(horse)


def test_the_alert_id_is_read_from_the_idempotency_key():
    assert alert_id({"idempotency_key": "nw-chaos-3854782f815203e5ea32fcf1-v1-default-0"}) == \
        "chaos-3854782f815203e5ea32fcf1-v1"
