"""A function that a job written into Redis by an intruder names: calling it leaves a mark.

The mark is the file NEWSWATCH_TEST_INTRUDER_MARK names, so a test sees whether a
worker ran it, in its own process or in another.
"""

import os


def leave_mark(*args, **kwargs):
    with open(os.environ["NEWSWATCH_TEST_INTRUDER_MARK"], "a", encoding="utf-8") as mark:
        mark.write("ran\n")
