"""Worker configuration: read once from newswatch.shared.settings at start-up, passed explicitly."""

import math
from dataclasses import dataclass, field, replace

from scrapy.settings import Settings

from newswatch.shared.job_names import JOB_FUNCTIONS
from newswatch.shared.redis_keys import RedisKeys, queue_names
from workers.near_duplicates import NearDuplicateConfig


@dataclass(frozen=True)
class WorkerConfig:
    """Settings read: NEWSWATCH_REDIS_URL, NEWSWATCH_REDIS_RETRY_SECONDS, NEWSWATCH_KEY_PREFIX, NEWSWATCH_RULES,
    NEWSWATCH_ARTICLE_QUEUE, NEWSWATCH_ALERT_QUEUE, NEWSWATCH_JOB_TIMEOUT, NEWSWATCH_EXTRA_JOB_FUNCTIONS, NEWSWATCH_DEDUP_TTL,
    NEWSWATCH_MAX_VERSIONS, NEWSWATCH_STREAM_MAXLEN, NEWSWATCH_STREAM_HARD_CAP, NEWSWATCH_STORY_MIN_OVERLAP, NEWSWATCH_NEAR_DUP_*, NEWSWATCH_ALERT_CHANNELS,
    NEWSWATCH_ALERT_URLS, NEWSWATCH_ALERT_RETRIES, NEWSWATCH_ALERT_RETRY_INTERVALS, NEWSWATCH_ALERT_TIMEOUT,
    NEWSWATCH_SENTRY_DSN, NEWSWATCH_CANARY_CHANNEL."""

    redis_url: str = field(repr=False)  # may hold a password
    keys: RedisKeys
    rules_path: str
    redis_retry_seconds: int = 300  # how long a worker waits for a Redis that went away (newswatch.shared.connection)
    article_queue: str = "articles"
    alert_queue: str = "alerts"
    job_timeout: int = 120
    extra_job_functions: frozenset[str] = frozenset()  # run beside newswatch's own (workers.job_policy)
    dedup_ttl: int = 30 * 24 * 3600
    max_versions: int = 20
    stream_maxlen: int = 100_000  # kept when every consumer group has had the older events (workers.stream_trim)
    stream_hard_cap: int = 1_000_000  # never more, even for a consumer group that lags
    story_min_overlap: float = 0.16
    near_duplicates: NearDuplicateConfig = field(default_factory=NearDuplicateConfig)
    sentry_dsn: str = field(default="", repr=False)  # a secret
    channels: dict = field(default_factory=dict, repr=False)  # name -> [Apprise URL] (secrets); "default" for rules naming none
    alert_retries: int = 5
    alert_retry_intervals: tuple[int, ...] = (1, 5, 15, 60, 300)
    alert_timeout: float = 10.0  # seconds one delivery attempt to one channel URL may take
    alert_replica_wait_ms: int = 1000  # the longest wait for replicas to hold an attempt's record (workers.attempts)
    canary_channel: str = ""  # the channel that gets the end-to-end canary's alert; "": none
    watch_channel: str = "default"  # the channel of self-monitoring alerts (a wiped Redis, seen by a worker)
    alert_max_age: int = 48 * 3600  # older articles found by a site's first crawl are learned without alerting
    public_url: str = ""  # the web view's address: alert messages link to their page there

    @property
    def job_functions(self):
        """The dotted names of every function a worker may run."""
        return JOB_FUNCTIONS | self.extra_job_functions

    def with_changes(self, **changes):
        return replace(self, **changes)

    def delivery_timeout(self, channel_names):
        """RQ timeout of a job delivering to ``channel_names``: the job timeout plus one alert timeout per URL, so
        a job whose every channel hangs still records its outcome before RQ would stop it."""
        urls = sum(len(self.channels.get(name) or [None]) for name in channel_names)
        return self.job_timeout + math.ceil(self.alert_timeout * urls)


def project_settings():
    settings = Settings()
    settings.setmodule("newswatch.shared.settings", priority="project")
    return settings


def load_config(settings=None):
    settings = settings or project_settings()
    if settings.getint("NEWSWATCH_MAX_VERSIONS") < 1:
        raise ValueError("NEWSWATCH_MAX_VERSIONS must be at least 1")
    if settings.getfloat("NEWSWATCH_ALERT_TIMEOUT") <= 0:
        raise ValueError("NEWSWATCH_ALERT_TIMEOUT must be more than 0 seconds")
    channels = {name: list(urls) for name, urls in settings.getdict("NEWSWATCH_ALERT_CHANNELS").items()}
    if settings.getlist("NEWSWATCH_ALERT_URLS"):
        channels["default"] = settings.getlist("NEWSWATCH_ALERT_URLS")
    return WorkerConfig(
        redis_url=settings.get("NEWSWATCH_REDIS_URL"),
        redis_retry_seconds=settings.getint("NEWSWATCH_REDIS_RETRY_SECONDS"),
        keys=RedisKeys(settings.get("NEWSWATCH_KEY_PREFIX")),
        rules_path=settings.get("NEWSWATCH_RULES"),
        article_queue=queue_names(settings)[0],
        alert_queue=queue_names(settings)[1],
        job_timeout=settings.getint("NEWSWATCH_JOB_TIMEOUT"),
        extra_job_functions=frozenset(settings.getlist("NEWSWATCH_EXTRA_JOB_FUNCTIONS")),
        dedup_ttl=settings.getint("NEWSWATCH_DEDUP_TTL"),
        max_versions=settings.getint("NEWSWATCH_MAX_VERSIONS"),
        stream_maxlen=settings.getint("NEWSWATCH_STREAM_MAXLEN"),
        stream_hard_cap=settings.getint("NEWSWATCH_STREAM_HARD_CAP"),
        story_min_overlap=settings.getfloat("NEWSWATCH_STORY_MIN_OVERLAP"),
        near_duplicates=NearDuplicateConfig(
            threshold=settings.getfloat("NEWSWATCH_NEAR_DUP_THRESHOLD"),
            num_perm=settings.getint("NEWSWATCH_NEAR_DUP_NUM_PERM"),
            ttl=settings.getint("NEWSWATCH_NEAR_DUP_TTL"),
            min_words=settings.getint("NEWSWATCH_NEAR_DUP_MIN_WORDS"),
        ),
        channels=channels,
        sentry_dsn=settings.get("NEWSWATCH_SENTRY_DSN"),
        alert_retries=settings.getint("NEWSWATCH_ALERT_RETRIES"),
        alert_retry_intervals=tuple(settings.getlist("NEWSWATCH_ALERT_RETRY_INTERVALS")),
        alert_timeout=settings.getfloat("NEWSWATCH_ALERT_TIMEOUT"),
        alert_replica_wait_ms=settings.getint("NEWSWATCH_ALERT_REPLICA_WAIT_MS"),
        canary_channel=settings.get("NEWSWATCH_CANARY_CHANNEL"),
        watch_channel=settings.get("NEWSWATCH_WATCH_CHANNEL"),
        alert_max_age=settings.getint("NEWSWATCH_ALERT_MAX_AGE"),
        public_url=settings.get("NEWSWATCH_PUBLIC_URL").rstrip("/"),
    )
