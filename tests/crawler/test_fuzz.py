"""The real spider (a child process) against the generated fuzz site: it never crashes, stays within
its memory, and every page of the corpus either gives an article or is counted with the reason it was
dropped, skipped or failed, in the crawl stats and in ``newswatch status``."""

import json
import os
import subprocess
import sys
import time
from collections import Counter

import pytest
from rq import Queue
from rq.serializers import JSONSerializer

from newswatch.demo.runner import crawl_env
from newswatch.shared.connection import connect
from newswatch.shared.items import is_page_status
from newswatch.shared.redis_keys import RedisKeys
from newswatch.shared.settings import PROJECT_ROOT
from tests.crawler.fuzz_site import MANY_LINKS, FuzzSite
from workers.config import load_config

PREFIX, CRAWL_ID = "nwfuzz", "fuzz"
CRAWL_DEADLINE = 100  # seconds; the crawl takes about 20
DOWNLOAD_TIMEOUT = 4  # pages that never finish cost three times this (RETRY_TIMES = 2)
DOWNLOAD_MAXSIZE = 12 * 1024 * 1024  # room for the 10 MiB attribute and href
MAX_PEAK_RSS_MB = 600
FLOOD_BUDGET = 100  # pages of the link flood's site fetched (seeds max_pages)
SEEDS = f"""
[[site]]
name = "fuzz"
base_url = "http://127.0.0.1:1"
allow_networks = ["127.0.0.1/32"]
article_patterns = ["^/a/", "^/r/", "^/raw/", "^/private/", "^/bomb/"]
listing_patterns = ["^/trap/", "^/links/"]
max_depth = 3
max_pagination = 5
archive_days = 3
rate = 200
concurrency = 16

[[site]]
name = "fuzzlinks"
base_url = "http://127.0.0.2:1"
allow_networks = ["127.0.0.2/32"]
start_urls = []
article_patterns = ["^/many/"]
max_pages = {FLOOD_BUDGET}
rate = 200
concurrency = 16
"""

ARTICLE, LISTING = "article", "listing"
E, D, S = "newswatch/errors/", "newswatch/dropped/", "newswatch/skipped/"
# Every page of the corpus and what must become of it: an article, a listing whose links are followed
# or refused, or the one stat that says why it was given up on.
EXPECTED = {
    "/a/unclosed": ARTICLE, "/a/garbage-bytes": ARTICLE, "/a/nul-bytes": ARTICLE, "/a/control-chars": ARTICLE,
    "/a/tag-soup": D + "missing_title", "/a/only-garbage": D + "missing_title",
    "/a/empty-document": D + "missing_title", "/a/binary-as-html": D + "missing_title",
    "/a/unclosed-comment": D + "missing_body", "/a/unclosed-script": D + "missing_body",
    "/a/no-text": D + "missing_body",
    "/a/invalid-utf8": ARTICLE, "/a/conflicting-charsets": ARTICLE, "/a/utf16-no-bom": ARTICLE,
    "/a/utf16-undeclared": ARTICLE, "/a/unknown-charset": ARTICLE, "/a/empty-charset": ARTICLE, "/a/utf7": ARTICLE,
    "/a/image.png": S + "not_html", "/a/document.pdf": S + "not_html", "/a/octet-stream": S + "not_html",
    "/a/no-content-type": S + "not_html", "/a/json": S + "not_html", "/a/no-content": S + "not_html",
    "/a/xhtml": ARTICLE, "/a/unknown-encoding": ARTICLE, "/a/bad-gzip": E + "zlib.error",
    "/a/huge-declared": E + "DownloadCancelledError",
    # Cut at DOWNLOAD_MAXSIZE; or by the timeout when the crawler, busy parsing, reads 12 MB too slowly
    # (Twisted reads 64 KB a turn of its loop): either way dropped, counted, never held whole.
    "/a/huge-streamed": (E + "DownloadCancelledError", E + "DownloadTimeoutError"),
    "/bomb/gzip": E + "decompressed_too_large", "/bomb/gzip-twice": E + "decompressed_too_large",
    "/bomb/deflate": E + "decompressed_too_large", "/bomb/br": E + "decompressed_too_large",
    "/bomb/zstd": E + "decompressed_too_large",
    "/a/giant-attribute": ARTICLE, "/a/giant-href": ARTICLE,
    "/a/deep-nesting": D + "missing_body",  # libxml2 keeps the first 2048 levels; the text is deeper
    "/a/trickle": E + "DownloadTimeoutError", "/a/stall": E + "DownloadTimeoutError",
    "/a/truncated": E + "ResponseDataLossError", "/a/huge-header": E + "DownloadFailedError",
    "/raw/not-http": E + "DownloadFailedError", "/raw/silence": E + "DownloadFailedError",
    "/a/server-error": D + "http_500", "/a/gone": D + "http_410", "/private/secret": S + "robots_txt",
    # A redirect to a page already seen in the crawl is not followed again: a loop ends there.
    "/r/loop-a": S + "redirect_to_seen", "/r/loop-b": S + "redirect_to_seen",
    "/r/self": E + "too_many_redirects", "/r/chain/0": E + "too_many_redirects",
    "/r/no-location": D + "http_302", "/r/bad-location": E + "bad_redirect", "/r/to-mailto": E + "bad_redirect",
    "/r/landing/10": ARTICLE,  # ten redirects: fewer than REDIRECT_MAX_TIMES
    "/trap/loop/loop/": LISTING, "/trap/deep": LISTING, "/trap/pages?page=1": LISTING, "/trap/calendar": LISTING,
    "/trap/chain/1": LISTING, "/links/many": LISTING, "/links/garbage": LISTING,
}
LANDS_ON = {"/r/landing/10": "/r/landing/0"}
# Links refused before they became requests.
LINK_STATS = {
    S + "bad_link": 500,  # /links/garbage: "http://[bad<n>/"
    S + "too_deep": 1,  # /trap/chain/3 links /trap/chain/4, past the site's max_depth
    "newswatch/traps/repeated_path": 1, "newswatch/traps/path_too_deep": 1, "newswatch/traps/pagination": 1,
    "newswatch/traps/calendar": 1, "newswatch/traps/url_too_long": 1,  # /a/giant-href's 10 MiB link
}
FLOOD_404S = FLOOD_BUDGET // 2


def run_measured(command, env, log_path, deadline):
    """(exit code, peak RSS in MB, seconds) of ``command``, its output in ``log_path``; killed past ``deadline``."""
    started = time.monotonic()
    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - started > deadline:
                process.kill()
                process.wait()
                pytest.fail(f"the crawl ran past {deadline} s")
            time.sleep(0.1)
    process.returncode = os.waitstatus_to_exitcode(status)
    return process.returncode, usage.ru_maxrss / 1024, time.monotonic() - started


def newswatch_status(redis_url, *args):
    env = {**os.environ, "NEWSWATCH_KEY_PREFIX": PREFIX}
    result = subprocess.run([sys.executable, "-m", "newswatch", "status", "--redis-url", redis_url, *args],
                            capture_output=True, text=True, timeout=60, env=env, cwd=PROJECT_ROOT)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def crawl(redis_url, tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "fuzz.toml").write_text(SEEDS, encoding="utf-8")
    config = load_config().with_changes(redis_url=redis_url, keys=RedisKeys(PREFIX), article_queue="fuzz-articles")
    connection = connect(redis_url)
    connection.flushdb()
    with FuzzSite() as site:
        env = crawl_env(config, CRAWL_ID, seeds=folder / "fuzz.toml",
                        base_urls={"fuzz": site.url, "fuzzlinks": site.links_url},
                        download_timeout=DOWNLOAD_TIMEOUT, download_maxsize=DOWNLOAD_MAXSIZE)
        code, peak_mb, seconds = run_measured([sys.executable, "-m", "scrapy", "crawl", "news"], env,
                                              folder / "crawl.log", CRAWL_DEADLINE)
        hits, corpus = Counter(site.hits), site.corpus
    print(f"\nfuzz crawl: exit {code}, {seconds:.1f} s, peak RSS {peak_mb:.0f} MB")
    queue = Queue(config.article_queue, connection=connection, serializer=JSONSerializer)
    messages = [message for job in queue.jobs for message in job.args[0]]
    articles = {m["url"].split("/", 3)[3]: m for m in messages if not is_page_status(m)}
    statuses = {m["url"].split("/", 3)[3]: m for m in messages if is_page_status(m)}
    stats = {k.decode(): v.decode() for k, v in connection.hgetall(config.keys.crawl_stats(CRAWL_ID)).items()}
    slots = sum(connection.zcard(key) for key in connection.scan_iter(match=config.keys.host_in_flight("*")))
    yield {"code": code, "peak_mb": peak_mb, "seconds": seconds, "log": (folder / "crawl.log").read_text("utf-8"),
           "hits": hits, "corpus": corpus, "articles": {"/" + path: a for path, a in articles.items()},
           "page_statuses": {"/" + path: s for path, s in statuses.items()},
           "stats": stats, "host_slots_held": slots,
           "status_json": json.loads(newswatch_status(redis_url, "--json")), "status_text": newswatch_status(redis_url)}
    connection.flushdb()
    connection.close()


def test_the_crawl_finishes_without_a_crash(crawl):
    assert crawl["code"] == 0
    assert crawl["stats"]["finish_reason"] == "finished"
    for sign in ("Traceback", "Spider error processing", "Error processing", "Unhandled error"):
        assert sign not in crawl["log"], crawl["log"]


def test_memory_stays_bounded_and_the_crawl_short(crawl):
    assert crawl["peak_mb"] < MAX_PEAK_RSS_MB, f"peak RSS {crawl['peak_mb']:.0f} MB"
    assert crawl["seconds"] < 60


def test_every_page_of_the_corpus_has_an_expected_outcome(crawl):
    assert sorted(EXPECTED) == crawl["corpus"]


def alternatives(outcome):
    return outcome if isinstance(outcome, tuple) else (outcome,)


@pytest.mark.parametrize(("path", "outcome"), sorted(EXPECTED.items()))
def test_each_page_gives_its_article_or_its_reason(crawl, path, outcome):
    # it was asked for, unless robots.txt forbids it
    assert (crawl["hits"][path] == 0) if outcome == S + "robots_txt" else (crawl["hits"][path] >= 1)
    landed = LANDS_ON.get(path, path)
    if outcome == ARTICLE:
        assert crawl["articles"][landed]["title"].startswith("Fuzz ")
    else:
        assert landed not in crawl["articles"]
        if outcome in (D + "http_404", D + "http_410"):  # a page gone: told to the workers, which know whether
            assert crawl["page_statuses"][landed]["status"] == "removed"  # it was an article (workers.page_status)
        if outcome != LISTING:
            assert any(int(crawl["stats"].get(key, 0)) >= 1 for key in alternatives(outcome)), \
                f"{path}: no {outcome} in {crawl['stats']}"


def test_the_reasons_counted_are_exactly_those_of_the_corpus(crawl):
    expected = Counter(outcome for outcome in EXPECTED.values() if isinstance(outcome, str)
                       and outcome not in (ARTICLE, LISTING))
    expected.update({D + "http_404": FLOOD_404S, **LINK_STATS})
    for outcome in (outcome for outcome in EXPECTED.values() if isinstance(outcome, tuple)):
        expected[next((key for key in outcome if int(crawl["stats"].get(key, 0)) > expected[key]), outcome[0])] += 1
    counted = {key: int(value) for key, value in crawl["stats"].items()
               if key.startswith((E, D, S, "newswatch/traps/"))}
    assert counted == dict(expected)


def test_every_failure_counts_against_its_site(crawl):
    errors = sum(int(v) for k, v in crawl["stats"].items() if k.startswith(E))
    assert int(crawl["stats"]["newswatch/site_failed/fuzz"]) == errors


def test_the_articles_are_exactly_those_expected(crawl):
    fuzz = {path for path in crawl["articles"] if not path.startswith("/many/")}
    assert fuzz == {LANDS_ON.get(path, path) for path, outcome in EXPECTED.items() if outcome == ARTICLE}
    assert int(crawl["stats"]["newswatch/enqueued"]) == len(crawl["articles"])


def test_hostile_encodings_still_give_readable_titles(crawl):
    titles = {path: article["title"] for path, article in crawl["articles"].items()}
    assert titles["/a/utf16-no-bom"] == "Fuzz utf16"  # "utf-16" without a BOM is little-endian
    assert titles["/a/nul-bytes"] == "Fuzz nulbytes"
    assert titles["/a/garbage-bytes"] == "Fuzz garbage bytes"
    assert titles["/a/utf7"].startswith("Fuzz utf7 +")  # never decoded as UTF-7: no "<b>" smuggled in
    assert titles["/a/giant-attribute"] == "Fuzz giant attribute"


def test_ten_thousand_links_stop_at_the_page_budget(crawl):
    flood = {path for path in crawl["hits"] if path.startswith("/many/")}
    assert len(flood) == FLOOD_BUDGET
    assert len([path for path in crawl["articles"] if path.startswith("/many/")]) == FLOOD_BUDGET // 2
    assert int(crawl["stats"]["newswatch/frontier/over_budget"]) == MANY_LINKS - FLOOD_BUDGET


def test_redirect_loops_stop_at_a_page_seen_and_endless_chains_at_the_redirect_limit(crawl):
    assert crawl["hits"]["/r/loop-a"] == crawl["hits"]["/r/loop-b"] == 1
    assert max(int(path.rsplit("/", 1)[1]) for path in crawl["hits"] if path.startswith("/r/chain/")) == 20
    assert crawl["hits"]["/r/self"] <= 21


def test_a_crawl_trap_stops_at_the_sites_depth(crawl):
    assert crawl["hits"]["/trap/chain/3"] == 1 and crawl["hits"]["/trap/chain/4"] == 0


def test_failed_and_refused_pages_give_back_their_host_slots(crawl):
    assert crawl["host_slots_held"] == 0


def test_status_lists_the_reasons_of_the_crawl(crawl):
    [status] = [c for c in crawl["status_json"]["crawls"] if c["id"] == CRAWL_ID]
    assert status["reasons"]["errors"]["too_many_redirects"] == 2
    assert status["reasons"]["dropped"]["http_404"] == FLOOD_404S
    assert status["reasons"]["skipped"]["robots_txt"] == 1
    [line] = [line for line in crawl["status_text"].splitlines() if line.startswith("  dropped: ")]
    assert line.startswith(f"  dropped: http_404 {FLOOD_404S}, missing_body 4, missing_title 4, ")
    assert "; skipped: bad_link 500, not_html 6, " in line
    assert "; errors: decompressed_too_large 5, DownloadFailedError 3, " in line
    assert "too_many_redirects 2" in line and "redirect_to_seen 2" in line
    assert "; refused: none; traps: " in line
