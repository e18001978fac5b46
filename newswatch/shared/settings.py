"""newswatch's own settings, shared by the spiders, the workers, the monitor and the CLI.

This module and crawler.settings (Scrapy's settings, which takes all of these) are the
only ones that read the environment. Each setting carries the ``NEWSWATCH_`` prefix and
can be set by an environment variable of the same name, or in the env file
NEWSWATCH_ENV_FILE names. Defaults point at loopback so nothing leaves the machine by
accident. Workers load this module alone (``workers.config``): reading a setting does
not import the crawler.
"""

import json
import os
import sys
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit, urlunsplit

# The checkout (tests and benchmarks only: an installed wheel has no project tree).
PROJECT_ROOT = Path(__file__).resolve().parents[2]
# The demo's seeds and rules and the examples, shipped in the package (newswatch/seeds; in a
# checkout, a link to the top-level seeds/): the defaults work installed, from any directory.
BUNDLED_SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _read_env_file(path):
    """NAME=value lines of an env file (systemd's EnvironmentFile, compose's env_file): # comments, blank lines
    and one pair of surrounding quotes ignored. A missing or unreadable file is an error, never a silent default."""
    if not path:
        return {}
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        sys.stderr.write(f"error: NEWSWATCH_ENV_FILE={path}: {exc.strerror}\n")
        raise SystemExit(4) from None  # invalid configuration (newswatch.cli.common)
    values = {}
    for line in lines:
        name, sep, value = line.strip().partition("=")
        if sep and not name.startswith("#"):
            value = value.strip()
            quoted = len(value) >= 2 and value[0] == value[-1] and value[0] in "'\""
            values[name.strip()] = value[1:-1] if quoted else value
    return values


# Settings come from the environment, then from the file NEWSWATCH_ENV_FILE names (a deployment's
# newswatch.env, so a shell or cron job runs with the same settings as the services).
_FILE = _read_env_file(os.environ.get("NEWSWATCH_ENV_FILE"))


def _env(name, default):
    return os.environ.get(name, _FILE.get(name, default))


def _env_int(name, default):
    """Empty (``NAME=`` in the env file) is the default, as unset is."""
    value = _env(name, default)
    return int(default if value == "" else value)


def _env_list(name, default=""):
    """A list from a variable holding items separated by whitespace or commas."""
    return [part for part in _env(name, default).replace(",", " ").split() if part]


def _env_json(name, default):
    raw = _env(name, None)
    return json.loads(raw) if raw else default


# --- newswatch ------------------------------------------------------------

def _with_password(url, password):
    """``url`` with ``password`` in it (any password already there replaced); ``url`` itself if none."""
    if not password:
        return url
    parts = urlsplit(url)
    user = quote(unquote(parts.username or ""), safe="")
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{user}:{quote(password, safe='')}@{host}"))


# Redis holding queues, dedup state, versions, alerts and the stream. Its password may come apart
# (a secret in the env file, the URL in the open): NEWSWATCH_REDIS_PASSWORD, then used in the URL.
NEWSWATCH_REDIS_PASSWORD = _env("NEWSWATCH_REDIS_PASSWORD", "")
NEWSWATCH_REDIS_URL = _with_password(_env("NEWSWATCH_REDIS_URL", "redis://127.0.0.1:6379/0"), NEWSWATCH_REDIS_PASSWORD)
# Seconds spiders and workers wait, retrying with back-off, for a Redis that went away during a run
# before a command fails (at start, an unreachable Redis fails at once).
NEWSWATCH_REDIS_RETRY_SECONDS = _env_int("NEWSWATCH_REDIS_RETRY_SECONDS", 300)
# Prefix of every key, so several deployments can share one Redis.
NEWSWATCH_KEY_PREFIX = _env("NEWSWATCH_KEY_PREFIX", "nw")

# Frontier: seconds a fetched page may stay unacknowledged before another process
# takes it over; seconds before an article is fetched again (listings, feeds and
# sitemaps are refetched every crawl); shards of the seen-URL set (up to 65536).
NEWSWATCH_FRONTIER_LEASE = _env_int("NEWSWATCH_FRONTIER_LEASE", 300)
NEWSWATCH_REVISIT_AFTER = _env_int("NEWSWATCH_REVISIT_AFTER", 3600)
NEWSWATCH_FRONTIER_BUCKETS = _env_int("NEWSWATCH_FRONTIER_BUCKETS", 65536)
# 1: articles are refetched with If-None-Match / If-Modified-Since from their last fetch, and an
# unchanged page (304) costs no body and no processing (crawler.frontier.conditional); 0: always in full.
NEWSWATCH_CONDITIONAL_REQUESTS = _env_int("NEWSWATCH_CONDITIONAL_REQUESTS", 1)
# Set by `newswatch monitor` for its rounds (newswatch.monitor.rounds): the three settings below default
# to on in a round, off in a one-off crawl. A round's articles come back on the revisit schedule
# whatever their listings say; a one-off crawl revisits the articles it finds through its listings, so
# it reads them in full.
MONITOR_ROUND = int(os.environ.get("NEWSWATCH_MONITOR_ROUND") == "1")  # not an operator setting
# 1: listing pages, feeds and sitemaps refetched conditionally too (a 304 listing followed as last read:
# crawler.frontier.listing_memory).
NEWSWATCH_CONDITIONAL_LISTINGS = _env_int("NEWSWATCH_CONDITIONAL_LISTINGS", MONITOR_ROUND)
# 1 (with conditional listings): each listing, feed and sitemap is polled by what it yields
# (crawler.frontier.source_polls): one that answered with nothing new while another source of its site gave
# the new articles is polled again only after NEWSWATCH_SOURCE_BACKOFF seconds, doubling at each
# such poll up to NEWSWATCH_SOURCE_MAX_BACKOFF; a source that yields is polled every round.
NEWSWATCH_SOURCE_POLLING = _env_int("NEWSWATCH_SOURCE_POLLING", MONITOR_ROUND)
NEWSWATCH_SOURCE_BACKOFF = _env_int("NEWSWATCH_SOURCE_BACKOFF", 1800)
NEWSWATCH_SOURCE_MAX_BACKOFF = _env_int("NEWSWATCH_SOURCE_MAX_BACKOFF", 6 * 3600)
# 1: an article whose sitemap <lastmod> or feed <updated> moved on since a sitemap or feed last gave it
# is fetched again in that round (crawler.frontier.lastmods), whatever its revisit schedule says.
NEWSWATCH_LASTMOD_REFETCH = _env_int("NEWSWATCH_LASTMOD_REFETCH", MONITOR_ROUND)
# Seconds a host's robots.txt is reused by the rounds after the one that fetched it (0: each
# crawl process fetches it again).
NEWSWATCH_ROBOTS_TTL = _env_int("NEWSWATCH_ROBOTS_TTL", 3600)

# Sites and alert rules (TOML files; see docs/reference/seeds.md and docs/reference/rules.md).
NEWSWATCH_SEEDS = _env_list("NEWSWATCH_SEEDS", str(BUNDLED_SEEDS / "demo.toml"))
NEWSWATCH_RULES = _env("NEWSWATCH_RULES", str(BUNDLED_SEEDS / "rules.toml"))
# {"site name": "http://host:port"}: replaces a site's base_url (the demo serves on a free port).
NEWSWATCH_BASE_URLS = _env_json("NEWSWATCH_BASE_URLS", {})
# Identifies one crawl in item messages and stats.
NEWSWATCH_CRAWL_ID = _env("NEWSWATCH_CRAWL_ID", "")

# RQ queues (JSON serializer: no pickle anywhere).
# Empty: named after the key prefix, <prefix>-articles and <prefix>-alerts (newswatch.shared.redis_keys.queue_names).
NEWSWATCH_ARTICLE_QUEUE = _env("NEWSWATCH_ARTICLE_QUEUE", "")
NEWSWATCH_ALERT_QUEUE = _env("NEWSWATCH_ALERT_QUEUE", "")
NEWSWATCH_JOB_TIMEOUT = _env_int("NEWSWATCH_JOB_TIMEOUT", 120)
# Workers run newswatch's own job functions (newswatch.shared.job_names) and, beside them, only these
# dotted names (exact, no patterns): for an operator's own jobs, and the benchmarks' baselines.
NEWSWATCH_EXTRA_JOB_FUNCTIONS = _env_list("NEWSWATCH_EXTRA_JOB_FUNCTIONS")
# Articles per worker job, and the longest an article waits for its batch to fill (s).
NEWSWATCH_BATCH_SIZE = _env_int("NEWSWATCH_BATCH_SIZE", 20)
NEWSWATCH_BATCH_SECONDS = float(_env("NEWSWATCH_BATCH_SECONDS", "0.2"))

# Retention of worker state (seconds): dedup fingerprints, versions, alert decisions.
NEWSWATCH_DEDUP_TTL = _env_int("NEWSWATCH_DEDUP_TTL", 30 * 24 * 3600)
NEWSWATCH_MAX_VERSIONS = _env_int("NEWSWATCH_MAX_VERSIONS", 20)

# Near-duplicates across sources (workers.near_duplicates): estimated Jaccard similarity of
# body shingles at or above which a body is a copy of an earlier one; MinHash permutations;
# shortest body judged (words); seconds an article stays in the index.
NEWSWATCH_NEAR_DUP_THRESHOLD = float(_env("NEWSWATCH_NEAR_DUP_THRESHOLD", "0.5"))
NEWSWATCH_NEAR_DUP_NUM_PERM = _env_int("NEWSWATCH_NEAR_DUP_NUM_PERM", 128)
NEWSWATCH_NEAR_DUP_MIN_WORDS = _env_int("NEWSWATCH_NEAR_DUP_MIN_WORDS", 30)
NEWSWATCH_NEAR_DUP_TTL = _env_int("NEWSWATCH_NEAR_DUP_TTL", 7 * 24 * 3600)

# Story threads: share of key terms two articles linked under "Related News" must have
# in common to be one story (see workers.stories).
NEWSWATCH_STORY_MIN_OVERLAP = float(_env("NEWSWATCH_STORY_MIN_OVERLAP", "0.16"))

# Downstream stream of processed events, trimmed to about this many entries once every consumer
# group has been delivered the older ones; a group further behind keeps them, up to the hard cap,
# past which the oldest go and each group is told how many it lost (workers.stream_trim).
NEWSWATCH_STREAM_MAXLEN = _env_int("NEWSWATCH_STREAM_MAXLEN", 100_000)
NEWSWATCH_STREAM_HARD_CAP = _env_int("NEWSWATCH_STREAM_HARD_CAP", 1_000_000)

# Port of `newswatch metrics`, which serves the cluster-wide Prometheus metrics at /metrics.
NEWSWATCH_METRICS_PORT = _env_int("NEWSWATCH_METRICS_PORT", 9410)

# Every process's log level (Scrapy's LOG_LEVEL; the workers' and the monitor's too).
LOG_LEVEL = _env("NEWSWATCH_LOG_LEVEL", "INFO")
# Log lines: "text" (Scrapy's and RQ's own) or "json" (one object a line, with crawl and job ids).
NEWSWATCH_LOG_FORMAT = _env("NEWSWATCH_LOG_FORMAT", "text")

# Errors go to Sentry when a DSN is set (a secret: environment only); off, silently, when empty.
NEWSWATCH_SENTRY_DSN = _env("NEWSWATCH_SENTRY_DSN", "")

# Alert delivery: Apprise URLs are secrets; they come from the environment only.
# {"channel name": ["apprise://url", ...]}; rules name their channels.
NEWSWATCH_ALERT_CHANNELS = _env_json("NEWSWATCH_ALERT_CHANNELS", {})
# Channel used by rules that name none.
NEWSWATCH_ALERT_URLS = _env_list("NEWSWATCH_ALERT_URLS")
NEWSWATCH_ALERT_RETRIES = _env_int("NEWSWATCH_ALERT_RETRIES", 5)
# Seconds to wait before each delivery retry (the last one repeats if there are more retries).
NEWSWATCH_ALERT_RETRY_INTERVALS = [int(s) for s in _env_list("NEWSWATCH_ALERT_RETRY_INTERVALS", "1 5 15 60 300")]
# Seconds one delivery attempt to one channel URL may take, connecting and waiting for the answer
# included: a channel that has not answered by then failed this attempt ("timeout") and is retried.
NEWSWATCH_ALERT_TIMEOUT = float(_env("NEWSWATCH_ALERT_TIMEOUT", "10"))
# Milliseconds: where Redis has replicas, an alert goes out once its record is on every connected
# replica (WAIT), or after this long at most, so that a failover cannot forget an alert it sent;
# 0: do not wait.
NEWSWATCH_ALERT_REPLICA_WAIT_MS = _env_int("NEWSWATCH_ALERT_REPLICA_WAIT_MS", 1000)
# Seconds: articles published longer ago than this and found by a site's first crawl (a new site,
# or any site after Redis was wiped) are learned without alerting: old news is not news to on-call.
NEWSWATCH_ALERT_MAX_AGE = _env_int("NEWSWATCH_ALERT_MAX_AGE", 48 * 3600)
# Where on-call staff reach the web view (newswatch web), e.g. https://newswatch.example.org: every alert
# message links to its page there. Empty: messages carry no link.
NEWSWATCH_PUBLIC_URL = _env("NEWSWATCH_PUBLIC_URL", "").rstrip("/")

# --- web view (newswatch web) ---------------------------------------------------

# Who may log in: "name:role:token" entries separated by spaces or commas; role is "responder" (reads and
# acts) or "viewer" (reads only). Tokens are secrets: keep them in the environment or the env file.
NEWSWATCH_WEB_USERS = _env("NEWSWATCH_WEB_USERS", "")
# Behind a reverse proxy that authenticates: the header naming the user (e.g. X-Forwarded-User), trusted
# only from NEWSWATCH_WEB_TRUSTED_PROXIES (addresses); such users get NEWSWATCH_WEB_PROXY_ROLE.
NEWSWATCH_WEB_TRUSTED_HEADER = _env("NEWSWATCH_WEB_TRUSTED_HEADER", "")
NEWSWATCH_WEB_TRUSTED_PROXIES = _env_list("NEWSWATCH_WEB_TRUSTED_PROXIES", "")  # none: name them (any local
# process could otherwise send the header)
NEWSWATCH_WEB_PROXY_ROLE = _env("NEWSWATCH_WEB_PROXY_ROLE", "viewer")
# Signs the session cookie and CSRF tokens; empty: a random one per start (everyone logs in again).
NEWSWATCH_WEB_SECRET_KEY = _env("NEWSWATCH_WEB_SECRET_KEY", "")

# --- monitoring schedule (newswatch monitor) ---------------------------------

# Articles are fetched again this many seconds after first sight, then no more
# (each site's listings, feeds and sitemaps come back every round instead).
NEWSWATCH_REVISIT_SCHEDULE = [int(s) for s in _env_list("NEWSWATCH_REVISIT_SCHEDULE", "600 3600 21600 86400")]
# Seconds between two rounds of a site, and the random extra up to which a round is
# delayed, for sites whose seeds set no ``interval`` / ``jitter``.
NEWSWATCH_MONITOR_INTERVAL = _env_int("NEWSWATCH_MONITOR_INTERVAL", 900)
NEWSWATCH_MONITOR_JITTER = _env_int("NEWSWATCH_MONITOR_JITTER", 60)
# Rounds as often as each site publishes (newswatch.monitor.rhythm): about this many polls per new
# article (0: off, every round at the site's interval), within [NEWSWATCH_MONITOR_MIN_INTERVAL, the
# site's interval]: never slower than its interval, never faster than the floor.
NEWSWATCH_MONITOR_POLLS_PER_ARTICLE = float(_env("NEWSWATCH_MONITOR_POLLS_PER_ARTICLE", "0"))
NEWSWATCH_MONITOR_MIN_INTERVAL = _env_int("NEWSWATCH_MONITOR_MIN_INTERVAL", 30)
# Seconds the acting monitor holds its lease; another monitor takes over this long after it dies.
NEWSWATCH_MONITOR_LEASE = _env_int("NEWSWATCH_MONITOR_LEASE", 15)
# Crawls one monitor runs at once (one process each, one site each).
NEWSWATCH_MONITOR_MAX_CRAWLS = _env_int("NEWSWATCH_MONITOR_MAX_CRAWLS", 2)

# --- self-monitoring (the monitor watches the pipeline and itself) ---------------

# Channel of NEWSWATCH_ALERT_CHANNELS (or "default": NEWSWATCH_ALERT_URLS) that gets
# self-monitoring alerts; the monitor sends them itself, so they still go out when workers are down.
NEWSWATCH_WATCH_CHANNEL = _env("NEWSWATCH_WATCH_CHANNEL", "default")
# A site is silent when it had no new article for this many times its usual gap between
# new articles, and at least NEWSWATCH_WATCH_MIN_SILENCE seconds (seeds ``silence_after`` overrides).
NEWSWATCH_WATCH_SILENCE_FACTOR = float(_env("NEWSWATCH_WATCH_SILENCE_FACTOR", "4"))
NEWSWATCH_WATCH_MIN_SILENCE = _env_int("NEWSWATCH_WATCH_MIN_SILENCE", 6 * 3600)
# A round whose share of failed fetches reaches this (and twice the site's usual share) alerts.
NEWSWATCH_WATCH_ERROR_RATE = float(_env("NEWSWATCH_WATCH_ERROR_RATE", "0.25"))
# Articles waiting in the article queue above which the queue is backed up.
NEWSWATCH_WATCH_MAX_BACKLOG = _env_int("NEWSWATCH_WATCH_MAX_BACKLOG", 10_000)

# WebSub (newswatch.monitor.websub): with NEWSWATCH_WEBSUB_LISTEN set ("host:port", port 0 for any),
# the monitor serves WebSub callbacks there and subscribes to the hub a site's feed advertises; a
# feed pushed by the hub starts a round of that site at once, fetching only what the feed names.
# NEWSWATCH_WEBSUB_CALLBACK_URL: the callbacks' address as the hub reaches it (default: the one
# listened on, http://host:port). While a subscription lives, the site's polling rounds come every
# NEWSWATCH_WEBSUB_POLL_INTERVAL seconds (a safety net) instead of its interval.
# NEWSWATCH_WEBSUB_LEASE: the lease asked of hubs, in seconds (renewed at nine tenths).
NEWSWATCH_WEBSUB_LISTEN = _env("NEWSWATCH_WEBSUB_LISTEN", "")
NEWSWATCH_WEBSUB_CALLBACK_URL = _env("NEWSWATCH_WEBSUB_CALLBACK_URL", "")
NEWSWATCH_WEBSUB_POLL_INTERVAL = _env_int("NEWSWATCH_WEBSUB_POLL_INTERVAL", 3600)
NEWSWATCH_WEBSUB_LEASE = _env_int("NEWSWATCH_WEBSUB_LEASE", 86400)

# The end-to-end canary: every NEWSWATCH_CANARY_INTERVAL seconds (0: off) the monitor serves a
# fresh page on loopback, crawls it and expects its event on the stream, and its alert on
# NEWSWATCH_CANARY_CHANNEL when one is set, within NEWSWATCH_CANARY_DEADLINE seconds.
NEWSWATCH_CANARY_INTERVAL = _env_int("NEWSWATCH_CANARY_INTERVAL", 300)
NEWSWATCH_CANARY_DEADLINE = _env_int("NEWSWATCH_CANARY_DEADLINE", 120)
NEWSWATCH_CANARY_CHANNEL = _env("NEWSWATCH_CANARY_CHANNEL", "")
