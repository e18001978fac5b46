"""The shared frontier against a real Redis: once per crawl, revisits, budgets, leases, closing."""

import json
import time

import pytest

from crawler.frontier.store import MODE_ALIAS, MODE_ONCE_PER_CRAWL, MODE_REVISIT, Frontier, FrontierConfig
from newswatch.shared.connection import connect
from newswatch.shared.redis_keys import RedisKeys
from tests.reply_dropping_proxy import ReplyDroppingProxy

KEYS = RedisKeys("nwtest")


def entry(path, kind="article", site="s", priority=0):
    return {"url": f"http://127.0.0.1:1{path}", "site": site, "kind": kind, "depth": 0, "priority": priority}


@pytest.fixture
def make_frontier(redis_conn):
    def make(**config):
        frontier = Frontier(redis_conn, KEYS, "news", FrontierConfig(**config))
        frontier.join("crawl-a")
        return frontier
    return make


def drain(frontier):
    members = []
    while (member := frontier.pop()) is not None:
        members.append(member)
        frontier.ack(member)
    return members


def test_a_url_is_queued_once_per_crawl(make_frontier):
    frontier = make_frontier()
    assert frontier.add(entry("/news/a"), max_pages=10) == 1
    assert frontier.add(entry("/news/a"), max_pages=10) == 0
    assert frontier.pending() == (1, 0)


@pytest.mark.parametrize("spelling", ["/news/a#comments", "/news/a/", "/news/a?utm_source=rss", "/news/a/amp/",
                                      "/news/a?relatedposts_hit=1&relatedposts_origin=7&relatedposts_position=0"])
def test_every_spelling_of_a_page_is_the_page(make_frontier, spelling):
    frontier = make_frontier()
    assert frontier.add(entry("/news/a"), max_pages=10) == 1
    assert frontier.add(entry(spelling), max_pages=10) == 0


def test_a_spelling_marked_seen_is_never_queued_and_uses_no_budget(make_frontier):
    frontier = make_frontier()
    assert frontier.add(entry("/?p=41"), max_pages=1, mode=MODE_ALIAS) == 0
    assert frontier.pending() == (0, 0)
    assert frontier.add(entry("/?p=41"), max_pages=1) == 0  # a later link through it: seen
    assert frontier.add(entry("/news/b"), max_pages=1) == 1  # the budget is still whole


def test_processes_joining_a_running_crawl_share_it(make_frontier, redis_conn):
    first = make_frontier()
    second = Frontier(redis_conn, KEYS, "news", FrontierConfig())
    joined = second.join("crawl-b")
    assert (joined.id, joined.seq, joined.started) == ("crawl-a", first.crawl.seq, False)
    first.add(entry("/news/a"), max_pages=10)
    assert second.add(entry("/news/a"), max_pages=10) == 0


def test_listings_come_back_next_crawl_but_articles_wait_for_their_revisit(make_frontier, redis_conn):
    frontier = make_frontier(revisit_seconds=3600)
    frontier.add(entry("/", kind="listing"), max_pages=10, mode=MODE_ONCE_PER_CRAWL)
    frontier.add(entry("/news/a"), max_pages=10)
    drain(frontier)
    assert frontier.finish_if_done()
    frontier.join("crawl-b")
    assert frontier.crawl.seq == 2
    assert frontier.add(entry("/", kind="listing"), max_pages=10, mode=MODE_ONCE_PER_CRAWL) == 1
    assert frontier.add(entry("/news/a"), max_pages=10) == 0


def test_articles_with_revisit_zero_come_back_next_crawl_but_not_twice_in_one(make_frontier):
    frontier = make_frontier(revisit_seconds=0)
    frontier.add(entry("/news/a"), max_pages=10)
    assert frontier.add(entry("/news/a"), max_pages=10) == 0
    drain(frontier)
    frontier.finish_if_done()
    frontier.join("crawl-b")
    assert frontier.add(entry("/news/a"), max_pages=10) == 1


def test_a_site_over_its_page_budget_gets_no_more_pages(make_frontier):
    frontier = make_frontier()
    assert [frontier.add(entry(f"/news/{n}"), max_pages=3) for n in range(5)] == [1, 1, 1, -1, -1]
    assert frontier.add(entry("/news/x", site="other"), max_pages=3) == 1


def test_entries_are_plain_json_in_priority_then_arrival_order(make_frontier):
    frontier = make_frontier()
    frontier.add(entry("/news/a"), max_pages=10)
    frontier.add(entry("/feed", kind="feed", priority=20), max_pages=10, mode=MODE_ONCE_PER_CRAWL)
    frontier.add(entry("/news/b"), max_pages=10)
    assert [json.loads(m)["url"].rsplit("/", 1)[1] for m in drain(frontier)] == ["feed", "a", "b"]


def test_a_popped_entry_is_leased_until_acknowledged(make_frontier):
    frontier = make_frontier()
    frontier.add(entry("/news/a"), max_pages=10)
    member = frontier.pop()
    assert frontier.pending() == (0, 1)
    assert not frontier.finish_if_done()
    frontier.ack(member)
    assert frontier.pending() == (0, 0)


def test_an_expired_lease_returns_to_the_queue(make_frontier):
    frontier = make_frontier(lease_seconds=1)
    frontier.add(entry("/news/a"), max_pages=10)
    member = frontier.pop()  # then the process holding it dies
    assert frontier.reap() == 0
    time.sleep(1.1)
    assert frontier.reap() == 1
    assert frontier.pop() == member


def test_renewing_keeps_a_lease_alive_and_reports_a_lost_one(make_frontier):
    frontier = make_frontier(lease_seconds=1)
    frontier.add(entry("/news/a"), max_pages=10)
    member = frontier.pop()
    time.sleep(0.6)
    assert frontier.renew(member)
    time.sleep(0.6)
    assert frontier.reap() == 0
    time.sleep(0.6)
    frontier.reap()
    assert not frontier.renew(member)


def test_a_process_holds_no_more_of_a_hosts_slots_than_it_fetches_at_once(make_frontier):
    # The site allows 8 at once; a process fetching 4 per host leaves the other 4 slots to the others.
    first, second = make_frontier(), make_frontier()
    for n in range(40):
        first.add(entry(f"/news/{n}"), max_pages=100)
    assert len(first.pop_with_slots(32, {"s": 8}, 2, per_process=4)[1]) == 4
    assert first.pop_with_slots(32, {"s": 8}, 2, per_process=4)[1] == []
    assert len(second.pop_with_slots(32, {"s": 8}, 2, per_process=4)[1]) == 4


@pytest.mark.parametrize("pop", ["pop_many", "pop_with_slots"])
def test_a_process_cut_off_past_its_lease_leaves_the_page_to_the_one_that_took_it_over(make_frontier, pop):
    # Issue 18's partition: the first process comes back to a page another process leased meanwhile.
    cut_off, other = make_frontier(lease_seconds=1), make_frontier(lease_seconds=1)
    cut_off.add(entry("/news/a"), max_pages=10)
    [member] = cut_off.pop_many(1) if pop == "pop_many" else [m for m, _ in cut_off.pop_with_slots(1, {}, 2)[1]]
    time.sleep(1.1)
    stale = cut_off.lease(member)[1]
    assert other.reap() == 1 and other.pop() == member  # taken over
    assert cut_off.release([member]) == 0  # not given back to the queue under the other's feet
    assert not cut_off.renew(member, stale)  # its retry of the page is dropped (crawler.frontier.scheduler)
    cut_off.ack((member, stale))  # its fetch refused (lease_lost), then acknowledged
    assert other.pending() == (0, 1)  # the other's lease stands
    assert other.renew(member)
    other.ack(member)
    assert other.pending() == (0, 0)


def test_an_ack_after_a_process_took_its_own_page_again_leaves_the_new_lease(make_frontier):
    # A process blocked past its lease reaps its own page and leases it again: the old request's ack (its fetch
    # refused as lease_lost) must not end the new lease, nor may its retry renew it.
    frontier = make_frontier(lease_seconds=1)
    frontier.add(entry("/news/a"), max_pages=10)
    member = frontier.pop()
    old_lease = frontier.lease(member)[1]
    time.sleep(1.1)
    assert frontier.reap() == 1 and frontier.pop() == member
    assert not frontier.renew(member, old_lease)
    frontier.ack((member, old_lease))
    assert frontier.pending() == (0, 1)
    assert frontier.renew(member)  # the new lease, still held
    frontier.ack((member, frontier.lease(member)[1]))
    assert frontier.pending() == (0, 0)


def test_a_page_finished_by_another_process_is_not_renewed_by_the_one_cut_off(make_frontier):
    cut_off, other = make_frontier(lease_seconds=1), make_frontier(lease_seconds=1)
    cut_off.add(entry("/news/a"), max_pages=10)
    member = cut_off.pop()
    time.sleep(1.1)
    other.reap()
    other.ack(other.pop())
    assert not cut_off.renew(member)
    assert cut_off.lease(member) is None


def test_the_crawl_ends_only_when_nothing_is_queued_or_leased_anywhere(make_frontier):
    frontier = make_frontier()
    frontier.add(entry("/news/a"), max_pages=10)
    assert not frontier.finish_if_done()
    member = frontier.pop()
    assert not frontier.finish_if_done()
    frontier.ack(member)
    assert frontier.finish_if_done()
    assert frontier.state()["status"] == "finished"


def test_seen_urls_expire_with_the_retention(make_frontier, redis_conn):
    frontier = make_frontier(seen_ttl=120)
    frontier.add(entry("/news/a"), max_pages=10)
    [key] = redis_conn.keys(KEYS.seen_bucket_prefix("news") + "*")
    assert 0 < redis_conn.ttl(key) <= 120


def test_a_scheduled_revisit_comes_back_before_the_revisit_time_but_once_per_crawl(make_frontier):
    frontier = make_frontier(revisit_seconds=3600)
    frontier.add(entry("/news/a"), max_pages=10)
    drain(frontier)
    frontier.finish_if_done()
    frontier.join("crawl-b")
    assert frontier.add(entry("/news/a"), max_pages=10) == 0
    assert frontier.add(entry("/news/a"), max_pages=10, mode=MODE_REVISIT) == 1
    assert frontier.add(entry("/news/a"), max_pages=10, mode=MODE_REVISIT) == 0


def test_a_stopped_crawl_keeps_its_queue_for_the_next_one(make_frontier):
    frontier = make_frontier()
    frontier.add(entry("/news/a"), max_pages=10)
    frontier.add(entry("/news/b"), max_pages=10)
    held = frontier.pop()
    assert frontier.stop()
    assert not frontier.settle_stop()  # a page is still in flight
    assert frontier.state()["status"] == "stopping"
    frontier.ack(held)
    assert frontier.settle_stop()
    assert frontier.state()["status"] == "stopped"
    assert frontier.join("crawl-b").started
    assert [Frontier.decode(m)["url"] for m in drain(frontier)] == ["http://127.0.0.1:1/news/b"]


def test_a_process_joining_a_stopping_crawl_joins_it_rather_than_starting_another(make_frontier, redis_conn):
    make_frontier().stop()
    late = Frontier(redis_conn, KEYS, "news", FrontierConfig())
    assert late.join("crawl-b").started is False
    assert not late.stop()  # already stopping


def test_scheduled_revisits_leave_the_page_budget_to_new_pages(make_frontier):
    frontier = make_frontier()
    assert [frontier.add(entry(f"/news/old-{n}"), max_pages=2, mode=MODE_REVISIT) for n in range(5)] == [1] * 5
    assert [frontier.add(entry(f"/news/new-{n}"), max_pages=2) for n in range(3)] == [1, 1, -1]


def host_entry(host, n, site="s"):
    return {"url": f"http://{host}/news/{n}", "site": site, "kind": "article", "depth": 0, "priority": 0}


def test_a_process_leases_only_as_many_entries_of_a_host_as_it_has_free_slots(make_frontier, redis_conn):
    first = make_frontier()
    for n in range(40):
        first.add(host_entry("a.test", n), max_pages=100)
    _, taken = first.pop_with_slots(32, {"s": 2}, 2)
    assert len(taken) == 2
    assert {key for _, (key, _) in taken} == {KEYS.host_in_flight("a.test")}
    assert redis_conn.zcard(KEYS.host_in_flight("a.test")) == 2
    assert first.pending() == (38, 2)


def test_entries_of_a_full_host_wait_in_the_queue_while_other_hosts_are_served(make_frontier):
    frontier = make_frontier()
    for n in range(24):
        frontier.add(host_entry("a.test", n), max_pages=100)
    frontier.add(host_entry("b.test", 0), max_pages=100)
    queued, taken = frontier.pop_with_slots(32, {"s": 2}, 2)  # a short queue: 25 / 8 = 3 at most
    assert queued == 25
    assert [Frontier.decode(m)["url"] for m, _ in taken] == ["http://a.test/news/0", "http://a.test/news/1",
                                                             "http://b.test/news/0"]
    assert Frontier.decode(frontier.pop())["url"] == "http://a.test/news/2"


def test_a_slot_freed_is_leased_again_by_whichever_process_asks(make_frontier):
    first, second = make_frontier(), make_frontier()
    for n in range(40):
        first.add(host_entry("a.test", n), max_pages=100)
    _, mine = first.pop_with_slots(32, {"s": 2}, 2)
    assert second.pop_with_slots(32, {"s": 2}, 2) == (38, [])  # the host is full: nothing for it to hold
    first.free_slots([mine[0][1]])  # one of the first process's fetches ended
    assert len(second.pop_with_slots(32, {"s": 2}, 2)[1]) == 1


@pytest.mark.parametrize("pop", ["pop_with_slots", "pop_many"])
def test_a_pop_whose_answer_was_lost_is_answered_again_not_served_anew(redis_conn, redis_url, pop):
    """Redis ran the pop, then went away before the answer came back; redis-py sends the pop again. A pop
    served anew would leave the first pages leased, and their host slots taken, by nobody until the lease
    ended: the crawl would stall that long (tests/test_redis_outage.py met it in CI)."""
    port = int(redis_url.rsplit(":", 1)[1].split("/")[0])
    with ReplyDroppingProxy(port, marker=KEYS.frontier_leases("news").encode()) as proxy:
        far = connect(redis_url.replace(f":{port}/", f":{proxy.port}/"), patience=10)
        frontier = Frontier(far, KEYS, "news", FrontierConfig())
        frontier.join("crawl-a")
        frontier.pop_with_slots(1, {}, 2), frontier.pop_many(1)  # scripts loaded: the lost answer is the pop's own
        for n in range(40):
            frontier.add(host_entry("a.test", n), max_pages=100)
        proxy.arm()
        if pop == "pop_with_slots":
            taken = [member for member, _ in frontier.pop_with_slots(32, {"s": 2}, 2)[1]]
        else:
            taken = frontier.pop_many(3)
        assert proxy.dropped.is_set()
        assert len(taken) == (2 if pop == "pop_with_slots" else 3)
        assert sorted(m.decode() for m in redis_conn.zrange(KEYS.frontier_leases("news"), 0, -1)) == sorted(taken)
        if pop == "pop_with_slots":
            assert redis_conn.zcard(KEYS.host_in_flight("a.test")) == 2
        frontier.pop_many(1)  # the next pop drops the kept answer: only its own is left
        assert len(redis_conn.keys(KEYS.frontier_pop_answer("news", "*"))) == 1
        far.close()


def test_a_pop_that_leased_nothing_keeps_no_answer(make_frontier, redis_conn):
    """Idle polls (a full host is asked again every 50 ms) write nothing to Redis."""
    frontier = make_frontier()
    frontier.pop_many(4)
    frontier.pop_with_slots(4, {"s": 2}, 2)
    assert redis_conn.keys(KEYS.frontier_pop_answer("news", "*")) == []
