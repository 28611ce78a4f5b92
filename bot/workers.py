"""`PeriodicWorker`: the one loop behind every background job (outbox delivery, SLA, scheduler, forum
checks, Moodle polling).

    start ──► step ──► pause (interval, or until woken) ──► step ──► ... ──► stop
               └─ a failing step is logged with its traceback; the loop goes on

A coroutine function is awaited on the event loop; any other callable runs in a worker thread (database
work must not block the loop). `wake()` may be called from any thread: the pause ends at once, and a
wake that arrives during a step makes the next pause end at once too, so no wake is ever lost.
"""
from __future__ import annotations

import asyncio
import inspect
import logging
import threading
from collections.abc import Awaitable, Callable

log = logging.getLogger(__name__)

Step = Callable[[], Awaitable[object]] | Callable[[], object]


class PeriodicWorker:
    """Runs `step` every `interval` seconds until stopped; `wake()` runs it early.

    Example::

        worker = PeriodicWorker("sla", 60.0, sla.tick)
        await worker.start()      # on the running event loop
        worker.wake()             # from any thread: run the step now
        await worker.stop()       # ends the pause at once; a step in progress finishes first
    """

    def __init__(self, name: str, interval: float, step: Step, wait_first: bool = False) -> None:
        self.name = name
        self.interval = interval
        self.step = step
        self.wait_first = wait_first
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._stopping = threading.Event()
        self._task: asyncio.Task | None = None

    def __repr__(self) -> str:
        return f"PeriodicWorker({self.name!r}, every {self.interval}s)"

    @property
    def running(self) -> bool:
        """True between `start` and the end of `stop`."""
        return self._task is not None and not self._task.done()

    @property
    def stopping(self) -> bool:
        """True once a stop was asked (long steps may check it and return early)."""
        return self._stopping.is_set()

    async def start(self) -> None:
        """Start the loop as a task on the running event loop (a no-op when it runs already)."""
        if self.running:
            return
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        self._stopping.clear()
        self._task = asyncio.create_task(self._run(), name=f"rafiq-{self.name}")

    async def stop(self) -> None:
        """Ask the loop to end and wait for it (the step in progress, if any, finishes first)."""
        self._stopping.set()
        self.wake()
        task, self._task = self._task, None
        if task is not None:
            await task

    def wake(self) -> None:
        """End the current pause now (safe from any thread; a no-op when not running)."""
        loop, event = self._loop, self._wake
        if loop is None or event is None or loop.is_closed():
            return
        try:
            same_loop = asyncio.get_running_loop() is loop
        except RuntimeError:
            same_loop = False
        if same_loop:
            event.set()
        else:
            try:
                loop.call_soon_threadsafe(event.set)
            except RuntimeError:  # the loop closed meanwhile: nothing left to wake
                pass

    async def run_step(self) -> None:
        """Run the step once; a failure is logged, never raised."""
        try:
            if inspect.iscoroutinefunction(self.step):
                await self.step()
            else:
                await asyncio.to_thread(self.step)
        except Exception:
            log.exception("%s: a pass failed; trying again in %ss", self.name, self.interval)

    async def _run(self) -> None:
        if self.wait_first:
            await self._pause()
        while not self.stopping:
            await self.run_step()
            await self._pause()

    async def _pause(self) -> None:
        assert self._wake is not None
        if not self.stopping:
            try:
                async with asyncio.timeout(self.interval):
                    await self._wake.wait()
            except TimeoutError:
                pass
        self._wake.clear()
