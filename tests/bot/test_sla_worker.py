"""Service levels: unclaimed tickets are announced again after the SLA, counted in working hours."""
from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import update

from bot.escalation import PRIORITY_DISTRESS, TicketRequest, TicketService
from bot.store.schema import Ticket
from bot.sla import WorkingHours
from bot.sla_worker import Announcers, SlaWorker

CASA = ZoneInfo("Africa/Casablanca")
UTC = timezone.utc
MONDAY_10H = datetime(2026, 12, 7, 10, 0, tzinfo=CASA)
FRIDAY_18H = datetime(2026, 12, 11, 18, 0, tzinfo=CASA)


class RecordingAnnouncer:
    """Remembers every announcement; can be told to fail."""

    def __init__(self, fail: int = 0) -> None:
        self.calls: list[tuple[int, bool]] = []
        self.fail = fail
        self.seen = threading.Event()

    async def announce(self, ticket, again: bool) -> None:
        if self.fail:
            self.fail -= 1
            raise RuntimeError("tutors' group unreachable")
        self.calls.append((ticket.id, again))
        self.seen.set()


@pytest.fixture
def tickets(store):
    return TicketService(store)


@pytest.fixture
def hours():
    return WorkingHours("08:30-18:30", "Africa/Casablanca", 60)


def open_at(tickets: TicketService, when: datetime, priority: int = 2, chat: str = "42") -> int:
    """Open a ticket as if it had been opened at `when`."""
    ticket, _ = tickets.open(TicketRequest("telegram", chat, f"question {chat}", "fr", "low_confidence",
                                           priority=priority))
    with tickets.store.session() as s:
        s.execute(update(Ticket).where(Ticket.id == ticket.id)
                  .values(created_at=when.astimezone(UTC), updated_at=when.astimezone(UTC)))
    return ticket.id


async def test_unclaimed_ticket_is_announced_once_per_sla_period(tickets, hours):
    announcer = RecordingAnnouncer()
    worker = SlaWorker(tickets, hours, announcer)
    ticket_id = open_at(tickets, MONDAY_10H)
    assert await worker.tick(MONDAY_10H + timedelta(minutes=59)) == []
    assert await worker.tick(MONDAY_10H + timedelta(minutes=61)) == [ticket_id]
    assert announcer.calls == [(ticket_id, False)], "never announced before: shown as new"
    assert await worker.tick(MONDAY_10H + timedelta(minutes=90)) == []
    assert await worker.tick(MONDAY_10H + timedelta(minutes=122)) == [ticket_id]
    assert announcer.calls[-1] == (ticket_id, True)
    assert [e.note for e in tickets.history(ticket_id) if e.kind == "announced"] == ["", "again"]
    tickets.claim(ticket_id, "karim")
    assert await worker.tick(MONDAY_10H + timedelta(hours=8)) == [], "a claimed ticket is not chased"


async def test_the_sla_counts_working_hours_only(tickets, hours):
    worker = SlaWorker(tickets, hours, RecordingAnnouncer())
    ticket_id = open_at(tickets, FRIDAY_18H)  # 30 working minutes left on Friday
    saturday_noon = FRIDAY_18H + timedelta(hours=18)
    monday = datetime(2026, 12, 14, tzinfo=CASA)
    assert await worker.tick(saturday_noon) == []
    assert await worker.tick(monday.replace(hour=8, minute=59)) == []
    assert await worker.tick(monday.replace(hour=9, minute=1)) == [ticket_id]


async def test_working_hours_follow_morocco_ramadan_clock_change(tickets, hours):
    # Friday 5 February 2027 18:00 (UTC+1); clocks go back to UTC+0 on Sunday 7 February for Ramadan.
    worker = SlaWorker(tickets, hours, RecordingAnnouncer())
    ticket_id = open_at(tickets, datetime(2027, 2, 5, 18, 0, tzinfo=CASA))
    assert await worker.tick(datetime(2027, 2, 8, 8, 59, tzinfo=UTC)) == []  # 08:59 local on Monday
    assert await worker.tick(datetime(2027, 2, 8, 9, 1, tzinfo=UTC)) == [ticket_id]


async def test_distress_is_chased_day_and_night(tickets, hours):
    announcer = RecordingAnnouncer()
    worker = SlaWorker(tickets, hours, announcer)
    night = datetime(2026, 12, 12, 2, 0, tzinfo=CASA)  # Saturday 02:00
    normal = open_at(tickets, night, chat="1")
    distress = open_at(tickets, night, PRIORITY_DISTRESS, chat="2")
    assert await worker.tick(night + timedelta(minutes=61)) == [distress]
    assert normal not in [tid for tid, _ in announcer.calls]


async def test_a_failed_announcement_is_retried(tickets, hours):
    announcer = RecordingAnnouncer(fail=1)
    worker = SlaWorker(tickets, hours, announcer)
    ticket_id = open_at(tickets, MONDAY_10H)
    later = MONDAY_10H + timedelta(minutes=61)
    assert await worker.tick(later) == []
    assert tickets.get(ticket_id).announced_at is None
    assert await worker.tick(later + timedelta(minutes=1)) == [ticket_id]


async def test_without_announcer_the_reannouncement_is_recorded(tickets, hours):
    worker = SlaWorker(tickets, hours)
    ticket_id = open_at(tickets, MONDAY_10H)
    assert await worker.tick(MONDAY_10H + timedelta(minutes=61)) == [ticket_id]
    assert "announced" in [e.kind for e in tickets.history(ticket_id)]


def test_eta_text_tells_roughly_when(hours):
    assert hours.eta_text("fr", MONDAY_10H) == " d'ici 1 h environ"
    assert hours.eta_text("ar", MONDAY_10H) == " خلال ساعة تقريبا"  # was « خلال 1 ساعة » (a newcomer)
    # 18:00 on Friday: the hour would end after closing, so the trainer hears "Monday 08:30"
    assert "lundi 08:30" in hours.eta_text("fr", FRIDAY_18H)
    assert "الإثنين 08:30" in hours.eta_text("ar", FRIDAY_18H + timedelta(hours=20))
    assert "lundi 08:30" in hours.eta_text("fr", datetime(2027, 2, 6, 12, 0, tzinfo=CASA))


@pytest.mark.parametrize("minutes, ar", [(120, " خلال ساعتين تقريبا"), (240, " خلال 4 ساعات تقريبا"),
                                         (12 * 60, " خلال 12 ساعة تقريبا")])
def test_arabic_hours_are_counted_as_arabic_counts_them(minutes, ar):
    long_day = WorkingHours("00:00-23:59", "Africa/Casablanca", minutes)
    assert long_day.eta_text("ar", datetime(2026, 12, 7, 0, 5, tzinfo=CASA)) == ar


def test_working_time_and_due_moment(hours):
    assert hours.working_time(FRIDAY_18H, FRIDAY_18H + timedelta(days=3)) == timedelta(hours=10)
    assert hours.due_at(FRIDAY_18H).astimezone(CASA) == datetime(2026, 12, 14, 9, 0, tzinfo=CASA)
    assert hours.due_at(MONDAY_10H) == MONDAY_10H + timedelta(hours=1)


def test_tutor_escalation_reply_carries_the_eta(make_services):
    services = make_services()
    reply = services.tutor.handle(_human_request())
    assert reply.escalate and reply.ticket_id
    assert services.hours.eta_text(reply.lang).strip() in reply.text


def _human_request():
    from bot.types import Message

    return Message(channel="telegram", user="77", text="Je voudrais parler à un tuteur humain, s'il vous plaît.")


def test_worker_runs_with_the_app_and_uses_the_plugged_announcer(make_services):
    from fastapi.testclient import TestClient

    from bot.channels.web import create_app

    services = make_services()
    announcer = RecordingAnnouncer()
    services.announcers.add(announcer)
    ticket_id = open_at(services.tickets, datetime.now(UTC) - timedelta(hours=2), PRIORITY_DISTRESS)
    app = create_app(services, warm=False)
    assert services.lifecycle.names == ["sla", "index-sync"] and services.sla.announcer is services.announcers
    with TestClient(app):
        assert announcer.seen.wait(10), "the worker started with the app and announced the late ticket"
    assert announcer.calls == [(ticket_id, False)]


async def test_every_announcer_is_told_and_a_failing_one_makes_the_pass_retry(tickets, hours):
    broken, working = RecordingAnnouncer(fail=1), RecordingAnnouncer()
    worker = SlaWorker(tickets, hours, Announcers([broken, working]))
    ticket_id = open_at(tickets, MONDAY_10H)
    later = MONDAY_10H + timedelta(hours=2)
    assert await worker.tick(later) == [], "one announcer failed: not marked announced"
    assert working.calls == [(ticket_id, False)], "the other one was still told"
    assert await worker.tick(later) == [ticket_id]
    assert broken.calls == [(ticket_id, False)]


async def test_without_announcers_a_late_ticket_is_only_logged(tickets, hours, caplog):
    caplog.set_level("INFO", logger="bot.sla_worker")
    ticket_id = open_at(tickets, MONDAY_10H)
    assert await SlaWorker(tickets, hours).tick(MONDAY_10H + timedelta(hours=2)) == [ticket_id]
    assert f"ticket #{ticket_id} is new (no tutors' group configured)" in caplog.text
