"""Console sessions known server-side: a login records the session's id (hashed), logout revokes it.

The cookie stays signed (`bot/channels/web/console/auth.py`), but a signed cookie alone no longer opens the console: its
session id must be recorded and neither revoked nor expired, so a copied cookie dies with the logout.
"""
from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update

from bot.clock import UTC, aware, utcnow
from bot.store.schema import ConsoleSessionRow
from bot.store.store import Store

KEEP_REVOKED = timedelta(days=1)  # revoked and expired rows are purged after this


def _hash(sid: str) -> str:
    return hashlib.sha256(sid.encode()).hexdigest()


class SessionRegistry:
    """The signed-in console sessions in the store.

    Example: ``SessionRegistry(store).open(sid, "karim", "tutor", expires)``; later ``.active(sid, "karim")``
    """

    def __init__(self, store: Store) -> None:
        self.store = store

    def open(self, sid: str, account: str, role: str, expires: float) -> None:
        """Record a new session (and purge old revoked or expired ones)."""
        now = utcnow()
        with self.store.session() as s:
            s.execute(delete(ConsoleSessionRow).where(ConsoleSessionRow.expires_at < now - KEEP_REVOKED))
            s.execute(delete(ConsoleSessionRow).where(ConsoleSessionRow.revoked_at < now - KEEP_REVOKED))
            s.add(ConsoleSessionRow(sid_hash=_hash(sid), account=account, role=role, created_at=now,
                                    expires_at=datetime.fromtimestamp(expires, UTC)))

    def active(self, sid: str, account: str) -> bool:
        """True when the session was opened for this account and is neither revoked nor expired."""
        if not sid:
            return False
        with self.store.session() as s:
            row = s.scalar(select(ConsoleSessionRow).where(ConsoleSessionRow.sid_hash == _hash(sid)))
        if row is None or row.account != account or row.revoked_at is not None:
            return False
        expires = aware(row.expires_at)
        return expires > utcnow()

    def revoke(self, sid: str) -> bool:
        """Revoke a session; True when it was active."""
        if not sid:
            return False
        with self.store.session() as s:
            return bool(s.execute(update(ConsoleSessionRow)
                                  .where(ConsoleSessionRow.sid_hash == _hash(sid), ConsoleSessionRow.revoked_at.is_(None))
                                  .values(revoked_at=utcnow())).rowcount)
