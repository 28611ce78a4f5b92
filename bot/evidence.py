"""Everything known about a chat message when the Tutor decides, gathered in one place for
`bot.understanding.read_message`: the intent model's probabilities, retrieval's answer, the calendar parser,
the explicit phrases, the message's length and the conversation it belongs to."""
from __future__ import annotations

import re
from typing import Mapping

from bot.conversation import LastTurn, continues, word_count
from bot.knowledge import is_tutor_entry
from bot.administration import about_administration, asks_administration
from bot.other_service import about_another_service
from bot.conversation_language import without_language_request  # noqa: F401 (re-exported)
from bot.untreated_concepts import concept_sure, quoted_by, untreated_concept
from bot.unnamed_subject import another_platform, answers_any_subject, unnamed_subject, vocabulary_of  # noqa: F401 (re-exported)
from bot.roles import intents
from bot.roles.introductions import greets_and_introduces, introduces_self
from bot.roles.requests import asks_a_person_to_help, asks_to_act
from bot.roles.calendar_query import asks_for_a_date, asks_for_outline, asks_when, parse_calendar_query
from bot.roles.states import DISCOURAGED, ISOLATED, OVERLOADED, detect_state
from bot.understanding import Evidence
from moderation.verdict import Verdict
from retrieval.normalize import normalize_text
from retrieval.types import Answer


def on_last_topic(answer: Answer, last: LastTurn | None) -> bool:
    """Retrieval's sure answer is from the section the conversation is on, or from one a pending clarifying question
    offers ("w chhal mn critere khas ykon?" after the choice between rubrics and the observation grid, heard as off
    topic, is the rubrics' at 0.85)."""
    return bool(last is not None and answer.answered and answer.citations and answer.citations[0].id in last.sections)


# "I don't know whether to go on" asks nothing of the guide ("ماعرفتش واش نكمل", "je ne sais pas si je vais continuer")
_WHETHER = re.compile(r"(?:ما ?عرفتش|ما ?نعرفش|لا اعرف|\bje (?:ne )?sais pas|\bma ?3reftch|\bma ?n3refch)\s+"
                      r"(?:واش|هل|\bsi\b|\bwach\b|\bwech\b)")
# pages on the feelings of the learners a trainer looks after, not on the trainer's own in this course
ON_LEARNERS_FEELINGS = frozenset({"fac-online-anxiety", "fac-motivation", "tut-dropout-prevention"})
FEELINGS = (DISCOURAGED, OVERLOADED, ISOLATED)  # said of the course (the guide has a page on online anxiety)


def gather_evidence(text: str, answer: Answer, probabilities: Mapping[str, float], verdict: Verdict | None,
                    has_context: bool, last: LastTurn | None = None,
                    vocabulary: frozenset[str] = frozenset()) -> Evidence:
    """The evidence on `text`, whose retrieval answer and intent probabilities are already computed (`vocabulary`:
    the words of the guide's index, for what it never names)."""
    query = parse_calendar_query(text)
    asks = intents.asks_something(text)
    return Evidence(probabilities=probabilities, answered=answer.answered, confidence=answer.confidence,
                    calendar_query=query is not None, asks_when=asks_when(text),
                    outline=asks_for_outline(text),
                    human_phrase=intents.human_phrase(text),
                    hand_over=intents.hand_over_asked(text) or asks_a_person_to_help(text),
                    asks_date=asks_for_a_date(text, query), names_someone=intents.names_someone(text),
                    polite=intents.polite_only(text) or (intents.GREETING if greets_and_introduces(text) else None),
                    asks=asks, to_act=asks_to_act(text),
                    introduces=introduces_self(text),
                    has_context=has_context, words=word_count(text), bare_noun=intents.bare_noun(text),
                    off_topic_score=float((verdict.labels if verdict else {}).get("off_topic", 0.0)),
                    tutor_entry=answer.answered and is_tutor_entry(answer.passages[0].chunk.section_id),
                    on_last_topic=on_last_topic(answer, last),
                    goes_on=last is not None and not last.clarifying and continues(text),
                    other_service=bool(answer.passages)
                    and about_another_service(text, answer.passages[0].chunk.section_id,
                                              last.sections if last is not None else ()),
                    administration=bool(answer.passages) and not (last is not None and continues(text))
                    and (about_administration(text, answer.passages[0].chunk.section_id, answer.answered)
                         or (is_tutor_entry(answer.passages[0].chunk.section_id) and asks_administration(text))),
                    unnamed=not_in_guide(text, answer, vocabulary, concepts=not (last is not None and last.clarifying))
                    if vocabulary else "",  # (a reply to a clarifying question is read with its options)
                    charter_permission=answer.answered and bool(answer.citations)
                    and answer.citations[0].id.startswith("charter-") and asks_permission(text),
                    feeling_said=not intents.asks_something(_WHETHER.sub(" ", normalize_text(text)))
                    and detect_state(text) in FEELINGS,
                    quitting=detect_state(text) == DISCOURAGED and not intents.asks_something(normalize_text(text)),
                    page_on_others=answer.answered and bool(answer.citations)
                    and answer.citations[0].id in ON_LEARNERS_FEELINGS and detect_state(text) == DISCOURAGED)


SUBJECT_NAMED_WORDS = 60  # longer, a message is not "what is <name>?"

# Asking whether something is allowed ("est-ce permis", "j'ai le droit", "واش مسموح", "هل يجوز", "wach mosmo7")
_PERMISSION = re.compile(r"\b(?:permise?s?|autorise\w*|interdite?s?|le droit|peut[- ]on|on peut|je peux|ai-je le droit|"
                         r"mosmo7|masmou7|mamno3|momkin|n9der|nqder)\b|(?<!\w)(?:مسموح|ممنوع|يجوز|يحق|يمكنني|نقدر|"
                         r"ممكن|مسموحه|ممنوعه)(?!\w)")


def asks_permission(text: str) -> bool:
    """The message asks whether something is allowed (`_PERMISSION`)."""
    return bool(_PERMISSION.search(normalize_text(text)))


def not_in_guide(text: str, answer: Answer, vocabulary: frozenset[str], concepts: bool = True) -> str:
    """What the message names that the guide never does, unless the best section answers for any subject."""
    section = answer.passages[0].chunk.section_id if answer.passages else None
    if word_count(text) > SUBJECT_NAMED_WORDS:  # a long post signed "Fatima Zahra": a case told at length, whose
        return ""  # names are not its subject (it was dropped as « le guide ne traite pas de « Zahra » »)
    term = unnamed_subject(text, vocabulary)
    if term is not None and untreated_concept(text, vocabulary) == term and (not concepts
                                                                          or answer.confidence >= concept_sure(text)):
        return ""  # a setting, not the subject: "je prépare une séance de 3h sur la gestion de classe, comment…"
    if term is not None and another_platform(term):  # "Google Classroom à la place d'e-Takwine ?": not the
        return term  # registration steps, whatever page the platform's name drew (a newcomer)
    if term is None or answers_any_subject(section) or (answer.answered and quoted_by(text, answer.passages[0].chunk.text)):
        return ""  # (a concept the sure passage names: "carte mentale collective" in the closing of a session)
    return term
