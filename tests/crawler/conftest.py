"""Fixtures of the crawler tests: the test Redis reached with a password, to show no output carries it."""

from urllib.parse import urlsplit

import pytest

from newswatch.shared.connection import connect

REDIS_USER, REDIS_PASSWORD = "nwtest-user", "pw-secret-4f1c"


@pytest.fixture(scope="session")
def secret_redis_url(redis_url):
    """The test Redis as an ACL user with a password: redis://nwtest-user:<password>@host:port/db."""
    admin = connect(redis_url)
    admin.acl_setuser(REDIS_USER, enabled=True, passwords=[f"+{REDIS_PASSWORD}"], keys=["*"], channels=["*"],
                      commands=["+@all"])
    parts = urlsplit(redis_url)
    yield parts._replace(netloc=f"{REDIS_USER}:{REDIS_PASSWORD}@{parts.hostname}:{parts.port}").geturl()
    admin.acl_deluser(REDIS_USER)
    admin.close()


@pytest.fixture(scope="session")
def redis_password(secret_redis_url):
    """The password in ``secret_redis_url``: no output may show it."""
    return REDIS_PASSWORD
