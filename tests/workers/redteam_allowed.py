"""Harmless job functions for tests/workers/test_redis_writer_attacks.py.

The red-team tests name these in ``NEWSWATCH_EXTRA_JOB_FUNCTIONS`` (the documented
way to let workers run a function beside newswatch's own jobs), so that a job the
worker *may* run exists: it shows the worker under attack really runs allowed jobs
(the attacks' "nothing ran" is not vacuous), and it carries the attacker's
callbacks, dependencies and hash edits. This module never imports the attacker's
module (redteam_payload).
"""

import pathlib
import time


def record(path):
    """Writes the file it is given: proof that an allowed job ran."""
    pathlib.Path(path).write_text("allowed job ran\n")
    return "ok"


def record_slowly(path, seconds):
    """Writes the file it is given, then takes its time (to be stopped meanwhile)."""
    pathlib.Path(path).write_text("allowed job started\n")
    time.sleep(seconds)
    return "ok"


def fail(path):
    """Writes the file it is given, then fails."""
    pathlib.Path(path).write_text("allowed job ran and failed\n")
    raise RuntimeError("allowed job failed on purpose")
