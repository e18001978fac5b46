"""The baseline job: RQ's own trivial job, to compare the worker stage against."""


def noop(message):
    return None
