"""What ``newswatch queue`` does to the RQ queues: look at the next or failed jobs, requeue, purge.

Job summaries name the articles (site and URL) or the alert a job carries, never article
bodies. The alert queue's failed registry is the alerts' dead letter: its jobs are
requeued through workers.dead_letters, so their alert records say ``retrying``.
"""

from rq.exceptions import DeserializationError
from rq.job import Job
from rq.results import Result
from rq.serializers import JSONSerializer

from newswatch.shared.job_names import PROCESS_ARTICLES
from workers import job_policy
from workers.dead_letters import retry_dead

SHOWN_ARTICLES = 3  # articles named in the summary of a batch job
SUMMARY_CHARS = 160


def known_queues(config):
    return [config.article_queue, config.alert_queue]


def resolve(config, name):
    """The configured queue that ``name`` means, by its own name or its role (``articles``, ``alerts``);
    None for any other name."""
    if name in known_queues(config):
        return name
    return {"articles": config.article_queue, "alerts": config.alert_queue}.get(name)


def open_queue(connection, name):
    return job_policy.open_queue(name, connection)


def peek(connection, name, limit, failed=False):
    """The next ``limit`` jobs of queue ``name`` (oldest first), or its failed ones, with the total."""
    queue = open_queue(connection, name)
    if failed:
        registry = queue.failed_job_registry
        ids, total = registry.get_job_ids(0, limit - 1), registry.count
    else:
        ids, total = queue.get_job_ids(0, limit), queue.count
    jobs = Job.fetch_many(ids, connection=connection, serializer=JSONSerializer)
    return {"queue": name, "registry": "failed" if failed else "queued", "count": total,
            "jobs": [describe_job(job_id, job, failed) for job_id, job in zip(ids, jobs)]}


def describe_job(job_id, job, failed):
    if job is None:
        return {"id": job_id, "function": None, "enqueued_at": None, "summary": "(job data expired)"}
    entry = {"id": job_id, "function": None, "enqueued_at": _iso(job.enqueued_at)}
    try:
        entry["function"] = job.func_name
        entry["summary"] = summarize(job.func_name, job.args)
    except DeserializationError:
        entry["summary"] = "(job data unreadable as JSON)"
    if failed:
        entry["ended_at"] = _iso(job.ended_at)
        entry["error"] = last_error_line(job)
    return entry


def summarize(func_name, args):
    """One line on what a job carries: the site and URL of its articles, or its alert."""
    short = func_name.rsplit(".", 1)[-1] if func_name else ""
    if short == "process_articles" and args and isinstance(args[0], list):
        messages = args[0]
        named = "; ".join(_article(message) for message in messages[:SHOWN_ARTICLES])
        more = f" (+{len(messages) - SHOWN_ARTICLES} more)" if len(messages) > SHOWN_ARTICLES else ""
        text = f"{len(messages)} article(s): {named}{more}"
    elif short == "process_article" and args:
        text = _article(args[0])
    elif short == "deliver_alert" and args:
        text = f"alert {args[0]}"
    elif short == "deliver_digest" and len(args) == 2:
        text = f"digest of rule {args[0]} on story {args[1]}"
    else:
        text = repr(list(args))
    return text if len(text) <= SUMMARY_CHARS else text[:SUMMARY_CHARS - 3] + "..."


def _article(message):
    if not isinstance(message, dict):
        return f"(malformed message: {type(message).__name__})"
    return f"{message.get('site') or '?'} {message.get('url') or '(no url)'}"


def last_error_line(job):
    """The last line of the job's traceback (the exception and its message)."""
    result = job.latest_result()
    text = result.exc_string if result is not None and result.type == Result.Type.FAILED else ""
    lines = [line for line in (text or "").strip().splitlines() if line.strip()]
    return lines[-1] if lines else ""


def requeue_failed(connection, config, names, job_ids=()):
    """Put the failed jobs of queues ``names`` (all, or ``job_ids``) back on their queue: {queue: ids}.

    Raises KeyError naming the ids failed in none of the queues, before requeuing anything."""
    failed = {name: open_queue(connection, name).failed_job_registry.get_job_ids() for name in names}
    unknown = set(job_ids) - {job_id for ids in failed.values() for job_id in ids}
    if unknown:
        raise KeyError(", ".join(sorted(unknown)))
    chosen = {name: [job_id for job_id in ids if not job_ids or job_id in job_ids] for name, ids in failed.items()}
    for name, ids in chosen.items():
        if name == config.alert_queue:
            retry_dead(connection, config, ids)
            continue
        registry = open_queue(connection, name).failed_job_registry
        for job_id in ids:
            registry.requeue(job_id)
    return chosen


def purge(connection, name, failed=False, dropping_articles=lambda urls: None):
    """Delete every job queued on ``name`` (or in its failed registry); how many were deleted.

    ``dropping_articles`` gets the URLs of the articles the deleted jobs carried, first: their pages must be
    fetched in full next time (crawler.frontier.conditional keeps validators of pages handed to the workers).
    """
    queue = open_queue(connection, name)
    registry = queue.failed_job_registry if failed else None
    ids = registry.get_job_ids() if failed else queue.get_job_ids()
    jobs = Job.fetch_many(ids, connection=connection, serializer=JSONSerializer)
    dropping_articles([message.get("url", "") for job in jobs if job is not None and job.func_name == PROCESS_ARTICLES
                       for message in (job.args[0] if job.args else [])])
    if not failed:
        return queue.empty()
    for job_id, job in zip(ids, jobs):
        registry.remove(job_id)
        if job is not None:
            job.delete()
    return len(ids)


def count(connection, name, failed=False):
    queue = open_queue(connection, name)
    return queue.failed_job_registry.count if failed else queue.count


def _iso(moment):
    return moment.isoformat() if moment else None


def peek_lines(report):
    """A peek for people: a heading, then one line per job."""
    what = "failed job(s)" if report["registry"] == "failed" else "job(s) queued"
    lines = [f"queue {report['queue']}: {report['count']} {what}"
             + (f", first {len(report['jobs'])}:" if report["jobs"] else "")]
    for job in report["jobs"]:
        lines.append(f"  {job['id']}  {job['function'] or '?'}  {job['enqueued_at'] or '-'}  {job['summary']}")
        if job.get("error"):
            lines.append(f"      error: {job['error']}")
    return lines
