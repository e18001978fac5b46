"""A monitor round of an unchanged site costs 304s, and a 304 listing still leads where it led.

A small site on 127.0.0.1 whose every page sends an ETag and honours If-None-Match: a home page
linking to two category pages, which list the articles. Between two crawls an article is added to
one category page only; the home page does not change and answers 304. The second crawl must
still reach the category page (remembered from the first crawl) and find the new article.
"""

import hashlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from rq import Queue
from rq.serializers import JSONSerializer

from newswatch.demo.runner import crawl_env, run_crawl
from newswatch.shared.redis_keys import RedisKeys
from newswatch.shared.settings import PROJECT_ROOT
from workers.config import load_config

pytestmark = pytest.mark.integration
FRESHNESS_SEEDS = PROJECT_ROOT / "bench" / "freshness_world" / "seeds.toml"
PARAGRAPH = ("The council met on Monday to discuss the harbour plan, which would widen the quay and add two "
             "berths for container ships, officials said after a session that lasted well into the evening.")


class LittleSite:
    """Pages by path; every one with an ETag of its body; requests recorded as (path, status)."""

    def __init__(self):
        self.articles = {"harbour": ["/news/quay-plan"], "weather": ["/news/storm-warning"]}
        self.log = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                body = site.page(self.path)
                if body is None:
                    site.log.append((self.path, 404))
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                etag = '"' + hashlib.sha1(body).hexdigest()[:12] + '"'
                if self.headers.get("If-None-Match") == etag:
                    site.log.append((self.path, 304))
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                site.log.append((self.path, 200))
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("ETag", etag)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def page(self, path):
        if path == "/robots.txt":
            return b"User-agent: *\nAllow: /\n"
        if path == "/":
            links = "".join(f'<li><a href="/category/{name}">{name}</a></li>' for name in self.articles)
            return f"<html><body><h1>Home</h1><ul>{links}</ul></body></html>".encode()
        if path.startswith("/category/") and path[10:] in self.articles:
            links = "".join(f'<li><a href="{url}">{url}</a></li>' for url in self.articles[path[10:]])
            return f"<html><body><h1>{path[10:]}</h1><ul>{links}</ul></body></html>".encode()
        if any(path in urls for urls in self.articles.values()):
            title = path.rsplit("/", 1)[1].replace("-", " ").title()
            return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
                    f"<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article></body></html>").encode()
        return None

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def little_site():
    site = LittleSite()
    yield site
    site.stop()


def seeds(tmp_path, base_url):
    path = tmp_path / "seeds.toml"
    path.write_text(f'[[site]]\nname = "little"\nbase_url = "{base_url}"\nallow_networks = ["127.0.0.1/32"]\n'
                    'start_urls = ["/"]\narticle_patterns = ["^/news/"]\nlisting_patterns = ["^/$", "^/category/"]\n'
                    'max_depth = 3\nrate = 100\nconcurrency = 4\n', encoding="utf-8")
    return path


def test_a_304_home_page_still_leads_to_its_changed_category_page(little_site, redis_url, redis_conn, tmp_path):
    config = load_config().with_changes(redis_url=redis_url, keys=RedisKeys("nwlist"), article_queue="list-articles")
    env = crawl_env(config, "first", seeds=seeds(tmp_path, little_site.base_url), revisit_after=3600, conditional_listings=1)
    run_crawl(env, timeout=120)
    assert sorted(path for path, status in little_site.log if status == 200) == [
        "/", "/category/harbour", "/category/weather", "/news/quay-plan", "/news/storm-warning", "/robots.txt"]

    little_site.log.clear()
    little_site.articles["harbour"].append("/news/new-berths")
    run_crawl({**env, "NEWSWATCH_CRAWL_ID": "second"}, timeout=120)
    statuses = dict(little_site.log)
    assert statuses["/"] == 304 and statuses["/category/weather"] == 304  # nothing new there: no body sent
    assert statuses["/category/harbour"] == 200 and statuses["/news/new-berths"] == 200
    assert "/news/quay-plan" not in statuses  # known and fresh: not refetched
    queue = Queue("list-articles", connection=redis_conn, serializer=JSONSerializer)
    enqueued = sorted(message["url"].removeprefix(little_site.base_url) for job in queue.jobs for message in job.args[0])
    assert enqueued == ["/news/new-berths", "/news/quay-plan", "/news/storm-warning"]


def test_a_304_listing_with_nothing_remembered_of_it_is_read_again_in_full(little_site, redis_url, redis_conn,
                                                                            tmp_path):
    config = load_config().with_changes(redis_url=redis_url, keys=RedisKeys("nwlist"), article_queue="list-articles")
    env = crawl_env(config, "first", seeds=seeds(tmp_path, little_site.base_url), revisit_after=3600, conditional_listings=1)
    run_crawl(env, timeout=120)
    for key in redis_conn.keys("nwlist:listing_links:*"):
        redis_conn.delete(key)  # as if the memory had gone while the validators had not
    little_site.log.clear()
    little_site.articles["weather"].append("/news/flood-alert")
    run_crawl({**env, "NEWSWATCH_CRAWL_ID": "second"}, timeout=120)
    home = [status for path, status in little_site.log if path == "/"]
    assert home == [304, 200]  # unchanged, but read again for where it leads
    assert ("/news/flood-alert", 200) in little_site.log
    assert redis_conn.keys("nwlist:listing_links:*")  # remembered again


def test_a_site_written_elsewhere_costs_only_304s_until_it_publishes(redis_url, redis_conn, tmp_path):
    # bench/freshness_world: a helper's site (never read newswatch's code), on a clock the test moves.
    from bench.freshness_world.site import FreshnessSite  # noqa: PLC0415
    now = [time.time()]
    with FreshnessSite(seed=3, rate_per_minute=2, duration_s=600, clock=lambda: now[0]) as site:
        seeds_file = tmp_path / "seeds.toml"
        seeds_file.write_text(FRESHNESS_SEEDS.read_text(encoding="utf-8").replace(
            "http://127.0.0.1:8300", site.base_url).replace("rate = 5", "rate = 100"), encoding="utf-8")
        config = load_config().with_changes(redis_url=redis_url, keys=RedisKeys("nwfresh"), article_queue="fresh-a")
        env = crawl_env(config, "first", seeds=seeds_file, revisit_after=3600, conditional_listings=1)
        run_crawl(env, timeout=120)
        first = len(site.requests())

        run_crawl({**env, "NEWSWATCH_CRAWL_ID": "second"}, timeout=120)  # nothing published meanwhile
        second = [r for r in site.requests()[first:] if r["kind"] != "robots"]
        assert second and all(r["conditional"] and r["status"] == 304 for r in second), second

        new = next(e for e in site.schedule() if e["kind"] == "new")
        now[0] = site.T0 + new["offset"] + 1
        done = len(site.requests())
        run_crawl({**env, "NEWSWATCH_CRAWL_ID": "third"}, timeout=120)
        third = {r["path"]: r["status"] for r in site.requests()[done:]}
        assert third[new["path"]] == 200 and third["/"] == 200
        assert [status for path, status in third.items() if path.startswith("/category/")].count(304) >= 5
