"""The end-to-end canary: a page of our own, crawled, queued, processed, published and alerted on.

Every NEWSWATCH_CANARY_INTERVAL seconds the monitor gives its canary page
(served on loopback by the monitor itself) a fresh token and runs a crawl
round of it. The run passes when the page's event, with that token, is on the
downstream stream, and, when NEWSWATCH_CANARY_CHANNEL is set, its alert was
delivered there (workers.runtime adds the canary rule), all within
NEWSWATCH_CANARY_DEADLINE seconds. A failed run says the stage it reached; it
opens the self-monitoring condition ("canary", "pipeline"), and the next pass
clears it. ``newswatch status`` shows the last outcome.
"""

import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from workers.runtime import CANARY_SITE, CANARY_TERM
SEEDS = """[[site]]
name = "{site}"
base_url = "{base_url}"
allow_networks = ["127.0.0.1/32"]
start_urls = ["/news/canary"]
article_patterns = ["^/news/"]
listing_patterns = []
max_depth = 1
max_pages = 5
rate = 5
concurrency = 1
language = "en"
source = "newswatch"

[site.selectors]
title = "h1"
summary = "p.summary"
body = "div.body"
"""
PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>
<body><h1>{title}</h1><p class="summary">A page the newswatch monitor serves to itself to check its pipeline.</p>
<p class="date">{date}</p><div class="body"><p>This page carries the token {token}. When the monitor finds an
event with this token on the downstream stream, the crawlers, the article queue, the workers and the stream
all work.</p><p>It changes at every run, so that each run is a new version of the same article.</p></div>
</body></html>"""


class CanaryPage:
    """The canary's page on 127.0.0.1 (a free port), until ``close``."""

    def __init__(self):
        self.token = "none"
        page = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                if self.path != "/news/canary":
                    self.send_error(404)
                    return
                body = PAGE.format(title=f"{CANARY_TERM} {page.token}", token=page.token,
                                   date=time.strftime("%d/%m/%Y")).encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def seeds(self):
        return SEEDS.format(site=CANARY_SITE, base_url=self.base_url)

    def close(self):
        self.server.shutdown()
        self.server.server_close()


class Canary:
    """Settings read (by the caller): NEWSWATCH_CANARY_INTERVAL, _DEADLINE, _CHANNEL."""

    def __init__(self, connection, keys, page, interval, deadline, channel, alerts):
        self.redis, self.keys, self.page = connection, keys, page
        self.interval, self.deadline, self.channel, self.alerts = interval, deadline, channel, alerts
        self.run = None  # {"token", "started", "stage", "alerts"} while a run is going on

    def due(self, now):
        last = float(self.redis.hget(self.keys.canary, "last_started") or 0)
        return self.run is None and self.interval > 0 and now - last >= self.interval

    def start(self, now):
        """A new token on the page; the caller runs the crawl round of CANARY_SITE."""
        self.page.token = uuid.uuid4().hex[:12]
        self.run = {"token": self.page.token, "started": now, "stage": "crawl", "alerts": []}
        self.redis.hset(self.keys.canary, mapping={"last_started": now, "running": self.page.token})

    def abandon(self):
        """The monitor stops in the middle of a run: the run is over, neither passed nor failed (nothing alerts)."""
        if self.run is not None:
            self.run = None
            self.redis.hset(self.keys.canary, "running", "")

    def crawl_ended(self, exit_code, stats):
        if self.run is None:
            return
        if exit_code != 0 or not int(stats.get("newswatch/enqueued", 0)):
            self._finish(False, f"crawl of the canary page failed (exit {exit_code}, "
                                f"{stats.get('newswatch/enqueued', 0)} articles enqueued)")
        elif self.run["stage"] == "crawl":
            self.run["stage"] = "worker"

    def saw_events(self, events, now):
        for event in events if self.run else ():
            if event.article.get("site") == CANARY_SITE and self.run["token"] in event.article.get("title", ""):
                self.run.update(stage="alert" if self.channel else "done", stream_at=now, alerts=event.alerts)

    def check(self, now):
        """Pass or fail the running check; None while it is still undecided."""
        if self.run is None:
            return None
        if self.run["stage"] == "alert" and self._alert_delivered():
            self.run["stage"] = "done"
        if self.run["stage"] == "done":
            return self._finish(True, "")
        if now - self.run["started"] > self.deadline:
            missing = {"crawl": "crawl of the canary page", "worker": "event on the stream (workers?)",
                       "alert": f"alert on channel {self.channel!r}"}[self.run["stage"]]
            return self._finish(False, f"no {missing} within {self.deadline} s")
        return None

    def _alert_delivered(self):
        return any(self.redis.hget(self.keys.alert(ident), "status") == b"sent" for ident in self.run["alerts"])

    def _finish(self, passed, error):
        now, run = time.time(), self.run
        self.run = None
        outcome = {"last_result": "passed" if passed else "failed", "last_finished": now, "last_error": error,
                   "last_seconds": round(now - run["started"], 1), "running": ""}
        if passed:
            outcome["last_passed"] = now
        with self.redis.pipeline() as pipe:
            pipe.hset(self.keys.canary, mapping=outcome)
            pipe.hincrby(self.keys.canary, "passes" if passed else "failures", 1)
            pipe.execute()
        if passed:
            self.alerts.close("canary", "pipeline", "canary passes again",
                              f"The end-to-end canary went through in {outcome['last_seconds']} s.")
        else:
            self.alerts.open("canary", "pipeline", f"canary failed: {error}",
                             f"The end-to-end canary (crawl -> queue -> worker -> stream"
                             f"{' -> alert channel' if self.channel else ''}) failed: {error}. "
                             f"Check `newswatch status`: workers alive, queues, failed jobs.")
        return passed
