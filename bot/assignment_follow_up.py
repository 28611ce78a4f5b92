"""What is required in the assignment just dated, or in "its" module's: "ما هو الأجل القادم؟" then "وما المطلوب فيه
بالضبط؟" got an unrelated part of the page on submitting; "ومتى تفتح المجزوءة الثالثة؟" then "وما هو واجبها؟" got a
clarifying question between guide pages (newcomers). The calendar knows the titles: the assignment's title, module and
deadline, and where its exact instructions are (`bot.roles.calendar_brief`).

The assignment is the one (or the module's ones) the latest calendar reply named; else, when the message names an
assignment ("واجبها", "le devoir"), the module the conversation's last turns named (`bot.calendar_referent`).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.calendar_referent import module_in_conversation, points_back
from bot.language_request import word_count
from bot.roles.calendar_brief import assignment_brief, module_assignments
from bot.roles.assignment_asked import asks_what_is_required, names_assignment
from bot.roles.module_names import module_number
from bot.types import Decision, Intent, Kind, Message
from corpus.calendar import Assignment
from retrieval.normalize import normalize_text

if TYPE_CHECKING:
    from bot.tutor import Tutor

# "وما المطلوب فيه بالضبط؟", "il consiste en quoi ?": naming no assignment, a question this short (or saying "in it")
# asks about the one just dated; a longer one asks something of its own ("ما المطلوب من المكون في التقويم التكويني؟")
BARE_WORDS = 6
_OPENER = re.compile(r"^\W*(?:(?:ok|okay|oki|d'accord|dac|wakha|safi|merci|et|w|o|و|واخا|طيب|اوكي|شكرا)(?:\W+|$))+")


def _dated_in_last_reply(tutor: Tutor, message: Message) -> list[Assignment]:
    """The assignments the trainer's latest exchange, a calendar reply, named by title, when they are one module's
    (a whole calendar names them all: none is meant)."""
    if tutor.memory is None or not tutor.memory.last_calendar_exchange(message.channel, message.user):
        return []
    rows = tutor.recorder.history(message, limit=1)
    reply = rows[0].reply_text or "" if rows else ""
    calendar = tutor.organizational.calendar
    named = [a for a in calendar.assignments if calendar.title(a, "ar") in reply or calendar.title(a, "fr") in reply]
    return named if len({a.module for a in named}) == 1 else []


def assignment_follow_up(tutor: Tutor, text: str, lang: str, message: Message) -> Decision | None:
    """The brief of the assignment a "what is required in it?" message means (see the module), or None: a message
    naming a module is the calendar route's ("c'est quoi le devoir du module 4 ?")."""
    if tutor.organizational is None or tutor.memory is None:
        return None
    norm = normalize_text(text or "")
    if not asks_what_is_required(norm) or module_number(norm) is not None:
        return None
    named = names_assignment(norm)  # "وما هو واجبها؟", "et le devoir, c'est quoi ?"
    if not named and word_count(_OPENER.sub("", norm)) > BARE_WORDS and not points_back(norm):  # "ok, et …"
        return None
    calendar = tutor.organizational.calendar
    items = _dated_in_last_reply(tutor, message)
    if not items and named and (module := module_in_conversation(tutor, message)) is not None:
        items = module_assignments(calendar, module)
    if not items:
        return None
    body = assignment_brief(calendar, items, lang, tutor.organizational.clock())
    return Decision(Kind.ANSWER, body, lang, Intent.ORGANIZATIONAL, confidence=1.0)
