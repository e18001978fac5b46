"""``newswatch crawl`` and ``newswatch stop`` driven as an operator would, against the bundled site."""

import json
import re
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from crawler.frontier.store import Frontier, FrontierConfig
from newswatch.demo.runner import crawl_env, demo_base_urls
from newswatch.shared.settings import PROJECT_ROOT

CLI = [sys.executable, "-m", "newswatch"]


def operator_env(config, site, seeds=PROJECT_ROOT / "seeds" / "demo.toml"):
    return crawl_env(config, "", seeds=seeds, base_urls=demo_base_urls(site))


def newswatch(*args, env, timeout=180):
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=timeout, env=env, cwd=PROJECT_ROOT)


def slow_seeds(tmp_path, rate):
    """The demo seeds with a gentler rate, so that a crawl lasts long enough to be watched and stopped."""
    seeds = tmp_path / "slow.toml"
    seeds.write_text((PROJECT_ROOT / "seeds" / "demo.toml").read_text().replace("rate = 200", f"rate = {rate}"))
    return seeds


def test_crawl_prints_progress_lines_then_a_summary_that_agrees_with_them(worker_config, redis_conn, site):
    result = newswatch("crawl", "--site", "clashwire", "--budget", "30", env=operator_env(worker_config, site))
    assert result.returncode == 0, result.stderr[-2000:]
    progress = [line for line in result.stderr.splitlines() if line.startswith("progress ")]
    assert progress, result.stderr[-2000:]
    final = re.match(r"progress (\w+): (\d+) pages, (\d+) articles, (\d+) errors; frontier 0 queued, 0 in flight; "
                     r"(\d+) jobs waiting for workers; finished", progress[-1])
    assert final, progress[-1]
    crawl_id, pages, articles = final.group(1), int(final.group(2)), int(final.group(3))
    assert 0 < pages <= 31 and articles > 0  # the budget of 30, and robots.txt
    assert f"crawl {crawl_id}: {pages} pages, {articles} articles enqueued" in result.stdout


def test_depth_and_budget_must_be_positive_numbers(worker_config, site):
    result = newswatch("crawl", "--budget", "0", env=operator_env(worker_config, site))
    assert result.returncode == 2 and "--budget" in result.stderr


def test_a_detached_crawl_is_watched_with_status_and_stopped_cleanly(worker_config, redis_conn, site, tmp_path):
    env = operator_env(worker_config, site, seeds=slow_seeds(tmp_path, rate=5))
    log = tmp_path / "crawl.log"
    started = newswatch("crawl", "--site", "clashwire", "--detach", "--log-file", str(log), env=env)
    assert started.returncode == 0, started.stderr
    crawl_id, pid = re.search(r"crawl (\w+) running in the background: pid (\d+)", started.stdout).groups()
    frontier = Frontier(redis_conn, worker_config.keys, "news:clashwire", FrontierConfig())
    assert frontier.state()["id"] == crawl_id  # registered on return: a `stop` now would find it
    pid = int(pid)
    deadline = time.monotonic() + 60
    while not site.hits() and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(2)  # a few pages in

    status = json.loads(newswatch("status", "--json", env=env).stdout)
    crawl = next(c for c in status["crawls"] if c["name"] == "news:clashwire")
    assert crawl["status"] == "running" and crawl["queued"] > 0

    stopped = newswatch("stop", "--site", "clashwire", "--wait", "60", env=env)
    assert stopped.returncode == 0, stopped.stderr
    assert re.search(r"\(news:clashwire\): stopped; 0 pages in flight, [1-9]\d* queued for the next crawl", stopped.stdout)
    hits_when_stopped = sum(site.hits().values())
    _wait_for_exit(pid, timeout=30)
    assert "stopped by `newswatch stop`" in log.read_text()
    assert sum(site.hits().values()) == hits_when_stopped  # nothing fetched between the stop and the exit

    resumed = newswatch("crawl", "--site", "clashwire", "--quiet", env=operator_env(worker_config, site))
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    assert frontier.state()["status"] == "finished" and frontier.pending() == (0, 0)


def test_stop_of_an_unknown_site_is_refused_with_the_known_ones(worker_config, site):
    result = newswatch("stop", "--site", "nosuch", env=operator_env(worker_config, site))
    assert result.returncode == 2 and "unknown site 'nosuch'" in result.stderr and "clashwire" in result.stderr


def test_stop_with_nothing_running_says_so(worker_config, redis_conn, site):
    result = newswatch("stop", env=operator_env(worker_config, site))
    assert result.returncode == 0 and "no running crawl to stop" in result.stdout


def _wait_for_exit(pid, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                if stat.read().split()[2] == "Z":
                    return
        except FileNotFoundError:
            return
        time.sleep(0.2)
    raise AssertionError(f"process {pid} still running {timeout} s after the stop")


def test_graph_export_without_a_crawl_id_takes_the_latest_crawl_of_any_name(worker_config, redis_conn, site):
    """A crawl of one site (``news:clashwire``) is a crawl too: the monitor runs nothing else."""
    env = operator_env(worker_config, site)
    crawled = newswatch("crawl", "--site", "clashwire", "--budget", "10", "--quiet", env=env)
    assert crawled.returncode == 0, crawled.stderr[-2000:]
    crawl_id = re.match(r"crawl (\w+):", crawled.stdout).group(1)
    exported = newswatch("graph", "export", env=env)
    assert exported.returncode == 0, exported.stderr
    assert exported.stderr.startswith(f"crawl {crawl_id}: ")
    assert json.loads(exported.stdout)["graph"]["crawl_id"] == crawl_id


def test_graph_export_with_no_crawl_yet_says_so(worker_config, redis_conn, site):
    exported = newswatch("graph", "export", env=operator_env(worker_config, site))
    assert exported.returncode == 2 and "no crawl has run yet" in exported.stderr


class AnsweringOnly(BaseHTTPRequestHandler):
    """Every path, robots.txt too, answers the server's one status."""

    def do_GET(self):  # noqa: N802 (http.server's name)
        self.send_response(self.server.status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def broken_site(tmp_path):
    """A site on 127.0.0.1 that answers every page with the status the test sets; its seeds file."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), AnsweringOnly)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    seeds = tmp_path / "broken.toml"
    seeds.write_text(f'[[site]]\nname = "broken"\nbase_url = "http://127.0.0.1:{server.server_port}"\n'
                     f'allow_networks = ["127.0.0.1/32"]\nstart_urls = ["/"]\narticle_patterns = ["^/news/"]\n',
                     encoding="utf-8")
    yield server, seeds
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("status", [404, 500])
def test_a_crawl_whose_every_page_answers_an_error_counts_it_and_exits_1(worker_config, redis_conn, broken_site,
                                                                          status):
    """Not one page could be fetched: the run failed (exit 1, README "Exit codes"), however cleanly it finished;
    an operator scripting crawls must learn that the site is down or its seeds are wrong. The summary counts the
    page as dropped and names why, as `status` does."""
    server, seeds = broken_site
    server.status = status
    result = newswatch("crawl", "--seeds", str(seeds), env=crawl_env(worker_config, "", seeds=seeds))
    assert result.returncode == 1, result.stdout + result.stderr[-2000:]
    assert re.search(rf"0 articles enqueued, 1 dropped \(http_{status} 1\), 0 failed fetches", result.stdout), \
        result.stdout
    assert f"no page could be fetched: http_{status} 1" in result.stderr


def test_status_json_gives_counts_and_times_as_json_numbers_and_ids_as_text(worker_config, redis_conn, site):
    env = operator_env(worker_config, site)
    crawled = newswatch("crawl", "--site", "clashwire", "--budget", "5", "--quiet", "--crawl-id", "20261207", env=env)
    assert crawled.returncode == 0, crawled.stderr[-2000:]
    shown = newswatch("status", "--json", env=env)
    assert shown.returncode == 0, shown.stderr
    [crawl] = json.loads(shown.stdout)["crawls"]
    assert crawl["id"] == "20261207" and crawl["status"] == "finished"
    assert isinstance(crawl["seq"], int) and isinstance(crawl["started_ms"], int)
    assert crawl["finished_ms"] >= crawl["started_ms"]
    assert isinstance(crawl["stats"]["response_received_count"], int) and crawl["stats"]["finish_reason"] == "finished"
