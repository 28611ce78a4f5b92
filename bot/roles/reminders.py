"""Reminders before deadlines and live sessions: when each one fires, its key, and its text.

Deadlines: two days before at 09:00 local time, and on the day at 12:00. Live sessions: the day
before at 09:00, and one hour before (elapsed time). Local times are wall-clock times of the
calendar's zone through the tz database, so a reminder fires at 09:00 on Moroccan clocks on both
sides of the Ramadan clock change. A reminder is due from its firing time until `grace` later (or
until the event, whichever comes first): a scheduler that was down for a day does not send stale ones.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from bot.clock import UTC
from bot.roles.timefmt import format_time, format_when, relative_time
from bot.texts import t
from corpus.calendar import Assignment, Calendar, LiveSession



@dataclass(frozen=True)
class ReminderRule:
    """When a reminder fires: `days_before` the event at local time `at`, or `hours_before` it."""

    kind: str
    days_before: int | None = None
    at: time | None = None
    hours_before: float | None = None
    grace: timedelta = timedelta(hours=6)

    def fire_at(self, event: datetime, zone) -> datetime:
        """The firing moment (aware, UTC) for an event at `event`."""
        if self.hours_before is not None:
            return event.astimezone(UTC) - timedelta(hours=self.hours_before)
        day = event.astimezone(zone).date() - timedelta(days=self.days_before or 0)
        local = datetime.combine(day, self.at or time(9), tzinfo=zone)
        return local.astimezone(UTC)  # fold=0: a wall time repeated by a clock change is its first one


DEADLINE_RULES = (ReminderRule("2d", days_before=2, at=time(9)), ReminderRule("day", days_before=0, at=time(12)))
LIVE_RULES = (ReminderRule("1d", days_before=1, at=time(9)), ReminderRule("1h", hours_before=1))


@dataclass(frozen=True)
class DueReminder:
    """A reminder whose time has come: the calendar item, the rule and the firing moment."""

    item: Assignment | LiveSession
    rule: ReminderRule
    fire_at: datetime

    def key(self, user_id: int) -> str:
        """The claim key: one send per item (at its current date), rule and user."""
        when = self.item.when.astimezone(UTC)
        return f"reminder:{self.item.id}@{when:%Y%m%dT%H%M}:{self.rule.kind}:{user_id}"


def due_reminders(calendar: Calendar, now: datetime) -> list[DueReminder]:
    """Reminders due at `now` (aware): fired already, not older than their grace, event not begun."""
    due = []
    pairs = [(a, DEADLINE_RULES) for a in calendar.assignments] + [(s, LIVE_RULES) for s in calendar.live_sessions]
    for item, rules in pairs:
        for rule in rules:
            fire = rule.fire_at(item.when, calendar.tz)
            if fire <= now < min(fire + rule.grace, item.when.astimezone(UTC)):
                due.append(DueReminder(item, rule, fire))
    return due


def reminder_text(calendar: Calendar, due: DueReminder, lang: str, now: datetime) -> str:
    """The reminder in `lang`, signed by Rafiq, with the opt-out command."""
    item, tz = due.item, calendar.tz
    title = calendar.title(item, lang)
    if isinstance(item, Assignment):
        module = calendar.module(item.module)
        n = module.number if module else item.module
        if due.rule.kind == "day":
            body = t("rem_deadline_today", lang, title=title, n=n, time=format_time(item.due, lang, tz))
        else:
            body = t("rem_deadline_early", lang, title=title, n=n, when=format_when(item.due, lang, now, tz))
    else:
        link = t("link_line", lang, link=item.link) if item.link else ""
        if due.rule.kind == "1h":
            when = f"{relative_time(now, item.start, lang, tz)} ({format_time(item.start, lang, tz)})"
            body = t("rem_live_hour", lang, title=title, when=when, link=link)
        else:
            body = t("rem_live_day_before", lang, title=title, when=format_when(item.start, lang, now, tz),
                     link=link)
    return f"{body}\n{t('opt_out_hint', lang)}"

