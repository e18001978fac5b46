"""Attacker code for tests/workers/test_redis_writer_attacks.py (red-team helper).

Nothing in newswatch may ever import or call this module: it stands for code an
attacker with write access to Redis would like a worker to run. Importing it, or
calling any of its functions, leaves a marker file in the directory named by
``REDTEAM_MARKER_DIR`` (set only in the environment of the worker under attack),
so a test sees afterwards whether any of it ran.
"""

import os
import pathlib


def _mark(what):
    directory = os.environ.get("REDTEAM_MARKER_DIR")
    if directory:
        path = pathlib.Path(directory) / f"{what}-{os.getpid()}"
        path.write_text(f"{what} ran in pid {os.getpid()}\n")


# Import-time side effect: a worker that imports a job's module before checking it
# leaves this marker even if it never calls the function.
_mark("imported-redteam_payload")


def touch(path):
    """The attacker's job function: creates the file it is given."""
    _mark("called-touch")
    pathlib.Path(path).write_text("attacker job ran\n")
    return "pwned"


def on_success(job, connection, result, *args, **kwargs):
    _mark(f"on_success-{job.id}")


def on_failure(job, connection, *exc_info, **kwargs):
    _mark(f"on_failure-{job.id}")


def on_stopped(job, connection, *args, **kwargs):
    _mark(f"on_stopped-{job.id}")
