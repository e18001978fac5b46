"""The one place that builds Redis clients, and how long they wait for a Redis that went away."""

import logging
import time
from urllib.parse import parse_qsl, unquote, urlsplit

import redis
from redis.backoff import ExponentialWithJitterBackoff
from redis.retry import Retry
from redis.sentinel import Sentinel, SentinelManagedConnection, SentinelManagedSSLConnection

from newswatch.shared.errors import RedisUnavailable, RedisUrlInvalid
from newswatch.shared.redaction import redact_url

logger = logging.getLogger(__name__)
BACKOFF_BASE, BACKOFF_CAP = 0.05, 5.0  # seconds: retries spread out fast, then one every 5 s at most
QUIET_FAILURES = 1  # a connection Redis dropped fails once and answers on the next try: not worth a warning
# redis-py's words for a server that hung up right after the connect, as a TLS-only port does on a plain client
HUNG_UP = ("Error while reading from", "Connection closed by server")
# A Redis primary found through Sentinel: the scheme, and whether the primary speaks TLS.
SENTINEL_SCHEMES = {"redis+sentinel": False, "rediss+sentinel": True}
SENTINEL_PORT = 26379
# Options of a Sentinel URL's query: for the sentinels themselves, and TLS options for the primary and replicas.
SENTINEL_OPTIONS = {"sentinel_username", "sentinel_password"}
TLS_OPTIONS = {"ssl_ca_certs", "ssl_cert_reqs", "ssl_certfile", "ssl_keyfile", "ssl_check_hostname"}


class PatientRetry(Retry):
    """redis-py's Retry bounded by time instead of a count: a command that finds Redis gone, or full
    (maxmemory reached under ``noeviction``: an OOM answer), is retried with capped exponential
    back-off for up to ``patience`` seconds, then raises. A full Redis is back-pressure, not a
    failure: the command waits for memory to be freed as it would for a Redis that went away, so
    no job spends its retries and no batch is given up in the meantime.

    The bound is per command, not per attempt, because redis-py nests retries (a command's
    retry reconnects through the connection's own retry of the connect): a count would multiply.
    One warning when Redis stays away, one line when it answers again: no log per attempt.
    A full Redis is said once per client until a command goes through again; and each OOM answer
    waits its back-off before anything else happens, also in a transaction under WATCH (where
    redis-py gives up at the first error and the caller tries again at once).
    """

    def __init__(self, patience, url):
        super().__init__(ExponentialWithJitterBackoff(cap=BACKOFF_CAP, base=BACKOFF_BASE), retries=-1)
        self.update_supported_errors([redis.exceptions.OutOfMemoryError])
        self.patience, self.url = patience, url
        self.full_since, self.full_answers = None, 0

    def call_with_retry(self, do, fail, is_retryable=None, with_failure_count=False):
        started = time.monotonic()
        warned = []

        def retryable(error):
            if is_retryable is not None and not is_retryable(error):
                return False
            return time.monotonic() - started < self.patience

        def failed(error, failures):
            if isinstance(error, redis.exceptions.OutOfMemoryError):
                self._full(error)
            elif failures > QUIET_FAILURES and not warned:
                warned.append(True)
                logger.warning("Redis at %s does not answer (%s): retrying for up to %d s",
                               self.url, error, self.patience)
            return fail(error, failures) if with_failure_count else fail(error)

        answered = True
        try:
            result = super().call_with_retry(do, failed, retryable, with_failure_count=True)
            if self.full_since is not None:
                logger.warning("Redis at %s has memory again after %.1f s", self.url,
                               time.monotonic() - self.full_since)
                self.full_since, self.full_answers = None, 0
            return result
        except self._supported_errors:
            answered = False
            raise
        finally:  # an error Redis sent back (a script it lost in the restart, say) is an answer too
            if warned:
                logger.warning("Redis at %s %s after %.1f s", self.url,
                               "answers again" if answered else "still does not answer, or is full: giving up",
                               time.monotonic() - started)


    def _full(self, error):
        """An OOM answer: said once, then waited out (capped exponential back-off) before the caller goes on."""
        if self.full_since is None:
            self.full_since = time.monotonic()
            logger.warning("Redis at %s is full (maxmemory) (%s): waiting for memory for up to %d s a command",
                           self.url, error, self.patience)
        self.full_answers += 1
        time.sleep(min(BACKOFF_CAP, BACKOFF_BASE * 2 ** min(self.full_answers, 10)))


class PrimaryFollowingConnection(SentinelManagedConnection):
    """A connection to the primary Sentinel names, that asks the sentinels again on every reconnect.

    redis-py reconnects a connection dropped in the middle of a command (the primary died under it) straight to
    the address it had, not through the sentinels: the command's retries all went to the dead primary until
    the patience ran out, although the replica had been promoted seconds after.
    """

    def send_packed_command(self, command, check_health=True):
        if not self._sock:
            self.connect()
        super().send_packed_command(command, check_health)


class PrimaryFollowingSSLConnection(PrimaryFollowingConnection, SentinelManagedSSLConnection):
    """The same over TLS (rediss+sentinel://)."""


def redis_client(url, **options):
    """A client for ``url``, or RedisUrlInvalid when redis-py cannot parse it; decoding is left off because RQ
    stores bytes. ``url`` is redis://, rediss://, unix:// or the Sentinel form (``sentinel_client``)."""
    options.setdefault("socket_connect_timeout", 5)
    options.setdefault("health_check_interval", 30)
    try:
        if urlsplit(url).scheme in SENTINEL_SCHEMES:
            return sentinel_client(url, **options)
        return redis.Redis.from_url(url, **options)
    except ValueError as exc:  # redis-py's word for a URL it cannot parse: no scheme, a port that is no number
        raise RedisUrlInvalid(redact_url(url), redact_url(str(exc))) from None


def sentinel_client(url, **options):
    """The primary that Redis Sentinel names, for
    ``redis+sentinel://[[user]:password@]host[:port][,host[:port]...]/primary-name[/db][?sentinel_password=...]``
    (``rediss+sentinel://`` when the Redis servers speak TLS). The client asks the sentinels again whenever its
    connection fails, so after a failover its next attempt (PatientRetry) reaches the promoted replica."""
    parts = urlsplit(url)
    userinfo, _, hosts = parts.netloc.rpartition("@")
    username, _, password = (unquote(part) for part in userinfo.partition(":"))
    sentinels = [_host_port(entry) for entry in hosts.split(",")]
    names = [part for part in parts.path.split("/") if part]
    if not names or len(names) > 2 or (len(names) == 2 and not names[1].isdigit()):
        raise ValueError("a Sentinel URL names the primary after the hosts: .../primary-name or .../primary-name/db")
    query = dict(parse_qsl(parts.query))
    unknown = set(query) - SENTINEL_OPTIONS - TLS_OPTIONS
    if unknown:
        raise ValueError(f"unknown option(s) in the Sentinel URL: {', '.join(sorted(unknown))}")
    tls = {name: value for name, value in query.items() if name in TLS_OPTIONS}
    connection_class = PrimaryFollowingSSLConnection if SENTINEL_SCHEMES[parts.scheme] else PrimaryFollowingConnection
    timeouts = {name: options[name] for name in ("socket_connect_timeout", "socket_timeout") if name in options}
    sentinel = Sentinel(sentinels, sentinel_kwargs={"username": query.get("sentinel_username"),
                                                    "password": query.get("sentinel_password"), **timeouts})
    return sentinel.master_for(names[0], db=int(names[1]) if len(names) == 2 else 0, username=username or None,
                               password=password or None, connection_class=connection_class, **tls, **options)


def _host_port(entry):
    """("host", port) of ``host``, ``host:port``, ``[v6]`` or ``[v6]:port``."""
    host, port = entry, ""
    if entry.startswith("["):
        host, _, rest = entry[1:].partition("]")
        port = rest.removeprefix(":")
    elif ":" in entry:
        host, port = entry.rsplit(":", 1)
    if not host or (port and not port.isdigit()):
        raise ValueError(f"not a host[:port]: {entry!r}")
    return host, int(port or SENTINEL_PORT)


def connect(url, patience=0, **options):
    """A client that has answered PING, or RedisUnavailable naming the URL at once.

    With ``patience`` (seconds, NEWSWATCH_REDIS_RETRY_SECONDS in long-running processes), the
    client then waits that long for a Redis that goes away before a command raises.
    """
    client = redis_client(url, **options)
    try:
        client.ping()
    except (redis.ConnectionError, redis.TimeoutError, redis.AuthenticationError, OSError) as exc:
        client.close()
        raise RedisUnavailable(redact_url(url), f"{exc}{_tls_hint(url, exc)}") from None
    if patience > 0:
        client.set_retry(PatientRetry(patience, redact_url(url)))
    return client


def _tls_hint(url, exc):
    """What to change in the URL when the error says the two ends disagree on TLS."""
    if url.startswith("redis://") and str(exc).startswith(HUNG_UP):
        return " (the server hung up on a plain connection: if it speaks TLS only, use a rediss:// URL)"
    if "CERTIFICATE_VERIFY_FAILED" in str(exc):
        return " (to trust a private CA, add ?ssl_ca_certs=/path/to/ca.pem to the URL)"
    return ""


def connect_from_settings(settings):
    """The client of a long-running process: NEWSWATCH_REDIS_URL, waited for NEWSWATCH_REDIS_RETRY_SECONDS."""
    return connect(settings.get("NEWSWATCH_REDIS_URL"), patience=settings.getint("NEWSWATCH_REDIS_RETRY_SECONDS"))
