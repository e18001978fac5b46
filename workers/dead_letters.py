"""Alerts whose delivery ran out of retries: RQ's failed registry of the alert queue is the dead letter.

Operators list them (``newswatch alerts dead``) and, once the channel is mended, send them again
(``newswatch alerts retry``): the job runs once more and still skips channels already served.
"""


from workers.alerts import decode_alert
from workers.job_policy import open_queue


def _registry(connection, config):
    return open_queue(config.alert_queue, connection).failed_job_registry


def dead_alerts(connection, config):
    """Each dead-lettered delivery: its job id, and the alert record (or None for a digest job)."""
    entries = []
    for job_id in _registry(connection, config).get_job_ids():
        raw = connection.hgetall(config.keys.alert(config.keys.alert_of_delivery_job(job_id)))
        entries.append({"job_id": job_id, "alert": decode_alert(raw) if raw else None})
    return entries


def retry_dead(connection, config, job_ids=None):
    """Put dead-lettered deliveries (all, or ``job_ids``) back on the alert queue; the ids requeued."""
    registry = _registry(connection, config)
    wanted = registry.get_job_ids() if job_ids is None else list(job_ids)
    unknown = set(wanted) - set(registry.get_job_ids())
    if unknown:
        raise KeyError(", ".join(sorted(unknown)))
    for job_id in wanted:
        registry.requeue(job_id)
        alert_key = config.keys.alert(config.keys.alert_of_delivery_job(job_id))
        if connection.exists(alert_key):  # a digest job has no alert record
            connection.hset(alert_key, "status", "retrying")
    return wanted
