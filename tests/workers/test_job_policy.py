"""Workers run the project's own job functions and nothing else, on every queue they serve.

Anyone who can write to Redis can queue a job naming any function, or attach callbacks
to one of ours, with RQ's own API. A newswatch worker refuses such a job before
importing anything of it, logs its function's name, and leaves it in the failed
registry, without retries.
"""

import inspect
import os
import subprocess
import sys

import pytest
from rq import Callback, Queue, Retry
from rq.registry import FailedJobRegistry, StartedJobRegistry
from rq.serializers import JSONSerializer

from newswatch.shared.items import Article
from newswatch.shared.job_names import JOB_FUNCTIONS, PROCESS_ARTICLES
from workers import jobs
from workers.draining import worker_queues
from workers.job_policy import NewswatchJob, refusal
from workers.reliable import ReliableSimpleWorker

pytestmark = pytest.mark.integration
INTRUDER = "tests.workers.intruder.leave_mark"


def message():
    return Article(url="http://127.0.0.1:1/news/a", site="s", title="A", body=["Text."]).to_message()


def run_worker(redis_url, config, *flags, **settings):
    env = {**os.environ, **settings, "NEWSWATCH_KEY_PREFIX": config.keys.prefix, "NEWSWATCH_ARTICLE_QUEUE": config.article_queue,
           "NEWSWATCH_ALERT_QUEUE": config.alert_queue, "NEWSWATCH_ALERT_URLS": config.channels["default"][0]}
    return subprocess.run([sys.executable, "-m", "newswatch", "worker", "--burst", "--redis-url", redis_url, *flags],
                          env=env, capture_output=True, text=True, timeout=120, check=False)


def test_the_allow_list_is_exactly_the_job_functions_of_workers_jobs():
    defined = {f"workers.jobs.{name}" for name, function in inspect.getmembers(jobs, inspect.isfunction)
               if function.__module__ == jobs.__name__}
    assert defined == JOB_FUNCTIONS


@pytest.mark.parametrize("flags", [(), ("--simple",)], ids=["forking worker", "simple worker"])
def test_a_job_naming_any_other_function_is_refused_on_every_queue_and_nothing_runs(
        redis_url, redis_conn, worker_config, tmp_path, flags):
    targets = {}
    for queue in worker_queues(redis_conn, worker_config):
        targets[queue.name] = tmp_path / f"made-by-{queue.name}"
        queue.enqueue("os.mkdir", str(targets[queue.name]), retry=Retry(max=3))

    result = run_worker(redis_url, worker_config, *flags)

    assert not any(target.exists() for target in targets.values())  # nothing ran
    assert "refused job" in result.stderr and "'os.mkdir' is not a newswatch job function" in result.stderr
    assert result.returncode == 1  # the burst reports failed jobs
    for queue in worker_queues(redis_conn, worker_config):
        failed = FailedJobRegistry(queue=queue)
        [job_id] = failed.get_job_ids()  # left there, once: no retry spent on it
        job = queue.fetch_job(job_id)
        assert job.get_status() == "failed" and job.retries_left == 3
        assert job.latest_result().exc_string == "JobRefused: function 'os.mkdir' is not a newswatch job function"
        assert queue.count == 0 and redis_conn.llen(queue.intermediate_queue_key) == 0


def test_an_operator_may_name_more_functions_for_workers_to_run(redis_url, redis_conn, worker_config, tmp_path):
    mark = tmp_path / "mark"
    articles, _ = worker_queues(redis_conn, worker_config)
    articles.enqueue(INTRUDER)
    articles.enqueue("os.mkdir", str(tmp_path / "still-refused"))

    run_worker(redis_url, worker_config, NEWSWATCH_EXTRA_JOB_FUNCTIONS=INTRUDER,
               NEWSWATCH_TEST_INTRUDER_MARK=str(mark))

    assert mark.read_text() == "ran\n" and not (tmp_path / "still-refused").exists()


def test_a_job_of_ours_carrying_an_intruders_callback_is_refused_and_the_callback_never_runs(
        redis_url, redis_conn, worker_config, tmp_path, monkeypatch):
    mark = tmp_path / "mark"
    monkeypatch.setenv("NEWSWATCH_TEST_INTRUDER_MARK", str(mark))
    articles, _ = worker_queues(redis_conn, worker_config)
    job = articles.enqueue(PROCESS_ARTICLES, [message()], on_success=Callback(INTRUDER),
                           on_failure=Callback(INTRUDER))

    run_worker(redis_url, worker_config)

    assert not mark.exists()
    assert job.get_status(refresh=True) == "failed" and "carries callbacks" in job.latest_result().exc_string
    assert redis_conn.xlen(worker_config.keys.stream) == 0  # the article itself was not processed either


def test_maintenance_of_an_abandoned_job_never_runs_its_failure_callback(redis_conn, worker_config, tmp_path,
                                                                         monkeypatch):
    # RQ's registry cleanup runs an abandoned job's failure callback outside any worker check.
    mark = tmp_path / "mark"
    monkeypatch.setenv("NEWSWATCH_TEST_INTRUDER_MARK", str(mark))
    articles, alerts = worker_queues(redis_conn, worker_config)
    job = articles.enqueue(PROCESS_ARTICLES, [message()], on_failure=Callback(INTRUDER))
    articles.remove(job)
    redis_conn.zadd(StartedJobRegistry(queue=articles).key, {f"{job.id}:x": 1})  # started long ago: abandoned
    worker = ReliableSimpleWorker([articles, alerts], connection=redis_conn, serializer=JSONSerializer)

    worker.clean_registries()

    assert job.id in FailedJobRegistry(queue=articles).get_job_ids()
    assert not mark.exists()


@pytest.mark.parametrize("command", [["status"], ["queue", "peek", "--failed"]])
def test_commands_that_count_the_registries_never_run_an_abandoned_jobs_callback(
        redis_url, redis_conn, worker_config, tmp_path, command):
    # Counting RQ's started registry cleans it up, which runs an abandoned job's failure callback.
    mark = tmp_path / "mark"
    articles, _ = worker_queues(redis_conn, worker_config)
    job = articles.enqueue(PROCESS_ARTICLES, [message()], on_failure=Callback(INTRUDER))
    articles.remove(job)
    redis_conn.zadd(StartedJobRegistry(queue=articles).key, {f"{job.id}:x": 1})
    env = {**os.environ, "NEWSWATCH_KEY_PREFIX": worker_config.keys.prefix, "NEWSWATCH_TEST_INTRUDER_MARK": str(mark),
           "NEWSWATCH_ARTICLE_QUEUE": worker_config.article_queue, "NEWSWATCH_ALERT_QUEUE": worker_config.alert_queue}

    result = subprocess.run([sys.executable, "-m", "newswatch", *command, "--redis-url", redis_url], env=env,
                            capture_output=True, text=True, timeout=60, check=False)

    assert result.returncode == 0, result.stderr[-2000:]
    assert not mark.exists()


def test_a_job_whose_data_is_not_json_is_refused_without_being_unpickled(redis_conn, worker_config, tmp_path):
    articles, alerts = worker_queues(redis_conn, worker_config)
    pickled = Queue(articles.name, connection=redis_conn)  # RQ's default serializer: pickle
    job = pickled.enqueue("os.mkdir", str(tmp_path / "pickled"))

    ReliableSimpleWorker([articles, alerts], connection=redis_conn, serializer=JSONSerializer).work(burst=True)

    assert not (tmp_path / "pickled").exists()
    assert job.id in FailedJobRegistry(queue=articles).get_job_ids()


@pytest.mark.parametrize("change, reason", [
    (lambda job: setattr(job, "func_name", "builtins.exec"), "'builtins.exec' is not a newswatch job function"),
    (lambda job: setattr(job, "func_name", "workers.jobs.current"), "is not a newswatch job function"),
    (lambda job: setattr(job, "_failure_callback_name", INTRUDER), "carries callbacks"),
])
def test_refusal_names_why(redis_conn, worker_config, change, reason):
    articles, _ = worker_queues(redis_conn, worker_config)
    job = articles.enqueue(PROCESS_ARTICLES, [message()])
    assert refusal(job, JOB_FUNCTIONS) is None
    change(job)
    assert reason in refusal(job, JOB_FUNCTIONS)


def test_a_newswatch_job_never_imports_a_function_outside_the_allow_list(redis_conn, worker_config):
    articles, _ = worker_queues(redis_conn, worker_config)
    job = NewswatchJob.fetch(articles.enqueue("os.mkdir", "/nonexistent").id, connection=redis_conn,
                             serializer=JSONSerializer)
    with pytest.raises(Exception, match="refused: function 'os.mkdir'"):
        job.perform()
