"""Updates whose handling met a database outage: kept in the inbox and handled again by the running
process, after 1, 2, 4 … 60 s, until it works (not only at the next start).

    handler fails, the database unreachable ──► on_error: `failed(update_id)` (the user is not told: the
    answer follows) ──► end of the update: `finish()` gives the delay ──► `later(delay, put again)`
    handler ends normally ──► `finish()` gives None ──► the inbox row is deleted
"""
from __future__ import annotations

import asyncio
import logging
from typing import Awaitable, Callable

log = logging.getLogger(__name__)


class Postponed:
    """The bookkeeping of updates to handle again, and their timers.

    Example::

        postponed.failed(update_id)              # from the error handler
        delay = postponed.finish(update_id)      # at the end of the update: None, or seconds to wait
        postponed.later(delay, lambda: queue.put(update))
        await postponed.cancel()                 # at stop: the rows stay in the inbox for the next start
    """

    def __init__(self, first: float = 1.0, most: float = 60.0) -> None:
        self.first, self.most = first, most
        self.attempts: dict[int, int] = {}  # update id → failed attempts, while it is being retried
        self._failed: set[int] = set()      # failed in the run that is ending
        self._tasks: set[asyncio.Task] = set()

    def failed(self, update_id: int) -> None:
        """The current run of this update met an outage: handle it again later."""
        self._failed.add(update_id)

    def retrying(self, update_id: int) -> bool:
        """Whether this update is a retry (it was admitted once: rate limits do not count it again)."""
        return update_id in self.attempts

    def finish(self, update_id: int) -> float | None:
        """At the end of a run: seconds before the next attempt when it failed; None when it is done."""
        if update_id not in self._failed:
            self.attempts.pop(update_id, None)
            return None
        self._failed.discard(update_id)
        n = self.attempts[update_id] = self.attempts.get(update_id, 0) + 1
        return min(self.most, self.first * 2 ** (n - 1))

    def later(self, delay: float, again: Callable[[], Awaitable[None]]) -> None:
        """Run `again()` after `delay` seconds (on the running loop)."""
        async def wait_then_run() -> None:
            await asyncio.sleep(delay)
            await again()

        task = asyncio.create_task(wait_then_run(), name="rafiq-telegram-postponed")
        self._tasks.add(task)
        task.add_done_callback(self._done)

    async def cancel(self) -> None:
        """Drop the timers (at stop); their updates are still in the inbox and handled at the next start."""
        tasks, self._tasks = list(self._tasks), set()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self.attempts.clear()
        self._failed.clear()

    def _done(self, task: asyncio.Task) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("handling a postponed update again failed", exc_info=task.exception())
