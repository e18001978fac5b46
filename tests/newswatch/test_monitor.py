"""``newswatch monitor`` driven as an operator would: subprocesses, the bundled site, a real Redis.

Two monitors elect one; a source that goes silent raises one self-monitoring
alert; the canary passes, then fails (and alerts) once the worker is stopped; a feed pushed by a
WebSub hub starts a round that fetches only what it names.
"""

import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from newswatch.demo.runner import crawl_env, demo_base_urls
from newswatch.demo.redis_server import PrivateRedis
from newswatch.shared.settings import PROJECT_ROOT

CLI = [sys.executable, "-m", "newswatch"]


class Running:
    """A newswatch command running in the background, its output collected line by line."""

    def __init__(self, *args, env):
        # A session of its own: killing it kills its crawl rounds too, so none outlives the test.
        self.process = subprocess.Popen([*CLI, *args], env=env, cwd=PROJECT_ROOT, stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT, text=True, start_new_session=True)
        self.lines, self.marked = [], 0
        self.reader = threading.Thread(target=self._collect, daemon=True)
        self.reader.start()

    def _collect(self):
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))

    def mark(self):
        """From now on, ``wait_for`` looks only at lines printed after this."""
        self.marked = len(self.lines)

    def wait_for(self, text, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(text in line for line in self.lines[self.marked:]):
                return
            time.sleep(0.2)
        raise AssertionError(f"{text!r} not printed within {timeout} s; output:\n" + "\n".join(self.lines[-40:]))

    def stop(self, sig=signal.SIGTERM):
        if self.process.poll() is None:
            if sig == signal.SIGKILL:
                os.killpg(self.process.pid, signal.SIGKILL)
            else:
                self.process.send_signal(sig)
            self.process.wait(90)
        self.reader.join(10)
        self.process.stdout.close()


@pytest.fixture
def background():
    started = []

    def start(*args, env):
        started.append(Running(*args, env=env))
        return started[-1]
    yield start
    for running in started:
        running.stop()


def monitor_env(config, site, webhook, seeds=PROJECT_ROOT / "seeds" / "demo.toml", **settings):
    defaults = {"alert_queue": config.alert_queue, "alert_urls": webhook.apprise_url, "monitor_interval": 3600,
                "monitor_jitter": 0, "monitor_lease": 4, "canary_interval": 0, "alert_retry_intervals": "1 1 1"}
    return crawl_env(config, "", seeds=seeds, base_urls=demo_base_urls(site), **{**defaults, **settings})


def status(env):
    result = subprocess.run([*CLI, "status", "--json"], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def watch_alerts(webhook, text):
    return [message for message in webhook.received if text in message.get("title", "")]


def wait_until(condition, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.3)
    raise AssertionError(f"not within {timeout} s: {what}")


def test_two_monitors_elect_one_and_the_other_takes_over_when_it_dies(worker_config, redis_conn, site, webhook,
                                                                      background):
    env = monitor_env(worker_config, site, webhook)
    first = background("monitor", "--site", "clashwire", env=env)
    first.wait_for(": acting")
    second = background("monitor", "--site", "clashwire", env=env)
    second.wait_for("standing by")
    first.wait_for("round clashwire-")
    time.sleep(3)  # longer than the lease: the first keeps renewing it
    assert not any(": acting" in line for line in second.lines)

    first.stop(signal.SIGKILL)
    second.wait_for(": acting", timeout=15)
    time.sleep(2)
    rounds = [line for line in first.lines + second.lines if "started; next round" in line]
    assert len(rounds) == 1, rounds  # the schedule is in Redis: the new monitor does not run the round again
    owner = next(line for line in second.lines if line.endswith(": acting")).split()[1].rstrip(":")
    assert status(env)["monitor"]["acting"] == owner


def test_a_monitor_waits_out_a_redis_outage_and_acts_again_when_it_returns(worker_config, site, webhook, background):
    server = PrivateRedis().start()
    try:
        config = worker_config.with_changes(redis_url=server.url)
        monitor = background("monitor", "--site", "clashwire", env=monitor_env(config, site, webhook))
        monitor.wait_for(": acting")
        port = int(server.url.rsplit(":", 1)[1].split("/")[0])
        server.stop()
        monitor.wait_for("ConnectionError", timeout=30)
        server.start(port=port)
        wait_until(lambda: sum(line.endswith(": acting") for line in monitor.lines) == 2, 60, "acting again")
        assert monitor.process.poll() is None
    finally:
        server.stop()


def test_a_source_that_goes_silent_raises_one_alert(worker_config, redis_conn, site, webhook, background, tmp_path):
    seeds = tmp_path / "silent.toml"
    seeds.write_text((PROJECT_ROOT / "seeds" / "demo.toml").read_text().replace(
        'name = "clashwire"', 'name = "clashwire"\nsilence_after = 8'))
    env = monitor_env(worker_config, site, webhook, seeds=seeds)
    background("worker", env=env)
    monitor = background("monitor", "--site", "clashwire", env=env)
    monitor.wait_for("round clashwire-")
    monitor.wait_for("ended (exit 0)", timeout=120)
    wait_until(lambda: watch_alerts(webhook, "clashwire: no new article"), 30, "the silence alert")
    time.sleep(12)  # more checks run: the condition is still open, and alerts once only
    assert len(watch_alerts(webhook, "clashwire: no new article")) == 1
    snapshot = status(env)["monitor"]
    assert "silent:clashwire" in snapshot["open_conditions"]
    assert int(snapshot["sites"]["clashwire"]["new_articles"]) > 0  # it did publish before going quiet


def test_the_canary_passes_then_fails_and_alerts_when_the_worker_stops(worker_config, redis_conn, site, webhook,
                                                                       background):
    env = monitor_env(worker_config, site, webhook, canary_interval=3, canary_deadline=20)
    worker = background("worker", env=env)
    monitor = background("monitor", "--site", "partner-daily", env=env)
    monitor.wait_for("canary passed", timeout=120)
    canary = status(env)["monitor"]["canary"]
    assert canary["last_result"] == "passed" and float(canary["last_seconds"]) < 20

    worker.stop()
    monitor.mark()
    monitor.wait_for("canary FAILED", timeout=90)
    canary = status(env)["monitor"]["canary"]
    assert canary["last_result"] == "failed" and "event on the stream" in canary["last_error"]
    wait_until(lambda: watch_alerts(webhook, "canary failed"), 20, "the canary alert")
    time.sleep(10)  # the next runs fail too, and say nothing more
    assert len(watch_alerts(webhook, "canary failed")) == 1


def test_a_monitor_stopped_early_leaves_no_round_running_nor_canary_in_progress(worker_config, redis_conn, site,
                                                                                 webhook, background, tmp_path):
    """Stopped in the middle of its rounds and of a canary run (no worker: the canary cannot pass), the monitor
    leaves status true: its crawls stopped, no canary run said to be in progress."""
    seeds = tmp_path / "slow.toml"
    seeds.write_text((PROJECT_ROOT / "seeds" / "demo.toml").read_text().replace("rate = 200", "rate = 1"))
    env = monitor_env(worker_config, site, webhook, seeds=seeds, canary_interval=3, canary_deadline=60)
    monitor = background("monitor", "--site", "clashwire", env=env)
    monitor.wait_for("round clashwire-")
    wait_until(lambda: status(env)["monitor"]["canary"].get("running"), 30, "a canary run")
    monitor.stop(signal.SIGTERM)
    assert monitor.process.returncode == 0, "\n".join(monitor.lines[-20:])
    snapshot = status(env)
    crawls = {crawl["name"]: crawl["status"] for crawl in snapshot["crawls"]}
    assert crawls["news:clashwire"] == "stopped" and set(crawls.values()) <= {"stopped", "finished"}, crawls
    assert not snapshot["monitor"]["canary"].get("running")
    lines = subprocess.run([*CLI, "status"], env=env, capture_output=True, text=True, timeout=60).stdout
    assert "in progress" not in lines and ": running" not in lines, lines


def test_a_feed_pushed_by_its_websub_hub_starts_a_round_that_fetches_only_the_new_article(worker_config, redis_conn,
                                                                                         webhook, background, tmp_path):
    # bench/freshness_world (a helper's site, never read newswatch's code) with its hub, on a clock the test moves
    from bench.freshness_world.site import FreshnessSite  # noqa: PLC0415
    now = [time.time()]
    with FreshnessSite(seed=5, rate_per_minute=2, duration_s=600, websub=True, clock=lambda: now[0]) as world:
        seeds = tmp_path / "world.toml"
        seeds.write_text((PROJECT_ROOT / "bench" / "freshness_world" / "seeds.toml").read_text().replace(
            "http://127.0.0.1:8300", world.base_url).replace("rate = 5", "rate = 100"))
        env = crawl_env(worker_config, "", seeds=seeds, alert_queue=worker_config.alert_queue,
                        alert_urls=webhook.apprise_url, monitor_interval=3600, monitor_jitter=0, monitor_lease=4,
                        canary_interval=0, conditional_listings=1, websub_listen="127.0.0.1:0")
        monitor = background("monitor", env=env)
        monitor.wait_for("ended (exit 0)", timeout=120)  # the first round: it reads the feed, which names its hub
        wait_until(lambda: world.subscriptions(), 30, "a verified subscription")
        before = len(world.requests())
        new = next(event for event in world.schedule() if event["kind"] == "new")
        now[0] = world.T0 + new["offset"]
        monitor.mark()
        monitor.wait_for("round meridian-push-", timeout=60)
        monitor.wait_for("ended (exit 0)", timeout=60)
        assert [(r["path"], r["status"]) for r in world.requests()[before:]] == [(new["path"], 200)]


def test_a_monitor_round_polls_listings_conditionally_by_default_and_a_one_off_crawl_reads_them_in_full(
        worker_config, webhook, background, tmp_path):
    """newswatch.shared.settings MONITOR_ROUND: with nothing set, a round that finds its site unchanged spends 304s on
    the listings, feeds and sitemaps it polls (and skips those it learnt only repeat another); a one-off crawl of
    the same unchanged site reads every one of them in full."""
    from bench.freshness_world.site import FreshnessSite  # noqa: PLC0415
    now = time.time()
    with FreshnessSite(seed=6, rate_per_minute=2, duration_s=600, clock=lambda: now) as world:  # a still clock
        seeds = tmp_path / "world.toml"
        seeds.write_text((PROJECT_ROOT / "bench" / "freshness_world" / "seeds.toml").read_text().replace(
            "http://127.0.0.1:8300", world.base_url).replace("rate = 5", "rate = 100"))
        env = crawl_env(worker_config, "", seeds=seeds, alert_queue=worker_config.alert_queue,
                        alert_urls=webhook.apprise_url, monitor_interval=4, monitor_min_interval=1, monitor_jitter=0,
                        monitor_lease=4, canary_interval=0)
        monitor = background("monitor", env=env)
        monitor.wait_for("ended (exit 0)", timeout=120)
        first_round = len(world.requests())
        monitor.mark()
        monitor.wait_for("ended (exit 0)", timeout=60)
        monitor.stop()
        second_round = [r for r in world.requests()[first_round:] if r["path"] != "/robots.txt"]
        assert second_round and {r["status"] for r in second_round} == {304}, second_round

        before = len(world.requests())
        one_off = subprocess.run([*CLI, "crawl", "--site", "meridian"], env={**env, "NEWSWATCH_CRAWL_ID": "once"},
                                 capture_output=True, text=True, timeout=180)
        assert one_off.returncode == 0, one_off.stderr[-2000:]
        sources = [r for r in world.requests()[before:] if not r["path"].startswith(("/news/", "/robots.txt"))]
        assert sources and {r["status"] for r in sources} == {200}, sources


def test_a_site_a_hub_tells_of_still_gets_its_revisits_when_they_are_due(worker_config, webhook, background, tmp_path):
    """Under WebSub a site is polled hourly as a safety net: its articles due on the revisit schedule are
    fetched when due all the same, in a round that reads nothing else, so an edit the feed does not announce
    is not left for the safety poll."""
    from bench.freshness_world.site import FreshnessSite  # noqa: PLC0415
    now = time.time()
    with FreshnessSite(seed=7, rate_per_minute=2, duration_s=600, websub=True, clock=lambda: now) as world:
        seeds = tmp_path / "world.toml"
        seeds.write_text((PROJECT_ROOT / "bench" / "freshness_world" / "seeds.toml").read_text().replace(
            "http://127.0.0.1:8300", world.base_url).replace("rate = 5", "rate = 100"))
        env = crawl_env(worker_config, "", seeds=seeds, alert_queue=worker_config.alert_queue,
                        alert_urls=webhook.apprise_url, monitor_interval=3600, monitor_jitter=0, monitor_lease=4,
                        canary_interval=0, websub_listen="127.0.0.1:0", revisit_schedule="8 3600")
        monitor = background("monitor", env=env)
        monitor.wait_for("ended (exit 0)", timeout=120)  # the first round: every article, and the feed's hub
        first_round = len(world.requests())
        wait_until(lambda: world.subscriptions(), 30, "a verified subscription")
        monitor.mark()
        monitor.wait_for("round meridian-revisit-", timeout=60)
        monitor.wait_for("ended (exit 0)", timeout=60)
        revisits = [(r["path"], r["status"]) for r in world.requests()[first_round:] if r["path"] != "/robots.txt"]
        articles = [r["path"] for r in world.requests()[:first_round] if r["path"].startswith("/news/")]
        assert revisits and {path for path, _ in revisits} <= set(articles), revisits  # no listing, feed or sitemap
        assert {status for _, status in revisits} == {304}  # unchanged: the site's clock stands still
