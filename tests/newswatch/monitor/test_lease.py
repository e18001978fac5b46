"""The monitor lease: one holder at a time, renewed by its holder, free again when it lapses or is given up."""

import time

from newswatch.monitor.lease import LeaderLease


def lease(redis_conn, owner, seconds=1):
    return LeaderLease(redis_conn, "nwtest:monitor:leader", seconds, owner=owner)


def test_only_one_of_two_monitors_holds_the_lease(redis_conn):
    first, second = lease(redis_conn, "a"), lease(redis_conn, "b")
    assert first.hold() and not second.hold()
    assert first.hold()  # renewing its own
    assert second.holder() == "a"


def test_a_lease_not_renewed_lapses_and_another_monitor_takes_it(redis_conn):
    first, second = lease(redis_conn, "a"), lease(redis_conn, "b")
    first.hold()
    time.sleep(1.1)
    assert second.hold() and not first.hold()


def test_a_monitor_can_give_up_only_its_own_lease(redis_conn):
    first, second = lease(redis_conn, "a"), lease(redis_conn, "b")
    first.hold()
    second.release()
    assert first.holder() == "a"
    first.release()
    assert second.hold()
