"""Error reporting to Sentry, for spiders and workers alike; off, silently, when no DSN is set.

Events carry the component, site and URL as tags, never article text or
secrets: local variables are not sent, PII is off, request bodies and
breadcrumb data are dropped, and every string left (the error's message, the
command line) is scrubbed of the process's secrets before sending.
"""

from functools import partial

import sentry_sdk
from sentry_sdk.integrations.logging import LoggingIntegration
from sentry_sdk.integrations.rq import RqIntegration

from newswatch.shared.redaction import Redactor


def init_sentry(dsn, component, secrets=()):
    """Start reporting for ``component`` ("spider" or "worker"), ``secrets``
    (newswatch.shared.redaction.secrets_of) masked in every event; False when ``dsn`` is empty."""
    if not dsn:
        return False
    integrations = [LoggingIntegration(event_level=None)]  # our warnings are counted, not reported
    if component == "worker":
        integrations.append(RqIntegration())
    sentry_sdk.init(dsn=dsn, integrations=integrations, send_default_pii=False, include_local_variables=False,
                    send_client_reports=False, max_breadcrumbs=0, before_send=partial(_scrub, Redactor(secrets)),
                    traces_sample_rate=0)
    sentry_sdk.set_tag("component", component)
    return True


def _scrub(redactor, event, hint):
    """Keep the RQ job's id and function, drop its arguments (article messages), requests and breadcrumbs;
    mask secrets in the rest."""
    job = event.get("extra", {}).pop("rq-job", None)
    if job:
        event.setdefault("tags", {}).update({"job_id": job.get("job_id"), "job": job.get("func")})
    event.pop("request", None)
    event.pop("breadcrumbs", None)
    return _redacted(event, redactor)


def _redacted(value, redactor):
    if isinstance(value, str):
        return redactor(value)
    if isinstance(value, dict):
        return {key: _redacted(item, redactor) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_redacted(item, redactor) for item in value]
    return value


def report_spider_error(failure, url, site):
    """Send one spider error with the site and URL as tags."""
    report_exception((failure.type, failure.value, failure.getTracebackObject()), url, site)


def report_exception(exc_info, url, site):
    """Send one exception (``sys.exc_info()``) with the site and URL as tags; nothing when Sentry is off."""
    with sentry_sdk.new_scope() as scope:
        scope.set_tag("site", site)
        scope.set_tag("url", url)
        sentry_sdk.capture_exception(exc_info)
