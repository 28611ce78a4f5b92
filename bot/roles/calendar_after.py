"""The date after the one just given: "et la suivante ?" after the next live session, "و اللي من بعدها؟" after the
next deadline, "et le suivant ?" after module 2's dates (a newcomer got the guide's page on recordings)."""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from bot.roles.calendar_period import PERIOD_KINDS, period_after
from bot.roles.calendar_query import CalendarQuery
from bot.roles.organizational import deadline_line, live_line
from bot.texts import t

if TYPE_CHECKING:
    from bot.roles.organizational import CalendarAnswerer


def one_after(answerer: CalendarAnswerer, query: CalendarQuery, lang: str, steps: int = 1,
              now: datetime | None = None) -> str | None:
    """The calendar's answer `steps` items after the one `query` gave: the next module's dates or live sessions for
    a module named by number, the live session or deadline after the next one; None for other questions."""
    now = now or answerer.clock()
    if query.kind in PERIOD_KINDS:  # "w mn b3d?" after this week's dates: next week's
        later = period_after(query.kind, query.month, answerer.calendar.local(now).date(), steps)
        return answerer.render(CalendarQuery(later[0], month=later[1]), lang, now) if later else None
    if query.module is not None and query.kind in ("module", "live", "deadline"):
        return answerer.render(CalendarQuery(query.kind, query.module + steps), lang, now)
    if query.day is not None or query.kind not in ("live", "deadline", "next_module"):
        return None
    kind = {"live": "live_session", "deadline": "assignment", "next_module": "module"}[query.kind]
    items = answerer.calendar.upcoming(now, limit=steps + 1, kinds=(kind,))
    if len(items) <= steps:  # none after it: said for a live session or a deadline; no module after the last
        return None if query.kind == "next_module" else t("no_live" if query.kind == "live" else "no_deadline", lang)
    item = items[steps]
    if query.kind == "live":
        return live_line(answerer.calendar, item, lang, now)
    if query.kind == "deadline":
        return deadline_line(answerer.calendar, item, lang, now)
    return answerer.render(CalendarQuery("module", item.number), lang, now)
