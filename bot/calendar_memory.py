"""What the trainer's latest calendar questions were, from the conversation memory: the ones in a row that name a
date or ask for the one after, the module they are on, whether the last was a live session's (read by
`bot.calendar_follow_up` for "et le lien ?", "w chno fih?", "et la suivante ?")."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.roles.calendar_query import CalendarQuery, parse_calendar_query
from bot.types import Message
from retrieval.normalize import normalize_text

if TYPE_CHECKING:
    from bot.tutor import Tutor

# "et la suivante ?", "et celle d'après ?", "والتي بعدها؟", "و اللي من بعدها؟", "w li mn b3dha?", "et le suivant ?":
# the date after the one just given (a newcomer got the guide's page on recordings or on missed live sessions)
ONE_AFTER = re.compile(r"\bsuivante?s?\b|\b(?:celle|celui) d'?apres\b|^(?:et |w |o )?(?:la |le )?d'?apres$"
                       r"|(?<!\w)و?(?:التي|الذي|اللي|الي|لي)\s+(?:من\s+)?(?:بعدها|بعده|موراها|موراه)(?!\w)"
                       r"|(?<!\w)و?(?:ال)?(?:مواليه|موالي|تاليه)(?!\w)"
                       r"|\b(?:li|lli|elli|illi)\s+(?:mn\s+|men\s+)?(?:b3dha|b3do|ba3dha|moraha|morah)\b"
                       r"|\bl?mowali(?:a|ya)\b|\bapres (?:celle|celui|ca|cela)(?:-?(?:la|ci))?\b"
                       # "w mn b3d?", "w ba3dha?", "et après ?", "وبعد؟" right after dates (got "say more", the formats)
                       r"|^(?:et |w |o )?(?:mn |men )?(?:ba?3d(?:ha|o)?|apres|ensuite)\W*$|^و?\s?(?:من )?بعد(?:ها|ه)?\W*$")


def last_calendar_query(tutor: Tutor, message: Message) -> CalendarQuery | None:
    """The calendar question of the trainer's latest exchanges answered by the calendar, past the follow-ups that
    name no date ("et si je dépasse ?" after "quelle est la prochaine échéance ?" then "et à quelle heure ?")."""
    asked = last_dated_question(tutor, message)
    return parse_calendar_query(asked) if asked else None


def last_dated_question(tutor: Tutor, message: Message) -> str | None:
    """The latest of the calendar questions in a row that names a date itself, or None."""
    return next((q for q in dated_questions(tutor, message) if parse_calendar_query(q) is not None), None)


def dated_questions(tutor: Tutor, message: Message) -> list[str]:
    """The latest calendar questions in a row (latest first) that name a date or ask for the one after; not "le lien
    ?" or "et c'est à quelle heure ?", answered with the question before ("et la suivante ?" then read "le lien ?")."""
    if tutor.memory is None:
        return []
    questions = tutor.memory.calendar_questions(message.channel, message.user, most=6)
    return [q for q in questions if parse_calendar_query(q) is not None or ONE_AFTER.search(normalize_text(q))]


def after_live_session(tutor: Tutor, message: Message) -> bool:
    """The trainer's latest exchange was a calendar reply on a live session (which carries its link)."""
    query = last_calendar_query(tutor, message)
    return query is not None and query.kind.startswith("live")


def after_module(tutor: Tutor, message: Message) -> bool:
    """The trainer's calendar questions in a row are on one module (in between, "w ach nsift fih?" names none)."""
    return module_question(tutor, message) is not None


def module_question(tutor: Tutor, message: Message) -> str | None:
    """The latest of the trainer's calendar questions in a row that names a module (or the next or current one)."""
    return next((q for q in dated_questions(tutor, message) if (query := parse_calendar_query(q)) is not None and (
        query.module is not None or query.kind in ("next_module", "current_module"))), None)


def calendar_reply_language(tutor: Tutor, message: Message) -> str:
    """The language of the calendar reply the trainer's latest exchange got ("" when it was not one)."""
    exchange = tutor.memory.last_calendar_exchange(message.channel, message.user) if tutor.memory else None
    return (exchange[1] or "") if exchange else ""
