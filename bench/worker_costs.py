"""What a processed article costs Redis: commands (INFO commandstats) and memory as the index grows.

Commands are counted by Redis itself, those run inside our Lua scripts included
(EVALSHA counts once, and each command the script runs counts too). Memory is
used_memory less the downstream stream (bounded by NEWSWATCH_STREAM_MAXLEN, not
by the number of articles) and RQ's keys (alert jobs, which live until
delivered): what the article index itself holds.
"""

import time

from workers.processing import ArticleProcessor

IGNORED = {"cmdstat_info", "cmdstat_config|resetstat", "cmdstat_memory|usage", "cmdstat_scan"}


def command_calls(connection):
    return sum(stats["calls"] for name, stats in connection.info("commandstats").items() if name not in IGNORED)


def index_bytes(connection, keys):
    """used_memory, less the stream and RQ's keys."""
    excluded = connection.memory_usage(keys.stream, samples=0) or 0
    excluded += sum(connection.memory_usage(key) or 0 for key in connection.scan_iter(match="rq:*", count=1000))
    return connection.info("memory")["used_memory"] - excluded


def memory_growth(connection, runtime, articles, checkpoints, batch=20):
    """Yield (articles processed, index bytes per article, Redis commands per article and articles/s since the last
    checkpoint) at each checkpoint, processing ``articles`` (an iterable) ``batch`` to a processor, as a job does."""
    base, done, started = index_bytes(connection, runtime.config.keys), 0, time.perf_counter()
    since, pending, calls = 0, set(checkpoints), command_calls(connection)
    processor = None
    for article in articles:
        if done % batch == 0:
            processor = ArticleProcessor(connection, runtime.config, runtime.rules)
        processor.process(article)
        done += 1
        if done in pending:
            seconds, commands = time.perf_counter() - started, (command_calls(connection) - calls) / (done - since)
            yield done, (index_bytes(connection, runtime.config.keys) - base) / done, commands, (done - since) / seconds
            since, started, calls = done, time.perf_counter(), command_calls(connection)
