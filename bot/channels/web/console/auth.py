"""Console accounts, signed session cookies and CSRF tokens (standard library only: hmac, secrets).

Accounts come from `RAFIQ_CONSOLE_TOKENS` = ``"name:role:token,..."`` (roles `tutor`, `coordinator`).
The session cookie is ``base64url(json).hmac_sha256`` signed with a key derived from the account list,
so changing the tokens ends every session. Each session, even before login, carries a random CSRF
token that every form repeats in a hidden field; a signed-in one also carries a random session id that
the server records at login and revokes at logout (`console_sessions`).
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import secrets
import time
from dataclasses import dataclass, replace

log = logging.getLogger(__name__)

ROLES = ("tutor", "coordinator")
COOKIE = "rafiq_console"
MAX_AGE_S = 12 * 3600


@dataclass(frozen=True)
class Account:
    """A console login: who, with which role, and the secret token."""

    name: str
    role: str
    token: str


@dataclass(frozen=True)
class ConsoleSession:
    """What the cookie carries; `name` is empty before login, `sid` is the server-side session id."""

    name: str
    role: str
    csrf: str
    expires: float
    sid: str = ""

    @property
    def signed_in(self) -> bool:
        """True once a token was accepted."""
        return bool(self.name)

    @property
    def coordinator(self) -> bool:
        """True for the coordinator role."""
        return self.role == "coordinator"


def parse_accounts(spec: str) -> list[Account]:
    """Accounts from ``"name:role:token,..."``; malformed entries are logged and skipped."""
    accounts = []
    for item in (part.strip() for part in spec.split(",")):
        if not item:
            continue
        name, _, rest = item.partition(":")
        role, _, token = rest.partition(":")
        if not name or role not in ROLES or len(token) < 8:
            log.warning("console account %r ignored: expected name:role:token with role in %s and a "
                        "token of 8 characters or more", name or item[:12], ROLES)
            continue
        accounts.append(Account(name.strip(), role, token))
    return accounts


def find_account(accounts: list[Account], token: str, name: str | None = None) -> Account | None:
    """The account whose token (and name, when given) matches; every token is compared, in constant time each."""
    wanted = name.strip().casefold() if name is not None else None
    found = None
    for account in accounts:
        if hmac.compare_digest(account.token.encode(), token.encode()) and wanted in (None, account.name.casefold()):
            found = account
    return found


def anonymous() -> ConsoleSession:
    """A fresh session before login, with its own CSRF token."""
    return ConsoleSession("", "", secrets.token_urlsafe(24), time.time() + MAX_AGE_S)


def signed_in_as(account: Account) -> ConsoleSession:
    """A new session for an account (new CSRF token and session id: no fixation)."""
    return replace(anonymous(), name=account.name, role=account.role, sid=secrets.token_urlsafe(32))


class SessionCodec:
    """Signs and checks session cookies.

    Example: ``codec = SessionCodec.for_accounts(spec); cookie = codec.dumps(session); codec.loads(cookie)``
    """

    def __init__(self, key: bytes) -> None:
        self.key = key

    @classmethod
    def for_accounts(cls, spec: str) -> "SessionCodec":
        """A codec whose key is derived from the account list."""
        return cls(hashlib.sha256(b"rafiq-console-session\x00" + spec.encode()).digest())

    def _sign(self, payload: bytes) -> str:
        return hmac.new(self.key, payload, hashlib.sha256).hexdigest()

    def dumps(self, session: ConsoleSession) -> str:
        """The cookie value for a session."""
        raw = json.dumps([session.name, session.role, session.csrf, int(session.expires), session.sid]).encode()
        payload = base64.urlsafe_b64encode(raw).rstrip(b"=")
        return f"{payload.decode()}.{self._sign(payload)}"

    def loads(self, value: str | None, now: float | None = None) -> ConsoleSession | None:
        """The session in a cookie, or None when it is missing, forged or expired."""
        if not value or "." not in value:
            return None
        payload, _, signature = value.rpartition(".")
        if not hmac.compare_digest(self._sign(payload.encode()), signature):
            return None
        try:
            name, role, csrf, expires, *rest = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
            expires = float(expires)
        except (ValueError, TypeError):
            return None
        if expires < (now or time.time()) or (name and role not in ROLES):
            return None
        return ConsoleSession(str(name), str(role), str(csrf), expires, str(rest[0]) if rest else "")


def same_token(expected: str, given: str | None) -> bool:
    """Constant-time comparison of CSRF tokens."""
    return bool(expected) and hmac.compare_digest(expected.encode(), (given or "").encode())
