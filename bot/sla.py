"""When a trainer can expect a tutor's answer: working hours in Africa/Casablanca (tz database)."""
from __future__ import annotations

from datetime import datetime, time, timedelta

from bot.clock import as_utc, utcnow, zone
from bot.errors import ConfigError
from bot.texts import t

DAYS_AR = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


HOURS_EXPECTED = "expected HH:MM-HH:MM, e.g. 08:30-18:30"


def parse_hours(spec: str) -> tuple[time, time]:
    """("08:30", "18:30") of "08:30-18:30"; ValueError for anything else."""
    start, end = spec.split("-")
    return time.fromisoformat(start.strip()), time.fromisoformat(end.strip())


class WorkingHours:
    """Tutors' working hours (Monday-Friday by default) in a named timezone.

    Example: ``WorkingHours("08:30-18:30", "Africa/Casablanca", 60).eta_text("fr", now)``
    """

    def __init__(self, spec: str = "08:30-18:30", tz: str = "Africa/Casablanca", sla_minutes: int = 60,
                 workdays: tuple[int, ...] = (0, 1, 2, 3, 4)) -> None:
        try:
            self.start, self.end = parse_hours(spec)
        except ValueError as exc:
            raise ConfigError("RAFIQ_WORKING_HOURS", spec, HOURS_EXPECTED) from exc
        self.tz = zone(tz)
        self.sla = timedelta(minutes=sla_minutes)
        self.workdays = workdays

    def is_open(self, now: datetime) -> bool:
        """True during working hours."""
        local = now.astimezone(self.tz)
        return local.weekday() in self.workdays and self.start <= local.time() < self.end

    def next_opening(self, now: datetime) -> datetime:
        """The next moment tutors are at work (now if they are)."""
        local = now.astimezone(self.tz)
        if self.is_open(local):
            return local
        day = local.date()
        for offset in range(0, 8):
            d = day + timedelta(days=offset)
            opening = datetime.combine(d, self.start, tzinfo=self.tz)
            if d.weekday() in self.workdays and opening > local:
                return opening
        return local  # unreachable with at least one workday

    def working_time(self, start: datetime, end: datetime) -> timedelta:
        """How much of [start, end] falls inside working hours."""
        start = max(start, end - timedelta(days=366))
        total, day = timedelta(), start.astimezone(self.tz).date()
        while day <= end.astimezone(self.tz).date():
            if day.weekday() in self.workdays:
                lo = as_utc(max(datetime.combine(day, self.start, tzinfo=self.tz), start))
                hi = as_utc(min(datetime.combine(day, self.end, tzinfo=self.tz), end))
                total += max(hi - lo, timedelta())
            day += timedelta(days=1)
        return total

    def due_at(self, start: datetime) -> datetime:
        """The moment `sla_minutes` of working time have passed since `start`."""
        left, moment = self.sla, as_utc(self.next_opening(start))
        for _ in range(400):
            close = datetime.combine(moment.astimezone(self.tz).date(), self.end, tzinfo=self.tz)
            if moment + left <= close:
                return moment + left
            left -= max(close - moment, timedelta())
            moment = as_utc(self.next_opening(close))
        return moment

    def eta_text(self, lang: str, now: datetime | None = None) -> str:
        """" within about N hours" when the answer is due today, else " at the next opening (day hh:mm)"."""
        now = now or utcnow()
        local = now.astimezone(self.tz)
        if self.is_open(now) and self.due_at(now).astimezone(self.tz).date() == local.date():
            hours = max(1, round(self.sla.total_seconds() / 3600))
            key = {1: "eta_one_hour", 2: "eta_two_hours"}.get(hours, "eta_hours" if hours <= 10 else "eta_many_hours")
            return t(key, lang, hours=hours)  # Arabic counts: ساعة، ساعتين، 3-10 ساعات، 11+ ساعة
        closing = datetime.combine(local.date(), self.end, tzinfo=self.tz)
        opening = self.next_opening(closing if self.is_open(now) else now)
        days = DAYS_AR if lang == "ar" else DAYS_FR
        return t("eta_next_day", lang, when=f"{days[opening.weekday()]} {opening:%H:%M}")

    def urgent_text(self, lang: str, on_call: bool, now: datetime | None = None) -> str:
        """When a person will really read an urgent message: on duty now, an on-call group, or the opening."""
        now = now or utcnow()
        if self.is_open(now):
            return t("urgent_on_duty", lang)
        opening = self.next_opening(now)
        days = DAYS_AR if lang == "ar" else DAYS_FR
        when = f"{days[opening.weekday()]} {opening:%H:%M}"
        return t("urgent_on_call" if on_call else "urgent_off_duty", lang, when=when)
