"""The real spider (a child process) against a fixture site of awkward pages, enqueuing into a real Redis."""

import pytest
from rq import Queue
from rq.serializers import JSONSerializer

from newswatch.shared.redis_keys import RedisKeys
from newswatch.demo.runner import run_crawl, crawl_env
from tests.crawler.edge_site import CP1252_TITLE, LATIN1_TITLE, EdgeSite
from workers.config import load_config

SEEDS = """
[[site]]
name = "edge"
base_url = "http://127.0.0.1:1"
allow_networks = ["127.0.0.1/32"]
article_patterns = ["^/news/"]
listing_patterns = ["^/list", "^/calendar/"]
max_depth = 50
max_pagination = 5
archive_days = 3
rate = 100
concurrency = 8

[site.selectors]
title = "h1.headline"
body = "div.article-body"
"""


@pytest.fixture(scope="module")
def crawl(redis_url, tmp_path_factory):
    seeds = tmp_path_factory.mktemp("seeds") / "edge.toml"
    seeds.write_text(SEEDS, encoding="utf-8")
    config = load_config().with_changes(redis_url=redis_url, keys=RedisKeys("nwedge"), article_queue="edge-articles")
    from newswatch.shared.connection import connect
    connection = connect(redis_url)
    connection.flushdb()
    with EdgeSite() as site:
        env = crawl_env(config, "edge", seeds=seeds, base_urls={"edge": site.url},
                        download_timeout=1, download_maxsize=1_000_000)
        run_crawl(env, timeout=120)
        hits = list(site.hits)
    queue = Queue(config.article_queue, connection=connection, serializer=JSONSerializer)
    articles = {message["url"].rsplit("/", 1)[-1]: message for job in queue.jobs for message in job.args[0]}
    stats = {k.decode(): v.decode() for k, v in connection.hgetall(config.keys.crawl_stats("edge")).items()}
    slots = sum(connection.zcard(key) for key in connection.scan_iter(match=config.keys.host_in_flight("*")))
    yield {"articles": articles, "stats": stats, "hits": hits, "host_slots_held": slots}
    connection.flushdb()
    connection.close()


def test_an_encoding_named_by_the_http_header_is_decoded(crawl):
    assert crawl["articles"]["cp1252"]["title"] == CP1252_TITLE
    assert crawl["articles"]["cp1252"]["body"] == ["Price: 5 € and a dash – here."]


def test_an_encoding_named_only_by_meta_charset_is_decoded(crawl):
    assert crawl["articles"]["latin1-meta"]["title"] == LATIN1_TITLE


def test_an_undeclared_windows_1252_page_is_detected(crawl):
    assert crawl["articles"]["undeclared"]["title"] == "Déjà vu in Zürich"


def test_a_page_over_the_size_limit_is_aborted_and_counted(crawl):
    assert "huge" not in crawl["articles"]
    assert crawl["stats"]["newswatch/errors/DownloadCancelledError"] == "1"


def test_a_page_slower_than_the_timeout_is_retried_then_counted(crawl):
    assert "slow" not in crawl["articles"]
    assert crawl["hits"].count("/news/slow") == 3  # first try and RETRY_TIMES = 2
    assert crawl["stats"]["newswatch/errors/DownloadTimeoutError"] == "1"


def test_malformed_html_still_gives_its_article(crawl):
    assert crawl["articles"]["broken"]["title"].startswith("Broken markup")
    assert crawl["articles"]["broken"]["body"] == ["Still read", "Twice"]


def test_a_link_no_url_parser_takes_is_skipped_and_counted_not_fatal_to_its_page(crawl):
    assert crawl["articles"]["broken"]["body"] == ["Still read", "Twice"]
    assert crawl["stats"]["newswatch/skipped/bad_link"] == "1"


def test_redirected_and_retried_pages_give_back_their_host_slots(crawl):
    assert crawl["articles"]["landed"]["title"] == "Landed"
    assert crawl["articles"]["flaky"]["title"] == "Flaky"
    assert crawl["hits"].count("/news/flaky") == 3
    assert crawl["host_slots_held"] == 0  # a slot kept by a redirect or retry would stall the host


def test_an_empty_page_is_dropped_for_its_missing_title(crawl):
    assert "empty" not in crawl["articles"]
    assert crawl["stats"]["newswatch/dropped/missing_title"] == "1"


def test_endless_pagination_stops_at_the_sites_limit(crawl):
    assert sorted(hit for hit in crawl["hits"] if hit.startswith("/list")) == [f"/list?page={n}" for n in range(1, 6)]
    assert crawl["stats"]["newswatch/traps/pagination"] == "1"


def test_an_endless_calendar_stops_at_the_archive_window(crawl):
    days = [hit for hit in crawl["hits"] if hit.startswith("/calendar/")]
    assert len(days) == 5  # three days back, today, tomorrow
    assert int(crawl["stats"]["newswatch/traps/calendar"]) >= 2


def test_session_ids_do_not_make_a_page_new(crawl):
    assert crawl["hits"].count("/news/cp1252") == 1
    assert not any("jsessionid" in hit.lower() or "phpsessid" in hit.lower() for hit in crawl["hits"])


def test_the_crawl_finishes_despite_bad_pages(crawl):
    assert crawl["stats"]["finish_reason"] == "finished"
    assert len(crawl["articles"]) == 6

