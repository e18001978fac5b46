"""Runs the real pipeline over an open-web test world and keeps what each crawl left behind.

A world (tests/openweb/dev or heldout) serves its outlets on loopback and holds its answer
key; this harness, ours, crawls one outlet at a time with the real spider in a child process
(so the test decides the order in which originals and copies reach the workers), drains the
queues with a worker after each crawl, and records per crawl: the server's hits, the crawl's
stats, its related-news graph, and the events and alerts it produced. tests/openweb/scoring.py
compares them with the key.
"""

import re
import subprocess
import sys
import time
from dataclasses import dataclass, field

from newswatch.demo.runner import crawl_env
from newswatch.shared.redis_keys import RedisKeys
from newswatch.shared.settings import PROJECT_ROOT
from workers import runtime
from workers.config import load_config
from workers.draining import drain
from workers.events import ArticleEvent

LINK = re.compile(r"^Link: (\S+)$", re.M)
TITLE = re.compile(r"^\[\w+\] ([\w-]+): ([A-Z ]+) - ")


@dataclass
class Alert:
    rule: str
    kind: str  # NEW, UPDATED, STORY DEVELOPMENT, ORIGINAL FOUND
    url: str


@dataclass
class CrawlRecord:
    outlet: str
    edition: int
    label: str  # what the crawl is in its scenario ("first", "revisit", ...)
    crawl_id: str
    seconds: float
    hits: list
    stats: dict
    edges: set  # (from URL, to URL) as the spider recorded them
    events: list = field(default_factory=list)  # ArticleEvent, in stream order
    alerts: list = field(default_factory=list)  # Alert, as the webhook received them


class OpenWebRun:
    """One Redis prefix and one set of queues: a run of crawls whose workers share their state."""

    def __init__(self, world, redis_conn, redis_url, webhook, tmp_path, name):
        self.world, self.redis, self.webhook, self.name = world, redis_conn, webhook, name
        (tmp_path / "seeds.toml").write_text(world.seeds(), encoding="utf-8")
        (tmp_path / "rules.toml").write_text(world.rules(), encoding="utf-8")
        self.seeds = tmp_path / "seeds.toml"
        self.config = load_config().with_changes(
            redis_url=redis_url, keys=RedisKeys(f"nwow-{name}"), rules_path=str(tmp_path / "rules.toml"),
            article_queue=f"ow-{name}-articles", alert_queue=f"ow-{name}-alerts",
            channels={"default": [webhook.apprise_url]}, alert_retry_intervals=(1, 1, 1))
        self.crawls = []
        self._stream_id = "-"

    def crawl(self, outlet, edition, label="", timeout=240, **settings):
        """Crawl ``outlet`` of the world at ``edition`` and process what it found."""
        runtime.configure(self.config)
        self.world.edition = edition
        self.world.reset_hits()
        received = len(self.webhook.received)
        crawl_id = f"{self.name}-{outlet}-e{edition}-{len(self.crawls)}"
        env = crawl_env(self.config, crawl_id, seeds=self.seeds, alert_queue=self.config.alert_queue, **settings)
        started = time.monotonic()
        result = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"site={outlet}"],
                                cwd=PROJECT_ROOT, env=env, timeout=timeout, capture_output=True, text=True)
        seconds = time.monotonic() - started
        if result.returncode != 0:
            raise RuntimeError(f"crawl of {outlet} exited {result.returncode}: {result.stderr[-3000:]}")
        assert drain(self.redis, self.config, timeout=180), "queues did not drain"
        record = CrawlRecord(outlet, edition, label, crawl_id, seconds, self.world.hits(), self._stats(crawl_id),
                             self._edges(crawl_id), self._new_events(),
                             [parse_alert(m) for m in self.webhook.received[received:]])
        self.crawls.append(record)
        return record

    def _stats(self, crawl_id):
        raw = self.redis.hgetall(self.config.keys.crawl_stats(crawl_id))
        return {k.decode(): v.decode() for k, v in raw.items()}

    def _edges(self, crawl_id):
        pairs = self.redis.hkeys(self.config.keys.graph_edges(crawl_id))
        return {tuple(pair.decode().split("\t", 1)) for pair in pairs}

    def _new_events(self):
        start = "-" if self._stream_id == "-" else f"({self._stream_id}"
        entries = self.redis.xrange(self.config.keys.stream, min=start)
        if entries:
            self._stream_id = entries[-1][0].decode()
        return [ArticleEvent.from_stream_fields(fields) for _, fields in entries]

    def events(self):
        return [event for crawl in self.crawls for event in crawl.events]

    def alerts(self):
        return [alert for crawl in self.crawls for alert in crawl.alerts]


def parse_alert(message):
    title = TITLE.match(message["title"])
    links = LINK.findall(message["message"])
    return Alert(title.group(1) if title else "?", title.group(2) if title else "?", links[0] if links else "")
