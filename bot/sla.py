"""When a trainer can expect a tutor's answer: working hours in Africa/Casablanca (tz database)."""
from __future__ import annotations

from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from bot.texts import t

DAYS_AR = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


class WorkingHours:
    """Tutors' working hours (Monday-Friday by default) in a named timezone.

    Example: ``WorkingHours("08:30-18:30", "Africa/Casablanca", 60).eta_text("fr", now)``
    """

    def __init__(self, spec: str = "08:30-18:30", tz: str = "Africa/Casablanca", sla_minutes: int = 60,
                 workdays: tuple[int, ...] = (0, 1, 2, 3, 4)) -> None:
        start, end = spec.split("-")
        self.start = time.fromisoformat(start)
        self.end = time.fromisoformat(end)
        self.tz = ZoneInfo(tz)
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

    def eta_text(self, lang: str, now: datetime | None = None) -> str:
        """" within about N hours" during working hours, else " at the next opening (day hh:mm)"."""
        now = now or datetime.now(timezone.utc)
        if self.is_open(now):
            hours = max(1, round(self.sla.total_seconds() / 3600))
            return t("eta_hours", lang, hours=hours)
        opening = self.next_opening(now)
        days = DAYS_AR if lang == "ar" else DAYS_FR
        return t("eta_next_day", lang, when=f"{days[opening.weekday()]} {opening:%H:%M}")
