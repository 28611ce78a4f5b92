"""A step of the list just given, asked for by its number ("Pouvez-vous détailler le point 5 ?", "وما هي المرحلة
السادسة؟"): that step whole, read from the section the last answer cited; after an answer listing sections (the
charter's rules), the section of that number, from its start."""
from __future__ import annotations

from typing import TYPE_CHECKING

from bot.conversation import LastTurn
from bot.dialogue import answer_buttons
from bot.types import Decision, Intent, Kind
from retrieval.excerpt import opening_excerpt

if TYPE_CHECKING:
    from bot.tutor import Tutor

# A step asked for by its number is of the section just given unless the message is a longer question of its own
# or its own words surely name another section ("l'étape 2 de l'inscription sur e-Takwine").
STEP_MAX_WORDS = 10
STEP_OWN_SURE = 0.8
LISTED = 3  # an answer citing this many sections listed them by number (`bot.charter_rules`): a number picks one


def step_decision(tutor: Tutor, number: int, text: str, lang: str, last: LastTurn) -> Decision | None:
    """"Pouvez-vous détailler le point 5 ?", "وما هي المرحلة السادسة؟" after an answer whose list showed that step as
    its heading ("5. Choisir les activités, en quatre temps : …"): the step whole; None when it is not that."""
    if last.clarifying or not last.sections or len(text.split()) > STEP_MAX_WORDS:
        return None
    if len(last.sections) >= LISTED and 1 <= number <= len(last.sections):  # "5" after the charter's rules listed
        return _listed(tutor, last.sections[number - 1], last.question, lang)
    own = tutor.engine.answer(text, lang, tutor.max_words)
    if own.answered and own.citations and own.citations[0].id != last.sections[0] \
            and own.confidence >= STEP_OWN_SURE:
        return None
    answer = tutor.engine.step_answer(last.sections[0], last.question, number, lang, tutor.max_words)
    if not answer.answered:
        return None
    return Decision(Kind.ANSWER, answer.text, lang, Intent.FOLLOW_UP, confidence=answer.confidence,
                    citations=answer.citations, buttons=answer_buttons(lang))


def _listed(tutor: Tutor, section: str, question: str, lang: str) -> Decision | None:
    """A section chosen by its number from a list of sections: read from its start (read with the list's question,
    "ما هي قواعد المنتدى؟", it opened on a middle paragraph)."""
    again, text, code = tutor.engine.section_text(section, question, lang, tutor.max_words)
    if not again.answered:
        return None
    return Decision(Kind.ANSWER, opening_excerpt(text, code, tutor.max_words) or again.text, code, Intent.FOLLOW_UP,
                    confidence=again.confidence, citations=again.citations, buttons=answer_buttons(lang))
