"""The forum's rules asked for as a whole ("Quelles sont les règles du forum ?", "ما هي قواعد المنتدى؟", "chno
l9awa3id dyal lforum?"): the charter's rules, listed by title with each one cited, to ask about any of them. The same
question got three different single pages (the netiquette's one sentence "the rules are in the charter", how
moderation works, what is welcome), whichever was closest that time (a newcomer)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.texts import t
from bot.types import Citation, Decision, Intent, Kind
from retrieval.normalize import normalize_text
from retrieval.types import Answer

if TYPE_CHECKING:
    from bot.tutor import Tutor

CHARTER = "charter"  # the sections' kind
_RULES = re.compile(r"\b(?:regles?|reglement|charte)\b|(?<!\w)(?:ال)?(?:قواعد|قوانين|ميثاق)(?!\w)"
                    r"|\bl?(?:9awa3id|qawa3id|9awanin|qawanin)\b")
_FORUM = re.compile(r"\bforum\b|(?<!\w)(?:ف|ب|ل|لل)?(?:ال)?(?:منتدي|فوروم)(?!\w)|\b(?:f|l|fl)?forum\b|\bcharte\b|ميثاق")
MAX_WORDS = 10
NAMED_SURE = 0.95  # a rule named ("les règles sur les données personnelles") is answered from its page


def _order(section: str) -> int:
    """What is welcome first, how moderation works and appeals last, the rules between."""
    return 0 if section.endswith("welcome") else 2 if section.endswith(("moderation", "appeal")) else 1


def charter_asked(tutor: Tutor, answer: Answer, text: str, lang: str) -> Decision | None:
    """The charter's rules listed, when the message asks for the forum's rules without naming one; else None."""
    norm = normalize_text(text)
    if len(norm.split()) > MAX_WORDS or not (_RULES.search(norm) and _FORUM.search(norm)):
        return None
    named = answer.answered and answer.citations and answer.confidence >= NAMED_SURE
    if named and not answer.citations[0].id.endswith(("welcome", "moderation")):
        return None
    code = "fr" if lang == "fr" else "ar"
    seen: dict[str, Citation] = {}
    for chunk in tutor.engine.index.chunks:
        if chunk.kind == CHARTER and chunk.lang == code and chunk.section_id not in seen:
            seen[chunk.section_id] = Citation(chunk.section_id, chunk.title, code, CHARTER)
    rules = sorted(seen.values(), key=lambda c: _order(c.id))
    if len(rules) < 2:
        return None
    listing = "\n".join(f"{n}. {c.title}" for n, c in enumerate(rules, 1))
    return Decision(Kind.ANSWER, t("charter_rules", lang, n=len(rules), rules=listing), lang, Intent.QUESTION,
                    confidence=1.0, citations=tuple(rules))
