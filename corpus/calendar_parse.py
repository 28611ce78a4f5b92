"""Parse and validate calendar.yaml into `corpus.calendar` records; every fault is a `CalendarError`.

Schema (times are local to `timezone`)::

    timezone: Africa/Casablanca
    cohort: {id: "2026-b", name_ar: "...", name_fr: "...", start: 2026-11-02, end: 2027-03-19}
    modules: [{id: m1, number: 1, title_ar: "...", title_fr: "...", opens: 2026-11-02, closes: 2026-11-22}]
    assignments: [{id: m1-a1, module: m1, title_ar: "...", title_fr: "...", due: "2026-11-20T23:59"}]
    live_sessions: [{id: live-m1, module: m1, title_ar: "...", title_fr: "...",
                     start: "2026-11-12T18:00", duration_minutes: 60, link: "https://..."}]

A due date without a time means 23:59 that day.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from corpus.calendar import Assignment, Calendar, Cohort, LiveSession, Module
from corpus.errors import CalendarError


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source
        self.tz: ZoneInfo | None = None
        self.tzname = ""

    def fail(self, code: str, **params: Any) -> CalendarError:
        return CalendarError(code, self.source, **params)

    def text(self, item: dict, key: str, where: str) -> str:
        value = item.get(key)
        if value is None or isinstance(value, (dict, list)) or not str(value).strip():
            raise self.fail("cal-missing-key", where=where, key=key)
        return str(value).strip()

    def day(self, item: dict, key: str, where: str) -> date:
        value = item.get(key)
        if value is None or value == "":
            raise self.fail("cal-missing-key", where=where, key=key)
        if isinstance(value, date) and not isinstance(value, datetime):
            return value
        try:
            if isinstance(value, str) and len(value.strip()) == 10:
                return date.fromisoformat(value.strip())
        except ValueError:
            pass
        raise self.fail("cal-bad-date", where=where, key=key, value=value)

    def moment(self, item: dict, key: str, where: str, date_means: time | None = None) -> datetime:
        """A local wall-clock time made aware in the calendar's zone; gaps and repeats refused."""
        value = item.get(key)
        if value is None or value == "":
            raise self.fail("cal-missing-key", where=where, key=key)
        if isinstance(value, date) and not isinstance(value, datetime):
            value = value.isoformat()
        if isinstance(value, datetime):
            naive = value
        else:
            text = str(value).strip()
            try:
                naive = datetime.fromisoformat(text)
            except ValueError:
                raise self.fail("cal-bad-datetime", where=where, key=key, value=value) from None
            if len(text) == 10:
                if date_means is None:
                    raise self.fail("cal-bad-datetime", where=where, key=key, value=value)
                naive = datetime.combine(naive.date(), date_means)
        if naive.tzinfo is not None:
            raise self.fail("cal-offset-given", where=where, key=key, value=value)
        aware = naive.replace(tzinfo=self.tz)
        shown = naive.strftime("%Y-%m-%d %H:%M")
        if aware.astimezone(timezone.utc).astimezone(self.tz).replace(tzinfo=None) != naive:
            raise self.fail("cal-nonexistent-time", where=where, value=shown, tz=self.tzname)
        if aware.replace(fold=1).utcoffset() != aware.utcoffset():
            raise self.fail("cal-ambiguous-time", where=where, value=shown, tz=self.tzname)
        return aware

    def items(self, data: dict, key: str, required: bool) -> list[tuple[dict, str]]:
        value = data.get(key)
        if value is None:
            if required:
                raise self.fail("cal-missing-key", where="calendar.yaml", key=key)
            return []
        if not isinstance(value, list):
            raise self.fail("cal-not-list", key=key)
        out = []
        for n, item in enumerate(value, start=1):
            where = f"{key}[{n}]"
            if not isinstance(item, dict):
                raise self.fail("cal-not-item", where=where)
            if str(item.get("id") or "").strip():
                where = f"{where} ({str(item['id']).strip()})"
            out.append((item, where))
        return out

    def parse(self, data: Any) -> Calendar:
        if not isinstance(data, dict):
            raise self.fail("cal-not-mapping")
        self.tzname = self.text(data, "timezone", "calendar.yaml")
        try:
            self.tz = ZoneInfo(self.tzname)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            raise self.fail("cal-unknown-timezone", tz=self.tzname) from None
        cohort_data = data.get("cohort")
        if not isinstance(cohort_data, dict):
            raise self.fail("cal-missing-key", where="calendar.yaml", key="cohort")
        cohort = Cohort(self.text(cohort_data, "id", "cohort"), self.text(cohort_data, "name_ar", "cohort"),
                        self.text(cohort_data, "name_fr", "cohort"), self.day(cohort_data, "start", "cohort"),
                        self.day(cohort_data, "end", "cohort"))
        if cohort.end < cohort.start:
            raise self.fail("cal-ends-before-start", where="cohort", start=cohort.start, end=cohort.end)
        module_items = self.items(data, "modules", True)
        modules = [self.module(item, where) for item, where in module_items]
        self.unique(modules, "modules")
        numbers: set[int] = set()
        for m, (_, where) in zip(modules, module_items):
            if m.number in numbers:
                raise self.fail("cal-duplicate-number", where=where, number=m.number)
            numbers.add(m.number)
        known = {m.id for m in modules}
        assignments = [Assignment(self.text(i, "id", w), self.module_ref(i, w, known), self.text(i, "title_ar", w),
                                  self.text(i, "title_fr", w), self.moment(i, "due", w, date_means=time(23, 59)))
                       for i, w in self.items(data, "assignments", False)]
        self.unique(assignments, "assignments")
        sessions = [self.live(i, w, known) for i, w in self.items(data, "live_sessions", False)]
        self.unique(sessions, "live_sessions")
        return Calendar(self.tzname, cohort, tuple(sorted(modules, key=lambda m: (m.opens, m.number))),
                        tuple(sorted(assignments, key=lambda a: (a.due, a.id))),
                        tuple(sorted(sessions, key=lambda s: (s.start, s.id))), self.source)

    def module(self, item: dict, where: str) -> Module:
        number = item.get("number")
        if isinstance(number, bool) or not isinstance(number, int) or number < 1:
            raise self.fail("cal-bad-number", where=where, value=number)
        opens_on, closes_on = self.day(item, "opens", where), self.day(item, "closes", where)
        if closes_on < opens_on:
            raise self.fail("cal-closes-before-opens", where=where, opens=opens_on, closes=closes_on)
        opens = datetime.combine(opens_on, time(0), tzinfo=self.tz)
        closes = datetime.combine(closes_on + timedelta(days=1), time(0), tzinfo=self.tz)
        return Module(self.text(item, "id", where), number, self.text(item, "title_ar", where),
                      self.text(item, "title_fr", where), opens_on, closes_on, opens, closes)

    def module_ref(self, item: dict, where: str, known: set[str]) -> str:
        module = self.text(item, "module", where)
        if module not in known:
            raise self.fail("cal-unknown-module", where=where, module=module, known=", ".join(sorted(known)) or "-")
        return module

    def live(self, item: dict, where: str, known: set[str]) -> LiveSession:
        duration = item.get("duration_minutes")
        if isinstance(duration, bool) or not isinstance(duration, int) or not 1 <= duration <= 1440:
            raise self.fail("cal-bad-duration", where=where, value=duration)
        link = str(item.get("link") or "").strip()
        if link and not link.lower().startswith(("https://", "http://")):
            raise self.fail("cal-bad-link", where=where, value=link)
        return LiveSession(self.text(item, "id", where), self.module_ref(item, where, known),
                           self.text(item, "title_ar", where), self.text(item, "title_fr", where),
                           self.moment(item, "start", where), duration, link)

    def unique(self, records: list, key: str) -> None:
        seen: set[str] = set()
        for n, record in enumerate(records, start=1):
            if record.id in seen:
                raise self.fail("cal-duplicate-id", where=f"{key}[{n}]", id=record.id)
            seen.add(record.id)


def parse_calendar(raw: bytes | str | dict, source: str = "calendar.yaml") -> Calendar:
    """Validate calendar data (YAML bytes or text, or an already loaded mapping) into a `Calendar`."""
    data: Any = raw
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise CalendarError("encoding", source, reason=exc.reason, position=exc.start) from None
    if isinstance(raw, str):
        try:
            data = yaml.safe_load(raw)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise CalendarError("cal-yaml", source, line=mark.line + 1 if mark else "?",
                                problem=getattr(exc, "problem", None) or exc.__class__.__name__) from None
    return _Parser(source).parse(data)
