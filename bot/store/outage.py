"""Riding out a database outage: writes that must not be lost are tried again until the database is back.

    transient(exc)                      a lost or refused connection, a server restarting, a busy SQLite file
    await until_stored(fn, *args, ...)  fn in a worker thread, again after 0.1, 0.2, 0.4 … 5 s while it fails
                                        transiently; any other error is raised at once

Used where losing the write would lose a message or repeat one: the Telegram inbox (`InboxQueue.put`,
the end of an update), and the outbox's record of a send (see docs/reliability.md).
"""
from __future__ import annotations

import asyncio
import logging
import time
from typing import Callable, TypeVar

from sqlalchemy.exc import DBAPIError, DisconnectionError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

log = logging.getLogger(__name__)
T = TypeVar("T")
LOG_EVERY_S = 60.0  # one warning a minute per write while the database stays away
TRANSIENT = (OperationalError, InterfaceError, DisconnectionError, PoolTimeout)


def transient(exc: BaseException | None) -> bool:
    """Whether an error (or one it was raised from) is the database being unreachable, not a bug."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, TRANSIENT) or (isinstance(exc, DBAPIError) and exc.connection_invalidated):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


async def until_stored(call: Callable[..., T], *args, what: str, first: float = 0.1, most: float = 5.0,
                       keep_trying: Callable[[], bool] | None = None) -> T:
    """`call(*args)` in a worker thread, repeated with backoff while the database is unreachable.

    `keep_trying()` (default: always) is asked after each failure: False raises the last error (at shut-down).
    Example: ``await until_stored(outbox.mark_delivered, row.id, "17", what="outbox #3 delivered")``
    """
    delay, failures, logged = first, 0, -LOG_EVERY_S
    while True:
        try:
            result = await asyncio.to_thread(call, *args)
        except Exception as exc:
            if not transient(exc) or (keep_trying is not None and not keep_trying()):
                raise
            failures += 1
            if time.monotonic() - logged >= LOG_EVERY_S:
                logged = time.monotonic()
                log.warning("%s: the database is unreachable (%s); trying again until it is back",
                            what, str(exc).splitlines()[0][:200])
            await asyncio.sleep(delay)
            delay = min(most, delay * 2)
            continue
        if failures:
            log.info("%s: stored after %d failed attempt(s)", what, failures)
        return result
