"""Several real spider processes sharing one Redis frontier against the bundled site.

What the server saw (hits, arrival times) is the measure: each URL fetched once across
processes, robots.txt obeyed, the per-host rate held by all processes together, a killed
process losing nothing, and a second crawl refetching listings but not fresh articles.
"""

import re
import signal
import subprocess
import sys
import time

import pytest

from newswatch.demo.runner import DEMO_SEEDS, crawl_env, demo_base_urls
from newswatch.shared.redis_keys import RedisKeys
from newswatch.shared.settings import PROJECT_ROOT
from tests.processes import wait_until
from workers import runtime
from workers.config import load_config
from workers.draining import drain
from workers.events import ArticleEvent

pytestmark = pytest.mark.integration
ARTICLE_PATH = re.compile(r"^/(news|live|story)/")


def seeds_with(tmp_path, rate, concurrency=8, extra_start_urls=()):
    """The demo seeds with another per-host rate and concurrency (and extra start URLs)."""
    text = DEMO_SEEDS.read_text(encoding="utf-8")
    text = re.sub(r"^rate = \d+", f"rate = {rate}", text, flags=re.M)
    text = re.sub(r"^concurrency = \d+", f"concurrency = {concurrency}", text, flags=re.M)
    if extra_start_urls:
        text = text.replace('start_urls = ["/"]', f'start_urls = {["/", *extra_start_urls]!r}'.replace("'", '"'), 1)
    path = tmp_path / "seeds.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def config(redis_url, redis_conn, tmp_path):
    """Settings of these crawls, also made current for the workers (no alert rules)."""
    rules = tmp_path / "no-rules.toml"
    rules.write_text("", encoding="utf-8")
    config = load_config().with_changes(redis_url=redis_url, keys=RedisKeys("nwdist"), article_queue="dist-articles",
                                        alert_queue="dist-alerts", rules_path=str(rules))
    runtime.configure(config)
    yield config
    runtime.reset()


def spider(env):
    return subprocess.Popen([sys.executable, "-m", "scrapy", "crawl", "news"], cwd=PROJECT_ROOT, env=env)


def crawl_logging(env, count, tmp_path):
    """``count`` spider processes run to their end, each logging Scrapy's closing statistics: their logs."""
    env, logs, processes = {**env, "NEWSWATCH_LOG_LEVEL": "INFO"}, [], []
    for n in range(count):
        logs.append(tmp_path / f"spider-{n}.log")
        with logs[-1].open("w") as out:
            processes.append(subprocess.Popen([sys.executable, "-m", "scrapy", "crawl", "news"], cwd=PROJECT_ROOT,
                                              env=env, stderr=out))
    wait_all(processes)
    return logs


def wait_all(processes, timeout=180):
    """Wait for every process to exit with status 0; their exit times (time.monotonic())."""
    deadline, exited = time.monotonic() + timeout, {}
    while len(exited) < len(processes):
        assert time.monotonic() < deadline, "spider processes did not finish in time"
        for process in processes:
            if process not in exited and process.poll() is not None:
                exited[process] = time.monotonic()
        time.sleep(0.05)
    assert [process.returncode for process in processes] == [0] * len(processes)
    return [exited[process] for process in processes]


def test_three_processes_fetch_each_url_exactly_once(site, config, tmp_path):
    env = crawl_env(config, "three", seeds=seeds_with(tmp_path, rate=100), base_urls=demo_base_urls(site))
    processes = [spider(env) for _ in range(3)]
    wait_all(processes)
    hits = {key: n for key, n in site.hits().items() if key[1] != "/robots.txt"}
    article_paths = {path for (_, path) in hits if ARTICLE_PATH.match(path)}
    assert set(hits.values()) == {1}
    assert {url.split("/", 3)[3] for url in site.article_urls()} <= {p.lstrip("/") for p in article_paths}


def test_every_process_of_a_crawl_that_finished_closes_as_finished(site, config, tmp_path):
    """The processes that find the crawl finished by another one close as "finished" too, not "stopped": nobody
    stopped anything."""
    env = crawl_env(config, "four", seeds=seeds_with(tmp_path, rate=100), base_urls=demo_base_urls(site))
    logs = crawl_logging(env, 4, tmp_path)
    reasons = [re.findall(r"'finish_reason': '(\w+)'", log.read_text()) for log in logs]
    assert reasons == [["finished"]] * 4


def test_a_process_stays_until_the_whole_crawl_is_done(site, config, tmp_path):
    # robots.txt not shared between processes, so that each process's own fetch of it shows it took part
    # At 6 pages a second per host the crawl lasts several seconds after the first fetch: on a loaded machine
    # the second process still starts (a few seconds) while there is work left.
    env = crawl_env(config, "late", seeds=seeds_with(tmp_path, rate=6), base_urls=demo_base_urls(site), robots_ttl=0)
    first = spider(env)
    deadline = time.monotonic() + 60
    while not any(path.startswith("/news/") for _, _, path in site.arrivals()) and time.monotonic() < deadline:
        time.sleep(0.05)
    second = spider(env)  # joins with an empty local queue while the first still adds work
    exit_times = wait_all([first, second])
    last_fetch = max(t for t, _, _ in site.arrivals())
    assert min(exit_times) > last_fetch
    robots_fetches = site.hits()[("main", "/robots.txt")] + site.hits()[("partner", "/robots.txt")]
    assert robots_fetches >= 3  # the second process did take part (each process reads robots.txt once per host)


def test_a_killed_process_loses_nothing_and_a_restarted_one_resumes(site, config, redis_conn, tmp_path):
    env = crawl_env(config, "killed", seeds=seeds_with(tmp_path, rate=15), base_urls=demo_base_urls(site),
                    frontier_lease=3)
    victim = spider(env)
    deadline = time.monotonic() + 60
    while len(site.arrivals()) < 15 and time.monotonic() < deadline:  # crawling alone: its fetches hold leases
        time.sleep(0.1)
    victim.send_signal(signal.SIGKILL)
    victim.wait()
    survivor, restarted = spider(env), spider(env)
    wait_all([survivor, restarted])
    stats = {k.decode(): v.decode() for k, v in redis_conn.hgetall(config.keys.crawl_stats("killed")).items()}
    assert int(stats["newswatch/frontier/leases_expired"]) >= 1
    assert drain(redis_conn, config, timeout=120)
    events = [ArticleEvent.from_stream_fields(f) for _, f in redis_conn.xrange(config.keys.stream)]
    new_urls = [e.article["canonical_url"] for e in events if e.event == "new"]
    expected = site.expected()
    assert sorted(new_urls) == sorted([*expected["articles"], *expected["partner_urls"]])


def test_robots_txt_is_obeyed_even_by_requests_waiting_for_it(site, config, tmp_path):
    private = [f"/private/page-{n}" for n in range(12)]
    env = crawl_env(config, "robots", seeds=seeds_with(tmp_path, rate=100, extra_start_urls=private),
                    base_urls=demo_base_urls(site))
    wait_all([spider(env)])
    assert [path for (_, path) in site.hits() if path.startswith("/private/")] == []
    assert ("main", "/") in site.hits()


def test_two_processes_together_hold_the_per_host_rate(site, config, tmp_path):
    rate = 8
    env = crawl_env(config, "rate", seeds=seeds_with(tmp_path, rate=rate, concurrency=2),
                    base_urls=demo_base_urls(site))
    processes = [spider(env) for _ in range(2)]
    wait_until(lambda: any(host == "main" for _, host, _ in site.arrivals()), "the first fetch", timeout=60)
    time.sleep(6)  # six seconds of crawling, however long the processes took to start
    for process in processes:
        process.send_signal(signal.SIGTERM)
    wait_all(processes, timeout=60)
    times = [t for t, host, _ in site.arrivals() if host == "main"]
    assert len(times) >= 20
    busiest_second = max(sum(1 for u in times if t <= u < t + 1) for t in times)
    # Starts are spaced 1/rate apart by Redis's clock; the site sees them plus each process's send
    # delay (its event loop may be parsing a page). +1: both ends of a window can hold an arrival;
    # +1 more: a send delayed by up to one interval behind the next process's punctual one.
    assert busiest_second <= rate + 2
    assert (len(times) - 1) / (times[-1] - times[0]) <= rate * 1.05


def test_a_second_crawl_refetches_listings_and_feeds_but_not_fresh_articles(site, config, tmp_path):
    env = crawl_env(config, "first", seeds=seeds_with(tmp_path, rate=100), base_urls=demo_base_urls(site),
                    revisit_after=3600)
    wait_all([spider(env)])
    site.reset_hits()
    wait_all([spider({**env, "NEWSWATCH_CRAWL_ID": "second"})])
    paths = {path for (_, path) in site.hits()}
    assert {"/", "/rss.xml", "/sitemap.xml"} <= paths
    assert any(path.startswith("/category/") for path in paths)
    assert [path for path in paths if ARTICLE_PATH.match(path)] == []


@pytest.mark.parametrize("round_number", range(2))
def test_processes_started_together_share_the_crawl(site, config, tmp_path, round_number):
    """Each fetches pages: the one that joins asks the frontier every half second while it has nothing, and
    takes no more of a host's slots than its downloader serves, leaving the rest to the other (test_frontier).
    (The joiner used to wait for Scrapy's 5 s heartbeat and miss a crawl of a few seconds: 3 runs of 3 failed.)"""
    env = crawl_env(config, f"together-{round_number}", seeds=seeds_with(tmp_path, rate=100),
                    base_urls=demo_base_urls(site), concurrent_requests_per_domain=4)
    logs = crawl_logging(env, 2, tmp_path)
    fetched = [sum(map(int, re.findall(r"'downloader/request_count': (\d+)", log.read_text()))) for log in logs]
    assert all(count > 2 for count in fetched), fetched  # more than its robots.txt fetches


def test_four_processes_on_a_full_host_never_hold_more_of_its_pages_than_its_slots(site, config, tmp_path, redis_conn):
    concurrency = 2  # four processes of 16 requests each: the host's slots are always full
    env = crawl_env(config, "slots", seeds=seeds_with(tmp_path, rate=100, concurrency=concurrency),
                    base_urls=demo_base_urls(site))
    wait_all([spider(env) for _ in range(4)])
    stats = {k.decode(): v.decode() for k, v in redis_conn.hgetall(config.keys.crawl_stats("slots")).items()}
    assert 1 <= int(stats["newswatch/frontier/unstarted_per_host_max"]) <= concurrency
    hits = {key: n for key, n in site.hits().items() if key[1] != "/robots.txt"}
    assert set(hits.values()) == {1}
    assert {url.split("/", 3)[3] for url in site.article_urls()} <= {path.lstrip("/") for _, path in hits}


def test_hosts_whose_clocks_differ_share_leases_and_the_per_host_rate(site, config, tmp_path):
    """Two processes 16 s apart on the wall clock, leases of 3 s: every shared deadline (leases, the per-host
    rate, revisit times) is kept by Redis's clock, so neither takes the other's pages for abandoned, nor
    starts a fetch early or late."""
    rate = 8
    env = crawl_env(config, "skew", seeds=seeds_with(tmp_path, rate=rate, concurrency=2),
                    base_urls=demo_base_urls(site), frontier_lease=3)
    shifted = {**env, "PYTHONPATH": str(PROJECT_ROOT / "tests" / "clock_shift")}
    processes = [spider({**shifted, "NEWSWATCH_TEST_CLOCK_OFFSET": offset}) for offset in ("8", "-8")]
    wait_all(processes)
    hits = {key: n for key, n in site.hits().items() if key[1] != "/robots.txt"}
    assert set(hits.values()) == {1}
    times = [t for t, host, _ in site.arrivals() if host == "main"]
    assert max(sum(1 for u in times if t <= u < t + 1) for t in times) <= rate + 2  # as in the test above
