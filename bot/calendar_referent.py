"""The module a calendar question means when it names none but points back to one: "و امتى آخر أجل ديالو؟" right
after a guide question on module 3's assignment, "w live session dyalo?" after "w module 4?", "et sa date limite ?".

It is the module the conversation's last turns named (the trainer's own words, a guide question too, or a calendar
reply on one module), not the calendar's next item: a newcomer got module 2's deadline (the next one) after asking
about module 3's assignment, and module 3's live session (the next one) after module 4's dates.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

from bot.roles.calendar_query import parse_calendar_query, refers_to_the_module
from bot.roles.module_names import MODULE_NUM, module_number
from bot.types import Decision, Intent, Kind, Message
from retrieval.normalize import normalize_text

if TYPE_CHECKING:
    from bot.tutor import Tutor

# "its" said of a date, a live session or an assignment, in normalized text: Darija "ديالو", "ديالها", "dyalo";
# MSA's pronoun glued to the noun ("أجله", "موعد تسليمها", "حصته") or after "ل" ("آخر أجل له"); French "son", "sa"
_POINTS_BACK = re.compile(
    r"(?<!\w)(?:ديالو|دياله|ديالها|ديالهم|ديالوم|تاعو|تاعها)(?!\w)|\bd[iy]a?l(?:o|ou|u|ha|hom|houm)\b"
    r"|(?<!\w)(?:له|لها)(?!\w)"
    r"|(?<!\w)(?:ال)?(?:اجل|اجال|موعد|مواعيد|تسليم|ايداع|رابط|تاريخ|واجب|فرض|لايف)(?:ه|ها)(?!\w)"
    r"|(?<!\w)حصت(?:ه|ها)(?!\w)"
    r"|\b(?:son|sa|ses)\s+(?:\w+\s+)?(?:dates?|delais?|echeances?|deadlines?|lives?|classes?|seances?|sessions?|"
    r"devoirs?|rendus?|remise|lien|fin|debut|ouverture|fermeture)\b"
    r"|\b(?:its)\b|\bcelui-ci\b|\bce devoir\b")
MEANT_KINDS = ("deadline", "live", "module")  # what is asked of one module
RECENT_TURNS = 4  # the trainer's exchanges looked through, latest first
WINDOW = timedelta(minutes=30)  # as the conversation memory's, when it has none of its own


def points_back(norm: str) -> bool:
    """Normalized text says "its" of a date, a live session or an assignment, or "this module"."""
    return bool(_POINTS_BACK.search(norm)) or refers_to_the_module(norm)


def _one_module(reply: str) -> int | None:
    """The one module a calendar reply names ("… (الوحدة 2)"), else None (none, or several)."""
    numbers = {int(found.group(1) or found.group(2)) for found in MODULE_NUM.finditer(normalize_text(reply or ""))}
    return numbers.pop() if len(numbers) == 1 else None


def module_in_conversation(tutor: Tutor, message: Message) -> int | None:
    """The module the trainer's last exchanges named, the latest first: in her words, or in a calendar reply on one
    module; None when none did (a calendar reply on no single module ends the search: "its" is that reply's)."""
    if tutor.memory is None:
        return None
    since = datetime.now(timezone.utc) - getattr(tutor.memory, "window", WINDOW)
    for row in tutor.recorder.history(message, limit=RECENT_TURNS):
        created = row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=timezone.utc)
        if created < since:
            return None
        if (named := module_number(normalize_text(row.text or ""))) is not None:
            return named
        if row.intent == Intent.ORGANIZATIONAL and not row.citations:
            return _one_module(row.reply_text or "")
    return None


def module_meant_reply(tutor: Tutor, text: str, lang: str, message: Message) -> Decision | None:
    """A calendar question on a deadline, a live session or a module's dates that names no module but points back
    (`points_back`): the calendar's answer for the module the conversation named (`module_in_conversation`); else
    None."""
    if tutor.organizational is None:
        return None
    norm = normalize_text(text or "")
    query = parse_calendar_query(text)
    if query is None or query.kind not in MEANT_KINDS or query.module is not None or query.day is not None \
            or not points_back(norm):
        return None
    module = module_in_conversation(tutor, message)
    if module is None:
        return None
    dates = tutor.organizational.answer(f"{text} module {module}", lang)
    return Decision(Kind.ANSWER, dates, lang, Intent.ORGANIZATIONAL, confidence=1.0) if dates else None
