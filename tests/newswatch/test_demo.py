"""``newswatch demo`` as an operator runs it: on a Redis others use, it leaves nothing of its own behind."""

import subprocess
import sys

from newswatch.shared.settings import PROJECT_ROOT


def test_the_demo_deletes_its_keys_queues_jobs_and_workers_and_nothing_else(redis_url, redis_conn):
    """Another deployment's queue, job and worker stay as they were; not one key of the demo's remains."""
    redis_conn.sadd("rq:queues", "rq:queue:theirs")
    redis_conn.set("rq:job:their-job", "x")
    redis_conn.hset("rq:worker:their-worker", "queues", "theirs")
    before = set(redis_conn.scan_iter(count=1000))
    result = subprocess.run([sys.executable, "-m", "newswatch", "demo", "--redis-url", redis_url], cwd=PROJECT_ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "alerts received by the webhook:" in result.stdout
    assert set(redis_conn.scan_iter(count=1000)) == before
    assert redis_conn.smembers("rq:queues") == {b"rq:queue:theirs"}
