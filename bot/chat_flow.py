"""The Tutor's chat replies, one per route of `bot/understanding.py`.

    Route.GUIDE ─► the guide's answer            Route.CALENDAR ─► the course calendar (else as UNSURE)
    Route.FOLLOW_UP ─► read with the last turn   Route.SUPPORT ─► encouragement, peers (else as UNSURE)
    Route.HUMAN ─► a ticket for a tutor          Route.OFF_TOPIC ─► what Rafiq helps with + "ask a tutor"
    Route.GREETING / THANKS ─► a short reply     Route.UNSURE ─► clarify between close sections, or a ticket
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from bot.conversation import MORE, LastTurn, continues, names_another_topic, word_count
from bot.dialogue import answer_buttons, follow_up_decision
from bot.texts import t
from bot.types import Button, Decision, Intent, Kind, Message, Reason
from bot.understanding import Route
from retrieval.types import Answer

if TYPE_CHECKING:
    from bot.tutor import Tutor


def route_decision(tutor: Tutor, route: Route, answer: Answer, text: str, lang: str, message: Message,
                   last: LastTurn | None) -> Decision:
    """The reply for a chat message whose route is known (`answer` is retrieval's, already computed)."""
    if route == Route.GREETING:
        return Decision(Kind.ANSWER, t("greeting", lang), lang, Intent.GREETING, confidence=1.0)
    if route == Route.THANKS:
        return Decision(Kind.ANSWER, t("thanks", lang), lang, Intent.THANKS, confidence=1.0)
    if route == Route.HUMAN:
        return tutor.human_requested(lang)
    if route == Route.FOLLOW_UP and last is not None:
        return _follow_up(tutor, answer, text, lang, last)
    if route == Route.CALENDAR and tutor.organizational:
        calendar = tutor.organizational.answer(text, lang)
        if calendar:
            return Decision(Kind.ANSWER, calendar, lang, Intent.ORGANIZATIONAL, confidence=1.0)
    if route == Route.SUPPORT and tutor.support:
        support_text = tutor.support.respond(text, lang, message.user)
        if support_text:
            return Decision(Kind.ANSWER, support_text, lang, Intent.SOCIO, confidence=1.0)
    off_topic_reply = route == Route.OFF_TOPIC and not tutor.off_topic_tickets
    if last is not None and last.clarifying and not answer.answered and route in (Route.GUIDE, Route.UNSURE):
        chosen = _option_named(answer, last)
        if chosen is not None:  # the trainer said in words which of the offered sections they meant
            return _section_decision(tutor, chosen, text, lang) or tutor.retrieve(text, lang, Intent.QUESTION,
                                                                                  answer=answer)
    # an unsure message is read with the previous question; one that looks off topic only when it opens as a
    # continuation of it ("ولا بغيت نديرهم فالفوروم؟")
    if last is not None and not answer.answered and (not off_topic_reply or continues(text)):
        in_context = _read_in_context(tutor, answer, text, lang, last)
        if in_context is not None:
            return in_context
    if off_topic_reply:
        return Decision(Kind.ANSWER, t("off_topic", lang), lang, Intent.QUESTION, reason=Reason.OFF_TOPIC,
                        buttons=(Button(t("ask_tutor", lang), "tutor"),), query_vector=answer.query_vector)
    return tutor.retrieve(text, lang, Intent.QUESTION, answer=answer)  # the guide's, a choice, or a tutor


# A message this short that opens as a continuation ("و…", "w …", "et …") and that the guide cannot place
# alone, stays on the previous section when, read with the previous question, it still ranks that section
# first ("ومازال ما وصلنيش الإيميل" after a password question).
SAME_TOPIC_MAX_WORDS = 6
MOVE_DEPTH = 3  # an elliptical follow-up moves to its own first section when read in context it is this high


def _read_in_context(tutor: Tutor, answer: Answer, text: str, lang: str, last: LastTurn) -> Decision | None:
    """An unsure message read with the previous question ("et si le bouton n'apparaît pas ?"): answered
    when together they are sure of a section the message alone already ranked among its first three, or,
    for a short message, of the previous section itself; a longer new question is never answered from the
    previous topic."""
    own = {p.chunk.section_id for p in answer.passages[:3]}
    together = f"{last.question} {text}"
    combined = tutor.engine.answer(together, lang, tutor.max_words)
    if not combined.passages:
        return None
    top = combined.passages[0].chunk.section_id
    same = top == last.sections[0]
    short_continuation = (same and not last.clarifying and word_count(text) <= SAME_TOPIC_MAX_WORDS
                          and continues(text))
    agreed = None if short_continuation else _readings_agree(answer, combined, tutor.engine.threshold)
    if not short_continuation and agreed is None and (not combined.answered or top not in own):
        return None
    if agreed is not None and agreed != last.sections[0] and (not combined.answered or same):
        moved = _section_decision(tutor, agreed, text, lang, Intent.FOLLOW_UP)  # its own words, confirmed
        if moved is not None:
            return moved
    if same or agreed == last.sections[0]:  # the part of the last section this message asks about
        return follow_up_decision(tutor, (MORE, None), text, lang, last)
    return tutor.retrieve(together, lang, Intent.FOLLOW_UP, answer=combined)


# In a conversation, a message the guide is fairly sure of alone (above this share of the answer threshold)
# is answered when the message read with the previous question puts the same section in its first three.
AGREE_SHARE = 0.7


def _readings_agree(alone: Answer, combined: Answer, threshold: float) -> str | None:
    """The section a message ranks first on its own, fairly surely, that the message read in context also
    ranks among its first MOVE_DEPTH: two readings agree on it (else None)."""
    if not alone.passages or not combined.passages or alone.confidence < AGREE_SHARE * threshold:
        return None
    own = alone.passages[0].chunk.section_id
    return own if own in {p.chunk.section_id for p in combined.passages[:MOVE_DEPTH]} else None


def _follow_up(tutor: Tutor, answer: Answer, text: str, lang: str, last: LastTurn) -> Decision:
    """A message that goes on from the last exchange: answered on its own when the guide is sure of it
    ("et pour l'évaluation sommative ?"), else read together with the previous question, else the last
    section read again for it."""
    if answer.answered and answer.citations and answer.citations[0].id == last.sections[0]:
        return follow_up_decision(tutor, (MORE, None), text, lang, last)  # the part it asks about, not a repeat
    if answer.answered:
        return tutor.retrieve(text, lang, Intent.FOLLOW_UP, answer=answer)
    together = f"{last.question} {text}"
    combined = tutor.engine.answer(together, lang, tutor.max_words)
    if combined.answered and combined.citations and combined.citations[0].id != last.sections[0]:
        return tutor.retrieve(together, lang, Intent.FOLLOW_UP, answer=combined)
    moved = _moved_to(answer, combined, last) if names_another_topic(text) else None
    if moved is not None:  # "w l éthique?" after the trainer's values: the section its own words name
        found = _section_decision(tutor, moved, together, lang, Intent.FOLLOW_UP)
        if found is not None:
            return found
    return follow_up_decision(tutor, (MORE, None), text, lang, last)


def _option_named(answer: Answer, last: LastTurn) -> str | None:
    """After a clarifying question, the offered section a reply in words ranks first ("je parlais de la grille
    pour observer un stagiaire"), or None: such a reply is not asked to choose again among the same options."""
    if not answer.passages:
        return None
    first = answer.passages[0].chunk.section_id
    return first if first in last.sections else None


def _section_decision(tutor: Tutor, section: str, text: str, lang: str,
                      intent: Intent = Intent.QUESTION) -> Decision | None:
    """The answer from one chosen section, read for `text` (None when it has nothing to say)."""
    found = tutor.engine.section_answer(section, text, lang, tutor.max_words)
    if not found.answered:
        return None
    return Decision(Kind.ANSWER, found.text, lang, intent, confidence=found.confidence,
                    citations=found.citations, buttons=answer_buttons(lang))


def _moved_to(alone: Answer, combined: Answer, last: LastTurn) -> str | None:
    """The section an elliptical follow-up moves to ("et la sommative ?", "w l éthique?"): the first section
    of the message alone, when it is not the previous one and the message read with the previous question
    also puts it among its first three; else None (the follow-up stays on the previous section)."""
    if not alone.passages or not combined.passages:
        return None
    own = alone.passages[0].chunk.section_id
    near = {p.chunk.section_id for p in combined.passages[:MOVE_DEPTH]}
    return own if own != last.sections[0] and own in near else None
