""""What did I miss?" from a trainer coming back ("je reviens d'un congé maternité, qu'est-ce que j'ai raté ?", "رجعت
من المرض، شنو فاتني؟", "chno fatni f had l mooc?"): the course's calendar (what is over, what comes next) and where the
guide says what to do about late work. A newcomer's got the administrative ticket (the word "congé")."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.conversation import word_count
from bot.texts import t
from bot.types import Decision, Intent, Kind
from retrieval.normalize import normalize_text

if TYPE_CHECKING:
    from bot.tutor import Tutor

MAX_WORDS = 20
_WHAT_MISSED = re.compile(
    r"\bqu'?est[- ]ce (?:que|qu') ?j'?ai (?:rate|manque|loupe)\b|\bj'?ai (?:rate|manque|loupe) quoi\b|"
    r"\bqu'?ai[- ]je (?:rate|manque)\b|\bce que j'?ai (?:rate|manque|loupe)\b|"
    r"\b(?:chno|ach|achno|chnou) (?:li )?fatni\b|\b(?:chno|ach) (?:li )?(?:dazt|daz) 3liya\b|"
    r"(?<!\w)(?:شنو|اش|اشنو|ماذا|ما الذي|شنو اللي|اش اللي) (?:لي )?فاتني(?!\w)|(?<!\w)ماذا فاتني(?!\w)")
# one thing missed, named ("qu'est-ce que j'ai raté à la classe virtuelle ?"): the guide's page on it, not the calendar
_ONE_THING = re.compile(r"\b(?:classe|seance|live|session|video|cours de)\b|(?<!\w)(?:ال)?(?:حصه|لايف|فيديو)(?!\w)")


def asks_what_missed(text: str) -> bool:
    """A short message asking what the trainer missed of the course as a whole (see the module)."""
    norm = normalize_text(text or "")
    return word_count(text) <= MAX_WORDS and bool(_WHAT_MISSED.search(norm)) and not _ONE_THING.search(norm)


def catch_up_reply(tutor: Tutor, text: str, lang: str) -> Decision | None:
    """The calendar with what is over and what comes next, and the way to late work; else None."""
    if tutor.organizational is None or not asks_what_missed(text):
        return None
    calendar = tutor.organizational.answer("/calendar", lang)
    if not calendar:
        return None
    return Decision(Kind.ANSWER, f"{t('catch_up_intro', lang)}\n\n{calendar}\n\n{t('catch_up_late', lang)}", lang,
                    Intent.ORGANIZATIONAL, confidence=1.0)
