"""`Lifecycle`: starts the workers in the order they were added and stops them in reverse.

    Lifecycle.start: w1.start ──► w2.start ──► w3.start        (w3 fails: w2.stop ──► w1.stop, then raise)
    Lifecycle.stop:  w3.stop  ──► w2.stop  ──► w1.stop         (a failing stop is logged; the others still stop)

The FastAPI lifespan calls `start` and `stop` of the one lifecycle built by `bot.app`. A worker is anything
with a `name` and async `start()` / `stop()` (a `PeriodicWorker`, the Telegram runtime, the forum service,
another `Lifecycle`); `Hooks` turns two coroutine functions into one.
"""
from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Protocol, TypeVar

log = logging.getLogger(__name__)


class Worker(Protocol):
    """Something started with the app and stopped with it."""

    name: str

    async def start(self) -> None: ...

    async def stop(self) -> None: ...


W = TypeVar("W", bound=Worker)


@dataclass
class Hooks:
    """A worker made of two coroutine functions.

    Example: ``lifecycle.add(Hooks("telegram", runtime.connect, runtime.stop))``
    """

    name: str
    on_start: Callable[[], Awaitable[object]]
    on_stop: Callable[[], Awaitable[object]] | None = None

    async def start(self) -> None:
        """Run the start hook."""
        await self.on_start()

    async def stop(self) -> None:
        """Run the stop hook, if any."""
        if self.on_stop is not None:
            await self.on_stop()


class Lifecycle:
    """Owns the order in which workers start and stop.

    Example::

        lifecycle = Lifecycle("app")
        lifecycle.add(PeriodicWorker("sla", 60, sla.tick))
        await lifecycle.start(); ...; await lifecycle.stop()
    """

    def __init__(self, name: str = "rafiq", workers: Iterable[Worker] = ()) -> None:
        self.name = name
        self.workers: list[Worker] = list(workers)
        self._started: list[Worker] = []

    def add(self, worker: W) -> W:
        """Add a worker, started after those added before it; returns it."""
        self.workers.append(worker)
        return worker

    @property
    def names(self) -> list[str]:
        """The workers' names, in start order."""
        return [w.name for w in self.workers]

    @property
    def started(self) -> list[str]:
        """The names of the workers running now, in start order."""
        return [w.name for w in self._started]

    async def start(self) -> None:
        """Start every worker in order; when one fails, stop those already started and raise."""
        for worker in self.workers:
            if any(worker is running for running in self._started):
                continue
            try:
                await worker.start()
            except BaseException:
                log.exception("%s: %s failed to start; stopping what started", self.name, worker.name)
                await self.stop()
                raise
            self._started.append(worker)
            log.debug("%s: %s started", self.name, worker.name)

    async def stop(self) -> None:
        """Stop the started workers in reverse order; a failing stop is logged and the others still stop."""
        while self._started:
            worker = self._started.pop()
            try:
                await worker.stop()
            except Exception:
                log.exception("%s: %s failed to stop cleanly", self.name, worker.name)
            else:
                log.debug("%s: %s stopped", self.name, worker.name)
