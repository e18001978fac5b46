"""The monitor: each tick, if it holds the lease, it runs due rounds, follows the stream and checks.

Ticks are one second apart. Only the monitor holding the lease starts rounds,
runs the canary and raises self-monitoring alerts; the others stand by and
take over when its lease expires. Everything it must remember (schedule,
stream position, open conditions, per-site figures) is in Redis.
"""

import json
import logging
import tempfile
import time
from pathlib import Path

import redis
from rq import Queue
from rq.serializers import JSONSerializer

from newswatch.monitor.canary import CANARY_SITE, Canary, CanaryPage
from newswatch.monitor.lease import LeaderLease
from newswatch.monitor.rounds import CrawlRounds
from newswatch.monitor.schedule import SiteSchedule
from newswatch.monitor.stream_follower import StreamFollower
from newswatch.monitor.watch_alerts import WatchAlerts
from newswatch.monitor.watchdog import WatchConfig, Watchdog

logger = logging.getLogger(__name__)
TICK_SECONDS = 1.0
CHECK_EVERY_SECONDS = 10.0
MAX_BACKOFF_SECONDS = 30.0


class Monitor:
    """Settings read: NEWSWATCH_MONITOR_INTERVAL, _JITTER, _LEASE, _MAX_CRAWLS, NEWSWATCH_WATCH_*,
    NEWSWATCH_CANARY_*, and the worker configuration (queues, channels, keys)."""

    def __init__(self, connection, config, settings, sites, crawl_env, out=print):
        keys, self.out = config.keys, out
        self.redis, self.keys, self.sites, self.article_queue = connection, keys, sites, config.article_queue
        self.lease = LeaderLease(connection, keys.monitor_leader, settings.getint("NEWSWATCH_MONITOR_LEASE"))
        self.schedule = SiteSchedule(connection, keys, sites, settings.getint("NEWSWATCH_MONITOR_INTERVAL"),
                                     settings.getint("NEWSWATCH_MONITOR_JITTER"))
        self.rounds = CrawlRounds(crawl_env, settings.getint("NEWSWATCH_MONITOR_MAX_CRAWLS"))
        self.follower = StreamFollower(connection, keys)
        self.alerts = WatchAlerts(connection, keys, config.channels, settings.get("NEWSWATCH_WATCH_CHANNEL"))
        self.watchdog = Watchdog(connection, keys, sites, WatchConfig(
            silence_factor=settings.getfloat("NEWSWATCH_WATCH_SILENCE_FACTOR"),
            min_silence=settings.getint("NEWSWATCH_WATCH_MIN_SILENCE"),
            error_rate=settings.getfloat("NEWSWATCH_WATCH_ERROR_RATE"),
            max_backlog=settings.getint("NEWSWATCH_WATCH_MAX_BACKLOG")), self.alerts)
        self.canary_page = CanaryPage() if settings.getint("NEWSWATCH_CANARY_INTERVAL") > 0 else None
        self.canary = self.canary_seeds = None
        if self.canary_page:
            self.canary = Canary(connection, keys, self.canary_page, settings.getint("NEWSWATCH_CANARY_INTERVAL"),
                                 settings.getint("NEWSWATCH_CANARY_DEADLINE"), config.canary_channel, self.alerts)
            self.canary_seeds = Path(tempfile.mkdtemp(prefix="newswatch-canary-")) / "canary.toml"
            self.canary_seeds.write_text(self.canary_page.seeds(), encoding="utf-8")
        self.acting, self._checked_at = None, 0.0  # None: not known yet, so the first tick says which

    def run(self, stopping=lambda: False):
        """Tick until ``stopping()``; a Redis that goes away is waited for, backing off, never crashed on."""
        backoff = TICK_SECONDS
        try:
            while not stopping():
                try:
                    self.tick(time.time())
                    backoff = TICK_SECONDS
                except (redis.ConnectionError, redis.TimeoutError) as exc:
                    self.acting = None  # the lease may have expired meanwhile: the next tick finds out
                    backoff = min(backoff * 2, MAX_BACKOFF_SECONDS)
                    self.out(f"monitor: Redis not answering ({exc}); trying again in {backoff:.0f} s")
                time.sleep(backoff)
        finally:
            self.close()

    def tick(self, now):
        self._rounds_finished()
        acting = self.lease.hold()
        if acting != self.acting:
            self.acting = acting
            self.out(f"monitor {self.lease.owner}: " + ("acting" if acting else
                                                           f"standing by (acting: {self.lease.holder()})"))
            if acting:
                self.schedule.sync(now)
        if not acting:
            return False
        self._start_due_rounds(now)
        events = self.follower.read()
        self.watchdog.saw_events(events, now)
        if self.canary:
            self._canary(events, now)
        if now - self._checked_at >= CHECK_EVERY_SECONDS:
            self._checked_at = now
            self.watchdog.check_silence(now)
            waiting = Queue(self.article_queue, connection=self.redis, serializer=JSONSerializer).count
            self.watchdog.check_backlog(self.article_queue, waiting)
        self.alerts.deliver_pending()
        return True

    def _start_due_rounds(self, now):
        for site in self.schedule.due(now):
            if self.rounds.can_start(site):
                crawl_id = f"{site}-{int(now)}"
                self.rounds.start(site, crawl_id)
                due = self.schedule.plan_next(site, now)
                self.watchdog.watch_from(site, now)
                self.redis.hset(self.keys.monitor_site(site), mapping={"last_crawl_id": crawl_id, "last_started": now})
                self.out(f"round {crawl_id} started; next round of {site} in {round(due - now)} s")

    def _rounds_finished(self):
        for finished, exit_code in self.rounds.finished():
            stats = {k.decode(): v.decode() for k, v in
                     self.redis.hgetall(self.keys.crawl_stats(finished.crawl_id)).items()}
            summary = (f"{stats.get('response_received_count', 0)} pages, {stats.get('newswatch/enqueued', 0)} "
                       f"articles, {sum(int(v) for k, v in stats.items() if k.startswith('newswatch/errors/'))} errors")
            self.out(f"round {finished.crawl_id} ended (exit {exit_code}): {summary}")
            if finished.site == CANARY_SITE:
                self.canary.crawl_ended(exit_code, stats)
                continue
            self.redis.hset(self.keys.monitor_site(finished.site),
                            mapping={"last_finished": time.time(), "last_exit": exit_code, "last_round": summary})
            if self.acting:
                self.watchdog.round_finished(finished.site, stats)

    def _canary(self, events, now):
        self.canary.saw_events(events, now)
        if self.canary.due(now) and CANARY_SITE not in self.rounds.running:
            self.canary.start(now)
            self.rounds.start(CANARY_SITE, f"{CANARY_SITE}-{int(now)}", NEWSWATCH_SEEDS=str(self.canary_seeds),
                              NEWSWATCH_BASE_URLS=json.dumps({}))
        outcome = self.canary.check(now)
        if outcome is not None:
            self.out(f"canary {'passed' if outcome else 'FAILED'}: "
                     f"{(self.redis.hget(self.keys.canary, 'last_error') or b'').decode() or 'all stages'}")

    def close(self):
        self.rounds.stop_all()
        try:
            self.lease.release()
        except redis.RedisError:
            pass  # the lease expires by itself
        if self.canary_page:
            self.canary_page.close()
