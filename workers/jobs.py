"""RQ job functions: the entry points named in queued jobs (JSON arguments only).

Unexpected errors propagate so RQ records them in the FailedJobRegistry.
"""

from dataclasses import asdict

from rq import get_current_job

from crawler.items import Article
from workers import delivery
from workers.delivery import deliver
from workers.processing import ArticleProcessor
from workers.runtime import current


def process_article(message):
    """Dedup, version, alert and publish one article message."""
    return process_articles([message])[0]


def process_articles(messages):
    """``process_article`` for a batch: one job, many articles. Retried whole, each article's
    effects are idempotent (a done article comes back ``unchanged``)."""
    runtime = current()
    processor = ArticleProcessor(get_current_job().connection, runtime.config, runtime.rules)
    return [asdict(processor.process(Article.from_message(message))) for message in messages]


def deliver_alert(alert_ident):
    """Deliver one alert to its channels; raises DeliveryFailed so RQ retries what failed."""
    job = get_current_job()
    return deliver(job.connection, current().config, alert_ident, final_attempt=not job.retries_left)


def deliver_digest(rule_id, story_id):
    """Deliver the alerts a story's throttle window held back, as one message."""
    job = get_current_job()
    return delivery.deliver_digest(job.connection, current().config, rule_id, story_id,
                                   final_attempt=not job.retries_left)
