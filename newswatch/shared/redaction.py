"""Secrets kept out of what newswatch writes: log lines, command output, Sentry events.

The secrets are the Redis password, the Apprise URLs of the alert channels (a service's
tokens sit in the URL's host, path or query) and the Sentry DSN. ``redact_url`` masks the
password of a URL we print ourselves. ``Redactor`` scrubs text we did not write (an error
message quoting its input, a command line): passwords written in any URL, and every secret
the process was configured with. Spiders and workers pass it every log record
(``redact_logs``) and every Sentry event (newswatch.shared.sentry).
"""

import ipaddress
import logging
import re
from urllib.parse import parse_qsl, unquote, urlsplit

MASK = "***"
# Parts of an Apprise URL shorter than this are words ("hook", "alerts") or ports, not tokens.
MIN_TOKEN_LENGTH = 8
URL_PASSWORD = re.compile(r"(?P<user>\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s:/?#@]*):[^\s/?#@]+@")
QUERY_SECRET = re.compile(r"(?P<name>[?&][\w-]*(?:password|passwd|secret|token)=)[^&#\s]+", re.IGNORECASE)


def redact_url(url):
    """The URL (or any text) with the passwords and tokens written in its URLs masked: safe to print and log."""
    return QUERY_SECRET.sub(rf"\g<name>{MASK}", URL_PASSWORD.sub(rf"\g<user>:{MASK}@", url))


def secrets_of(redis_url="", sentry_dsn="", apprise_urls=()):
    """The strings a process must never write: its Redis password, its Sentry DSN and key, its Apprise URLs and their
    tokens."""
    found = {sentry_dsn, urlsplit(sentry_dsn).username or ""}
    if redis_url:
        password = _password(urlsplit(redis_url).netloc)
        found |= {password, unquote(password)}
        found |= {value for name, value in parse_qsl(urlsplit(redis_url).query) if QUERY_SECRET.search(f"?{name}=x")}
    for url in apprise_urls:
        found |= {url, *apprise_tokens(url)}
    return {secret for secret in found if secret}


def apprise_tokens(url):
    """The parts of an Apprise URL that may be tokens: its password, its host for services addressed by token
    (slack://TokenA/TokenB/TokenC), the port part of services that put a token there (tgram://bot:token), its path
    segments and query values."""
    parts = urlsplit(url)
    host, *after_host = parts.netloc.rpartition("@")[2].split(":")
    candidates = [_password(parts.netloc), *after_host, *parts.path.split("/"),
                  *(value for _, value in parse_qsl(parts.query))]
    if not _is_address(host):
        candidates.append(host)
    return {part for raw in candidates for part in (raw, unquote(raw)) if len(part) >= MIN_TOKEN_LENGTH}


def _password(netloc):
    """The password as written in a URL's network location (percent-encoded); empty when absent."""
    return netloc.rpartition("@")[0].partition(":")[2]


def _is_address(host):
    if host.startswith("[") or host == "localhost" or "." in host:
        return True
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


class Redactor:
    """Masks the secrets it was given, longest first (a URL before its parts), then any password written in a URL."""

    def __init__(self, secrets=()):
        self.secrets = sorted(set(secrets), key=len, reverse=True)

    def __call__(self, text):
        for secret in self.secrets:
            text = text.replace(secret, MASK)
        return redact_url(text)


_TRACEBACKS = logging.Formatter()


def redact_logs(secrets):
    """From now on, every log record of this process is written without ``secrets`` or URL passwords, whichever
    handler writes it (Scrapy's, RQ's, the JSON lines'): its message as it is formatted, its traceback at once."""
    redactor = Redactor(secrets)

    class RedactedRecord(logging.LogRecord):
        def getMessage(self):
            return redactor(super().getMessage())

    def make_record(*args, **kwargs):
        record = RedactedRecord(*args, **kwargs)
        if record.exc_info:  # formatters write exc_text when exc_info is gone: one scrubbed traceback for all
            record.exc_text = redactor(_TRACEBACKS.formatException(record.exc_info))
            record.exc_info = None
        return record

    logging.setLogRecordFactory(make_record)


class RedactedLogs:
    """Scrapy add-on: a crawl's log lines are scrubbed of its secrets from the first one.
    Settings read: NEWSWATCH_REDIS_URL, NEWSWATCH_SENTRY_DSN, NEWSWATCH_ALERT_URLS, NEWSWATCH_ALERT_CHANNELS."""

    @classmethod
    def update_pre_crawler_settings(cls, settings):
        # Scrapy's one hook before it sets up logging, in `scrapy crawl` and in a CrawlerProcess alike.
        redact_logs(secrets_in_settings(settings))


def secrets_in_settings(settings):
    channels = [url for urls in settings.getdict("NEWSWATCH_ALERT_CHANNELS").values() for url in urls]
    return secrets_of(settings.get("NEWSWATCH_REDIS_URL"), settings.get("NEWSWATCH_SENTRY_DSN"),
                      [*settings.getlist("NEWSWATCH_ALERT_URLS"), *channels])
