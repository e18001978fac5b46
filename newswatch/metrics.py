"""The Prometheus collector behind ``newswatch metrics``: the whole cluster's metrics, read from Redis at each scrape.

Counters and the fetch-to-alert latency histogram are the sums every spider and worker added
(newswatch.shared.metric_store); gauges (queue depths, failed jobs, workers, frontier, stream) are read
live, without side effects (no registry cleanup). When Redis does not answer, the scrape still
succeeds, with ``newswatch_up 0`` and nothing else, so that an alert rule can fire on it.
"""

import logging

import redis
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily
from prometheus_client.registry import CollectorRegistry
from prometheus_client.utils import floatToGoString
from rq import Worker
from rq.registry import FailedJobRegistry, ScheduledJobRegistry, StartedJobRegistry

from crawler.frontier.store import Frontier, FrontierConfig
from newswatch.shared import metric_store
from newswatch.status import CRAWL_NAME
from workers.job_policy import open_queue
from workers.stream_trim import StreamTrimmer

logger = logging.getLogger(__name__)
PREFIX = "newswatch_"


def metrics_registry(connection, config):
    """A registry holding only the newswatch collector (no metrics of this exporter process itself)."""
    registry = CollectorRegistry(auto_describe=False)  # no describe(): registering must not read Redis
    registry.register(NewswatchCollector(connection, config))
    return registry


class NewswatchCollector:
    """Settings read (through workers.config): NEWSWATCH_KEY_PREFIX, NEWSWATCH_ARTICLE_QUEUE, NEWSWATCH_ALERT_QUEUE."""

    def __init__(self, connection, config):
        self.redis, self.keys, self.config = connection, config.keys, config
        self.queues = [open_queue(name, connection) for name in (config.article_queue, config.alert_queue)]

    def collect(self):
        try:  # everything is read before anything is yielded: a scrape is all or nothing
            families = [*self.counters(), self.latency(), *self.gauges()]
        except (redis.ConnectionError, redis.TimeoutError) as exc:
            logger.warning("scrape without metrics: Redis did not answer: %s", exc)
            families = None
        yield GaugeMetricFamily(f"{PREFIX}up", "1 when Redis answered this scrape; 0 (and no other metric) when not.",
                                value=0 if families is None else 1)
        yield from families or []

    def counters(self):
        for family in metric_store.COUNTERS:
            metric = CounterMetricFamily(PREFIX + family.name, family.documentation, labels=family.labels)
            for labels, value in sorted(metric_store.read_counters(self.redis, self.keys, family).items()):
                if len(labels) == len(family.labels):
                    metric.add_metric(labels, value)
            yield metric

    def latency(self):
        buckets, total = metric_store.read_latency(self.redis, self.keys)
        return HistogramMetricFamily(
            f"{PREFIX}fetch_to_alert_seconds", "Seconds from fetching an article to delivering its alert to all "
            "its channels.", buckets=[(floatToGoString(bound), count) for bound, count in buckets], sum_value=total)

    def gauges(self):
        jobs = GaugeMetricFamily(f"{PREFIX}queue_jobs", "RQ jobs by queue and state (failed: the dead letters).",
                                 labels=("queue", "state"))
        workers = GaugeMetricFamily(f"{PREFIX}workers", "RQ workers registered on the queue.", labels=("queue",))
        for queue in self.queues:
            jobs.add_metric((queue.name, "queued"), queue.count)
            for state, registry in (("started", StartedJobRegistry), ("scheduled", ScheduledJobRegistry),
                                    ("failed", FailedJobRegistry)):
                jobs.add_metric((queue.name, state), registry(queue=queue).get_job_count(cleanup=False))
            workers.add_metric((queue.name,), Worker.count(connection=self.redis, queue=queue))
        frontier = GaugeMetricFamily(f"{PREFIX}frontier_requests", "Requests of a crawl's frontier waiting (queued) "
                                     "or being fetched (leased), all spider processes together.",
                                     labels=("crawl", "state"))
        names = {CRAWL_NAME} | {name.decode() for name in self.redis.smembers(self.keys.crawl_names)}
        for name in sorted(names):
            queued, leased = Frontier(self.redis, self.keys, name, FrontierConfig()).pending()
            frontier.add_metric((name, "queued"), queued)
            frontier.add_metric((name, "leased"), leased)
        stream = GaugeMetricFamily(f"{PREFIX}stream_events", "Events in the downstream stream (trimmed to about "
                                   "NEWSWATCH_STREAM_MAXLEN).", value=self.redis.xlen(self.keys.stream))
        return [jobs, workers, frontier, stream, *self._stream_groups()]

    def _stream_groups(self):
        lag = GaugeMetricFamily(f"{PREFIX}stream_group_lag", "Events of the stream not yet delivered to a consumer "
                                "group (-1: Redis cannot tell).", labels=("group",))
        dropped = CounterMetricFamily(f"{PREFIX}stream_group_dropped", "Events a consumer group lost: trimmed at "
                                      "NEWSWATCH_STREAM_HARD_CAP before it read them.", labels=("group",))
        lost = {k.decode(): int(v) for k, v in self.redis.hgetall(self.keys.stream_dropped).items()}
        for group in StreamTrimmer(self.redis, self.config).groups():
            lag.add_metric((group["name"],), -1 if group["lag"] is None else group["lag"])
            dropped.add_metric((group["name"],), lost.get(group["name"], 0))
        return [lag, dropped]
