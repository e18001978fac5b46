"""RQ job functions: the entry points named in queued jobs (JSON arguments only).

Unexpected errors propagate so RQ records them in the FailedJobRegistry.
"""

import logging
from dataclasses import asdict

from rq import get_current_job

from newswatch.shared.errors import MessageError
from newswatch.shared.items import Article, PageStatus, is_page_status
from workers import delivery
from workers.delivery import deliver
from workers.page_status import PageStatuses
from workers.processing import ArticleProcessor
from workers.runtime import current
from workers.stream_trim import StreamTrimmer

logger = logging.getLogger(__name__)


def process_article(message):
    """Dedup, version, alert and publish one article message."""
    return process_articles([message])[0]


def process_articles(messages):
    """``process_article`` for a batch: one job, many articles. Retried whole, each article's
    effects are idempotent (a done article comes back ``unchanged``).

    A message that does not fit the schema is refused, its reason logged, and the others are
    processed; the job then fails naming the refused ones, so that it stays, with them, in RQ's
    failed registry (the dead letter: ``newswatch queue peek --failed``) instead of vanishing.
    """
    runtime = current()
    processor = ArticleProcessor(get_current_job().connection, runtime.config, runtime.rules)
    statuses = PageStatuses(processor)
    results, refused = [], []
    for number, message in enumerate(messages):
        try:
            if is_page_status(message):  # a known page found gone or moved (workers.page_status)
                results.append(asdict(statuses.handle(PageStatus.from_message(message))))
                continue
            article = Article.from_message(message)
        except MessageError as exc:
            url = message.get("url") if isinstance(message, dict) else None
            logger.warning("refused article message %d (%.200r): %s", number, url, exc)
            refused.append(f"#{number}: {exc}")
            continue
        results.append(asdict(processor.process(article)))
    StreamTrimmer(processor.redis, runtime.config).trim()
    if refused:
        raise MessageError(f"{len(refused)} of {len(messages)} article message(s) refused: {'; '.join(refused)}")
    return results


def deliver_alert(alert_ident):
    """Deliver one alert to its channels; raises DeliveryFailed so RQ retries what failed."""
    job = get_current_job()
    return deliver(job.connection, current().config, alert_ident, final_attempt=not job.retries_left)


def deliver_digest(rule_id, story_id):
    """Deliver the alerts a story's throttle window held back, as one message."""
    job = get_current_job()
    return delivery.deliver_digest(job.connection, current().config, rule_id, story_id,
                                   final_attempt=not job.retries_left)
