"""What jobs need besides their arguments: configuration and rules, loaded once per process
(and Sentry started, when a DSN is set).

``newswatch worker`` (and the demo) call ``configure()`` at start-up; a
plain ``rq worker`` gets the same on its first job, from crawler.settings.
"""

from dataclasses import dataclass

from crawler.sentry import init_sentry
from workers.config import WorkerConfig, load_config
from workers.rules import Rule, load_rules


@dataclass(frozen=True)
class Runtime:
    config: WorkerConfig
    rules: list[Rule]


_current = None


def configure(config=None):
    """Load rules for ``config`` (project settings when None) and make them current; fails on bad rules."""
    global _current
    config = config or load_config()
    _current = Runtime(config, load_rules(config.rules_path, config.channels))
    init_sentry(config.sentry_dsn, "worker")
    return _current


def current():
    return _current or configure()


def reset():
    """Forget the current configuration (tests, and processes that reconfigure)."""
    global _current
    _current = None
