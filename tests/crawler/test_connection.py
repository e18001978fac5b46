"""newswatch.shared.connection: a client that fails fast at start, then waits, with back-off, for a Redis that
goes away."""

import logging
import re
import threading
import time

import pytest
import redis

from newswatch.demo.redis_server import PrivateRedis, free_port
from newswatch.shared.connection import connect, redis_client
from newswatch.shared.errors import RedisUnavailable, RedisUrlInvalid
from newswatch.shared.redaction import secrets_of


@pytest.fixture
def server():
    with PrivateRedis(appendonly=True) as redis_server:
        yield redis_server


def port_of(server):
    return int(server.url.rsplit(":", 1)[1].split("/")[0])


def in_thread(call):
    """Run ``call`` in a thread; the result holds what it returned or raised, and how long it took."""
    result = {}

    def run():
        started = time.monotonic()
        try:
            result["value"] = call()
        except Exception as exc:  # noqa: BLE001 (handed to the test, which asserts on it)
            result["error"] = exc
        result["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=run)
    thread.start()
    return thread, result


def test_a_command_waits_for_redis_to_come_back_and_then_succeeds(server, caplog):
    client = connect(server.url, patience=30)
    client.set("counter", 1)
    server.stop(keep_data=True)
    with caplog.at_level(logging.WARNING, logger="newswatch.shared.connection"):
        thread, result = in_thread(lambda: client.incr("counter"))
        time.sleep(1.5)
        server.start(port=port_of(server))  # from this thread: the server dies with the thread that started it
        thread.join(timeout=30)
    assert result.get("value") == 2, result  # the data survived the restart, and the command ran once
    assert result["seconds"] >= 1.5
    messages = [record.getMessage() for record in caplog.records]
    assert len(messages) == 2, messages  # one warning, one all-clear: no line per attempt
    assert "does not answer" in messages[0] and "retrying for up to 30 s" in messages[0]
    assert "answers again" in messages[1]
    client.close()


def test_a_command_gives_up_once_its_patience_is_spent(server, caplog):
    client = connect(server.url, patience=1)
    server.stop(keep_data=True)
    started = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="newswatch.shared.connection"), pytest.raises(redis.ConnectionError):
        client.ping()
    assert 1 <= time.monotonic() - started < 8
    assert "giving up" in caplog.records[-1].getMessage()
    client.close()


def test_an_unreachable_redis_at_start_fails_at_once_whatever_the_patience():
    url = f"redis://127.0.0.1:{free_port()}/0"
    started = time.monotonic()
    with pytest.raises(RedisUnavailable, match=f"cannot reach Redis at {url}"):
        connect(url, patience=300)
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("url, why", [
    ("redis+sentinel://127.0.0.1:26379", "names the primary after the hosts"),
    ("redis+sentinel://127.0.0.1:26379/primary/zero", "names the primary after the hosts"),
    ("redis+sentinel://127.0.0.1:port/primary", "not a host[:port]"),
    ("redis+sentinel://127.0.0.1/primary?socket_keepalive=1", "unknown option(s) in the Sentinel URL: socket_keepalive"),
])
def test_a_malformed_sentinel_url_says_what_is_wrong(url, why):
    with pytest.raises(RedisUrlInvalid, match=re.escape(why)):
        connect(url)


def test_a_sentinel_url_names_the_sentinels_the_primary_and_the_database():
    client = redis_client("redis+sentinel://:pw@127.0.0.1:26380,[::1],sentinel.test:1/news/3?sentinel_password=sp")
    pool = client.connection_pool
    assert pool.service_name == "news" and pool.connection_kwargs["db"] == 3
    assert pool.connection_kwargs["password"] == "pw"
    assert [(s.connection_pool.connection_kwargs["host"], s.connection_pool.connection_kwargs["port"])
            for s in pool.sentinel_manager.sentinels] == [("127.0.0.1", 26380), ("::1", 26379), ("sentinel.test", 1)]
    assert pool.sentinel_manager.sentinels[0].connection_pool.connection_kwargs["password"] == "sp"
    assert secrets_of("redis+sentinel://:pw@127.0.0.1/news/3?sentinel_password=sp") == {"pw", "sp"}


def test_a_sentinel_url_speaks_tls_to_the_primary_only_with_rediss_sentinel():
    plain = redis_client("redis+sentinel://127.0.0.1/news").connection_pool.connection_class
    tls = redis_client("rediss+sentinel://127.0.0.1/news?ssl_ca_certs=/ca.pem").connection_pool.connection_class
    assert not issubclass(plain, redis.connection.SSLConnection)
    assert issubclass(tls, redis.connection.SSLConnection)
