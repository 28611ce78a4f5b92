"""The weekly report: what trainers asked, how they were served, how fast tutors answered (aggregates only).

JSON schema (``rafiq report week --json``; also docs/reports.md), schema id ``rafiq.report.week/1``::

    {"schema": "rafiq.report.week/1",
     "week": "2026-W48", "start": "2026-11-23", "end": "2026-11-30",   # Monday 00:00 to next Monday, local
     "timezone": "Africa/Casablanca", "generated_at": ISO-8601 UTC,
     "total": Cell,                                   # the whole week
     "by_variety": {"msa"|"darija"|"arabizi"|"french"[|"other"]: Cell},
     "by_channel": {"telegram"|"web"|"forum"|"cli": Cell},            # channels seen this week
     "by_variety_channel": {variety: {channel: Cell}},                # pairs seen this week
     "first_answer_histogram": {"wall"|"working": {"le_15m", "le_1h", "le_4h", "le_24h", "gt_24h": n}},
     "moderation": {class: n for each moderation class},             # moderation_log rows, verdict != ok
     "trainers": {"registered": n, "active": n, "inactive": n, "inactive_days": N},
     "trend": [{"week": "2026-W41", "questions", "answered", "clarified", "escalated", "out_of_scope",
                "helpful", "not_helpful", "tickets"}, ...]}       # oldest first, the report's week last

Cell = {"questions", "answered", "clarified", "escalated", "out_of_scope", "helpful", "not_helpful", "tickets",
"tickets_answered", "sla_breaches", "first_answer_minutes": {"wall": {"median", "p90"}, "working": {...}}}.
A question is an interaction whose intent is not greeting/thanks/invalid/moderated; its outcome is exactly one
of escalated (a ticket asked), clarified (reason clarify), out_of_scope (off_topic, unsupported_language),
answered. Votes are the interactions' feedback (up/down). Tickets are those opened in the week, sliced by the
variety of their interaction (the ticket's language otherwise); first answer = answered_at − created_at, on the
wall clock and in working hours (RAFIQ_WORKING_HOURS); a breach is an answer (or no answer by `now`) later than
the SLA due time. Percentiles interpolate linearly, in minutes rounded to 0.1; null without answers. Active
trainers asked anything this week; inactive ones registered at least N days before the week's end and wrote
nothing in its last N days. No text, name or identifier of a trainer is in the report.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from bot.clock import as_utc, aware, utcnow, zone
from bot.reports.figures import NOT_QUESTIONS, VARIETY_ORDER, Cell, histogram, outcome, variety
from bot.sla import WorkingHours
from bot.store import Store
from bot.store.schema import Interaction, ModerationEntry, Ticket, User
from moderation.verdict import CLASSES

SCHEMA = "rafiq.report.week/1"
TREND_WEEKS = 8
KNOWN_CHANNELS = ("telegram", "web", "cli")


def channel_group(channel: str) -> str:
    """telegram, web, cli, or forum (every forum adapter: discourse, moodle...)."""
    return channel if channel in KNOWN_CHANNELS else "forum"


def parse_week(text: str) -> date:
    """The Monday of an ISO week '2026-W48'; ValueError otherwise."""
    try:
        year, week = text.strip().upper().split("-W")
        return date.fromisocalendar(int(year), int(week), 1)
    except ValueError as exc:
        raise ValueError(f"expected an ISO week like 2026-W48, got {text!r}") from exc


def last_day(report: dict) -> str:
    """The week's last day, as a reader counts it (the report's "end" is the next Monday, where the week stops)."""
    return (date.fromisoformat(report["end"]) - timedelta(days=1)).isoformat()


def iso_week(monday: date) -> str:
    """'2026-W48' for a date of that week."""
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


@dataclass(frozen=True)
class WeekOptions:
    """What to report on: the week (its Monday), the timezone, working hours, the inactivity span."""

    monday: date | None = None  # None: the last complete week before `now`
    tz: str = "Africa/Casablanca"
    working_hours: str = "08:30-18:30"
    sla_minutes: int = 60
    inactive_days: int = 14
    now: datetime | None = None


def _bounds(monday: date, tz) -> tuple[datetime, datetime]:
    start = datetime.combine(monday, datetime.min.time(), tzinfo=tz)
    return as_utc(start), as_utc(datetime.combine(monday + timedelta(weeks=1), datetime.min.time(), tzinfo=tz))


class _Slices:
    """The total, per-variety, per-channel and per-pair cells of one week."""

    def __init__(self) -> None:
        self.total = Cell()
        self.by_variety: dict[str, Cell] = {v: Cell() for v in VARIETY_ORDER[:4]}
        self.by_channel: dict[str, Cell] = {}
        self.pairs: dict[str, dict[str, Cell]] = {}

    def cells(self, var: str, chan: str) -> tuple[Cell, ...]:
        return (self.total, self.by_variety.setdefault(var, Cell()), self.by_channel.setdefault(chan, Cell()),
                self.pairs.setdefault(var, {}).setdefault(chan, Cell()))

    def to_json(self) -> dict:
        order = {v: i for i, v in enumerate(VARIETY_ORDER)}
        return {"total": self.total.to_json(),
                "by_variety": {v: c.to_json() for v, c in sorted(self.by_variety.items(), key=lambda x: order[x[0]])},
                "by_channel": {ch: c.to_json() for ch, c in sorted(self.by_channel.items())},
                "by_variety_channel": {v: {ch: c.to_json() for ch, c in sorted(chans.items())}
                                       for v, chans in sorted(self.pairs.items(), key=lambda x: order[x[0]])}}


def build_week(store: Store, options: WeekOptions = WeekOptions()) -> dict:
    """The weekly report as the JSON object documented above."""
    tz, now = zone(options.tz), aware(options.now or utcnow())
    hours = WorkingHours(options.working_hours, options.tz, options.sla_minutes)
    monday = options.monday or (now.astimezone(tz).date() - timedelta(days=now.astimezone(tz).weekday() + 7))
    start, end = _bounds(monday, tz)
    first = monday - timedelta(weeks=TREND_WEEKS - 1)
    trend = {first + timedelta(weeks=i): Counter() for i in range(TREND_WEEKS)}
    week = _Slices()
    with store.session() as s:
        rows = s.execute(select(Interaction.id, Interaction.created_at, Interaction.channel,
                                Interaction.detected_lang, Interaction.intent, Interaction.escalate,
                                Interaction.reason, Interaction.feedback, Interaction.user_id)
                         .where(Interaction.created_at >= _bounds(first, tz)[0], Interaction.created_at < end)).all()
        tickets = s.execute(select(Ticket.created_at, Ticket.answered_at, Ticket.channel, Ticket.lang,
                                   Ticket.interaction_id)
                            .where(Ticket.created_at >= _bounds(first, tz)[0], Ticket.created_at < end)).all()
        ticket_langs = dict(s.execute(select(Interaction.id, Interaction.detected_lang).where(
            Interaction.id.in_([t.interaction_id for t in tickets  # the week's only: the trend needs no variety
                                if t.interaction_id is not None and aware(t.created_at) >= start]))).all())
        moderation = Counter(dict(s.execute(
            select(ModerationEntry.verdict, func.count()).where(
                ModerationEntry.created_at >= start, ModerationEntry.created_at < end,
                ModerationEntry.verdict != "ok").group_by(ModerationEntry.verdict)).all()))
        trainers = _trainers(s, rows, start, end, options.inactive_days)
    for r in rows:
        created = aware(r.created_at)
        if r.intent in NOT_QUESTIONS:
            continue
        monday_of = created.astimezone(tz).date() - timedelta(days=created.astimezone(tz).weekday())
        counts = trend.get(monday_of)
        if counts is not None:
            counts["questions"] += 1
            counts[outcome(r.escalate, r.reason)] += 1
            counts["helpful"] += r.feedback == "up"
            counts["not_helpful"] += r.feedback == "down"
        if created >= start:
            for cell in week.cells(variety(r.detected_lang), channel_group(r.channel)):
                cell.add_question(r.escalate, r.reason, r.feedback)
    for t in tickets:
        created = aware(t.created_at)
        monday_of = created.astimezone(tz).date() - timedelta(days=created.astimezone(tz).weekday())
        if monday_of in trend:
            trend[monday_of]["tickets"] += 1
        if created < start:
            continue
        answered = aware(t.answered_at)
        wall = working = None
        if answered is not None:
            wall = (answered - created).total_seconds() / 60
            working = hours.working_time(created, answered).total_seconds() / 60
        breached = (answered or now) > hours.due_at(created)
        lang = ticket_langs.get(t.interaction_id) or t.lang
        for cell in week.cells(variety(lang), channel_group(t.channel)):
            cell.add_ticket(wall, working, breached)
    keys = ("questions", "answered", "clarified", "escalated", "out_of_scope", "helpful", "not_helpful", "tickets")
    return {"schema": SCHEMA, "week": iso_week(monday), "start": monday.isoformat(),
            "end": (monday + timedelta(weeks=1)).isoformat(), "timezone": options.tz,
            "generated_at": as_utc(now).isoformat(timespec="seconds"),
            **week.to_json(),
            "first_answer_histogram": {"wall": histogram(week.total.wall), "working": histogram(week.total.working)},
            "moderation": {c: int(moderation.get(c, 0)) for c in CLASSES},
            "trainers": trainers | {"inactive_days": options.inactive_days},
            "trend": [{"week": iso_week(m), **{k: int(c[k]) for k in keys}} for m, c in sorted(trend.items())]}


def _trainers(s, rows, start: datetime, end: datetime, days: int) -> dict:
    """Registered, active (wrote this week) and inactive (silent for `days` before the week's end) trainers."""
    silent_since = end - timedelta(days=days)
    users = s.execute(select(User.id, User.created_at, User.last_seen_at).where(User.created_at < end)).all()
    last = dict(s.execute(select(Interaction.user_id, func.max(Interaction.created_at))
                          .where(Interaction.created_at < end).group_by(Interaction.user_id)).all())
    # a forum post Rafiq leaves to people is stored as no exchange, but its author wrote (45 of 50 were "active")
    active = {r.user_id for r in rows if aware(r.created_at) >= start} | {
        u.id for u in users if u.last_seen_at is not None and start <= aware(u.last_seen_at) < end}
    inactive = sum(1 for u in users if aware(u.created_at) <= silent_since
                   and (last.get(u.id) is None or aware(last[u.id]) < silent_since))
    return {"registered": len(users), "active": len(active & {u.id for u in users}), "inactive": inactive}
