"""A worker and its work horse killed together (a machine lost): the job they ran is back within 60 s.

With RQ's timers it stayed "started" for about 400 s: its heartbeat outlived it by 60 s and an
idle worker looked at the registries only every 405 s. The job here sleeps, so that only the
timers decide when it comes back.
"""

import os
import subprocess
import sys
import time

import pytest
from rq import Queue, Retry
from rq.job import Job
from rq.serializers import JSONSerializer

from tests.processes import kill_session, wait_until

pytestmark = pytest.mark.integration
BACK_WITHIN_SECONDS = 60


def start_worker(redis_url, config):
    env = {**os.environ, "NEWSWATCH_KEY_PREFIX": config.keys.prefix, "NEWSWATCH_ARTICLE_QUEUE": config.article_queue,
           "NEWSWATCH_ALERT_QUEUE": config.alert_queue, "NEWSWATCH_EXTRA_JOB_FUNCTIONS": "time.sleep",
           "NEWSWATCH_ALERT_URLS": config.channels["default"][0]}
    return subprocess.Popen([sys.executable, "-m", "newswatch", "worker", "--redis-url", redis_url], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def test_a_job_whose_worker_and_work_horse_were_killed_runs_again_on_another_worker_within_a_minute(
        redis_url, redis_conn, worker_config):
    queue = Queue(worker_config.article_queue, connection=redis_conn, serializer=JSONSerializer)
    job = queue.enqueue("time.sleep", 300, retry=Retry(max=1), job_timeout=600)
    workers = [start_worker(redis_url, worker_config)]
    try:
        wait_until(lambda: workers[0].poll() is None and job.get_status(refresh=True) == "started",
                   "the first worker to start the job")
        first = Job.fetch(job.id, connection=redis_conn, serializer=JSONSerializer).worker_name
        kill_session(workers[0].pid)
        killed_at = time.monotonic()
        workers.append(start_worker(redis_url, worker_config))

        def running_elsewhere():
            again = Job.fetch(job.id, connection=redis_conn, serializer=JSONSerializer)
            return again.get_status() == "started" and again.worker_name not in (None, first)

        wait_until(running_elsewhere, "the job to run again", timeout=BACK_WITHIN_SECONDS + 30)
        back_after = time.monotonic() - killed_at
    finally:
        for worker in workers:
            kill_session(worker.pid)
            worker.wait()
    assert back_after < BACK_WITHIN_SECONDS
    assert Job.fetch(job.id, connection=redis_conn, serializer=JSONSerializer).retries_left == 0  # a retry spent
    print(f"stranded job back after {back_after:.1f} s")
