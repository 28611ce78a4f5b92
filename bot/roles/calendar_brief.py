"""What an assignment is, from the calendar: its title, module and deadline, and where its exact instructions are
(the module's assignment activity on the platform, whose instructions are the reference). "c'est quoi le devoir du
module 4 ?", "le devoir du module 4 il consiste en quoi exactement ?" got the generic steps to submit a file; "وما
المطلوب فيه بالضبط؟" right after the next deadline got an unrelated part of that page (newcomers)::

    assignment_brief(calendar, [calendar.assignments[3]], "fr", now)
    # '📝 « Fiche d'animation… » (module 3) : à rendre au plus tard vendredi 15 janvier à 23h59 (dans 39 jours).
    #  Ce qui est demandé exactement (la consigne et la grille d'évaluation) est dans l'activité « Devoir » …'
"""
from __future__ import annotations

from datetime import datetime, time

from bot.roles.calendar_items import named_items
from bot.roles.calendar_query import CalendarQuery
from bot.roles.timefmt import format_date, format_when
from bot.texts import t
from corpus.calendar import Assignment, Calendar


def assignment_brief(calendar: Calendar, items: list[Assignment], lang: str, now: datetime) -> str:
    """Each assignment's line (title, module, deadline), then where each one's module holds its instructions."""
    lines = []
    for item in sorted(items, key=lambda a: a.due):
        module = calendar.module(item.module)
        lines.append(t("named_deadline", lang, title=calendar.title(item, lang),
                       n=module.number if module else item.module, when=format_when(item.due, lang, now, calendar.tz)))
    for module in dict.fromkeys(calendar.module(item.module) for item in items):
        if module is None:
            continue
        if module.opens > now:  # not open yet: its activity, hence the instructions, appear on its first day
            opens = format_date(datetime.combine(module.opens_on, time(12), calendar.tz), lang, calendar.tz)
            lines.append(t("assignment_where_later", lang, n=module.number, opens=opens))
        else:
            lines.append(t("assignment_where", lang, n=module.number))
    return "\n".join(lines)


def module_assignments(calendar: Calendar, number: int) -> list[Assignment]:
    """The assignments of module `number` ([] when there is no such module or it has none)."""
    module = next((m for m in calendar.modules if m.number == number), None)
    return [a for a in calendar.assignments if module is not None and a.module == module.id]


def brief_asked(calendar: Calendar, query: CalendarQuery, text: str, lang: str, now: datetime) -> str | None:
    """The brief of the assignments a "what is the assignment?" question names (by its module, else by title), or
    None when it names none."""
    items = (module_assignments(calendar, query.module) if query.module is not None
             else named_items(calendar, text, "assignment"))
    return assignment_brief(calendar, items, lang, now) if items else None
