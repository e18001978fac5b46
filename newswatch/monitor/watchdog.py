"""Self-monitoring checks: a silent source, an extraction yield drop, an error-rate jump, a backlog.

What is usual for each site is learned as it goes (moving averages kept in
Redis with the site's rounds), so a check compares a site with itself:
- silent: no new article for NEWSWATCH_WATCH_SILENCE_FACTOR times the site's
  usual gap between new articles, and at least NEWSWATCH_WATCH_MIN_SILENCE
  (seeds ``silence_after`` overrides both);
- yield: a round fetched article pages but extracted under half its usual share
  (cleared once back above 80% of it);
- errors: a round's failed fetches reach NEWSWATCH_WATCH_ERROR_RATE and twice
  the site's usual rate;
- backlog: more than NEWSWATCH_WATCH_MAX_BACKLOG articles wait for workers
  (cleared below half of it).
Each condition alerts once when it opens and once when it clears (watch_alerts);
while it is open, the bad rounds are not learned as the site's usual.
"""

from dataclasses import dataclass

BURST_SECONDS = 60  # new articles closer together than this are one publication burst
SMOOTHING = 0.3
MIN_ARTICLE_PAGES, MIN_ERRORS = 3, 3


@dataclass(frozen=True)
class WatchConfig:
    """Settings read: NEWSWATCH_WATCH_SILENCE_FACTOR, _MIN_SILENCE, _ERROR_RATE, _MAX_BACKLOG."""

    silence_factor: float = 4.0
    min_silence: int = 6 * 3600
    error_rate: float = 0.25
    max_backlog: int = 10_000


class Watchdog:
    def __init__(self, connection, keys, sites, config, alerts):
        self.redis, self.keys, self.sites, self.config, self.alerts = connection, keys, sites, config, alerts

    def site_state(self, site):
        return {k.decode(): v.decode() for k, v in self.redis.hgetall(self.keys.monitor_site(site)).items()}

    def watch_from(self, site, now):
        """Silence is counted from the first round the monitor ran for a site that had no new article yet."""
        self.redis.hsetnx(self.keys.monitor_site(site), "last_new", now)

    def saw_events(self, events, now):
        """Learn from the stream: a new article on a site ends its silence and tells its cadence."""
        for event in events:
            site = event.article.get("site")
            if event.event != "new" or site not in self.sites:
                continue
            state = self.site_state(site)
            gap = now - float(state.get("last_new") or now)
            update = {"last_new": now, "new_articles": int(state.get("new_articles") or 0) + 1}
            if gap > BURST_SECONDS and int(state.get("new_articles") or 0):  # a gap between two articles
                update["usual_gap"] = _smooth(state.get("usual_gap"), gap)
            self.redis.hset(self.keys.monitor_site(site), mapping=update)
            self.alerts.close("silent", site, f"{site}: publishing again", f"A new article came from {site}: "
                              f"{event.article.get('title', '')} {event.article.get('url', '')}")

    def check_silence(self, now, rounds_since=0.0):
        """Sites silent too long; a site is judged only once one of its rounds ended after ``rounds_since`` (when
        this monitor began acting), so monitors that were all down do not blame every site for their own gap."""
        for name, site in self.sites.items():
            state = self.site_state(name)
            if "last_new" not in state or float(state.get("last_finished") or 0) < rounds_since:
                continue
            limit = site.silence_after or max(self.config.min_silence,
                                              self.config.silence_factor * float(state.get("usual_gap") or 0))
            silent_for = now - float(state["last_new"])
            if silent_for > limit:
                self.alerts.open("silent", name, f"{name}: no new article for {_duration(silent_for)}",
                                 f"{name} has published nothing new for {_duration(silent_for)} (usually a new "
                                 f"article every {_duration(float(state.get('usual_gap') or 0)) or 'unknown'}; "
                                 f"alerting after {_duration(limit)}). Check the site, its seeds and the crawls.")

    def round_finished(self, site, stats):
        """Judge one round from its crawl statistics, then fold it into the site's usual figures."""
        state = self.site_state(site)
        pages, errors = int(stats.get("response_received_count", 0)), _errors(stats)
        article_pages, articles = int(stats.get("newswatch/article_pages", 0)), int(stats.get("newswatch/enqueued", 0))
        update = {"rounds": int(state.get("rounds") or 0) + 1}
        if article_pages >= MIN_ARTICLE_PAGES:
            share, usual = articles / article_pages, float(state.get("usual_yield") or 1.0)
            if share < usual / 2 or (self.alerts.is_open("yield", site) and share < usual * 0.8):
                self.alerts.open("yield", site, f"{site}: extraction yield dropped to {share:.0%}",
                                 f"{site}: {articles} articles from {article_pages} article pages in the last "
                                 f"round (usually {usual:.0%}). The site's layout may have changed: check its "
                                 f"selectors in seeds.")
            else:
                self.alerts.close("yield", site, f"{site}: extraction yield back to {share:.0%}",
                                  f"{site}: {articles} articles from {article_pages} article pages.")
            if not self.alerts.is_open("yield", site):  # a broken site must not become the usual
                update["usual_yield"] = _smooth(state.get("usual_yield"), share)
        if pages + errors:
            rate, usual = errors / (pages + errors), float(state.get("usual_error_rate") or 0)
            if errors >= MIN_ERRORS and rate >= self.config.error_rate and rate >= 2 * usual:
                self.alerts.open("errors", site, f"{site}: {rate:.0%} of fetches failed",
                                 f"{site}: {errors} of {pages + errors} fetches failed in the last round "
                                 f"(usually {usual:.0%}). See the crawl log and `newswatch status`.")
            elif rate < self.config.error_rate:
                self.alerts.close("errors", site, f"{site}: fetches succeed again ({rate:.0%} failed)",
                                  f"{site}: {errors} of {pages + errors} fetches failed in the last round.")
            if not self.alerts.is_open("errors", site):
                update["usual_error_rate"] = _smooth(state.get("usual_error_rate"), rate)
        self.redis.hset(self.keys.monitor_site(site), mapping=update)

    def check_backlog(self, queue_name, waiting):
        limit = self.config.max_backlog
        if waiting > limit:
            self.alerts.open("backlog", queue_name, f"queue {queue_name}: {waiting} articles waiting",
                             f"{waiting} articles wait in {queue_name} (bound {limit}): workers are down or too "
                             f"few. Check `newswatch status` and start workers.")
        elif waiting <= limit // 2:
            self.alerts.close("backlog", queue_name, f"queue {queue_name}: backlog cleared",
                              f"{waiting} articles wait in {queue_name}.")


def _errors(stats):
    return sum(int(v) for k, v in stats.items() if k.startswith("newswatch/errors/"))


def _smooth(previous, value):
    return value if previous in (None, "") else (1 - SMOOTHING) * float(previous) + SMOOTHING * value


def _duration(seconds):
    seconds = int(seconds)
    if seconds <= 0:
        return ""
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{seconds / size:.1f} {unit}".replace(".0 ", " ")
    return f"{seconds} s"
