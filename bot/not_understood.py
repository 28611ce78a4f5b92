""""Je n'ai pas compris", "ما فهمتش", "ma fhamtch", "عاود شرح ليا بطريقة ساهلة" after an answer: the guide has no
simpler version, so the reply is the section's own example when it was not shown yet, else the key sentence of
its opening, and it says a tutor can explain (it got the section's next part, the opening again, or an unrelated
section's: a newcomer, 0 of 3)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.conversation import LastTurn
from bot.shown_items import said_again
from bot.texts import t
from bot.types import Button, Decision, Intent, Kind
from retrieval.excerpt import cached_blocks
from retrieval.normalize import normalize_text

if TYPE_CHECKING:
    from bot.tutor import Tutor

_NOT_UNDERSTOOD = re.compile(
    r"\b(?:(?:je )?n'?ai pas (?:bien )?compris|j'?ai pas (?:bien )?compris|jai pas (?:bien )?compris"
    r"|(?:je |j')?(?:ne )?comprend?s? pas|jcomprend?s? pas|pas compris|c'?est pas clair|pas tres clair"
    r"|plus simple(?:ment)?|simplifie[rz]?|ma ?fh?[ea]?mt?ch|mafh?emtch|ma fhmt walo)\b"
    r"|(?<!\w)(?:ما ?فهمتش|ما فهمت|لم افهم|ما فهمت والو|مافهمت والو|بطريقه (?:ساهله|سهله|مبسطه)|بشكل (?:مبسط|ابسط)"
    r"|عاود (?:شرح|شرحو|شرحها)|اعد الشرح|وضح لي ببساطه)(?!\w)")
# a line that gives an example, as the guide writes them ("Exemple : …", "Par exemple, …", "مثال: …")
_EXAMPLE_WORD = re.compile(r"^\W*(?:Exemples?|Par exemple|Ainsi|أمثله|أمثلة|مثال|مثلا|على سبيل المثال)\b", re.MULTILINE)
KEY_SENTENCES = 1  # the opening's sentences given as the key one


def not_understood(text: str) -> bool:
    """The trainer says the last answer was not understood, or asks it simpler."""
    return bool(_NOT_UNDERSTOOD.search(normalize_text(text or "")))


def explained_again(tutor: Tutor, text: str, lang: str, last: LastTurn) -> Decision | None:
    """The section's example not shown yet, else the key sentences of its opening, and a tutor offered; None when
    the section cannot be read."""
    section, shown = last.sections[0], last.seen or last.shown
    example = tutor.engine.example_answer(section, last.question, "exemple مثال", lang, tutor.max_words, shown=shown)
    if example.answered and example.citations and _EXAMPLE_WORD.search(example.text) \
            and not said_again(example.text, shown):
        lead, answer = t("not_understood_example", lang), example
    else:
        again, body, _ = tutor.engine.section_text(section, last.question, lang, tutor.max_words)
        opening = next((b for b in cached_blocks(body) if b.kind == "prose" and b.sentences), None) if body else None
        if opening is None or not again.citations:
            return None
        lead, answer = t("not_understood_key", lang), replace(again, text=" ".join(opening.sentences[:KEY_SENTENCES]))
    body = f"{lead}\n{answer.text}\n\n{t('tutor_can_explain', lang)}"
    return Decision(Kind.ANSWER, body, lang, Intent.FOLLOW_UP, confidence=answer.confidence,
                    citations=answer.citations, buttons=(Button(t("ask_tutor", lang), "tutor"),))
