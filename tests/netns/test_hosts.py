"""Issue 18, "Several machines for real": newswatch across hosts made with network namespaces.

Topology (conftest.py): redis | site (demo site + access-log proxy + webhook) | crawl1 | crawl2 |
work1 | work2, all on one bridge, 10.251.0.10-15.  Every process is the installed CLI.

Written from README.md and docs/ only.  Bounds used (and where the docs state them):
* a crawler host's pages: NEWSWATCH_FRONTIER_LEASE, set to 10 s here (configuration.md:
  "seconds a fetched page may stay unfinished before another process takes it over");
* a worker host's job: "back on its queue within about 40 s" when its worker died while the
  job ran, 60-75 s when it died between taking the job and starting it
  (explanation/guarantees.md, "A worker killed mid-job": "host lost" is among the causes);
* alerts: at least once; a repeat only as "[POSSIBLE REPEAT]" / possible_repeat, one per
  interrupted attempt (guarantees.md, "Alert delivery").
CUT (NETNS_CUT_SECONDS, default 15; the issue's figure is 60) is how long a host is cut off.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter, defaultdict

import pytest

from conftest import (ABOUT, CUT, FRONTIER_LEASE, PARTNER_PORT, SITE_PORT, WORKER_BOUND_RUNNING,
                      WORKER_BOUND_TAKEN, check_alerts, check_stream, url_key, wait_until)

ARTICLE_PATH = re.compile(r"^/(news|live|story)/")


def _page(req: dict) -> tuple[int, str]:
    return (req["port"], req["path"].split("#")[0])


def _fetches(reqs, client=None, since=None, until=None):
    return [r for r in reqs if r["ev"] == "req" and (client is None or r["client"] == client)
            and (since is None or r["t"] >= since) and (until is None or r["t"] < until)]


def _report(title: str, **figures):
    print(f"\n=== {title}")
    for k, v in figures.items():
        print(f"  {k}: {json.dumps(v, default=str) if not isinstance(v, str) else v}")


def _wait_pipeline_done(c, key, timeout):
    """Every answer-key article on the stream and the queues idle (bounded)."""
    keyset = {url_key(u) for u in key}

    def done():
        got = {url_key(e["data"]["article"]["url"]) for e in c.events() if e["event"] in ("new", "duplicate")}
        return keyset <= got and c.queues_idle()
    return wait_until(done, timeout, 1.0, "every article on the stream and the queues idle")


def _final_checks(c, key, label):
    time.sleep(3)  # let a late publisher show itself
    events = c.events()
    stream = check_stream(events, key)
    alerts = check_alerts(events, c.hooks())
    st = c.status()
    failed = {q: v.get("failed") for q, v in (st.get("queues") or {}).items()}
    running = {q: v.get("running") for q, v in (st.get("queues") or {}).items()}
    _report(f"{label}: what came out", answer_key=len(key), stream=stream, alerts=alerts,
            failed_jobs=failed, running_jobs=running)
    problems = []
    if stream["missing"]:
        problems.append(f"{len(stream['missing'])} articles never on the stream: {stream['missing']}")
    if stream["doubled"]:
        problems.append(f"articles published twice (new/duplicate): {stream['doubled']}")
    if stream["repeated"]:
        problems.append(f"events repeated: {stream['repeated']}")
    if stream["extra"]:
        problems.append(f"events for pages that are not articles of the site: {stream['extra']}")
    if alerts["undelivered"]:
        problems.append(f"alerts on the stream never delivered: {alerts['undelivered']}")
    if alerts["unannounced_repeats"]:
        problems.append(f"alerts repeated without [POSSIBLE REPEAT]: {alerts['unannounced_repeats']}")
    if any(failed.values()):
        problems.append(f"failed jobs left: {failed}")
    if any(running.values()):
        problems.append(f"jobs still running: {running}")
    return problems


# --------------------------------------------------------------------------------------
# a. a full demo crawl across the hosts
# --------------------------------------------------------------------------------------

def test_full_crawl_across_hosts(cluster):
    c = cluster
    c.start_infra(rate=200)
    key = c.answer_key()
    assert len(key) >= 40, f"the answer key is too small to mean anything: {len(key)}"
    t0 = time.monotonic()
    c.worker("work1")
    c.worker("work2")
    k1 = c.crawl("crawl1", "netns-a")
    k2 = c.crawl("crawl2", "netns-a")
    rc1, rc2 = k1.wait(240), k2.wait(240)
    t_crawl = time.monotonic() - t0
    assert (rc1, rc2) == (0, 0), f"crawls exited {rc1}, {rc2}:\n{k1.output()[-2000:]}\n{k2.output()[-2000:]}"
    _wait_pipeline_done(c, key, 120)
    t_all = time.monotonic() - t0

    reqs = c.site_requests()
    a1, a2 = c.w["crawl1"].addr, c.w["crawl2"].addr
    per_page = Counter(_page(r) for r in _fetches(reqs) if ARTICLE_PATH.match(r["path"]))
    twice = {f"{p}{path}": n for (p, path), n in per_page.items() if n > 1}
    split = {"crawl1": len(_fetches(reqs, a1)), "crawl2": len(_fetches(reqs, a2))}
    workers_jobs = {h: (c.worker_of(h) or {}).get("successful_job_count") for h in ("work1", "work2")}
    _report("full crawl across hosts", crawl_seconds=round(t_crawl, 1), until_stream_complete=round(t_all, 1),
            requests_by_host=split, article_pages_fetched=len(per_page), article_pages_fetched_twice=twice,
            jobs_by_worker=workers_jobs, crawl1_summary=k1.output().strip().splitlines()[-1],
            crawl2_summary=k2.output().strip().splitlines()[-1])
    problems = _final_checks(c, key, "full crawl")
    if twice:
        problems.append(f"article pages fetched more than once in one crawl: {twice}")
    if not (split["crawl1"] and split["crawl2"]):
        problems.append(f"staging: one crawler host did no work, the crawl was not shared: {split}")
    assert not problems, "\n".join(problems)


# --------------------------------------------------------------------------------------
# b. a worker host cut off in the middle of a burst
# --------------------------------------------------------------------------------------

def test_worker_host_cut_mid_burst(cluster):
    c = cluster
    c.start_infra(rate=200)
    key = c.answer_key()
    # The burst: the whole site crawled with no worker running, in jobs of 8 articles
    # (NEWSWATCH_BATCH_SIZE), then both workers started at once.
    k1 = c.crawl("crawl1", "netns-b", NEWSWATCH_BATCH_SIZE=8)
    k2 = c.crawl("crawl2", "netns-b", NEWSWATCH_BATCH_SIZE=8)
    assert (k1.wait(240), k2.wait(240)) == (0, 0), k1.output()[-2000:] + k2.output()[-2000:]
    queued = c.status()["queues"]
    w1 = c.worker("work1")
    w2 = c.worker("work2")
    art_queue = f"{c.prefix}-articles"

    # Cut work1 the moment it holds an article job, once the burst is under way (it has done
    # one job already, or the other worker has).  Poll RQ's worker record through the socket.
    held = None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        rec = c.worker_of("work1")
        other = c.worker_of("work2") or {}
        if rec and rec.get("current_job"):
            job = c.job(rec["current_job"])
            under_way = int(rec.get("successful_job_count") or 0) + int(other.get("successful_job_count") or 0) >= 1
            if job.get("origin", b"").decode() == art_queue and under_way:
                c.w["work1"].cut()
                t_cut = time.monotonic()
                after = c.job(rec["current_job"])
                if after.get("status") == b"started" and after.get("worker_name", b"").decode() == rec["name"]:
                    held = rec["current_job"]
                    break
                # work1 finished it in the few ms before the cut took hold: a blip, try the next job
                c.w["work1"].restore()
        time.sleep(0.002)
    assert held, ("could not catch work1 holding an article job: "
                  f"work1 {c.worker_of('work1')}, stream {c.r.xlen(c.stream_key)}\n{w1.output()[-3000:]}")
    held_urls = c.job_articles(held)
    w1_name = c.worker_of("work1")["name"]

    # While work1 is cut: when does its job leave it, and when are its articles on the stream?
    t_left = t_published = None
    published_by_cut_host = None
    t_restore = None

    def on_stream():
        got = {url_key(e["data"]["article"]["url"]) for e in c.events() if e["event"] in ("new", "duplicate")}
        return all(url_key(u) in got for u in held_urls)

    give_up = t_cut + max(CUT, WORKER_BOUND_TAKEN) + 60
    while time.monotonic() < give_up:
        now = time.monotonic()
        if t_restore is None and now - t_cut >= CUT:
            c.w["work1"].restore()
            t_restore = time.monotonic()
        j = c.job(held)
        if t_left is None and (j.get("status") != b"started" or j.get("worker_name", b"").decode() != w1_name):
            t_left = now - t_cut
        if t_published is None and on_stream():
            t_published = now - t_cut
            published_by_cut_host = t_restore is not None
        if t_published is not None and t_restore is not None:
            break
        time.sleep(0.25)
    if t_restore is None:
        c.w["work1"].restore()
        t_restore = time.monotonic()

    # work1 is back: let it settle (its heartbeat after the restore, idle), the queues drain.
    def settled():
        rec = c.worker_of("work1")
        if rec is None or not rec.get("last_heartbeat"):
            return False
        return rec.get("state") == "idle" and not rec.get("current_job")
    try:
        wait_until(settled, 120, 1.0, "work1 back and idle")
        w1_back = True
    except TimeoutError:
        w1_back = False
    _wait_pipeline_done(c, key, 120)

    w1_log = w1.output()
    _report("worker host cut mid-burst", cut_seconds=CUT, queues_before_workers=queued,
            held_job=held, held_articles=len(held_urls),
            job_left_cut_worker_after_s=None if t_left is None else round(t_left, 1),
            articles_of_held_job_on_stream_after_s=None if t_published is None else round(t_published, 1),
            published_only_after_restore=published_by_cut_host, documented_bound_s=WORKER_BOUND_RUNNING,
            work1_back_and_idle=w1_back, work1_running=w1.running(), work2_running=w2.running(),
            work1_log_tail="\n" + "\n".join(w1_log.strip().splitlines()[-25:]))
    problems = _final_checks(c, key, "worker cut")
    bound = WORKER_BOUND_RUNNING + ABOUT
    if t_published is None or t_published > bound:
        problems.append(f"the held job's {len(held_urls)} articles reached the stream after "
                        f"{t_published if t_published is None else round(t_published, 1)} s, past the documented "
                        f"'about {WORKER_BOUND_RUNNING:.0f} s' (+{ABOUT:.0f} s allowed); cut lasted {CUT:.0f} s")
    if CUT > bound and (t_left is None or t_left > bound or published_by_cut_host):
        problems.append(f"work1 was cut {CUT:.0f} s, longer than the bound, but its job did not come back to "
                        f"work2 in time (left work1 after {t_left} s; published only after restore: {published_by_cut_host})")
    assert not problems, "\n".join(problems)


# --------------------------------------------------------------------------------------
# c. a crawler host cut off mid-crawl
# --------------------------------------------------------------------------------------

def test_crawler_host_cut_mid_crawl(cluster):
    c = cluster
    # A slower site than the demo's default (rate 4 requests/s per host in the seeds, every
    # answer held back 1 s by the site), so that the crawl lasts about half a minute and the
    # cut host has pages in flight when it is cut.
    delay = 1.0
    c.start_infra(rate=4, delay=delay)
    key = c.answer_key()
    c.worker("work1")
    c.worker("work2")
    t0 = time.monotonic()
    k1 = c.crawl("crawl1", "netns-c")
    k2 = c.crawl("crawl2", "netns-c")
    a1, a2 = c.w["crawl1"].addr, c.w["crawl2"].addr

    # Mid-crawl: both hosts have fetched, about a third of the site's pages are done, and
    # crawl1 has just sent a request (so it holds that page when its cable goes).
    def ready():
        reqs = c.site_requests()
        f1, f2 = _fetches(reqs, a1), _fetches(reqs, a2)
        return len(f1) >= 5 and len(f2) >= 5 and len(f1) + len(f2) >= 35 and \
            any(r["t"] > time.time() - 0.3 for r in f1 if ARTICLE_PATH.match(r["path"]))
    wait_until(ready, 120, 0.05, "the crawl under way with crawl1 fetching an article")
    c.w["crawl1"].cut()
    t_cut_wall, t_cut = time.time(), time.monotonic()

    # Pages crawl1 held at the cut: sent by crawl1 (its forwarder's log) and not answered to it
    # before the cut (the site's log).
    answered = {(r["client"], _page(r)) for r in c.site_requests() if r["ev"] == "resp" and r["t"] < t_cut_wall}
    held = sorted({_page(r) for r in c.sent_by("crawl1") if r["t"] < t_cut_wall and (a1, _page(r)) not in answered})

    k2_done = None
    while time.monotonic() < t_cut + CUT:
        if k2_done is None and k2.popen.poll() is not None:
            k2_done = time.monotonic() - t_cut
        time.sleep(0.25)
    c.w["crawl1"].restore()
    t_restore_wall = time.time()
    rc2 = k2.wait(max(5, 240 - (time.monotonic() - t0)))
    if k2_done is None:
        k2_done = time.monotonic() - t_cut
    rc1 = k1.wait(max(5, 300 - (time.monotonic() - t0)))
    t_crawl = time.monotonic() - t0
    _wait_pipeline_done(c, key, 120)

    reqs = c.site_requests()
    sent1 = c.sent_by("crawl1")
    # Pages crawl1 had leased but not sent yet at the cut (waiting for the host's next slot)
    # show themselves afterwards: first fetched by crawl2 after the cut, then asked for by
    # crawl1 once back.  They were held too.
    first_by = {}
    for r in sorted(_fetches(reqs), key=lambda r: r["t"]):
        first_by.setdefault(_page(r), r)
    leased_unsent = sorted({_page(r) for r in sent1 if r["t"] >= t_restore_wall and _page(r) not in held
                            and first_by[_page(r)]["client"] == a2 and first_by[_page(r)]["t"] >= t_cut_wall})
    # held pages taken over by crawl2: the first request for each that reached the site from it
    takeover = {}
    for p in held + leased_unsent:
        later = [r["t"] - t_cut_wall for r in _fetches(reqs, a2, since=t_cut_wall) if _page(r) == p]
        takeover[f"{p[0]}{p[1]}"] = round(min(later), 1) if later else None

    def finished_before(page, t):
        """Answered by the site before t: to crawl2, or to crawl1 before its cable went."""
        return any(r["ev"] == "resp" and _page(r) == page and r["t"] < t and
                   (r["client"] == a2 or r["t"] < t_cut_wall) for r in reqs)
    during = [(round(r["t"] - t_cut_wall, 2), f"{r['port']}{r['path']}") for r in sent1
              if t_cut_wall <= r["t"] < t_restore_wall]
    after = [r for r in sent1 if r["t"] >= t_restore_wall]
    refetched = [(round(r["t"] - t_restore_wall, 2), f"{r['port']}{r['path']}") for r in after
                 if finished_before(_page(r), r["t"])]
    per_page = Counter(_page(r) for r in _fetches(reqs) if ARTICLE_PATH.match(r["path"]))
    twice = {f"{p}{path}": n for (p, path), n in per_page.items() if n > 1}
    _report("crawler host cut mid-crawl", cut_seconds=CUT, frontier_lease_s=FRONTIER_LEASE,
            cut_at_s=round(t_cut - t0, 1), held_by_crawl1_sent=[f"{p}{path}" for p, path in held],
            held_by_crawl1_leased_unsent=[f"{p}{path}" for p, path in leased_unsent],
            held_page_first_fetched_by_crawl2_after_s=takeover,
            crawl2_finished_after_cut_s=round(k2_done, 1), crawl_total_s=round(t_crawl, 1),
            exit_codes={"crawl1": rc1, "crawl2": rc2},
            sent_by_crawl1_while_cut_s_after_cut=during,
            sent_by_crawl1_after_return=[f"{r['port']}{r['path']}" for r in after],
            refetched_by_returning_host_s_after_return=refetched,
            article_pages_fetched_more_than_once=twice,
            crawl1_tail="\n" + "\n".join(k1.output().strip().splitlines()[-8:]),
            crawl2_tail="\n" + "\n".join(k2.output().strip().splitlines()[-4:]))
    problems = _final_checks(c, key, "crawler cut")
    if (rc1, rc2) != (0, 0):
        problems.append(f"crawl processes exited {rc1} (cut host), {rc2}")
    bound = FRONTIER_LEASE + ABOUT + delay
    # taken over late; or never taken over although the host stayed away longer than the bound
    late = {p: t for p, t in takeover.items() if (t is None and CUT >= bound) or (t is not None and t > bound)}
    if not held:
        problems.append("crawl1 held no page at the cut (staging failed)")
    if late:
        problems.append(f"pages held by the cut host not taken over within the lease "
                        f"({FRONTIER_LEASE} s + {ABOUT + delay:.0f} s allowed): {late}")
    if refetched:
        problems.append(f"the returning host fetched again pages another host had already finished "
                        f"(s after its return, page): {refetched}")
    # frontier.md, "Once per crawl": each URL once.  A page in flight at the cut may be fetched
    # twice (its answer was lost with the cable); any other article page fetched twice is not.
    unexplained = {p: n for p, n in twice.items() if (int(p[:4]), p[4:]) not in set(held)}
    if unexplained:
        problems.append(f"article pages fetched more than once that were not in flight at the cut: {unexplained}")
    assert not problems, "\n".join(problems)
