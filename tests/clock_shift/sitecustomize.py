"""A process whose clock is off: with this folder on PYTHONPATH, ``time.time()`` (and ``time.time_ns()``) run
NEWSWATCH_TEST_CLOCK_OFFSET seconds ahead (negative: behind), as on a host whose clock drifted.
Monotonic clocks are left alone, as they are by a wrong wall clock."""

import os
import time

_offset = float(os.environ.get("NEWSWATCH_TEST_CLOCK_OFFSET", "0"))
_time, _time_ns = time.time, time.time_ns
time.time = lambda: _time() + _offset
time.time_ns = lambda: _time_ns() + int(_offset * 1e9)
