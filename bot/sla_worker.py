"""Service levels: a ticket nobody has claimed after `RAFIQ_SLA_MINUTES` of working time is announced again.

Working time is counted in the tutors' working hours (Africa/Casablanca by default, `bot.sla`), so a
question asked on Friday evening is not "late" on Saturday. Distress tickets are the exception: their
clock is the wall clock, day and night. Announcing is pluggable (`TicketAnnouncer`): the Telegram
tutors' group plugs in by setting ``services.extras["ticket_announcer"]``; without it nothing is sent
and the re-announcement is only logged and recorded in the ticket's history.
"""
from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta
from typing import Callable, Protocol

from bot.escalation import PRIORITY_DISTRESS, TicketService, aware
from bot.schema import Ticket, utcnow
from bot.sla import WorkingHours

log = logging.getLogger(__name__)

ANNOUNCER_KEY = "ticket_announcer"


class TicketAnnouncer(Protocol):
    """Shows a ticket to the tutors; `again` is True for a reminder of a ticket already announced."""

    async def announce(self, ticket: Ticket, again: bool) -> None: ...


class NoAnnouncer:
    """The default announcer: logs only (the console shows the queue anyway)."""

    async def announce(self, ticket: Ticket, again: bool) -> None:
        """Log that the ticket would be announced."""
        log.info("ticket #%d %s (no tutors' group configured)", ticket.id, "still waits" if again else "is new")


class SlaWorker:
    """Re-announces unclaimed tickets once per SLA period of working time.

    Example::

        worker = SlaWorker(services.tickets, services.hours, lambda: services.extras.get("ticket_announcer"))
        await worker.tick(now)          # one pass (tests move `now` by hand)
        await worker.run(stop_event)    # forever, every `interval` seconds
    """

    def __init__(self, tickets: TicketService, hours: WorkingHours,
                 announcer: Callable[[], TicketAnnouncer | None] | TicketAnnouncer | None = None,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self.tickets = tickets
        self.hours = hours
        self._announcer = announcer
        self.clock = clock

    @property
    def announcer(self) -> TicketAnnouncer:
        """The announcer in use now (looked up on every pass, so it can be plugged in late)."""
        found = self._announcer
        if found is not None and not hasattr(found, "announce"):
            found = found()
        return found or NoAnnouncer()

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

    async def run(self, stop: asyncio.Event, interval: float = 60.0) -> None:
        """Tick every `interval` seconds until `stop` is set."""
        while not stop.is_set():
            try:
                await self.tick()
            except Exception:
                log.exception("SLA worker pass failed")
            try:
                await asyncio.wait_for(stop.wait(), timeout=interval)
            except asyncio.TimeoutError:
                pass


def install_sla_worker(services, interval: float = 60.0) -> SlaWorker:
    """Register the worker's start/stop hooks in `services.extras` (once) and return it."""
    if "sla_worker" in services.extras:
        return services.extras["sla_worker"]
    worker = SlaWorker(services.tickets, services.hours, lambda: services.extras.get(ANNOUNCER_KEY))
    state: dict = {}

    async def start(app) -> None:
        state["stop"] = asyncio.Event()
        state["task"] = asyncio.create_task(worker.run(state["stop"], interval), name="rafiq-sla")

    async def stop(app) -> None:
        if "stop" in state:
            state["stop"].set()
            await state["task"]

    services.extras["sla_worker"] = worker
    services.extras.setdefault("on_start", []).append(start)
    services.extras.setdefault("on_stop", []).append(stop)
    return worker
