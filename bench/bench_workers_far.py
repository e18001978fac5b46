"""Workers with Redis far away: articles/s of 1 and 4 worker processes through a delaying proxy.

Across machines Redis is about 0.5 ms away each way. Every worker here talks to
Redis through bench.latency_proxy, which adds that delay to each chunk, and the
run compares 4 workers with 1 (the goal: at least 3 times), with RQ's trivial job
through the same proxy and the same workers as the baseline, and 1 worker with
Redis near for reference. Workers are SimpleWorker processes started before the
clock and released together; the clock stops when the last one has emptied the
queue and exited.

    .venv/bin/python -m bench.bench_workers_far [--articles 2000] [--delay-ms 0.5]
"""

import argparse
import multiprocessing
import statistics
import time

from rq import Queue
from rq.serializers import JSONSerializer

from bench.bench_workers import synthetic_article
from bench.latency_proxy import LatencyProxy
from bench.redis_for_bench import bench_redis
from newswatch.shared.connection import connect

BATCH = 20


def worker_process(url, prefix, queue_name, ready, go):
    """One worker: the newswatch runtime set up for ``url``, then a SimpleWorker in burst mode."""
    from rq import SimpleWorker  # noqa: PLC0415

    from newswatch.shared.redis_keys import RedisKeys  # noqa: PLC0415
    from newswatch.shared.settings import PROJECT_ROOT  # noqa: PLC0415
    from workers import runtime  # noqa: PLC0415
    from workers.config import load_config  # noqa: PLC0415

    runtime.configure(load_config().with_changes(
        redis_url=url, keys=RedisKeys(prefix), rules_path=str(PROJECT_ROOT / "seeds" / "rules.toml"),
        channels={"default": ["json://127.0.0.1:9/unused"]}, alert_max_age=0))
    connection = connect(url)
    queue = Queue(queue_name, connection=connection, serializer=JSONSerializer)
    worker = SimpleWorker([queue], connection=connection, serializer=JSONSerializer)
    ready.release()
    go.wait()
    worker.work(burst=True, logging_level="WARNING")


def timed_run(direct_url, worker_url, function, messages, workers, prefix):
    """Messages/s through ``workers`` processes talking to Redis at ``worker_url``."""
    connection = connect(direct_url)
    connection.flushdb()
    queue_name = f"{prefix}-far"
    queue = Queue(queue_name, connection=connection, serializer=JSONSerializer)
    chunks = [messages[i:i + BATCH] for i in range(0, len(messages), BATCH)]
    queue.enqueue_many([Queue.prepare_data(function, args=(chunk,)) for chunk in chunks])
    spawn = multiprocessing.get_context("spawn")
    ready, go = spawn.Semaphore(0), spawn.Event()
    processes = [spawn.Process(target=worker_process, args=(worker_url, prefix, queue_name, ready, go))
                 for _ in range(workers)]
    for process in processes:
        process.start()
    for _ in processes:
        ready.acquire()
    started = time.perf_counter()
    go.set()
    for process in processes:
        process.join()
    seconds = time.perf_counter() - started
    assert queue.count == 0, f"{queue.count} jobs left"
    failed = queue.failed_job_registry.count
    assert failed == 0, f"{failed} jobs failed"
    connection.flushdb()
    return len(messages) / seconds


def round_trip_ms(url, count=300):
    connection = connect(url)
    times = []
    for _ in range(count):
        started = time.perf_counter()
        connection.ping()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--delay-ms", type=float, default=0.5, help="added each way")
    args = parser.parse_args()
    messages = [synthetic_article(n).to_message() for n in range(args.articles)]
    with bench_redis() as url:
        port = int(url.rsplit(":", 1)[1].split("/")[0])
        with LatencyProxy(port, args.delay_ms / 1000) as proxy:
            far = url.replace(f":{port}", f":{proxy.port}")
            print(f"PING round trip: near {round_trip_ms(url):.2f} ms, through the proxy {round_trip_ms(far):.2f} ms")
            results = {}
            for label, function, workers, worker_url in [
                    ("RQ trivial job, far", "bench.jobs.noop_batch", 1, far),
                    ("RQ trivial job, far", "bench.jobs.noop_batch", 4, far),
                    ("worker stage, far", "workers.jobs.process_articles", 1, far),
                    ("worker stage, far", "workers.jobs.process_articles", 4, far),
                    ("worker stage, near", "workers.jobs.process_articles", 1, url)]:
                rate = timed_run(url, worker_url, function, messages, workers, "nwfar")
                results[label, workers] = rate
                print(f"{label:22s} {workers} worker(s): {rate:7.0f} articles/s ({BATCH} a job)", flush=True)
    for label in ("RQ trivial job, far", "worker stage, far"):
        print(f"{label}: 4 workers / 1 worker = {results[label, 4] / results[label, 1]:.2f}")


if __name__ == "__main__":
    main()
