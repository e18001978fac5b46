"""Who may use the web view: users from NEWSWATCH_WEB_USERS, or a reverse proxy's trusted header.

A user is ``name:role:token``. ``responder`` reads and acts (acknowledge, mute, snooze);
``viewer`` only reads. Browsers log in with their token once and carry a signed session
cookie; API clients send ``Authorization: Bearer <token>`` on every request. Behind a
proxy that authenticates, NEWSWATCH_WEB_TRUSTED_HEADER names the user, believed only
from NEWSWATCH_WEB_TRUSTED_PROXIES. Tokens are compared in constant time and never
logged or rendered.
"""

import hashlib
import hmac
import ipaddress
import re
from dataclasses import dataclass

from newswatch.shared.errors import ConfigError

ROLES = ("viewer", "responder")
_NAME = re.compile(r"^[\w.@-]{1,64}$")
MIN_TOKEN = 16  # characters: a token shorter than this is guessable
USERS = "NEWSWATCH_WEB_USERS"


@dataclass(frozen=True)
class User:
    name: str
    role: str

    @property
    def can_act(self):
        return self.role == "responder"


class Users:
    """The users allowed in, and how a request proves it is one of them."""

    def __init__(self, entries, trusted_header="", trusted_proxies=(), proxy_role="viewer"):
        self._by_token = entries  # token -> User
        self.trusted_header, self.proxy_role = trusted_header, proxy_role
        self.trusted_proxies = [ipaddress.ip_network(p, strict=False) for p in trusted_proxies]
        if proxy_role not in ROLES:
            raise ConfigError("NEWSWATCH_WEB_PROXY_ROLE", "", f"must be one of {', '.join(ROLES)}, not {proxy_role!r}")
        if trusted_header and not self.trusted_proxies:
            raise ConfigError("NEWSWATCH_WEB_TRUSTED_PROXIES", "", f"name the proxy addresses {trusted_header} is "
                              "believed from (e.g. 127.0.0.1/32): from anywhere, anyone could send it")
        if not entries and not trusted_header:
            raise ConfigError("newswatch web", "", "nobody can log in: set NEWSWATCH_WEB_USERS (name:role:token "
                              "...) or NEWSWATCH_WEB_TRUSTED_HEADER")

    @classmethod
    def from_settings(cls, settings):
        return cls(parse_users(settings.get("NEWSWATCH_WEB_USERS")), settings.get("NEWSWATCH_WEB_TRUSTED_HEADER"),
                   settings.getlist("NEWSWATCH_WEB_TRUSTED_PROXIES"), settings.get("NEWSWATCH_WEB_PROXY_ROLE"))

    def by_token(self, token):
        """The user whose token this is; every token compared, in constant time."""
        found = None
        for known, user in self._by_token.items():
            if hmac.compare_digest(known.encode(), (token or "").encode()):
                found = user
        return found

    def by_session(self, name, mark):
        """The user a session names, while the token it logged in with is still theirs (a token changed or
        removed in the settings ends its sessions at the next start)."""
        return next((user for token, user in self._by_token.items()
                     if user.name == name and hmac.compare_digest(session_mark(token), mark or "")), None)

    def from_proxy(self, remote_addr, headers):
        """The user a trusted proxy names, or None (no header configured, sent, or from elsewhere)."""
        if not self.trusted_header or not remote_addr:
            return None
        name = headers.get(self.trusted_header, "")
        address = ipaddress.ip_address(remote_addr)
        if name and _NAME.match(name) and any(address in network for network in self.trusted_proxies):
            return User(name, self.proxy_role)
        return None


def session_mark(token):
    """What a session keeps of the token it logged in with: enough to tell it changed, useless to log in."""
    return hashlib.sha256(f"newswatch-session:{token}".encode()).hexdigest()[:32]


def parse_users(text):
    """{token: User} from "name:role:token" entries separated by spaces or commas."""
    users = {}
    for position, entry in enumerate(filter(None, re.split(r"[\s,]+", text or "")), start=1):
        parts = entry.split(":", 2)
        if len(parts) != 3:
            raise ConfigError(USERS, f"entry {position}", "is not name:role:token")
        name, role, token = parts
        if not _NAME.match(name):
            raise ConfigError(USERS, f"entry {position}", f"name {name!r} must be 1-64 letters, digits, '.', '@', "
                              "'_' or '-'")
        if role not in ROLES:
            raise ConfigError(USERS, f"entry {position} ({name})", f"role must be one of {', '.join(ROLES)}, "
                              f"not {role!r}")
        if len(token) < MIN_TOKEN:
            raise ConfigError(USERS, f"entry {position} ({name})", f"the token must have at least {MIN_TOKEN} "
                              "characters")
        if token in users:
            raise ConfigError(USERS, f"entry {position} ({name})", "token already given to another user")
        if any(user.name == name for user in users.values()):
            raise ConfigError(USERS, f"entry {position} ({name})", "name already given: one entry per user")
        users[token] = User(name, role)
    return users
