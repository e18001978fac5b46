"""Who gets in to the web view: users from the environment, a trusted proxy's header, nobody else; and
``newswatch web`` as an operator starts it (a real server process on loopback)."""

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from newswatch.demo.redis_server import free_port
from newswatch.shared.errors import ConfigError
from newswatch.web.app import local_path
from newswatch.web.auth import Users, parse_users, session_mark

TOKEN = "a-token-of-twenty-chars"


@pytest.mark.parametrize("entry, message", [
    ("ana", "not name:role:token"), ("ana:boss:" + TOKEN, "role must be one of viewer, responder"),
    ("ana:viewer:short", "at least 16 characters"), ("a na:viewer:" + TOKEN, "not name:role:token"),
    (f"ana:viewer:{TOKEN} bob:responder:{TOKEN}", "token already given"),
    (f"ana:viewer:{TOKEN} ana:responder:{TOKEN}x", "name already given"),  # else a viewer could act as ana
])
def test_bad_user_entries_are_refused_naming_the_entry_never_the_token(entry, message):
    with pytest.raises(ConfigError, match=message) as refused:
        parse_users(entry)
    assert TOKEN not in str(refused.value)


def test_a_trusted_header_is_believed_only_from_the_trusted_proxies():
    users = Users({}, trusted_header="X-Forwarded-User", trusted_proxies=["127.0.0.1/32"], proxy_role="viewer")
    assert users.from_proxy("127.0.0.1", {"X-Forwarded-User": "ana"}).name == "ana"
    assert users.from_proxy("127.0.0.2", {"X-Forwarded-User": "ana"}) is None  # not the proxy: a forged header
    assert users.from_proxy("127.0.0.1", {"X-Forwarded-User": "<script>"}) is None
    assert users.from_proxy("127.0.0.1", {}) is None


def test_a_trusted_header_without_proxies_to_believe_it_from_is_refused():
    with pytest.raises(ConfigError, match="NEWSWATCH_WEB_TRUSTED_PROXIES"):
        Users({}, trusted_header="X-Forwarded-User")


def test_a_session_ends_when_its_token_is_changed_or_removed():
    users = Users(parse_users(f"ana:responder:{TOKEN}"))
    assert users.by_session("ana", session_mark(TOKEN)).role == "responder"
    changed = Users(parse_users(f"ana:responder:{TOKEN}-new"))
    assert changed.by_session("ana", session_mark(TOKEN)) is None


@pytest.mark.parametrize("target, kept", [("/alerts/x", True), ("//evil.test/x", False), ("/\\evil.test", False),
                                          ("https://evil.test/", False), ("", False)])
def test_a_link_back_after_login_or_an_action_stays_on_this_site(target, kept):
    assert local_path(target, "/alerts") == (target if kept else "/alerts")


def test_nobody_can_log_in_is_a_configuration_error():
    with pytest.raises(ConfigError, match="NEWSWATCH_WEB_USERS"):
        Users({})


@pytest.fixture
def web_env(redis_url):
    return {**os.environ, "NEWSWATCH_REDIS_URL": redis_url, "NEWSWATCH_KEY_PREFIX": "nwwebaccess",
            "NEWSWATCH_WEB_USERS": f"ana:responder:{TOKEN}"}


def get(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.read().decode()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_newswatch_web_serves_on_loopback_and_lets_in_only_its_users(web_env):
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "newswatch", "web", "--port", str(port)], env=web_env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if get(base + "/health")[0] == 200:
                    break
            except OSError:
                time.sleep(0.2)
        assert get(base + "/alerts")[0] == 302
        assert get(base + "/api/alerts", {"Authorization": f"Bearer {TOKEN}"})[0] == 200
        status, _ = get(base + "/alerts", {"X-Forwarded-User": "ana"})  # no trusted header configured
        assert status == 302
        headers = urllib.request.urlopen(base + "/login", timeout=5).headers
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
        assert headers["Referrer-Policy"] == "no-referrer"
    finally:
        server.terminate()
        out, err = server.communicate(timeout=10)
    assert f"http://127.0.0.1:{port}/" in out
    assert TOKEN not in out + err


def test_newswatch_web_without_users_exits_4_saying_what_to_set(web_env):
    result = subprocess.run([sys.executable, "-m", "newswatch", "web", "--port", str(free_port())],
                            env={**web_env, "NEWSWATCH_WEB_USERS": ""}, capture_output=True, text=True, timeout=30)
    assert result.returncode == 4 and "NEWSWATCH_WEB_USERS" in result.stderr
