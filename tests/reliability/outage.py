"""A database outage at one exact step: the throwaway cluster is stopped (`pg_ctl stop -m fast`) just
before the n-th SQL statement matching a test runs, so that statement meets a real outage, and started
again a moment later. The cut is real (the server goes away); SQLAlchemy's `before_cursor_execute`
event only chooses the moment.

    with Plug(services.store, cluster, lambda sql, params: sql.startswith("INSERT INTO telegram_inbox")) as plug:
        ...                 # plug.pulled / plug.back: threading.Events
"""
from __future__ import annotations

import threading
import time
from typing import Any, Callable

from sqlalchemy import event

from bot.store import Store
from tests.reliability.pg_cluster import PgCluster

Match = Callable[[str, Any], bool]  # (SQL text, parameters) → is this the statement?


def param(parameters: Any, name: str) -> Any:
    """A bound parameter by name (None when the statement has no such named parameter)."""
    return parameters.get(name) if isinstance(parameters, dict) else None


class Plug:
    """Stops `cluster` before the `nth` statement for which `match` is true, starts it `seconds` later."""

    def __init__(self, store: Store, cluster: PgCluster, match: Match, nth: int = 1, seconds: float = 1.0) -> None:
        self.store, self.cluster, self.match = store, cluster, match
        self.nth, self.seconds = nth, seconds
        self.pulled, self.back = threading.Event(), threading.Event()
        self._seen = 0
        self._lock = threading.Lock()
        self._restarter: threading.Thread | None = None

    def __enter__(self) -> Plug:
        event.listen(self.store.engine, "before_cursor_execute", self._before)
        return self

    def __exit__(self, *exc) -> None:
        event.remove(self.store.engine, "before_cursor_execute", self._before)
        if self._restarter is not None:
            self._restarter.join()

    def _before(self, conn, cursor, statement: str, parameters, context, executemany) -> None:
        with self._lock:
            if self.pulled.is_set() or not self.match(statement.strip(), parameters):
                return
            self._seen += 1
            if self._seen < self.nth:
                return
            self.pulled.set()
        self.cluster.stop()  # this statement now runs against a server that is gone
        self._restarter = threading.Thread(target=self._restore, name="plug-restore", daemon=True)
        self._restarter.start()

    def _restore(self) -> None:
        time.sleep(self.seconds)
        self.cluster.start()
        self.back.set()
