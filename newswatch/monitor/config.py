"""The monitor's settings, read once and checked at start-up."""

from dataclasses import dataclass

from newswatch.monitor.watchdog import WatchConfig
from newswatch.monitor.websub import WebSubConfig

TICK_SECONDS = 1.0


@dataclass(frozen=True)
class MonitorConfig:
    """Settings read: NEWSWATCH_MONITOR_INTERVAL, _JITTER, _LEASE, _MAX_CRAWLS, _POLLS_PER_ARTICLE, _MIN_INTERVAL,
    NEWSWATCH_WATCH_*,
    NEWSWATCH_CANARY_INTERVAL, _DEADLINE, and WebSubConfig's."""

    interval: int = 900
    jitter: int = 60
    lease: int = 15
    max_crawls: int = 2
    polls_per_article: float = 0.0
    min_interval: int = 30
    watch_channel: str = "default"
    watch: WatchConfig = WatchConfig()
    canary_interval: int = 300
    canary_deadline: int = 120
    websub: WebSubConfig = WebSubConfig()

    def __post_init__(self):
        problems = [f"NEWSWATCH_MONITOR_LEASE must be at least {3 * TICK_SECONDS:.0f} s (it is renewed every "
                    f"{TICK_SECONDS:.0f} s), not {self.lease}"] if self.lease < 3 * TICK_SECONDS else []
        problems += [f"{name} must be positive, not {value}" for name, value in (
            ("NEWSWATCH_MONITOR_INTERVAL", self.interval), ("NEWSWATCH_MONITOR_MAX_CRAWLS", self.max_crawls),
            ("NEWSWATCH_CANARY_DEADLINE", self.canary_deadline)) if value <= 0]
        problems += [f"{name} must not be negative, not {value}" for name, value in (
            ("NEWSWATCH_MONITOR_JITTER", self.jitter), ("NEWSWATCH_CANARY_INTERVAL", self.canary_interval),
            ("NEWSWATCH_MONITOR_POLLS_PER_ARTICLE", self.polls_per_article),
            ("NEWSWATCH_MONITOR_MIN_INTERVAL", self.min_interval))
            if value < 0]
        if not 0 < self.watch.error_rate <= 1:
            problems.append(f"NEWSWATCH_WATCH_ERROR_RATE must be within (0, 1], not {self.watch.error_rate}")
        if problems:
            raise ValueError("; ".join(problems))

    @classmethod
    def from_settings(cls, settings):
        return cls(
            interval=settings.getint("NEWSWATCH_MONITOR_INTERVAL"),
            jitter=settings.getint("NEWSWATCH_MONITOR_JITTER"),
            lease=settings.getint("NEWSWATCH_MONITOR_LEASE"),
            max_crawls=settings.getint("NEWSWATCH_MONITOR_MAX_CRAWLS"),
            polls_per_article=settings.getfloat("NEWSWATCH_MONITOR_POLLS_PER_ARTICLE"),
            min_interval=settings.getint("NEWSWATCH_MONITOR_MIN_INTERVAL"),
            watch_channel=settings.get("NEWSWATCH_WATCH_CHANNEL"),
            watch=WatchConfig(
                silence_factor=settings.getfloat("NEWSWATCH_WATCH_SILENCE_FACTOR"),
                min_silence=settings.getint("NEWSWATCH_WATCH_MIN_SILENCE"),
                error_rate=settings.getfloat("NEWSWATCH_WATCH_ERROR_RATE"),
                max_backlog=settings.getint("NEWSWATCH_WATCH_MAX_BACKLOG"),
            ),
            canary_interval=settings.getint("NEWSWATCH_CANARY_INTERVAL"),
            canary_deadline=settings.getint("NEWSWATCH_CANARY_DEADLINE"),
            websub=WebSubConfig.from_settings(settings),
        )
