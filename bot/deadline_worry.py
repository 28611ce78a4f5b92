"""A worry about being blocked when a deadline comes: "et si ça bloque encore la veille de l'échéance ?" (after a
question on an upload failing) got only "📝 Prochaine échéance…", the date it names. What to do is the FAQ on late
work: write to the tutor before the deadline, and in a breakdown on the day keep a proof (screenshot, time, error
message) and send it at once."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.dialogue import section_decision
from bot.language_request import word_count
from bot.late_work import LATE_SECTION
from bot.roles.calendar_query import asks_when, names_live
from bot.types import Decision, Intent
from retrieval.normalize import normalize_text

if TYPE_CHECKING:
    from bot.tutor import Tutor

# blocked, failing, not working (normalized: no accents, أ→ا)
_BLOCKED = re.compile(
    r"\b(?:bloqu\w*|blocage|plant\w*|bug\w*|beug\w*|panne|coupure|echou\w*|refuse\w*|crash\w*|ne (?:marche|fonctionne|"
    r"passe) (?:pas|plus)|(?:marche|fonctionne|passe) pas|n'?arrive (?:pas|toujours pas) a (?:deposer|envoyer|rendre|"
    r"televerser|charger|soumettre)|t?blok\w*|mblok\w*|ma ?khdamch|ma ?khedamch|ma ?bghach|ma ?dazch|"
    r"ma ?t9bel\w*|t3attal\w*|t3tl\w*)\b|"
    r"(?<!\w)(?:ت?بلوك\w*|مبلوك\w*|ما ?خدامش|ما ?خدمش|ما ?بغاش|ما ?دازش|تعطل\w*|عطل|توقف\w*|تعذر|لم يشتغل|لا يشتغل|"
    r"لم اتمكن من (?:الايداع|الارسال|التحميل)|انقطع\w*|رفض\w*)(?!\w)")
# the deadline or the days before it named
_AT_DEADLINE = re.compile(
    r"\b(?:veille|jour j|dernier jour|derniere minute|derniers jours|echeance|date limite|deadline|delai|l?ajal|"
    r"akhir nhar)\b|(?<!\w)(?:ال)?(?:اجل|ديدلاين|الموعد النهائي|اخر يوم|اخر نهار)(?!\w)|(?<!\w)ليله (?:ال)?اجل(?!\w)")
# a tutor's reply time ("je suis bloqué, quel délai de réponse ?"): not a deadline
_REPLY = re.compile(r"\b(?:repon\w*|repond\w*|jaweb\w*)\b|(?<!\w)(?:ال)?(?:رد|جواب|يرد|يجاوب)(?!\w)")
WORRY_WORDS = 20


def blocked_at_deadline(text: str) -> bool:
    """A short message on the platform or an upload blocking when a deadline comes (not asking when it is, nor of a
    live session)."""
    norm = normalize_text(text or "")
    return (word_count(text) <= WORRY_WORDS and bool(_BLOCKED.search(norm)) and bool(_AT_DEADLINE.search(norm))
            and not asks_when(text) and not names_live(norm) and not _REPLY.search(norm))


def deadline_worry_reply(tutor: Tutor, text: str, lang: str) -> Decision | None:
    """The FAQ on late work for a worry about being blocked at a deadline (see the module); else None."""
    if not blocked_at_deadline(text):
        return None
    return section_decision(tutor, LATE_SECTION, text, lang, Intent.QUESTION)
