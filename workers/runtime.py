"""What jobs need besides their arguments: configuration and rules, loaded once per process
(and Sentry started, when a DSN is set; log lines and events scrubbed of the secrets).

``newswatch worker`` (and the demo) call ``configure()`` at start-up; ``rq worker
--worker-class workers.reliable.ReliableWorker`` gets the same on its first job, from newswatch.shared.settings.
"""

from dataclasses import dataclass

from newswatch.shared.errors import ConfigError
from newswatch.shared.redaction import redact_logs, secrets_of
from newswatch.shared.sentry import init_sentry
from workers.config import WorkerConfig, load_config
from workers.rules import Rule, load_rules

# The page the monitor's canary crawls (newswatch.monitor.canary): its site, and its title's words before the token.
# Only the canary rule is matched against it, and against nothing else (workers.processing).
CANARY_SITE, CANARY_RULE_ID, CANARY_TERM = "newswatch-canary", "newswatch-canary", "newswatch canary"


@dataclass(frozen=True)
class Runtime:
    config: WorkerConfig
    rules: list[Rule]


_current = None


def configure(config=None):
    """Load rules for ``config`` (project settings when None) and make them current; fails on bad rules."""
    global _current
    config = config or load_config()
    _current = Runtime(config, load_rules(config.rules_path, config.channels) + canary_rules(config))
    channel_urls = [url for urls in config.channels.values() for url in urls]
    secrets = secrets_of(config.redis_url, config.sentry_dsn, channel_urls)
    redact_logs(secrets)
    init_sentry(config.sentry_dsn, "worker", secrets)
    return _current


def canary_rules(config):
    """With NEWSWATCH_CANARY_CHANNEL set, the canary's page alerts on that channel, so the canary checks delivery too."""
    if not config.canary_channel:
        return []
    if not config.channels.get(config.canary_channel):
        raise ConfigError("NEWSWATCH_CANARY_CHANNEL", None,
                          f"channel {config.canary_channel!r} has no Apprise URL in NEWSWATCH_ALERT_CHANNELS")
    return [Rule(id=CANARY_RULE_ID, terms=(CANARY_TERM,), fields=("title",), severity="low",
                 channels=(config.canary_channel,), description="end-to-end canary of newswatch monitor",
                 throttle_minutes=0)]


def current():
    return _current or configure()


def reset():
    """Forget the current configuration (tests, and processes that reconfigure)."""
    global _current
    _current = None
