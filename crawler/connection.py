"""The one place that builds Redis clients."""

from urllib.parse import urlsplit, urlunsplit

import redis

from crawler.errors import RedisUnavailable


def redact_url(url):
    """The URL with any password replaced, safe to print and log."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.hostname or ""
    netloc = f"{user}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def redis_client(url, **options):
    """A client for ``url``; decoding is left off because RQ stores bytes."""
    options.setdefault("socket_connect_timeout", 5)
    options.setdefault("health_check_interval", 30)
    return redis.Redis.from_url(url, **options)


def connect(url, **options):
    """A client that has answered PING, or RedisUnavailable naming the URL."""
    client = redis_client(url, **options)
    try:
        client.ping()
    except (redis.ConnectionError, redis.TimeoutError, redis.AuthenticationError, OSError) as exc:
        client.close()
        raise RedisUnavailable(redact_url(url), exc) from None
    return client
