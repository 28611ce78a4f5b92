"""A lock that one worker holds as long as it lives: a PostgreSQL session advisory lock on a connection of
its own (released by the server the moment that connection closes, so a killed worker frees it at once).

With SQLite there is one process by design: the lock is always granted. Used for Telegram long polling,
which only one worker may do (Telegram answers 409 Conflict to a second getUpdates).

    lock = AdvisoryLock(store, "rafiq:telegram-polling")
    if lock.acquire(): ...     # this worker polls
    lock.held()                # False once the connection was lost (the server has freed the lock)
    lock.release()
"""
from __future__ import annotations

import hashlib
import logging
import threading

from sqlalchemy import text
from sqlalchemy.engine import Connection

from bot.store.store import Store

log = logging.getLogger(__name__)


def lock_key(name: str) -> int:
    """A stable signed 64-bit key for a lock name."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


class AdvisoryLock:
    """One named lock for the whole cluster of workers (see the module docstring)."""

    def __init__(self, store: Store, name: str) -> None:
        self.store = store
        self.name = name
        self.key = lock_key(name)
        self._conn: Connection | None = None
        self._guard = threading.Lock()
        self.local = store.engine.dialect.name != "postgresql"

    def acquire(self) -> bool:
        """Take the lock if free (or already ours); False when another worker holds it."""
        if self.local:
            return True
        with self._guard:
            if self._conn is not None:
                return self._alive()
            conn = self.store.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
            try:
                got = bool(conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": self.key}).scalar())
            except Exception:
                conn.close()
                raise
            if got:
                self._conn = conn
            else:
                conn.close()
            return got

    def held(self) -> bool:
        """True while the lock's connection is alive (always True with SQLite)."""
        if self.local:
            return True
        with self._guard:
            return self._conn is not None and self._alive()

    def _alive(self) -> bool:
        try:
            self._conn.execute(text("SELECT 1"))
            return True
        except Exception:  # the connection is gone, and with it the lock
            log.warning("lost the lock %s (its database connection closed)", self.name)
            self._drop()
            return False

    def release(self) -> None:
        """Give the lock up (a no-op when not held)."""
        if self.local:
            return
        with self._guard:
            if self._conn is not None:
                try:
                    self._conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": self.key})
                except Exception:  # noqa: BLE001 — closing the connection frees it anyway
                    pass
                self._drop()

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        try:
            conn.invalidate()
            conn.close()
        except Exception:  # noqa: BLE001
            pass
