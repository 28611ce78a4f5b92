"""The course calendar: cohort, modules, assignments and live sessions from calendar.yaml.

Times in the file are local wall-clock times of the calendar's `timezone` (a tz database name such
as Africa/Casablanca); they become timezone-aware datetimes through `zoneinfo`, so Morocco's
Ramadan clock changes are applied from the tz database, never from a fixed offset. A local time
that does not exist or happens twice at a clock change is refused. Parsing and validation live in
`corpus.calendar_parse`; `load_calendar(path)` is the entry point.

Example::

    cal = load_calendar("corpus/calendar.yaml")
    for item in cal.upcoming(datetime.now(cal.tz), limit=3):
        print(item.when, cal.title(item, "ar"))
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import ClassVar, Union
from zoneinfo import ZoneInfo

from corpus.errors import CalendarError


@dataclass(frozen=True)
class Cohort:
    """The cohort (session) of the MOOC: its names and first and last days."""

    id: str
    name_ar: str
    name_fr: str
    start: date
    end: date
    kind: ClassVar[str] = "cohort"


@dataclass(frozen=True)
class Module:
    """A module, open from `opens` (local midnight of `opens_on`) until `closes` (exclusive:
    the midnight that ends `closes_on`)."""

    id: str
    number: int
    title_ar: str
    title_fr: str
    opens_on: date
    closes_on: date
    opens: datetime
    closes: datetime
    kind: ClassVar[str] = "module"

    @property
    def when(self) -> datetime:
        """The moment the module opens."""
        return self.opens


@dataclass(frozen=True)
class Assignment:
    """A graded task of a module, due at `due` (local time of the calendar)."""

    id: str
    module: str
    title_ar: str
    title_fr: str
    due: datetime
    kind: ClassVar[str] = "assignment"

    @property
    def when(self) -> datetime:
        """The deadline."""
        return self.due


@dataclass(frozen=True)
class LiveSession:
    """A live (synchronous) session of a module."""

    id: str
    module: str
    title_ar: str
    title_fr: str
    start: datetime
    duration_minutes: int
    link: str = ""
    kind: ClassVar[str] = "live_session"

    @property
    def when(self) -> datetime:
        """The moment the session starts."""
        return self.start

    @property
    def end(self) -> datetime:
        """The moment the session ends (elapsed time, so right across a clock change)."""
        return (self.start.astimezone(ZoneInfo("UTC")) + timedelta(minutes=self.duration_minutes)).astimezone(
            self.start.tzinfo)


Event = Union[Module, Assignment, LiveSession]
_KIND_ORDER = {"module": 0, "live_session": 1, "assignment": 2}


@dataclass(frozen=True)
class Calendar:
    """The whole calendar; every datetime in it is aware, in `timezone`."""

    timezone: str
    cohort: Cohort
    modules: tuple[Module, ...]
    assignments: tuple[Assignment, ...] = ()
    live_sessions: tuple[LiveSession, ...] = ()
    source: str = ""

    @property
    def tz(self) -> ZoneInfo:
        """The calendar's time zone."""
        return ZoneInfo(self.timezone)

    def module(self, module_id: str) -> Module | None:
        """The module with this id, or None."""
        return next((m for m in self.modules if m.id == module_id), None)

    def events(self, kinds: tuple[str, ...] | None = None) -> list[Event]:
        """Module openings, live sessions and deadlines in time order (optionally of some kinds)."""
        items: list[Event] = [*self.modules, *self.live_sessions, *self.assignments]
        if kinds is not None:
            items = [i for i in items if i.kind in kinds]
        return sorted(items, key=lambda i: (i.when.timestamp(), _KIND_ORDER[i.kind], i.id))

    def upcoming(self, now: datetime, limit: int | None = 5, kinds: tuple[str, ...] | None = None) -> list[Event]:
        """Events strictly after `now` (an aware datetime), soonest first, at most `limit`."""
        _require_aware(now)
        instant = now.timestamp()  # compare instants, not wall-clock times
        items = [i for i in self.events(kinds) if i.when.timestamp() > instant]
        return items if limit is None else items[:max(limit, 0)]

    def current_module(self, now: datetime) -> Module | None:
        """The module open at `now` (the latest opened if several overlap), or None."""
        _require_aware(now)
        instant = now.timestamp()
        open_now = [m for m in self.modules if m.opens.timestamp() <= instant < m.closes.timestamp()]
        return max(open_now, key=lambda m: (m.opens, m.number)) if open_now else None

    def title(self, item: Cohort | Event, lang: str) -> str:
        """The item's title (the cohort's name) in `lang`: Arabic for ar/ary, French otherwise."""
        arabic = lang in ("ar", "ary")
        if isinstance(item, Cohort):
            return item.name_ar if arabic else item.name_fr
        return item.title_ar if arabic else item.title_fr

    def local(self, moment: datetime) -> datetime:
        """`moment` as wall-clock time of the calendar's zone."""
        _require_aware(moment)
        return moment.astimezone(self.tz)


def _require_aware(moment: datetime) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("now must be a timezone-aware datetime, e.g. datetime.now(calendar.tz)")


def load_calendar(path: str | Path) -> Calendar:
    """Read and validate calendar.yaml, or raise `CalendarError` naming the fault."""
    from corpus.calendar_parse import parse_calendar

    source = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise CalendarError("io", source, detail=exc.strerror or exc.__class__.__name__) from None
    return parse_calendar(raw, source)
