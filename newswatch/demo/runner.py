"""The demo: two crawls of the bundled news site through the whole pipeline.

Serves the demo site and a local webhook, crawls edition 1 with the real
spider (``scrapy crawl news`` in a child process), drains the queues with a
worker, switches the site to edition 2 (an edited article, a new one, a
syndicated copy, cosmetic noise everywhere), crawls and drains again, and
reports what each crawl produced. Each run keeps its keys under its own
prefix and queues (``nwdemo-<run id>``) and deletes them at the end, so it
never touches a deployment, or another demo, sharing the same Redis.
"""

import json
import os
import subprocess
import time
import uuid

from newswatch.shared.connection import connect
from newswatch.shared.redis_keys import RedisKeys
from newswatch.shared.settings import BUNDLED_SEEDS
from crawler.spider_process import spider_command, spider_env
from newswatch.demo.site import DemoSite
from newswatch.demo.webhook_receiver import WebhookReceiver
from workers import runtime
from workers.config import load_config
from workers.diff import describe
from workers.draining import drain
from workers.events import ArticleEvent
from workers import version_records

DEMO_PREFIX = "nwdemo"


DEMO_SEEDS, DEMO_RULES = BUNDLED_SEEDS / "demo.toml", BUNDLED_SEEDS / "rules.toml"


def demo_base_urls(site):
    """Where the demo seeds' sites are served in this run."""
    return {"clashwire": site.base_url, "partner-daily": site.partner_url}


def crawl_env(config, crawl_id, seeds=DEMO_SEEDS, base_urls=None, **settings):
    """Environment of a crawl child process (the settings module reads it); ``settings`` add NEWSWATCH_ ones."""
    return spider_env({
        **os.environ,
        "NEWSWATCH_REDIS_URL": config.redis_url,
        "NEWSWATCH_KEY_PREFIX": config.keys.prefix,
        "NEWSWATCH_ARTICLE_QUEUE": config.article_queue,
        "NEWSWATCH_BASE_URLS": json.dumps(base_urls or {}),
        "NEWSWATCH_SEEDS": str(seeds),
        "NEWSWATCH_CRAWL_ID": crawl_id,
        "NEWSWATCH_LOG_LEVEL": os.environ.get("NEWSWATCH_LOG_LEVEL", "WARNING"),
        **{f"NEWSWATCH_{name.upper()}": str(value) for name, value in settings.items()},
    })


def run_crawl(env, timeout=600):
    """The real spider in a child process (a Twisted reactor runs once per process)."""
    result = subprocess.run(spider_command(), env=spider_env(env), timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError(f"crawl exited with status {result.returncode}")


def demo_config(redis_url, webhook_url, run_id):
    prefix = f"{DEMO_PREFIX}-{run_id}"
    return load_config().with_changes(
        redis_url=redis_url,
        keys=RedisKeys(prefix),
        article_queue=f"{prefix}-articles",
        alert_queue=f"{prefix}-alerts",
        rules_path=str(DEMO_RULES),
        channels={"default": [webhook_url]},
        alert_retry_intervals=(1, 2, 4),
    )


def clear_demo_state(connection, config):
    """Delete this run's keys, queues, jobs (with their results) and workers, and nothing else."""
    queues = {config.article_queue, config.alert_queue}
    doomed = list(connection.scan_iter(match=f"{config.keys.prefix}:*", count=500))
    for name in queues:
        doomed += connection.scan_iter(match=f"rq:*{name}*", count=500)
    jobs = _rq_hashes_of(connection, "rq:job:*", "origin", lambda origin: origin in queues)
    doomed += jobs + [b"rq:results:" + key[len(b"rq:job:"):] for key in jobs]
    doomed += _rq_hashes_of(connection, "rq:worker:*", "queues", lambda names: set(names.split(",")) <= queues)
    for start in range(0, len(doomed), 500):
        connection.delete(*doomed[start:start + 500])
    connection.srem("rq:queues", *(f"rq:queue:{name}" for name in queues))


def _rq_hashes_of(connection, pattern, field, ours):
    """RQ's hashes (``rq:job:<id>``, ``rq:worker:<name>``) whose ``field`` says they are ours: RQ names them by id,
    not by queue."""
    keys = [key for key in connection.scan_iter(match=pattern, count=500) if key.count(b":") == 2]
    with connection.pipeline(transaction=False) as pipe:
        for key in keys:
            pipe.hget(key, field)
        values = pipe.execute(raise_on_error=False)
    return [key for key, value in zip(keys, values) if isinstance(value, bytes) and ours(value.decode())]


def run_demo(redis_url, out=print):
    connection = connect(redis_url)
    run_id = uuid.uuid4().hex[:6]
    with DemoSite() as site, WebhookReceiver(on_receive=lambda m: print_alert(m, out)) as webhook:
        config = demo_config(redis_url, webhook.apprise_url, run_id)
        runtime.configure(config)
        out(f"demo site: {site.base_url} (partner: {site.partner_url}); webhook on loopback; "
            f"keys under {config.keys.prefix}: (deleted at the end)")
        try:
            run_editions(connection, config, site, run_id, out)
            out(f"\nstream {config.keys.stream}: {connection.xlen(config.keys.stream)} events; "
                f"alerts received by the webhook: {len(webhook.received)}")
        finally:
            clear_demo_state(connection, config)
    connection.close()


def run_editions(connection, config, site, run_id, out):
    """Crawl edition 1, drain, crawl edition 2, drain, reporting each crawl."""
    for edition in (1, 2):
        site.edition = edition
        crawl_id = f"demo-{run_id}-edition{edition}"
        out(f"\n=== crawl {edition}: edition {edition} of the site (crawl id {crawl_id}) ===")
        started = time.monotonic()
        # Revisit every crawl: the demo shows what changed between two crawls a second apart.
        run_crawl(crawl_env(config, crawl_id, base_urls=demo_base_urls(site), revisit_after=0))
        drain(connection, config)
        report_crawl(connection, config, crawl_id, time.monotonic() - started, out)


def print_alert(message, out):
    out(f"\n>>> ALERT (webhook) {message.get('title')}\n    " + message.get("message", "").replace("\n", "\n    "))


def report_crawl(connection, config, crawl_id, seconds, out):
    stats = {k.decode(): v.decode() for k, v in connection.hgetall(config.keys.crawl_stats(crawl_id)).items()}
    count = lambda name: int(stats.get(name, 0))  # noqa: E731
    dropped = ", ".join(f"{k.split('/')[-1]}={v}" for k, v in stats.items() if k.startswith("newswatch/dropped/"))
    out(f"pages crawled: {count('response_received_count')}  not modified (304): {count('newswatch/not_modified')}  "
        f"articles: {count('newswatch/enqueued')}  dropped: {dropped or 0}  "
        f"non-HTML skipped: {count('newswatch/skipped/not_html')}")
    out(f"new: {count('events/new')}  updates: {count('events/update')}  "
        f"duplicates: {count('events/duplicate')}  unchanged refetches: {count('events/unchanged')}  "
        f"({seconds:.1f} s)")
    out(alert_summary(connection, config, crawl_id))
    if count("alerts/withheld_old"):
        out(f"old news learned without alerting: {count('alerts/withheld_old')} articles published over "
            f"{config.alert_max_age // 3600} h ago, found by the site's first crawl (NEWSWATCH_ALERT_MAX_AGE)")
    for event in crawl_events(connection, config, crawl_id):
        if event.event == "update":
            out(f"update of {event.article['url']} (version {event.version}):\n  "
                + describe(event.diff).replace("\n", "\n  "))
        elif event.event == "duplicate":
            out(f"duplicate: {event.article['url']} is a copy of {original_of(connection, config, event)}")


def crawl_events(connection, config, crawl_id):
    for _, fields in connection.xrange(config.keys.stream):
        event = ArticleEvent.from_stream_fields(fields)
        if event.article.get("crawl_id") == crawl_id:
            yield event


def original_of(connection, config, event):
    """The original a duplicate copies, as people know it: its headline and URL."""
    url = connection.hget(config.keys.article(event.duplicate_of), "url")
    latest = connection.lindex(config.keys.versions(event.duplicate_of), 0)
    title = version_records.decode(latest)["substance"]["title"] if latest else ""
    return f"“{title}” ({url.decode()})" if url and title else f"article {event.duplicate_of}"


def alert_summary(connection, config, crawl_id):
    """Alerts raised and how they went out: one webhook message per alert sent alone, one per digest."""
    alert_ids = [a for event in crawl_events(connection, config, crawl_id) for a in event.alerts]
    records = [connection.hmget(config.keys.alert(a), "status", "route", "story_id", "rule") for a in alert_ids]
    alone = sum(route != b"digest" and status == b"sent" for status, route, _, _ in records)
    grouped = [(rule, story) for status, route, story, rule in records if route == b"digest"]
    digests = len(set(grouped))
    return (f"alerts raised: {len(alert_ids)}: {alone} sent alone, {len(grouped)} grouped into {digests} "
            f"digest message(s) (alerts on one story within the rule's throttle_minutes) = {alone + digests} "
            f"webhook message(s)")
