"""A newswatch cluster on several hosts made with network namespaces (see hosts.py).

Written from the README and docs/ only (not from the source), the way an operator would set
it up:

* Redis on its own host, listening on the host's address with ``--protected-mode no``
  (CONTAINERS.md), plus a unix socket through which the TEST reads it from the machine's own
  namespace (a unix socket is a file, not network traffic; ``unix:///...`` is a documented
  URL form, docs/reference/which-redis.md).
* The bundled demo site (``newswatch demo-site``) on its own host.  ``demo-site`` serves on
  loopback only and writes absolute loopback URLs in its pages (sitemap, feed, canonical
  links, every partner-site link: ``http://127.0.0.1:8180``, ``http://localhost:8181``),
  whatever Host it is asked for; no option or setting changes that (see README.md here).
  So the site host runs a small logging HTTP reverse proxy on its own address (the site's
  access log, one line per request with the client's address), and every crawler host runs
  the same proxy on its own 127.0.0.1:8180/8181, forwarding to that address (its log tells
  when each request left the crawler).  Every byte the
  crawler fetches crosses the bridge: cutting a crawler host cuts its site traffic too.
  The crawler connects to 127.0.0.1 (its forwarder), which the bundled seeds already allow,
  so ``NEWSWATCH_ALLOW_NETWORKS`` is not needed (it would be, with the test range, for a site
  served straight from its address).
* A webhook receiver (stand-in for the chat) on the site host: Apprise ``json://`` URL.
* Crawler hosts run ``newswatch crawl``; worker hosts ``newswatch worker``; every process
  gets its settings from environment variables (docs/reference/configuration.md).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hosts import CannotMakeHosts, World, why_not_possible  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
BIN = REPO / ".venv" / "bin"
NEWSWATCH = BIN / "newswatch"
PYTHON = BIN / "python"
REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"

CUT = float(os.environ.get("NETNS_CUT_SECONDS", "15"))
# docs/reference/configuration.md: NEWSWATCH_FRONTIER_LEASE (default 300) "seconds a fetched
# page may stay unfinished before another process takes it over"; several-machines.md says
# the project's own distributed test uses 3-second leases.  We shorten it to 10 s for the
# suite and take it as the documented bound for a crawler host's pages to come back.
FRONTIER_LEASE = 10
# docs/explanation/guarantees.md, "A worker killed mid-job": a job whose worker died ("host
# lost" included) is "back on its queue within about 40 s" when killed while the job ran;
# "60 to 75 s" when killed between taking the job and starting it.  No setting shortens these.
WORKER_BOUND_RUNNING = 40.0
WORKER_BOUND_TAKEN = 75.0
# "about 40 s": we allow 5 s for "about" and our own polling, and say so in the failure.
ABOUT = 5.0

SITE_PORT, PARTNER_PORT, HOOK_PORT, REDIS_PORT = 8180, 8181, 9090, 6379

HOST_NAMES = ["redis", "site", "crawl1", "crawl2", "work1", "work2"]

# --------------------------------------------------------------------------------------
# Helper programs run inside the hosts (written to the run's directory at start)
# --------------------------------------------------------------------------------------

SITE_PROXY = r'''
"""Logging HTTP reverse proxy: listen on ADDR:PORT, forward each request to UPSTREAM (host:port),
log it when it arrives ("req") and when its answer has been written back ("resp").
DELAY: seconds every answer is held back (a slow site, so that pages are in flight for a while).
Used twice: on the site's host (the site's access log, by client address) and on each crawler
host in place of a plain TCP forwarder (the time each request left the crawler)."""
import http.client, json, sys, threading, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
addr, port, upstream, logpath, delay = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], float(sys.argv[5])
up_host, up_port = upstream.rsplit(":", 1)
lock = threading.Lock()
log = open(logpath, "a", buffering=1)
HOP = {"connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "te", "trailer"}
def write(**rec):
    with lock:
        log.write(json.dumps(rec) + "\n")
class H(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def log_message(self, *a): pass
    def _go(self):
        t0 = time.time()
        write(ev="req", t=t0, client=self.client_address[0], method=self.command, path=self.path, port=port,
              ua=self.headers.get("User-Agent", ""))
        n = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(n) if n else None
        # a long timeout of our own: the crawler's download timeout is the one that governs
        c = http.client.HTTPConnection(up_host, int(up_port), timeout=600)
        try:
            c.request(self.command, self.path, body=body,
                      headers={k: v for k, v in self.headers.items() if k.lower() not in HOP})
            r = c.getresponse(); data = r.read()
        except Exception as e:
            self.send_error(502, str(e)); write(ev="err", t=time.time(), client=self.client_address[0], path=self.path, port=port, error=str(e)); return
        finally:
            c.close()
        if delay:
            time.sleep(delay)
        self.send_response(r.status)
        for k, v in r.getheaders():
            if k.lower() not in HOP and k.lower() != "content-length":
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        try:
            if self.command != "HEAD":
                self.wfile.write(data)
            self.wfile.flush()
            sent = True
        except Exception:
            sent = False
        write(ev="resp", t=time.time(), t_req=t0, client=self.client_address[0], method=self.command,
              path=self.path, port=port, status=r.status, sent=sent)
    do_GET = do_HEAD = do_POST = _go
ThreadingHTTPServer.daemon_threads = True
ThreadingHTTPServer((addr, port), H).serve_forever()
'''

WEBHOOK = r'''
"""Stand-in chat: every POST logged as one JSON line (headers and body)."""
import json, sys, threading, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
addr, port, logpath = sys.argv[1], int(sys.argv[2]), sys.argv[3]
lock = threading.Lock(); log = open(logpath, "a", buffering=1)
class H(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def log_message(self, *a): pass
    def do_POST(self):
        n = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(n).decode("utf-8", "replace")
        try: body = json.loads(raw)
        except Exception: body = {"raw": raw}
        with lock:
            log.write(json.dumps({"t": time.time(), "client": self.client_address[0], "path": self.path,
                                  "idempotency_key": self.headers.get("Idempotency-Key"), "body": body}) + "\n")
        self.send_response(200); self.send_header("Content-Length", "2"); self.end_headers(); self.wfile.write(b"ok")
ThreadingHTTPServer.daemon_threads = True
ThreadingHTTPServer((addr, port), H).serve_forever()
'''

# The answer key.  Built from the site itself, never from newswatch's output: a breadth-first
# walk with urllib, run inside the site's host against the demo site on its loopback (so it
# is not in the access log the crawl is judged by), from each site's entry points as the
# seeds name them (home page, sitemap, feed), following every link and sitemap/feed entry
# on the two sites' hosts, obeying robots.txt.  An article is a page whose path matches its
# site's ``article_patterns`` in the seeds, which has a headline (``h1.headline``, the seeds'
# title selector) and whose rel=canonical, if any, is its own URL.  On edition 1 this gives
# 47 articles (46 on the main site, 1 on the partner site), the README's figure.
ANSWER_KEY = r'''
import json, re, sys, urllib.request, urllib.robotparser
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urldefrag, urlsplit
SITES = json.loads(sys.argv[1])
class P(HTMLParser):
    def __init__(self):
        super().__init__(); self.links = []; self.canonical = None; self._h1 = False; self.h1 = ""
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"): self.links.append(a["href"])
        if tag == "link" and (a.get("rel") or "").lower() == "canonical": self.canonical = a.get("href")
        if tag == "h1" and "headline" in (a.get("class") or "").split(): self._h1 = True
    def handle_endtag(self, tag):
        if tag == "h1": self._h1 = False
    def handle_data(self, d):
        if self._h1: self.h1 += d
def site_of(url):
    for name, s in SITES.items():
        if urlsplit(url).netloc == urlsplit(s["base"]).netloc: return name
robots = {}
def allowed(url):
    name = site_of(url)
    if name not in robots:
        rp = urllib.robotparser.RobotFileParser(urljoin(SITES[name]["base"], "/robots.txt"))
        try: rp.read()
        except Exception: rp = None
        robots[name] = rp
    return robots[name] is None or robots[name].can_fetch("*", url)
def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.headers.get_content_type(), r.read().decode("utf-8", "replace")
    except Exception:
        return None, ""
seen, q, articles, pages = set(), deque(), {}, 0
for s in SITES.values():
    q.extend(urljoin(s["base"], e) for e in s["entries"])
while q and pages < 2000:
    url = urldefrag(q.popleft())[0]
    if url in seen or site_of(url) is None or not allowed(url): continue
    seen.add(url); pages += 1
    ctype, text = fetch(url)
    if not text: continue
    name = site_of(url); sp = urlsplit(url); path = sp.path + ("?" + sp.query if sp.query else "")
    if "xml" in (ctype or "") or text.lstrip().startswith("<?xml"):
        links = re.findall(r"<(?:loc|link)>\s*([^<\s]+)\s*</(?:loc|link)>", text)
    else:
        p = P(); p.feed(text); links = p.links
        if any(re.search(rx, path) for rx in SITES[name]["articles"]) and p.h1.strip():
            canon = urldefrag(urljoin(url, p.canonical))[0] if p.canonical else url
            if canon.rstrip("/") == url.rstrip("/"):
                articles[url] = p.h1.strip()
    q.extend(urljoin(url, l) for l in links)
print(json.dumps({"pages": pages, "articles": articles}))
'''


def wait_until(pred, timeout: float, interval: float = 0.5, what: str = "condition"):
    """Poll pred() until it returns something truthy; bounded by timeout (returns it or raises)."""
    deadline = time.monotonic() + timeout
    while True:
        v = pred()
        if v:
            return v
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


class Cluster:
    """The hosts of one test, with Redis, the site, the webhook and forwarders running."""

    def __init__(self, world: World, tmp: Path):
        self.w = world
        self.tmp = tmp
        self.sock = str(tmp / "redis.sock")
        self.prefix = f"nwt{os.getpid()}"
        self.procs = {}

    # -- addresses ---------------------------------------------------------------------
    @property
    def redis_url(self):
        return f"redis://{self.w['redis'].addr}:{REDIS_PORT}/0"

    @property
    def local_redis_url(self):
        return f"unix://{self.sock}?db=0"

    def env(self, **extra) -> dict:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSWATCH_", "RQ_", "REDIS_"))}
        env.update(
            NEWSWATCH_REDIS_URL=self.redis_url,
            NEWSWATCH_KEY_PREFIX=self.prefix,
            NEWSWATCH_SEEDS=str(self.tmp / "seeds.toml"),
            NEWSWATCH_RULES=str(self.tmp / "rules.toml"),
            NEWSWATCH_ALERT_URLS=f"json://{self.w['site'].addr}:{HOOK_PORT}/hook",
            NEWSWATCH_ALERT_MAX_AGE="0",          # README tour: the site's articles are months old
            NEWSWATCH_FRONTIER_LEASE=str(FRONTIER_LEASE),
            NEWSWATCH_ALERT_RETRY_INTERVALS="1 2 5",
            PYTHONUNBUFFERED="1",
            NEWSWATCH_LOG_LEVEL=os.environ.get("NETNS_LOG_LEVEL", "WARNING"),
        )
        env.update({k: str(v) for k, v in extra.items()})
        return env

    # -- set-up ------------------------------------------------------------------------
    def write_config(self, rate: float):
        seeds = (REPO / "seeds" / "demo.toml").read_text()
        # The bundled seeds, with the per-host rate of both sites set by the test (rate is
        # "requests/s to the host, all processes together": docs/reference/seeds.md).
        seeds = re.sub(r"(?m)^rate = 200\b", f"rate = {rate}", seeds)
        (self.tmp / "seeds.toml").write_text(seeds)
        # Rules: the demo's two, each alert sent alone (throttle_minutes = 0,
        # docs/reference/rules.md), so that each alert has its own idempotency key.
        (self.tmp / "rules.toml").write_text(
            '[[rule]]\nid = "maduro"\nany = ["Maduro", "Nicolás Maduro", "Cilia Flores"]\n'
            'severity = "high"\nthrottle_minutes = 0\n\n'
            '[[rule]]\nid = "nuclear"\nany = ["nuclear regulator", "uranium enrichment"]\n'
            'severity = "medium"\nthrottle_minutes = 0\n'
        )
        for name, text in (("site_proxy.py", SITE_PROXY), ("webhook.py", WEBHOOK), ("answer_key.py", ANSWER_KEY)):
            (self.tmp / name).write_text(text)

    def start_infra(self, rate: float = 200, delay: float = 0.0):
        self.write_config(rate)
        w = self.w
        r = w["redis"]
        self.procs["redis"] = r.start("redis", [
            REDIS_SERVER, "--bind", r.addr, "--port", REDIS_PORT, "--protected-mode", "no",
            "--unixsocket", self.sock, "--unixsocketperm", "700", "--save", "", "--appendonly", "no",
            "--dir", str(self.tmp)])
        s = w["site"]
        self.procs["site"] = s.start("demo-site", [NEWSWATCH, "demo-site", "--port", SITE_PORT,
                                                   "--partner-port", PARTNER_PORT])
        self.site_log = self.tmp / "site-access.jsonl"
        self.hook_log = self.tmp / "webhook.jsonl"
        for port in (SITE_PORT, PARTNER_PORT):
            s.start(f"proxy{port}", [PYTHON, self.tmp / "site_proxy.py", s.addr, port, f"127.0.0.1:{port}",
                                     self.site_log, delay])
        s.start("webhook", [PYTHON, self.tmp / "webhook.py", s.addr, HOOK_PORT, self.hook_log])
        for name in ("crawl1", "crawl2"):
            h = w[name]
            for port in (SITE_PORT, PARTNER_PORT):
                h.start(f"fwd{port}", [PYTHON, self.tmp / "site_proxy.py", "127.0.0.1", port, f"{s.addr}:{port}",
                                       self.tmp / f"{name}-sent.jsonl", 0])
        import redis
        self.r = redis.Redis(unix_socket_path=self.sock)
        wait_until(lambda: self._ping(), 20, 0.2, "redis")
        wait_until(lambda: s.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}",
                                  f"http://127.0.0.1:{SITE_PORT}/"], timeout=10).stdout == "200", 30, 0.3, "demo site")
        for name in ("crawl1", "crawl2"):
            wait_until(lambda: w[name].run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}",
                                            f"http://localhost:{PARTNER_PORT}/"], timeout=10).stdout == "200",
                       30, 0.3, f"the site seen from {name}")
        # the probes above are not part of any crawl
        for p in [self.site_log, *(self.tmp / f"{n}-sent.jsonl" for n in ("crawl1", "crawl2"))]:
            p.write_text("")

    def _ping(self):
        try:
            return self.r.ping()
        except Exception:
            return False

    # -- the answer key ----------------------------------------------------------------
    def answer_key(self) -> dict:
        sites = {
            "clashwire": {"base": f"http://127.0.0.1:{SITE_PORT}", "articles": ["^/news/", "^/live/"],
                          "entries": ["/", "/sitemap.xml", "/rss.xml"]},
            "partner-daily": {"base": f"http://localhost:{PARTNER_PORT}", "articles": ["^/story/"], "entries": ["/"]},
        }
        r = self.w["site"].run([PYTHON, self.tmp / "answer_key.py", json.dumps(sites)], timeout=120)
        assert r.returncode == 0, r.stderr
        return json.loads(r.stdout)["articles"]

    # -- newswatch processes -----------------------------------------------------------
    def crawl(self, host: str, crawl_id: str, **env):
        # Each process may have at most 4 requests in flight per host (per-process setting,
        # configuration.md) while the seeds let the site take 8 from all processes together:
        # so one process cannot take every slot of the host and the crawl is shared.
        env.setdefault("NEWSWATCH_CONCURRENT_REQUESTS_PER_DOMAIN", 4)
        return self.w[host].start("crawl", [NEWSWATCH, "crawl", "--crawl-id", crawl_id, *(["--verbose"] if os.environ.get("NETNS_LOG_LEVEL") else [])],
                                  env=self.env(**env), cwd=str(self.tmp))

    def worker(self, host: str, *args, **env):
        return self.w[host].start("worker", [NEWSWATCH, "worker", *args], env=self.env(**env), cwd=str(self.tmp))

    def cli(self, *args, timeout=60):
        """A newswatch command run from the machine's own namespace, through the unix socket."""
        r = subprocess.run([str(NEWSWATCH), *args, "--redis-url", self.local_redis_url],
                           env=self.env(NEWSWATCH_REDIS_URL=self.local_redis_url), cwd=str(self.tmp),
                           capture_output=True, text=True, timeout=timeout)
        return r

    # -- what came out -----------------------------------------------------------------
    @property
    def stream_key(self):
        return f"{self.prefix}:stream:events"

    def events(self) -> list[dict]:
        out = []
        for entry_id, fields in self.r.xrange(self.stream_key):
            data = json.loads(fields[b"data"])
            out.append({"id": entry_id.decode(), "event": fields[b"event"].decode(), "data": data})
        return out

    def site_requests(self) -> list[dict]:
        if not self.site_log.exists():
            return []
        return [json.loads(l) for l in self.site_log.read_text().splitlines() if l.strip()]

    def sent_by(self, host: str) -> list[dict]:
        """Requests as they left a crawler host (its forwarder's log), "req" lines only."""
        p = self.tmp / f"{host}-sent.jsonl"
        if not p.exists():
            return []
        return [r for r in (json.loads(l) for l in p.read_text().splitlines() if l.strip()) if r["ev"] == "req"]

    def hooks(self) -> list[dict]:
        if not self.hook_log.exists():
            return []
        return [json.loads(l) for l in self.hook_log.read_text().splitlines() if l.strip()]

    def worker_of(self, host: str) -> dict | None:
        """RQ's record of the worker running on a host (RQ notes each worker's client address).

        The workers are those of RQ's set of live workers, not a SCAN of the keyspace: 0.2 ms a poll
        instead of 2 ms (83 keys), where a burst's job lasts about 30 ms; under a loaded suite the
        staging below once missed every job of the burst."""
        addr = self.w[host].addr + ":"
        for k in self.r.smembers("rq:workers"):
            h = self.r.hgetall(k)
            if h.get(b"ip_address", b"").decode().startswith(addr):
                d = {kk.decode(): vv.decode() for kk, vv in h.items()}
                d["key"] = k.decode()
                d["name"] = k.decode().split(":", 2)[2]
                return d
        return None

    def job(self, job_id: str) -> dict:
        return {k.decode(): v for k, v in self.r.hgetall(f"rq:job:{job_id}").items()}

    def job_articles(self, job_id: str) -> list[str]:
        """The URLs of the articles an article job carries (RQ's API, JSON serializer)."""
        from rq.job import Job
        from rq.serializers import JSONSerializer
        job = Job.fetch(job_id, connection=self.r, serializer=JSONSerializer)
        return [a["url"] for a in job.args[0]]

    def status(self) -> dict:
        r = self.cli("status", "--json")
        return json.loads(r.stdout) if r.returncode == 0 and r.stdout.strip() else {}

    def queues_idle(self) -> bool:
        """Nothing queued, running or scheduled on either queue (``status --json``), and no job
        between a worker's take and its start (RQ's intermediate list)."""
        st = self.status()
        qs = st.get("queues") or {}
        if not qs:
            return False
        for name, q in qs.items():
            if q.get("queued") or q.get("running") or q.get("scheduled"):
                return False
            if self.r.llen(f"rq:queue:{name}:intermediate"):
                return False
        return True


def article_url(ev: dict) -> str:
    return ev["data"]["article"]["url"]


def url_key(url: str) -> str:
    """Compare URLs without scheme case, trailing slash or fragment."""
    return url.split("#")[0].rstrip("/").lower()


def check_stream(events: list[dict], key: dict) -> dict:
    """Each answer-key article exactly once as new/duplicate; no (event kind, url) twice."""
    firsts = defaultdict(list)     # url -> events new/duplicate
    by_kind = Counter()
    for ev in events:
        by_kind[(ev["event"], url_key(article_url(ev)))] += 1
        if ev["event"] in ("new", "duplicate"):
            firsts[url_key(article_url(ev))].append(ev["event"])
    keyset = {url_key(u) for u in key}
    missing = sorted(keyset - set(firsts))
    doubled = sorted(u for u, evs in firsts.items() if len(evs) > 1)
    repeated = sorted(f"{k}:{u} x{n}" for (k, u), n in by_kind.items() if n > 1)
    extra = sorted(set(firsts) - keyset)
    return {"missing": missing, "doubled": doubled, "repeated": repeated, "extra": extra,
            "kinds": dict(Counter(ev["event"] for ev in events)), "events": len(events)}


def check_alerts(events: list[dict], hooks: list[dict]) -> dict:
    """Every alert of the stream delivered; a repeat only when it says it is one."""
    alert_ids = {a for ev in events for a in (ev["data"].get("alerts") or [])}
    per_key = defaultdict(list)
    for h in hooks:
        body = h["body"] if isinstance(h["body"], dict) else {}
        k = h.get("idempotency_key") or body.get("idempotency_key") or "?"
        rep = str(body.get("possible_repeat", "")).lower() in ("yes", "true", "1") or \
            "[POSSIBLE REPEAT]" in str(body.get("title", ""))
        per_key[k].append(rep)
    unannounced = {k: v for k, v in per_key.items() if sum(1 for rep in v if not rep) > 1}
    delivered = {a for a in alert_ids if any(a in k for k in per_key)}
    return {"alerts_on_stream": len(alert_ids), "messages": len(hooks), "keys": len(per_key),
            "undelivered": sorted(alert_ids - delivered), "unannounced_repeats": unannounced,
            "announced_repeats": sum(1 for v in per_key.values() for rep in v[1:] if rep)}


@pytest.fixture
def cluster(request):
    reason = why_not_possible()
    if reason:
        pytest.skip(f"cannot make network namespaces here: {reason}")
    if not NEWSWATCH.exists():
        pytest.skip(f"{NEWSWATCH} missing: run scripts/setup")
    if not os.path.exists(REDIS_SERVER):
        pytest.skip("no redis-server")
    tmp = Path(tempfile.mkdtemp(prefix=f"netns-{request.node.name[:40]}-"))
    try:
        world = World(HOST_NAMES, logdir=str(tmp / "logs"))
        with world as w:
            yield Cluster(w, tmp)
    except CannotMakeHosts as e:
        pytest.skip(f"cannot make network namespaces here: {e}")
    assert not world.leftovers(), f"namespaces left behind: {world.leftovers()}"
    rep = getattr(request.node, "rep_call", None)
    if rep is not None and rep.passed and not os.environ.get("NETNS_KEEP_LOGS"):
        shutil.rmtree(tmp, ignore_errors=True)
    else:
        print(f"\nlogs kept in {tmp}")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    rep = outcome.get_result()
    setattr(item, f"rep_{rep.when}", rep)
