"""Worker-stage throughput (dedup, versions, rules, publish) as a ratio to RQ's trivial job.

Articles/s through the whole worker stage against RQ's own trivial job on the same
worker class and the same Redis, in one run.

    .venv/bin/python -m bench.bench_workers [--articles 2000] [--memory-articles 100000]

Uses a private redis-server on a free loopback port (or NEWSWATCH_BENCH_REDIS_URL).
Alert delivery jobs are enqueued but not run: this measures the article stage.
"""

import argparse
import random
import time

from rq import Queue, SimpleWorker
from rq.serializers import JSONSerializer

from bench import worker_costs
from bench.large_site import VOCABULARY
from bench.redis_for_bench import bench_redis
from newswatch.shared.connection import connect
from newswatch.shared.items import Article
from newswatch.shared.redis_keys import RedisKeys
from newswatch.shared.settings import PROJECT_ROOT
from workers import runtime
from workers.config import load_config
from workers.reliable import ReliableSimpleWorker



def synthetic_article(n):
    """A distinct article of six 40-word paragraphs (words drawn per article, as real texts differ)."""
    draw = random.Random(n)
    body = [f"Paragraph {p} of report {n}: " + " ".join(draw.choice(VOCABULARY) for _ in range(40))
            for p in range(6)]
    title = f"Report {n}: Maduro government talks" if n % 10 == 0 else f"Report {n} on regional markets"
    return Article(url=f"http://127.0.0.1:1/news/report-{n}", canonical_url=f"http://127.0.0.1:1/news/report-{n}",
                   site="bench", title=title, summary="Summary.", body=body, published_at="2026-01-05",
                   crawl_id="bench")


def timed_burst(connection, queue_name, function, messages, batch=1, worker_class=SimpleWorker):
    """Items/s through one worker (RQ's SimpleWorker unless told), ``batch`` messages per job (a list argument when
    batch > 1)."""
    queue = Queue(queue_name, connection=connection, serializer=JSONSerializer)
    chunks = [messages[i:i + batch] for i in range(0, len(messages), batch)]
    queue.enqueue_many([Queue.prepare_data(function, args=(chunk if batch > 1 else chunk[0],)) for chunk in chunks])
    worker = worker_class([queue], connection=connection, serializer=JSONSerializer)
    started = time.perf_counter()
    worker.work(burst=True, logging_level="WARNING")
    seconds = time.perf_counter() - started
    assert queue.count == 0
    return len(messages) / seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--memory-articles", type=int, default=0,
                        help="then process this many more, in process, printing memory per article as it grows")
    args = parser.parse_args()
    with bench_redis() as url:
        connection = connect(url)
        connection.flushdb()
        runtime.configure(load_config().with_changes(
            redis_url=url, keys=RedisKeys("nwbench"), rules_path=str(PROJECT_ROOT / "seeds" / "rules.toml"),
            channels={"default": ["json://127.0.0.1:9/unused"]},  # alert jobs are queued, not run
            alert_max_age=0))  # the articles are dated months back: alerting as ever, not learning a new site
        messages = [synthetic_article(n).to_message() for n in range(args.articles)]
        baseline = timed_burst(connection, "bench-noop", "bench.jobs.noop", messages)
        calls = worker_costs.command_calls(connection)
        stage = timed_burst(connection, "bench-articles", "workers.jobs.process_articles", messages, batch=20)
        commands = (worker_costs.command_calls(connection) - calls) / args.articles
        connection.flushdb()
        calls = worker_costs.command_calls(connection)
        timed_burst(connection, "bench-articles", "workers.jobs.process_articles", messages, batch=20,
                    worker_class=ReliableSimpleWorker)
        deployed = (worker_costs.command_calls(connection) - calls) / args.articles
        print(f"articles: {args.articles} (1 in 10 matches the Maduro rule)")
        print(f"RQ trivial job, SimpleWorker:        {baseline:8.0f} jobs/s")
        print(f"newswatch worker stage, SimpleWorker, 20 articles a job: {stage:8.0f} articles/s")
        print(f"ratio (worker stage / trivial job):   {stage / baseline:8.2f}")
        print(f"Redis commands per article, RQ's share of a 20-article job included: {commands:.1f} with RQ's "
              f"SimpleWorker, {deployed:.1f} with newswatch's (ReliableSimpleWorker)")
        if args.memory_articles:
            connection.flushdb()
            checkpoints = [n for n in (1_000, 10_000, 100_000, 250_000, 500_000, 750_000, 1_000_000, 10_000_000) if n <= args.memory_articles]
            articles = (synthetic_article(n) for n in range(args.memory_articles))
            for done, per_article, commands, rate in worker_costs.memory_growth(connection, runtime.current(),
                                                                                articles, checkpoints):
                print(f"after {done:>9,} articles: {per_article:6.0f} bytes of Redis per article "
                      f"(stream and RQ left out), {commands:4.1f} commands per article (the stage alone), "
                      f"{rate:5.0f} articles/s", flush=True)
        connection.flushdb()


if __name__ == "__main__":
    main()
