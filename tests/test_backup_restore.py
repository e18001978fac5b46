"""Back up Redis and restore it on another server, as docs/how-to/back-up-redis.md says.

A demo crawl and its worker run against one redis-server; its RDB snapshot is taken (BGSAVE) and
copied; that server is then gone for good, and a new one starts from the copy. To newswatch the
restored Redis is the same instance (no wipe: the crawl exits 0 and nobody is told of one), and a
crawl after the restore publishes nothing the first one published and alerts nobody again.
"""

import shutil
import tempfile
import time
from pathlib import Path

import pytest

from newswatch.demo.redis_server import PrivateRedis
from newswatch.demo.runner import crawl_env, demo_base_urls, run_crawl
from newswatch.shared.connection import connect
from newswatch.shared.redis_keys import RedisKeys
from workers import runtime
from workers.config import load_config
from workers.draining import drain
from workers.events import ArticleEvent

pytestmark = pytest.mark.integration
RULES = '[[rule]]\nid = "maduro"\nany = ["Maduro"]\nthrottle_minutes = 0\n'


def crawl_and_work(config, site, crawl_id):
    """A crawl of the demo site, then every job it queued (alerts delivered)."""
    run_crawl(crawl_env(config, crawl_id, base_urls=demo_base_urls(site), alert_queue=config.alert_queue,
                        rules=config.rules_path, alert_urls=config.channels["default"][0], alert_max_age=0))
    assert drain(connect(config.redis_url), config, timeout=120)


def events(connection, config):
    return [ArticleEvent.from_stream_fields(fields) for _, fields in connection.xrange(config.keys.stream)]


def snapshot(connection, server, into):
    """BGSAVE, wait for it to end, copy dump.rdb: the backup."""
    before = connection.lastsave()
    connection.bgsave()
    deadline = time.monotonic() + 30
    while connection.lastsave() == before or connection.info("persistence")["rdb_bgsave_in_progress"]:
        assert time.monotonic() < deadline, "BGSAVE did not finish"
        time.sleep(0.1)
    shutil.copy(Path(server._dir) / "dump.rdb", into)


def test_a_restored_backup_carries_on_without_publishing_or_alerting_again(site, webhook, tmp_path):
    rules = tmp_path / "rules.toml"
    rules.write_text(RULES, encoding="utf-8")
    backup = tmp_path / "backup.rdb"
    with PrivateRedis() as lost:
        config = load_config().with_changes(redis_url=lost.url, keys=RedisKeys("nwbackup"),
                                            article_queue="backup-articles", alert_queue="backup-alerts",
                                            rules_path=str(rules), channels={"default": [webhook.apprise_url]},
                                            alert_max_age=0)
        runtime.configure(config)
        try:
            crawl_and_work(config, site, "before-backup")
            connection = connect(lost.url)
            published = {event.article_id for event in events(connection, config) if event.event == "new"}
            alerted = len(webhook.received)
            assert len(published) >= 40 and alerted >= 1
            snapshot(connection, lost, backup)
        finally:
            runtime.reset()
    data_dir = Path(tempfile.mkdtemp(prefix="newswatch-restored-"))
    shutil.copy(backup, data_dir / "dump.rdb")
    restored = PrivateRedis()
    restored._dir = str(data_dir)  # Redis loads dump.rdb from its directory at start
    with restored:
        config = config.with_changes(redis_url=restored.url)
        runtime.configure(config)
        try:
            connection = connect(restored.url)
            assert {event.article_id for event in events(connection, config) if event.event == "new"} == published
            crawl_and_work(config, site, "after-restore")  # exits 0: not taken for a wiped Redis
            after = events(connection, config)
            assert {event.article_id for event in after if event.event == "new"} == published
            assert len(webhook.received) == alerted  # no alert again, and no "Redis was wiped" alert
        finally:
            runtime.reset()
