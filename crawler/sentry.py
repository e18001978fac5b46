"""Error reporting to Sentry, for spiders and workers alike; off, silently, when no DSN is set.

Events carry the component, site and URL as tags, never article text or
secrets: local variables are not sent, PII is off, and request bodies and
breadcrumb data are dropped before sending.
"""

import sentry_sdk
from sentry_sdk.integrations.logging import LoggingIntegration
from sentry_sdk.integrations.rq import RqIntegration


def init_sentry(dsn, component):
    """Start reporting for ``component`` ("spider" or "worker"); False when ``dsn`` is empty."""
    if not dsn:
        return False
    integrations = [LoggingIntegration(event_level=None)]  # our warnings are counted, not reported
    if component == "worker":
        integrations.append(RqIntegration())
    sentry_sdk.init(dsn=dsn, integrations=integrations, send_default_pii=False, include_local_variables=False,
                    send_client_reports=False, max_breadcrumbs=0, before_send=_scrub, traces_sample_rate=0)
    sentry_sdk.set_tag("component", component)
    return True


def _scrub(event, hint):
    """Keep the RQ job's id and function, drop its arguments (article messages), requests and breadcrumbs."""
    job = event.get("extra", {}).pop("rq-job", None)
    if job:
        event.setdefault("tags", {}).update({"job_id": job.get("job_id"), "job": job.get("func")})
    event.pop("request", None)
    event.pop("breadcrumbs", None)
    return event


def report_spider_error(failure, url, site):
    """Send one spider error with the site and URL as tags."""
    with sentry_sdk.new_scope() as scope:
        scope.set_tag("site", site)
        scope.set_tag("url", url)
        sentry_sdk.capture_exception((failure.type, failure.value, failure.getTracebackObject()))
