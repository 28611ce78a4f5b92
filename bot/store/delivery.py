"""The running delivery loop: each claimed outbox row is sent by a task of its own, so a request the
Bot API (or a forum) holds delays only its own chat.

    PeriodicWorker step ──► Dispatcher.step ──► claim_due(free slots, busy=in flight) ──► a task per row
    task: Outbox.deliver_one ──► done ──► wake the worker ──► step: that recipient's next message is claimed

Each recipient's messages stay in order: a claim hands out only a recipient's oldest pending message,
and a row in flight is still pending, so the next one waits for it. At most `limit` rows are in flight.
"""
from __future__ import annotations

import asyncio
import logging
import time
from typing import Callable

from bot.store.outage import transient
from bot.store.outbox import Outbox, Sender
from bot.store.schema import OutboxMessage

log = logging.getLogger(__name__)
IN_FLIGHT = 16  # rows being sent at once by one dispatcher
DRAIN_S = 10.0  # at stop: how long sends in flight may still take before they are cancelled
LOG_EVERY_S = 60.0  # a database outage seen by the claims is logged once a minute


class Dispatcher:
    """Delivers the outbox rows of some channels concurrently, each recipient's in order.

    Example::

        dispatcher = Dispatcher(outbox, {"telegram": sender}, on_done=worker.wake)
        worker = PeriodicWorker("telegram-outbox", 0.5, dispatcher.step)
        ...
        await worker.stop(); await dispatcher.drain()
    """

    def __init__(self, outbox: Outbox, senders: dict[str, Sender], limit: int = IN_FLIGHT,
                 on_done: Callable[[], None] | None = None) -> None:
        self.outbox = outbox
        self.senders = senders
        self.limit = limit
        self.on_done = on_done
        self._flying: dict[int, asyncio.Task] = {}
        self._outage_logged = -LOG_EVERY_S

    @property
    def in_flight(self) -> int:
        """Rows being sent right now."""
        return len(self._flying)

    async def step(self) -> int:
        """Claim what is due on each channel, within the free slots, and start sending it; how many started."""
        started = 0
        for channel, sender in list(self.senders.items()):
            free = self.limit - len(self._flying)
            if free <= 0:
                break
            try:
                rows = await asyncio.to_thread(self.outbox.claim_due, channel, free, tuple(self._flying))
            except Exception as exc:  # the next step (a wake, or the interval) claims again
                if transient(exc):
                    if time.monotonic() - self._outage_logged >= LOG_EVERY_S:
                        self._outage_logged = time.monotonic()
                        log.warning("outbox claim on %s: the database is unreachable (%s); trying again",
                                    channel, str(exc).splitlines()[0][:200])
                else:
                    log.exception("outbox claim on %s failed", channel)
                continue
            for row in rows:
                self._flying[row.id] = asyncio.create_task(self._deliver(row, sender),
                                                           name=f"rafiq-outbox-{row.id}")
                started += 1
        return started

    async def drain(self, timeout: float = DRAIN_S) -> None:
        """Wait for the sends in flight (at stop); those still running after `timeout` are cancelled
        (their rows stay pending and are sent after the lease, possibly a second time)."""
        tasks = list(self._flying.values())
        if not tasks:
            return
        _, pending = await asyncio.wait(tasks, timeout=timeout)
        for task in pending:
            task.cancel()
        if pending:
            log.warning("%d outbox send(s) still running at stop were cancelled", len(pending))
            await asyncio.gather(*pending, return_exceptions=True)

    async def _deliver(self, row: OutboxMessage, sender: Sender) -> None:
        try:
            await self.outbox.deliver_one(row, sender)
        except Exception:  # not recorded: the row stays pending and is sent after its lease
            log.exception("delivery of outbox #%d failed", row.id)
        finally:
            self._flying.pop(row.id, None)
            if self.on_done is not None:
                self.on_done()
