"""The coordinators' Monday message: last week's key figures in Arabic and French, sent once to their chat.

    tick(now) ──► due_week(now): from Monday 08:00 (RAFIQ_TIMEZONE) to Sunday, the week before ──┐
              ──► build_week ──► monday_text ──► outbox.enqueue("coordinators-week:2026-W48", telegram, chat)
                                                   (None: the key exists, another worker or run sent it)

Optional: on when RAFIQ_COORDINATORS_CHAT_ID is set (with Telegram). The outbox's unique dedupe key is the
claim in the database, so restarts and several workers send each week's message once; a server that was
down on Monday sends it when it comes back the same week, never a week later. The text has aggregates only
(no trainer's text or name) and links to `/console/stats?week=...` and `/console/gaps?week=...` (absolute
with RAFIQ_PUBLIC_URL).
"""
from __future__ import annotations

import logging
from datetime import datetime, time, timedelta
from typing import Callable

from sqlalchemy import select

from bot.clock import UTC, as_utc, zone
from bot.payloads import ChatMessage
from bot.reports.labels import label
from bot.reports.week import WeekOptions, build_week, iso_week, parse_week
from bot.store import Store
from bot.store.outbox import Outbox
from bot.store.schema import OutboxMessage
from bot.workers import PeriodicWorker

log = logging.getLogger(__name__)
SEND_AT = time(8, 0)  # Monday, local time
KIND = "coordinators_report"


def week_key(week: str) -> str:
    """The outbox dedupe key of a week's message (its claim)."""
    return f"coordinators-week:{week}"


def due_week(now: datetime, tz: str) -> str | None:
    """The ISO week whose message is due at `now`: the week before, from Monday SEND_AT to Sunday's end."""
    local = as_utc(now).astimezone(zone(tz))
    monday = local.date() - timedelta(days=local.weekday())
    if local.replace(tzinfo=None) < datetime.combine(monday, SEND_AT):
        return None
    return iso_week(monday - timedelta(days=7))


def _minutes(value: float | None) -> str:
    return "—" if value is None else f"{value:g}"


def monday_text(report: dict, link: str, gaps: str) -> str:
    """The message: the week's figures, the dashboard's and the gap page's links, in Arabic then in French."""
    total, trainers = report["total"], report["trainers"]
    parts = []
    for lang in ("ar", "fr"):
        parts.append("\n".join((
            "📊 " + label("monday_title", lang, week=report["week"]),
            label("monday_questions", lang, n=total["questions"], answered=total["answered"],
                  escalated=total["escalated"], clarified=total["clarified"], off=total["out_of_scope"]),
            label("monday_votes", lang, up=total["helpful"], down=total["not_helpful"]),
            label("monday_tickets", lang, n=total["tickets"], answered=total["tickets_answered"],
                  late=total["sla_breaches"], median=_minutes(total["first_answer_minutes"]["wall"]["median"])),
            label("monday_trainers", lang, active=trainers["active"], registered=trainers["registered"]),
            f"{label('monday_link', lang)} {link}",
            f"{label('monday_gaps', lang)} {gaps}")))
    return "\n\n".join(parts)


class CoordinatorReport:
    """Queues the weekly message to the coordinators' chat on Monday morning, once per week.

    Example::

        job = CoordinatorReport(store, outbox, "-100123", tz="Africa/Casablanca", public_url="https://rafiq.ma")
        job.tick(now)                             # one pass (tests): the week queued, or None
        await job.start(); ...; await job.stop()  # in the app's lifecycle (every `interval` seconds)
    """

    name = "coordinators-report"

    def __init__(self, store: Store, outbox: Outbox, chat_id: str, tz: str = "Africa/Casablanca",
                 working_hours: str = "08:30-18:30", sla_minutes: int = 60, public_url: str = "",
                 channel: str = "telegram", interval: float = 300.0,
                 clock: Callable[[], datetime] | None = None) -> None:
        self.store, self.outbox, self.chat_id, self.channel = store, outbox, str(chat_id), channel
        self.tz, self.working_hours, self.sla_minutes = tz, working_hours, sla_minutes
        self.public_url = public_url.rstrip("/")
        self.clock = clock or (lambda: datetime.now(UTC))
        self.worker = PeriodicWorker(self.name, interval, self.tick)

    def link(self, page: str, week: str) -> str:
        """A console page (stats, gaps) of that week (absolute when RAFIQ_PUBLIC_URL is set)."""
        return f"{self.public_url}/console/{page}?week={week}"

    def tick(self, now: datetime | None = None) -> str | None:
        """Queue the message due at `now` unless it was queued before; the week queued, else None."""
        now = as_utc(now or self.clock())
        week = due_week(now, self.tz)
        if week is None or self._queued(week_key(week)):
            return None
        report = build_week(self.store, WeekOptions(monday=parse_week(week), tz=self.tz, now=now,
                                                    working_hours=self.working_hours, sla_minutes=self.sla_minutes))
        text = monday_text(report, self.link("stats", week), self.link("gaps", week))
        queued = self.outbox.enqueue(week_key(week), self.channel, self.chat_id, text,
                                     ChatMessage(kind=KIND, key=week_key(week)).to_json())
        if queued is None:  # another worker claimed the week between the check and now
            return None
        log.info("coordinators' report of %s queued", week)
        return week

    def _queued(self, key: str) -> bool:
        with self.store.session() as s:
            return s.scalar(select(OutboxMessage.id).where(OutboxMessage.dedupe_key == key)) is not None

    async def start(self) -> None:
        """Tick every `interval` seconds in the background."""
        await self.worker.start()

    async def stop(self) -> None:
        """Stop the loop (a pass in progress finishes first)."""
        await self.worker.stop()
