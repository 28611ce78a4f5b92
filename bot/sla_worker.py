"""Service levels: a ticket nobody has claimed after `RAFIQ_SLA_MINUTES` of working time is announced again.

Working time is counted in the tutors' working hours (Africa/Casablanca by default, `bot.sla`), so a
question asked on Friday evening is not "late" on Saturday. Distress tickets are the exception: their
clock is the wall clock, day and night. Announcing is pluggable (`TicketAnnouncer`): the composition
root (`bot.app`) gives the worker an `Announcers` list and adds the Telegram tutors' group to it when
Telegram is on; with none, the re-announcement is only logged and recorded in the ticket's history.
The worker is a `PeriodicWorker` step (`tick`), started and stopped by the app's `Lifecycle`.
"""
from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Callable, Iterable, Protocol

from bot.clock import aware, utcnow
from bot.escalation import PRIORITY_DISTRESS, TicketService
from bot.sla import WorkingHours
from bot.workers import PeriodicWorker

if TYPE_CHECKING:
    from bot.store.schema import Ticket

log = logging.getLogger(__name__)


class TicketAnnouncer(Protocol):
    """Shows a ticket to the tutors; `again` is True for a reminder of a ticket already announced."""

    async def announce(self, ticket: Ticket, again: bool) -> None: ...


class Announcers:
    """Every announcer plugged in at build time; with none, it only logs (the console shows the queue anyway).

    Example: ``announcers = Announcers(); announcers.add(TelegramAnnouncer(channel)); await announcers.announce(t, True)``
    """

    def __init__(self, announcers: Iterable[TicketAnnouncer] = ()) -> None:
        self.members: list[TicketAnnouncer] = list(announcers)

    def add(self, announcer: TicketAnnouncer) -> None:
        """Plug in one more announcer."""
        self.members.append(announcer)

    async def announce(self, ticket: Ticket, again: bool) -> None:
        """Tell every announcer; each is tried, then the first failure is raised (the pass retries)."""
        if not self.members:
            log.info("ticket #%d %s (no tutors' group configured)", ticket.id, "still waits" if again else "is new")
            return
        failure: Exception | None = None
        for announcer in self.members:
            try:
                await announcer.announce(ticket, again)
            except Exception as exc:  # the others are still told
                failure = failure or exc
        if failure is not None:
            raise failure


class SlaWorker:
    """Re-announces unclaimed tickets once per SLA period of working time.

    Example::

        worker = SlaWorker(services.tickets, services.hours, Announcers([TelegramAnnouncer(channel)]))
        await worker.tick(now)          # one pass (tests move `now` by hand)
        await worker.start(); ...; await worker.stop()   # every `interval` seconds (the app's lifecycle)
    """

    name = "sla"

    def __init__(self, tickets: TicketService, hours: WorkingHours, announcer: TicketAnnouncer | None = None,
                 clock: Callable[[], datetime] = utcnow, interval: float = 60.0) -> None:
        self.tickets = tickets
        self.hours = hours
        self.announcer: TicketAnnouncer = announcer if announcer is not None else Announcers()
        self.clock = clock
        self.worker = PeriodicWorker(self.name, interval, self.tick)

    async def start(self) -> None:
        """Run `tick` every `interval` seconds in the background."""
        await self.worker.start()

    async def stop(self) -> None:
        """Stop the background passes (the one in progress finishes)."""
        await self.worker.stop()

    def waited(self, ticket: Ticket, now: datetime) -> timedelta:
        """How long the ticket has waited since it was opened, reopened or last announced."""
        since = max(aware(ticket.updated_at), aware(ticket.announced_at) or aware(ticket.updated_at))
        if ticket.priority <= PRIORITY_DISTRESS:
            return now - since
        return self.hours.working_time(since, now)

    def due(self, now: datetime) -> list[Ticket]:
        """Unclaimed tickets whose wait reached the SLA, most urgent first."""
        return [t for t in self.tickets.unclaimed() if self.waited(t, now) >= self.hours.sla]

    async def tick(self, now: datetime | None = None) -> list[int]:
        """Announce every due ticket once; returns their ids."""
        now = now or self.clock()
        announced = []
        announcer = self.announcer
        for ticket in await asyncio.to_thread(self.due, now):
            again = ticket.announced_at is not None
            try:
                await announcer.announce(ticket, again)
            except Exception:
                log.exception("announcing ticket #%d failed; will retry", ticket.id)
                continue
            await asyncio.to_thread(self.tickets.mark_announced, ticket.id, now, again)
            announced.append(ticket.id)
        if announced:
            log.info("re-announced %d unclaimed ticket(s): %s", len(announced), announced)
        return announced
