"""Being late with one's work ("et si je dépasse ?", "و ila ماقدرتش نسيفطو فالوقت؟", "w ila t3e9elt?"), said right after
a deadline's date (`bot.calendar_follow_up`) or the steps to submit an assignment: the FAQ on late work. Read alone
in its conversation it stayed on the steps to submit (a newcomer; dev conversations), or got the off-topic reply."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.conversation import LastTurn, word_count
from bot.dialogue import section_decision
from bot.roles.calendar_query import names_live
from bot.types import Decision, Intent
from retrieval.normalize import normalize_text

if TYPE_CHECKING:
    from bot.tutor import Tutor

# normalized (no accents, أ→ا)
_LATE = re.compile(r"\b(?:depass\w*|(?:en )?retard\w*|trop tard|hors delai|loupe\w*|rate\w*|pas (?:a|dans les) "
                   r"(?:temps|delais?))\b|\b(?:t3e9el\w*|m3e9el\w*|t3a9el\w*|ma ?l7e9t\w*|ma ?9dert\w*|ma ?qdert\w*|"
                   r"fatni|fatetni|tard)\b|(?<!\w)(?:تاخرت|متاخر\w*|التاخير|ما ?قدرتش|ما ?لحقتش|فاتني|فاتتني|لم اتمكن|"
                   r"لم استطع|بعد الاجل|تجاوزت|ما ?وصلتش|تعطلت|ما ?كملتش|لم اكمل|لم انه)(?!\w)|"
                   r"\b(?:t3tlt|t3ttelt|ma ?kmeltch|ma ?kmltch|pas (?:fini|termine|encore fini))\b")
LATE_WORDS = 10
LATE_SECTION = "faq-late-submission"
# the pages on handing work in: being late is the next question ("وإلا ما قدرتش نسيفطو فالوقت؟" after the steps)
HANDING_IN = frozenset({"dig-etakwine-submission", "dig-etakwine-technical"})


def says_late(text: str) -> bool:
    """A short message about being late with one's work (not a live session missed: "w live session ila fatetni?"
    after a deadline got the late-work page)."""
    norm = normalize_text(text)
    return word_count(text) <= LATE_WORDS and bool(_LATE.search(norm)) and not names_live(norm)


def late_after_handing_in(tutor: Tutor, text: str, lang: str, last: LastTurn | None) -> Decision | None:
    """"What if I cannot hand it in on time?" right after the steps to submit: the late-work page; else None."""
    if last is None or last.clarifying or not HANDING_IN & set(last.sections) or not says_late(text):
        return None
    return section_decision(tutor, LATE_SECTION, text, lang, Intent.FOLLOW_UP)
