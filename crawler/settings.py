"""Scrapy's settings for the newswatch spiders, and every setting of newswatch's own (newswatch.shared.settings).

The NEWSWATCH_ settings that feed Scrapy's own (user agent, concurrency, timeouts,
Chromium, the SSRF guard's networks) are read here; the rest, shared with the workers,
in newswatch.shared.settings, imported whole below. Each can be set as an environment
variable of the same name.
"""

import os
import shutil

from newswatch.shared.settings import *  # noqa: F403 (Scrapy reads every upper-case name of this module)
from newswatch.shared.settings import _env, _env_int, _env_list


def _find_chromium():
    """NEWSWATCH_CHROMIUM_PATH as given, else the system Chromium, else None (Playwright's own download)."""
    if _env("NEWSWATCH_CHROMIUM_PATH", ""):
        return _env("NEWSWATCH_CHROMIUM_PATH", "")
    candidates = ["/usr/lib/chromium/chromium"] + [shutil.which(name) or "" for name in ("chromium", "chromium-browser")]
    return next((path for path in candidates if path and os.access(path, os.X_OK)), None)


# --- Scrapy project -------------------------------------------------------

BOT_NAME = "newswatch"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
USER_AGENT = _env("NEWSWATCH_USER_AGENT", "newswatch/0.1 (+news monitoring crawler)")
ROBOTSTXT_OBEY = True
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
# No consoles: Scrapy's telnet console and remote-control server can run code in the crawler.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
LOG_FORMATTER = "crawler.logformatter.NewswatchLogFormatter"
# JSON log lines when NEWSWATCH_LOG_FORMAT is json (newswatch.shared.logs); every line scrubbed of secrets
# (newswatch.shared.redaction).
ADDONS = {"newswatch.shared.logs.JsonLogs": 0, "newswatch.shared.redaction.RedactedLogs": 0}

# Per process; the per-host rate and concurrency across all processes come from seeds
# (``rate``, ``concurrency``) and are held in Redis (crawler.frontier.politeness).
CONCURRENT_REQUESTS = _env_int("NEWSWATCH_CONCURRENT_REQUESTS", 16)
CONCURRENT_REQUESTS_PER_DOMAIN = _env_int("NEWSWATCH_CONCURRENT_REQUESTS_PER_DOMAIN", 8)
# Outputs of one response handled at once. Scrapy 2.19 starts this many asyncio tasks for every
# response, whatever it yields: its default, 100, cost about 1 ms of CPU a page (bench.bench_crawl).
# A news page yields one article (or page status) and its links, which are queued at once.
CONCURRENT_ITEMS = 8
DOWNLOAD_DELAY = 0  # see crawler.frontier.politeness
DOWNLOAD_TIMEOUT = _env_int("NEWSWATCH_DOWNLOAD_TIMEOUT", 30)
# Pages past this size are aborted by Scrapy instead of filling memory.
DOWNLOAD_MAXSIZE = _env_int("NEWSWATCH_DOWNLOAD_MAXSIZE", 8 * 1024 * 1024)
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_TIMES = 2
DEPTH_LIMIT = 0  # per site, from seeds: see crawler.spiders.news

# The shared Redis frontier replaces Scrapy's scheduler and dupefilter (crawler.frontier.store).
SCHEDULER = "crawler.frontier.scheduler.FrontierScheduler"
SPIDER_MIDDLEWARES = {"crawler.middlewares.FrontierAckMiddleware": 10}
DOWNLOADER_MIDDLEWARES = {
    # Before robots.txt and politeness: a refused address costs no robots.txt fetch and no host slot.
    "crawler.security.ssrf.AddressGuardMiddleware": 60,
    # A listing, feed or sitemap not due this round costs nothing, not even a robots.txt check.
    "crawler.frontier.source_polls.SourcePollingMiddleware": 90,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.middlewares.RobotsTxtGuard": 100,
    "crawler.frontier.politeness.HostPolitenessMiddleware": 110,
    # Below politeness so that its process_response runs after politeness has freed the host's
    # slot: a 304 ends the request by raising NotModified, which skips the rest of the chain.
    "crawler.frontier.conditional.ConditionalRequestsMiddleware": 105,
}

ITEM_PIPELINES = {
    "crawler.pipelines.ValidateArticlePipeline": 100,
    "crawler.pipelines.EnqueueArticlePipeline": 800,
}
EXTENSIONS = {"crawler.extensions.CrawlStatsToRedis": 500, "crawler.extensions.SentryReporting": 0,
              "crawler.extensions.SitesLearned": 505,
              "crawler.progress.CrawlProgress": 600, "crawler.metrics.MetricsToRedis": 510}
# Seconds between progress lines on stderr (0: none); ``newswatch crawl`` turns them on.
NEWSWATCH_PROGRESS_INTERVAL = 0

# --- JS pages: scrapy-playwright with the system Chromium ------------------

DOWNLOAD_HANDLERS = {
    "http": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
    "https": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
}
PLAYWRIGHT_BROWSER_TYPE = "chromium"
PLAYWRIGHT_LAUNCH_OPTIONS = {
    "headless": True,
    "timeout": 30_000,
    "args": [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
    ],
}
_chromium = _find_chromium()
if _chromium:
    PLAYWRIGHT_LAUNCH_OPTIONS["executable_path"] = _chromium
PLAYWRIGHT_MAX_PAGES_PER_CONTEXT = _env_int("NEWSWATCH_PLAYWRIGHT_MAX_PAGES", 4)
PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT = 30_000
# Images, fonts and media never carry article text. (Every browser connection goes through the SSRF
# guard's proxy, crawler.security.browser_proxy, set on each context by crawler.security.ssrf.AddressGuardMiddleware.)
PLAYWRIGHT_ABORT_REQUEST = "crawler.rendering.should_abort_request"

# --- SSRF guard (crawler.security.ssrf, crawler.security.address_policy) -----------------------

# Checks every address the crawler connects to, where it is resolved: loopback, private, link-local
# (cloud metadata), CGNAT, multicast and reserved ranges are refused unless the seeds site owning
# the host lists them in ``allow_networks``.
TWISTED_DNS_RESOLVER = "crawler.security.ssrf.GuardedResolver"
# Networks (CIDRs, spaces or commas between them) refused for every site, whatever allows them.
NEWSWATCH_DENY_NETWORKS = _env_list("NEWSWATCH_DENY_NETWORKS")
# Networks allowed for every site (e.g. an in-house mirror); a site's own go in its seeds.
NEWSWATCH_ALLOW_NETWORKS = _env_list("NEWSWATCH_ALLOW_NETWORKS")

