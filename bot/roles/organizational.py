"""The organizational role: /calendar, /next and questions about dates, answered from the calendar.

Dates and times are the calendar zone's wall-clock times (Africa/Casablanca), with Arabic and French
day and month names and "demain" / "غدا", "dans 3 jours" / "بعد 3 أيام".

Example::

    answerer = CalendarAnswerer(load_calendar("corpus/calendar.yaml"))
    answerer.answer("fo9ach akhir ajal dyal module 3?", "ar")   # the module 3 deadline, in Arabic
    answerer.answer("Comment préparer une séance ?", "fr")      # None: not about the calendar
"""
from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta
from typing import Callable

from bot.roles.calendar_items import named_items
from bot.roles.calendar_period import PERIOD_KINDS, period_of
from bot.roles.calendar_brief import brief_asked
from bot.roles.calendar_query import CalendarQuery, asks_what_assignment, parse_calendar_query
from bot.roles.timefmt import MONTHS, format_date, format_day_when, format_time, format_when, text_lang
from bot.texts import t
from retrieval.normalize import normalize_text
from corpus.calendar import Assignment, Calendar, LiveSession, Module

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


def day_text(calendar: Calendar, day: date, lang: str, year: bool = False) -> str:
    """A calendar day as 'lundi 23 novembre' / 'الاثنين 23 نونبر' (with its year when `year`)."""
    return format_date(datetime.combine(day, time(12), calendar.tz), lang, calendar.tz, year=year)


def moment_text(calendar: Calendar, moment: datetime, lang: str) -> str:
    """'vendredi 4 décembre, 23h59' / 'الجمعة 4 دجنبر، 23:59' (no relative part)."""
    sep = ", " if lang == "fr" or not lang.startswith("ar") else "، "
    return format_date(moment, lang, calendar.tz) + sep + format_time(moment, lang, calendar.tz)


def _number(calendar: Calendar, module_id: str) -> int | str:
    module = calendar.module(module_id)
    return module.number if module else module_id


def _link(item: LiveSession, lang: str) -> str:
    return t("live_link", lang, link=item.link) if item.link else ""


def next_deadline(calendar: Calendar, now: datetime) -> Assignment | None:
    """The first assignment due after `now`."""
    items = calendar.upcoming(now, limit=1, kinds=("assignment",))
    return items[0] if items else None


def next_live(calendar: Calendar, now: datetime) -> LiveSession | None:
    """The first live session starting after `now`."""
    items = calendar.upcoming(now, limit=1, kinds=("live_session",))
    return items[0] if items else None


def deadline_line(calendar: Calendar, item: Assignment, lang: str, now: datetime) -> str:
    """'📝 Prochaine échéance : « title » (module n), <when>.'"""
    return t("next_deadline", lang, title=calendar.title(item, lang), n=_number(calendar, item.module),
             when=format_when(item.due, lang, now, calendar.tz))


def live_line(calendar: Calendar, item: LiveSession, lang: str, now: datetime) -> str:
    """'🎥 Prochaine classe virtuelle : « title », <when>. Lien : …'"""
    return t("next_live", lang, title=calendar.title(item, lang),
             when=format_when(item.start, lang, now, calendar.tz), link=_link(item, lang))


def next_text(calendar: Calendar, lang: str, now: datetime) -> str:
    """The /next answer: the next deadline, the next live session, a module opening within a week."""
    lines = [t("next_header", lang)]
    deadline, live = next_deadline(calendar, now), next_live(calendar, now)
    lines.append(deadline_line(calendar, deadline, lang, now) if deadline else t("no_deadline", lang))
    lines.append(live_line(calendar, live, lang, now) if live else t("no_live", lang))
    opening = calendar.upcoming(now, limit=1, kinds=("module",))
    if opening and (opening[0].opens - now).days < 7:
        module = opening[0]
        lines.append(t("next_module", lang, n=module.number, title=calendar.title(module, lang),
                       when=format_day_when(module.opens, lang, now, calendar.tz)))
    return "\n".join(lines)


def _module_items(calendar: Calendar, module: Module, lang: str, now: datetime) -> list[str]:
    lines = []
    items = [i for i in calendar.events(("assignment", "live_session")) if i.module == module.id]
    for item in items:
        when = moment_text(calendar, item.when, lang) + (t("past_item", lang) if item.when <= now else "")
        key = "cal_deadline" if isinstance(item, Assignment) else "cal_live"
        lines.append(t(key, lang, title=calendar.title(item, lang), when=when))
    return lines


def calendar_text(calendar: Calendar, lang: str, now: datetime) -> str:
    """The /calendar answer: finished modules in one line, then each open or coming module with its
    deadlines and live sessions."""
    lines = [t("cal_header", lang, cohort=calendar.title(calendar.cohort, lang))]
    if all(m.closes <= now for m in calendar.modules):
        lines.append(t("cal_over", lang, date=day_text(calendar, calendar.cohort.end, lang)))
        return "\n".join(lines)
    # each by its title too: "c quoi le module 1 déjà ?" is answered from this line (a newcomer saw only "1")
    past = [f"{m.number} «{calendar.title(m, lang)}»" for m in calendar.modules if m.closes <= now]
    if past:
        lines.append(t("cal_past_modules", lang, numbers=", ".join(past)))
    current = calendar.current_module(now)
    for module in calendar.modules:
        if module.closes <= now:
            continue
        is_current = current is not None and module.id == current.id
        lines.append(t("cal_module", lang, mark="▶️" if is_current else "▫️", n=module.number,
                       title=calendar.title(module, lang), opens=day_text(calendar, module.opens_on, lang),
                       closes=day_text(calendar, module.closes_on, lang),
                       current=t("cal_current", lang) if is_current else ""))
        lines.extend(_module_items(calendar, module, lang, now))
    lines.append(t("cal_footer", lang))
    return "\n".join(lines)


def period_text(calendar: Calendar, lang: str, now: datetime, kind: str, month: int | None = None) -> str:
    """What falls in the week or month `kind` names (`bot.roles.calendar_period`: this week, next month, a month by
    its name with `month`): its deadlines and live sessions (only these for a "live_" kind: "واش كاين شي لايف هاد
    السيمانة؟"; only deadlines for a "deadline_" one) in order; when none, it says so and gives the next."""
    period = period_of(kind, calendar.local(now).date(), month)
    scope = "live" if kind.startswith("live_") else "deadline" if kind.startswith("deadline_") else ""
    kinds = {"live": ("live_session",), "deadline": ("assignment",)}.get(scope, ("assignment", "live_session"))
    start, end = (datetime.combine(day, time(0), calendar.tz) for day in (period.first, period.end))
    items = [i for i in calendar.events(kinds) if start <= i.when < end]
    key = "named_month_header" if period.ahead is None else ("next_" if period.ahead else "") + f"{period.unit}_header"
    head = t(key, lang, first=day_text(calendar, period.first, lang), last=day_text(calendar, period.last, lang),
             month=f"{MONTHS[text_lang(lang)][period.first.month - 1]} {period.first.year}")
    if not items:  # what comes after that period
        deadline = None if scope == "live" else next_deadline(calendar, end)
        live = None if scope == "deadline" else next_live(calendar, end)
        after = ([deadline_line(calendar, deadline, lang, now)] if deadline else []) + \
            ([live_line(calendar, live, lang, now)] if live else [])
        return "\n".join([head, t(f"{period.unit}_none" + (f"_{scope}" if scope else ""), lang), *after])
    lines = [head]
    for item in items:
        when = moment_text(calendar, item.when, lang) + (t("past_item", lang) if item.when <= now else "")
        key = "cal_deadline" if isinstance(item, Assignment) else "cal_live"
        link = "." + _link(item, lang) if isinstance(item, LiveSession) and item.when > now else ""  # "le lien
        lines.append(t(key, lang, title=calendar.title(item, lang), when=when) + link)  # de la classe de janvier ?"
    if all(item.when <= now for item in items):  # the period is over for its dates: what comes next
        lines.append(next_text(calendar, lang, now))
    return "\n".join(lines)


def _module_by_number(calendar: Calendar, number: int) -> Module | None:
    return next((m for m in calendar.modules if m.number == number), None)


def module_deadlines_text(calendar: Calendar, module: Module, lang: str, now: datetime) -> str:
    """The deadlines of one module, each with its date, time and how far it is."""
    items = [a for a in calendar.assignments if a.module == module.id]
    if not items:
        return t("module_no_deadline", lang, n=module.number)
    lines = [t("module_deadlines", lang, n=module.number)]
    for item in sorted(items, key=lambda a: a.due):
        lines.append(t("module_deadline", lang, title=calendar.title(item, lang),
                       when=format_when(item.due, lang, now, calendar.tz)))
    return "\n".join(lines)


def session_line(calendar: Calendar, session: LiveSession, lang: str, now: datetime) -> str:
    """'🎥 title (module n) — <when>. Lien : …'"""
    return t("module_live", lang, n=_number(calendar, session.module), title=calendar.title(session, lang),
             when=format_when(session.start, lang, now, calendar.tz), link=_link(session, lang))


def module_live_text(calendar: Calendar, module: Module, lang: str, now: datetime) -> str:
    """The live sessions of one module."""
    items = [s for s in calendar.live_sessions if s.module == module.id]
    if not items:
        return t("module_no_live", lang, n=module.number)
    return "\n".join(session_line(calendar, s, lang, now) for s in sorted(items, key=lambda s: s.start))


def one_day_text(calendar: Calendar, kind: str, ahead: int, lang: str, now: datetime) -> str:
    """Today's (`ahead` 0) or tomorrow's live sessions or deadlines (`kind`), else "none that day" and the next."""
    day, live = calendar.local(now).date() + timedelta(days=ahead), kind == "live"
    when = (lambda i: i.start) if live else (lambda i: i.due)
    line = (lambda i: live_line(calendar, i, lang, now)) if live else (lambda i: deadline_line(calendar, i, lang, now))
    found = sorted((i for i in (calendar.live_sessions if live else calendar.assignments)
                    if calendar.local(when(i)).date() == day), key=when)
    if found:
        return "\n".join(line(i) for i in found)
    after = next_live(calendar, now) if live else next_deadline(calendar, now)
    return t("day_live_none" if live else "day_deadline_none", lang, day=t("day_names", lang).split("|")[ahead],
             date=day_text(calendar, day, lang)) + ("\n" + line(after) if after else "")


def every_live_text(calendar: Calendar, lang: str, now: datetime) -> str:
    """Every live session still to come, in order, with its module, date and link."""
    items = sorted((s for s in calendar.live_sessions if s.start > now), key=lambda s: s.start)
    if not items:
        return t("no_live", lang)
    return "\n".join([t("every_live", lang, count=len(items))] + [session_line(calendar, s, lang, now) for s in items])


def module_dates_text(calendar: Calendar, module: Module, lang: str) -> str:
    """When a module opens and closes."""
    return t("module_dates", lang, n=module.number, title=calendar.title(module, lang),
             opens=day_text(calendar, module.opens_on, lang), closes=day_text(calendar, module.closes_on, lang))


def current_module_text(calendar: Calendar, lang: str, now: datetime) -> str:
    """The module open now and the next deadline."""
    module = calendar.current_module(now)
    deadline = next_deadline(calendar, now)
    first = (t("current_module", lang, n=module.number, title=calendar.title(module, lang),
               closes=day_text(calendar, module.closes_on, lang)) if module else t("no_current_module", lang))
    return first + ("\n" + deadline_line(calendar, deadline, lang, now) if deadline else "")


class CalendarAnswerer:
    """The Tutor's `OrganizationalPort`: answers calendar questions (see the module's example), None for anything
    else; `clock` fixes "now" (tests: ``lambda: datetime(2026, 12, 1, 9, tzinfo=calendar.tz)``)."""

    def __init__(self, calendar: Calendar, clock: Clock | None = None) -> None:
        self.calendar = calendar
        self.clock = clock or (lambda: datetime.now(calendar.tz))

    def answer(self, text: str, lang: str) -> str | None:
        """The answer to a calendar question, or None when `text` is not about the calendar."""
        query = parse_calendar_query(text)
        if query is None:
            return None
        log.debug("calendar query %s", query)
        return self.render(query, lang, self.clock(), text)

    def render(self, query: CalendarQuery, lang: str, now: datetime, text: str = "") -> str:
        """The answer text for a parsed query at `now`; `text`, the question, may name the item by its title."""
        cal = self.calendar
        named = self._named(query, text, lang, now)
        if named:
            return named
        if query.kind == "calendar":
            return calendar_text(cal, lang, now)
        if query.kind == "next":
            return next_text(cal, lang, now)
        if query.kind in PERIOD_KINDS:
            return period_text(cal, lang, now, query.kind, query.month)
        if query.kind == "live_all":
            return every_live_text(cal, lang, now)
        if query.kind == "current_module":
            return current_module_text(cal, lang, now)
        if query.kind == "cohort":
            years = cal.cohort.start.year != cal.cohort.end.year  # "du 2 novembre au 19 mars": which March?
            return t("cohort_dates", lang, cohort=cal.title(cal.cohort, lang), start=day_text(
                cal, cal.cohort.start, lang, years), end=day_text(cal, cal.cohort.end, lang, years))
        module = _module_by_number(cal, query.module) if query.module is not None else None
        if query.module is not None and module is None:
            return t("module_unknown", lang, n=query.module, last=max(m.number for m in cal.modules))
        if query.day is not None and query.kind in ("live", "deadline") and module is None:
            return one_day_text(cal, query.kind, query.day, lang, now)
        if query.kind == "deadline":
            if module is not None:
                return module_deadlines_text(cal, module, lang, now)
            item = next_deadline(cal, now)
            return deadline_line(cal, item, lang, now) if item else t("no_deadline", lang)
        if query.kind == "live":
            if module is not None:
                return module_live_text(cal, module, lang, now)
            item = next_live(cal, now)
            return live_line(cal, item, lang, now) if item else t("no_live", lang)
        return "\n".join([module_dates_text(cal, module, lang), module_deadlines_text(cal, module, lang, now)])

    def _named(self, query: CalendarQuery, text: str, lang: str, now: datetime) -> str | None:
        """The lines of the deadlines or live sessions the question names by title ("le bilan final",
        "الحصة الختامية"), or the next module's dates; None when it names none."""
        cal = self.calendar
        if query.kind == "next_module":
            opening = cal.upcoming(now, limit=1, kinds=("module",))
            module = opening[0] if opening else cal.current_module(now)
            return module_dates_text(cal, module, lang) if module else None
        if query.kind == "module" and query.module is None:  # named by its title, else the module under way
            named = named_items(cal, text, "module") if text else []
            return ("\n".join(module_dates_text(cal, module, lang) for module in named)
                    or current_module_text(cal, lang, now))
        if query.kind == "deadline" and text and asks_what_assignment(normalize_text(text)):  # "c'est quoi le devoir
            return brief_asked(cal, query, text, lang, now)  # du module 4 ?": and where its instructions are
        if query.module is not None or query.kind not in ("deadline", "live") or not text:
            return None
        if query.kind == "deadline":
            return "\n".join(t("named_deadline", lang, title=cal.title(item, lang), n=_number(cal, item.module),
                                when=format_when(item.due, lang, now, cal.tz))
                              for item in named_items(cal, text, "assignment")) or None
        return "\n".join(session_line(cal, item, lang, now) for item in named_items(cal, text, "live_session")) or None

    def answer_after(self, asked: str, lang: str, steps: int = 1) -> str | None:
        """The date `steps` after the one the calendar question `asked` got ("et la suivante ?"), or None."""
        from bot.roles.calendar_after import one_after  # it reads this module's lines
        return one_after(self, query, lang, steps) if (query := parse_calendar_query(asked)) else None
