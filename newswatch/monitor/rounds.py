"""Crawl rounds as child processes: ``scrapy crawl news -a site=<site>`` (from any directory), a few at once.

Each round is an ordinary crawl of one site with its own frontier, so an
operator can watch it with ``newswatch status`` and stop it with ``newswatch
stop``. Its statistics are read from Redis when it ends.
"""

import subprocess
import time
from dataclasses import dataclass

from crawler.spider_process import spider_command, spider_env


@dataclass
class Round:
    site: str
    crawl_id: str
    process: subprocess.Popen
    started: float


class CrawlRounds:
    def __init__(self, env, max_running):
        self.env, self.max_running = env, max_running
        self.running = {}  # site -> Round

    def can_start(self, site):
        return site not in self.running and len(self.running) < self.max_running

    def start(self, site, crawl_id, arguments=(), **env):
        """A round of ``site``; ``arguments``: spider arguments (``pushed=1``: a WebSub push round)."""
        env = {**self.env, "NEWSWATCH_CRAWL_ID": crawl_id, "NEWSWATCH_MONITOR_ROUND": "1", **env}
        process = subprocess.Popen(spider_command(site, *arguments), stdin=subprocess.DEVNULL, env=spider_env(env))
        self.running[site] = Round(site, crawl_id, process, time.time())

    def finished(self):
        """Rounds that ended since the last call, with their exit code."""
        done = [(r, r.process.poll()) for r in self.running.values() if r.process.poll() is not None]
        for finished_round, _ in done:
            del self.running[finished_round.site]
        return done

    def wait_all(self, timeout):
        """Wait for the running rounds to end by themselves (after ``newswatch stop``), ``timeout`` s at most."""
        deadline = time.monotonic() + timeout
        for running in list(self.running.values()):
            try:
                running.process.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                pass

    def terminate_all(self, timeout=30):
        """End what still runs: SIGTERM (Scrapy closes gracefully), SIGKILL past ``timeout``."""
        for running in self.running.values():
            if running.process.poll() is None:
                running.process.terminate()
        for running in self.running.values():
            try:
                running.process.wait(timeout)
            except subprocess.TimeoutExpired:
                running.process.kill()
                running.process.wait()
        self.running.clear()
