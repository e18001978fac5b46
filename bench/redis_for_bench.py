"""The Redis a benchmark runs against: NEWSWATCH_BENCH_REDIS_URL, or a private server of its own."""

import os
from contextlib import contextmanager

from newswatch.demo.redis_server import PrivateRedis


@contextmanager
def bench_redis():
    url = os.environ.get("NEWSWATCH_BENCH_REDIS_URL")
    if url:
        yield url
        return
    with PrivateRedis() as server:
        yield server.url
