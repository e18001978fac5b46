"""The monitor: each tick, if it holds the lease, it runs due rounds, follows the stream and checks.

Ticks are one second apart. Only the monitor holding the lease starts rounds,
runs the canary and raises self-monitoring alerts; the others stand by and
take over when its lease expires. Everything it must remember (schedule,
stream position, open conditions, per-site figures) is in Redis.
"""

import json
import tempfile
import time
from pathlib import Path

import redis
from rq import Queue
from rq.serializers import JSONSerializer

from crawler.frontier.store import Frontier, FrontierConfig, crawl_name
from newswatch.shared.instance import RedisInstance, RedisWiped
from crawler.frontier.websub_inbox import WebSubInbox
from newswatch.monitor.canary import CANARY_SITE, Canary, CanaryPage
from newswatch.monitor.lease import LeaderLease
from newswatch.monitor.rhythm import Rhythm
from newswatch.monitor.rounds import CrawlRounds
from newswatch.monitor.schedule import SiteSchedule
from newswatch.monitor.stream_follower import StreamFollower
from newswatch.monitor.watch_alerts import WatchAlerts
from newswatch.monitor.config import TICK_SECONDS
from newswatch.monitor.watchdog import Watchdog
from newswatch.monitor.websub import WebSubSubscriber
from workers.wipes import announce_wipe

CHECK_EVERY_SECONDS = 10.0
PUBLISHED = frozenset({"new", "duplicate", "story_development"})  # a page the site had not published before
MAX_BACKOFF_SECONDS = 30.0
STOP_WAIT_SECONDS = 60


class Monitor:
    """Settings read: see MonitorConfig, and the worker configuration (queues, channels, keys, canary channel)."""

    def __init__(self, connection, config, monitor_config, sites, crawl_env, out=print, policy=None):
        keys, self.out, settings, self.config = config.keys, out, monitor_config, config
        self.instance = RedisInstance(connection, keys, "monitor")
        self.redis, self.keys, self.sites, self.article_queue = connection, keys, sites, config.article_queue
        self.lease = LeaderLease(connection, keys.monitor_leader, settings.lease)
        self.schedule = SiteSchedule(connection, keys, sites, settings.interval, settings.jitter)
        self.rounds = CrawlRounds(crawl_env, settings.max_crawls)
        self.rhythm = Rhythm(connection, keys, settings.polls_per_article, settings.min_interval)
        self.follower = StreamFollower(connection, keys)
        self.alerts = WatchAlerts(connection, keys, config.channels, settings.watch_channel, config.alert_timeout)
        self.watchdog = Watchdog(connection, keys, sites, settings.watch, self.alerts)
        self.canary = self.canary_page = self.canary_dir = None
        if settings.canary_interval > 0:
            self.canary_page = CanaryPage()
            self.canary = Canary(connection, keys, self.canary_page, settings.canary_interval,
                                 settings.canary_deadline, config.canary_channel, self.alerts)
            self.canary_dir = tempfile.TemporaryDirectory(prefix="newswatch-canary-")
            self.canary_seeds = Path(self.canary_dir.name) / "canary.toml"
            self.canary_seeds.write_text(self.canary_page.seeds(), encoding="utf-8")
        self.websub = self.inbox = None
        if settings.websub.listen:  # policy: the crawler's address policy, which hubs must pass too
            self.inbox = WebSubInbox(connection, keys, settings.websub.lease * 2)
            self.websub = WebSubSubscriber(connection, keys, self.inbox, settings.websub, policy, out)
        self.acting, self.acting_since, self._checked_at = None, 0.0, 0.0  # None: the first tick says which
        self.revisit_gap, self._revisit_rounds = settings.min_interval, {}  # site -> when its last revisit round began

    def run(self, stopping=lambda: False):
        """Tick until ``stopping()``; a Redis that goes away is waited for, backing off, never crashed on."""
        backoff = TICK_SECONDS
        try:
            while not stopping():
                try:
                    self.tick(time.time())
                    backoff = TICK_SECONDS
                except (redis.RedisError, OSError) as exc:  # Redis gone, read-only, out of memory; fork failed
                    self.acting = None  # the lease may have expired meanwhile: the next tick finds out
                    backoff = min(backoff * 2, MAX_BACKOFF_SECONDS)
                    self.out(f"monitor: {type(exc).__name__}: {exc}; trying again in {backoff:.0f} s")
                time.sleep(backoff)
        finally:
            self.close()

    def tick(self, now):
        try:
            self.instance.check(spaced=True)
        except RedisWiped as wiped:  # the schedule and the lease went with it: the next tick syncs again
            self.out(f"monitor: {wiped}")
            announce_wipe(self.redis, self.config, wiped)
            self.acting = None
        self._rounds_finished()
        acting = self.lease.hold()
        if acting != self.acting:
            self.acting = acting
            self.out(f"monitor {self.lease.owner}: " + ("acting" if acting else
                                                           f"standing by (acting: {self.lease.holder()})"))
            if acting:
                self.acting_since = now
                self.schedule.sync(now)
        if not acting:
            return False
        self._start_due_rounds(now)
        if self.websub:
            self.websub.tick(self.sites, now)
            self._start_push_rounds(now)
        events = self.follower.read()
        self.watchdog.saw_events(events, now)
        for event in events:
            if event.event in PUBLISHED and event.article.get("site") in self.sites:
                self.rhythm.saw_new(event.article["site"])
        if self.canary:
            self._canary(events, now)
        if now - self._checked_at >= CHECK_EVERY_SECONDS:
            self._checked_at = now
            self.watchdog.check_silence(now, rounds_since=self.acting_since)
            waiting = Queue(self.article_queue, connection=self.redis, serializer=JSONSerializer).count
            self.watchdog.check_backlog(self.article_queue, waiting)
        self.alerts.deliver_pending(still_acting=self.lease.hold)
        return True

    def _start_due_rounds(self, now):
        for site in self.schedule.due(now):
            if self.rounds.can_start(site):
                crawl_id = f"{site}-{int(now)}"
                self.rounds.start(site, crawl_id)
                # a site a WebSub hub tells of its changes is polled only as a safety net; others as they publish
                rate = self.rhythm.round_started(site, now)
                if self.websub is not None and self.websub.live(site, now):
                    interval = self.websub.config.poll_interval
                else:
                    interval = self.rhythm.interval(self.schedule.interval_of(site), rate)
                due = self.schedule.plan_next(site, now, interval)
                self.watchdog.watch_from(site, now)
                self.redis.hset(self.keys.monitor_site(site), mapping={"last_crawl_id": crawl_id, "last_started": now})
                self.out(f"round {crawl_id} started; next round of {site} in {round(due - now)} s")

    def _start_push_rounds(self, now):
        """A round of each site whose hub pushed a feed, reading only what the feed names
        (crawler.frontier.websub_inbox), and the articles due on the revisit schedule; and of each site a hub tells
        of whose revisits are due, so that an edit is found when the schedule says, not at the next safety poll."""
        for site in self.inbox.ready():
            if site in self.sites and self.rounds.can_start(site) and self.inbox.take_ready(site):
                self.rounds.start(site, f"{site}-push-{int(now * 1000)}", arguments=["pushed=1"])
        redis_now = None  # revisit times are Redis's clock (crawler.frontier.revisits), not this host's
        for site in self.sites:
            if (not self.rounds.can_start(site) or not self.websub.live(site, now)
                    or now - self._revisit_rounds.get(site, float("-inf")) < self.revisit_gap):
                continue  # one such round per site and NEWSWATCH_MONITOR_MIN_INTERVAL at most, failed or not
            redis_now = redis_now or self.redis.time()[0]
            if self.redis.zrangebyscore(self.keys.revisit_due(site), "-inf", redis_now, start=0, num=1):
                self._revisit_rounds[site] = now
                self.rounds.start(site, f"{site}-revisit-{int(now * 1000)}", arguments=["pushed=1"])

    def _rounds_finished(self):
        for finished, exit_code in self.rounds.finished():
            self._round_ended(finished, exit_code)

    def _round_ended(self, finished, exit_code):
        # The round may have joined a crawl of its site left running (a process killed): its id is the crawl's.
        crawl_id = (self.redis.hget(self.keys.crawl_state(crawl_name("news", finished.site)), "id")
                    or finished.crawl_id.encode()).decode()
        stats = {k.decode(): v.decode() for k, v in self.redis.hgetall(self.keys.crawl_stats(crawl_id)).items()}
        summary = (f"{stats.get('response_received_count', 0)} pages, {stats.get('newswatch/enqueued', 0)} "
                   f"articles, {sum(int(v) for k, v in stats.items() if k.startswith('newswatch/errors/'))} errors")
        self.out(f"round {crawl_id} ended (exit {exit_code}): {summary}")
        if finished.site == CANARY_SITE:
            self.canary.crawl_ended(exit_code, stats)
            return
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
        """Stop the running rounds the clean way (``newswatch stop``), so the next rounds start afresh, and record
        how they ended: status then shows no round running and no canary run in progress."""
        self.acting = False  # a round cut short says nothing of its site: no self-monitoring judgement on it
        sites = list(self.rounds.running)
        try:
            if self.canary:
                self.canary.abandon()  # nor of the pipeline: its crawl ending now is not the canary failing
            self._stop_rounds(time.monotonic() + STOP_WAIT_SECONDS)
            self.lease.release()
        except redis.RedisError:
            pass  # the rounds are terminated below; the lease expires by itself
        left = list(self.rounds.running.values())
        self.rounds.terminate_all()
        try:
            for cut_short in left:
                self._round_ended(cut_short, cut_short.process.returncode)
            for site in sites:
                self._stop_crawl(site)
        except redis.RedisError:
            pass
        if self.websub:
            self.websub.close()
        if self.canary_page:
            self.canary_page.close()
            self.canary_dir.cleanup()

    def _stop_rounds(self, deadline):
        """Ask the rounds' crawls to stop until every round has ended or ``deadline`` (monotonic) passed: a round
        that joins its crawl after the first ask is asked again."""
        while self.rounds.running and time.monotonic() < deadline:
            for site in self.rounds.running:
                self._stop_crawl(site)
            self.rounds.wait_all(min(0.5, deadline - time.monotonic()))
            self._rounds_finished()

    def _stop_crawl(self, site):
        """Stop the crawl of ``site``, and mark it stopped once nothing of it is in flight."""
        frontier = Frontier(self.redis, self.keys, crawl_name("news", site), FrontierConfig())
        frontier.stop()
        frontier.settle_stop()
