"""Start-up retries for the Telegram bot: a Bot API that cannot be reached is tried again, forever.

    begin() ──► start() fails ──► undo the half-done start ──► wait 1, 2, 4 … 60 s ──► start() again …
                      └─ a warning at most once a minute; `problem()` names what is wrong for `/health`
"""
from __future__ import annotations

import asyncio
import logging
import time
from datetime import datetime
from typing import Awaitable, Callable

from telegram.error import InvalidToken, NetworkError

from bot.clock import zone

log = logging.getLogger(__name__)
LOG_EVERY_S = 60.0  # a start-up failure is logged at most this often


class StartRetry:
    """Calls `start` until it succeeds, with exponential backoff between `first` and `most` seconds.

    Example::

        retry = StartRetry(runtime.start, runtime.abandon, "Africa/Casablanca")
        await retry.begin()        # returns after the first attempt (or `first_wait` seconds)
        retry.problem()            # "telegram: Bot API unreachable since 08:14" while it is down
        await retry.cancel()
    """

    def __init__(self, start: Callable[[], Awaitable[None]], abandon: Callable[[], Awaitable[None]],
                 timezone: str = "", first: float = 1.0, most: float = 60.0, first_wait: float = 15.0) -> None:
        self.start, self.abandon = start, abandon
        self.first, self.most, self.first_wait = first, most, first_wait
        self.zone = zone(timezone or None)  # the tutors' zone (Africa/Casablanca when unset)
        self.failures = 0  # failed attempts since the last success
        self.since: datetime | None = None
        self.failure = ""
        self._logged_at = -LOG_EVERY_S
        self._task: asyncio.Task | None = None
        self._tried: asyncio.Event | None = None

    async def begin(self) -> None:
        """Start trying in the background; return after the first attempt, or after `first_wait` seconds."""
        if self._task is not None and not self._task.done():
            return
        self._tried = asyncio.Event()
        self._task = asyncio.create_task(self._run(), name="rafiq-telegram-connect")
        try:
            await asyncio.wait_for(self._tried.wait(), timeout=self.first_wait)
        except asyncio.TimeoutError:
            log.warning("the Telegram Bot API has not answered yet; the web app starts without waiting")

    async def cancel(self) -> None:
        """Stop trying (at shut-down)."""
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                pass

    def problem(self) -> str | None:
        """What went wrong and since when (local time), or None when no attempt failed."""
        if self.since is None:
            return None
        return f"telegram: {self.failure} since {self.since:%H:%M}"

    async def _run(self) -> None:
        delay = self.first
        while True:
            try:
                await self.start()
            except Exception as exc:  # noqa: BLE001 — every failure is tried again; none ends the loop
                await self.abandon()
                self._note(exc)
            else:
                if self.failures:
                    log.warning("Telegram is on after %d failed attempt(s)", self.failures)
                self.failures, self.since, self.failure = 0, None, ""
                return
            finally:
                if self._tried is not None:
                    self._tried.set()
            await asyncio.sleep(delay)
            delay = min(delay * 2, self.most)

    def _note(self, exc: BaseException) -> None:
        self.failures += 1
        if self.since is None:
            self.since = datetime.now(self.zone)
        if isinstance(exc, InvalidToken):  # its message quotes the token: never log or show it
            self.failure = "Bot API refused the token"
        elif isinstance(exc, (NetworkError, OSError)):
            self.failure = "Bot API unreachable"
        else:
            self.failure = f"could not start ({exc.__class__.__name__})"
        now = time.monotonic()
        if now - self._logged_at >= LOG_EVERY_S:
            self._logged_at = now
            log.warning("Telegram: %s since %s (%d attempt(s)); trying again in the background",
                        self.failure, f"{self.since:%H:%M}", self.failures)
