"""Whether a message in a conversation belongs to it at all.

Reading a message with the previous question carries an elliptical follow-up ("et si je la rate ?", "وكيف أطبق
هذا؟") to the topic under way; it also carried anything else there. A recipe, a joke or a question on Excel sent
after a question on micro-teaching was answered from micro-teaching, and "kifach/كيفاش" opening a question of its
own read it as "more of the last answer". On the dev sets' out-of-scope questions asked right after an in-scope
one, 23% got a guide answer (183 of 790), against 3-9% per variety asked alone.

A message is read as a first message, not with the conversation, when all of these hold:
- it asks for no example, no other language, no more of the same, and points back at nothing (`refers_back`);
- the guide does not place it alone (confidence below the engine's calibrated threshold) and its own words barely reach the
  conversation's sections (each at most REACHES);
- something says it is elsewhere: the intent model hears it as off topic (OFF_TOPIC_HEARD), moderation finds it
  far from the course (FAR_FROM_COURSE), or it is a whole question of its own (OWN_QUESTION_WORDS words or more,
  not opening as a continuation, or asking to define a term none of the conversation's sections has a word of).
  A short continuation (at most OWN_QUESTION_WORDS words, "وكم من الوقت يستغرق عادة؟") needs moderation to find it
  far from the course, or the intent model to be sure (OFF_TOPIC_SURE) and,
  below OFF_TOPIC_CERTAIN, the reading with the previous question not to be sure of the previous section.
On the dev sets (blind1-19 but blind20-21, blind22, dialogues_dev): out-of-scope questions answered right after an
in-scope one 183 → 58 of 790 (with "et"/"w"/"و" put before them, 277 → 128); dialogues ending as expected
755 → 750 of 891 (turns right 2099 → 2093 of 2430): a few elliptical follow-ups with no pronoun ("w ch7al
katakhd?", "ومع من نتاصل إيلا بقا؟") are now asked which section is meant.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.conversation import LastTurn, asks_for_example, continues, follow_up, more_with_a_question, word_count
from bot.dialogue import read_after_last
from bot.understanding import Route
from moderation.verdict import Verdict
from retrieval.focus import defined_term, question_tokens, text_tokens
from retrieval.normalize import normalize_text
from retrieval.types import Answer

if TYPE_CHECKING:
    from bot.tutor import Tutor

# The routes whose reply a conversation can change (a request for a person or the calendar is not read with it).
ELSEWHERE_ROUTES = (Route.GUIDE, Route.UNSURE, Route.FOLLOW_UP, Route.OFF_TOPIC)
REACHES = 0.05
OFF_TOPIC_HEARD = 0.2
OFF_TOPIC_SURE = 0.5
# A short continuation heard off topic below this stays in the conversation when, read with the previous question,
# the guide is sure of the previous section ("وكم من الوقت يستغرق عادة؟" after action research: 0.66 off topic);
# "وكم ثمن البيتزا؟" is heard at 0.99.
OFF_TOPIC_CERTAIN = 0.8
FAR_FROM_COURSE = 0.9
OWN_QUESTION_WORDS = 5


# Words that point back to what was just said ("je la construis comment ?", "ومتى أستعمله؟", "kifach nkhdem biha"):
# a pronoun on a verb or a preposition, a demonstrative standing alone ("هادشي", "cela"), not "هاد العام".
REFERS = re.compile(
    r"\b(?:ca|cela|celui|celle|ceux|celles|ce dernier|cette derniere|dedans|ledit|pareil)\b"
    r"|\b(?:je|j'|on|tu|il|elle|nous|vous|qui|ne|n')\s*(?:le|la|les|l'|lui|leur|y|en)\s*\w"
    r"|\b(?:dois|doit|doivent|peux|peut|faut|vais|va|veux)\s+(?:le|la|les|l'|lui|leur|y|en)\s*\w"
    r"|\b(?:quand|comment|ou|pourquoi|combien de fois)\s+(?:le|la|les|l')\s*\w"  # "c'est quoi et quand la faire ?"
    # not understanding what was just said ("je n'ai pas compris, plus simple stp", "ما فهمتش")
    r"|\b(?:pas compris|compris pas|plus simple(?:ment)?|simplifie\w*|ma ?fh?[ea]?mt?ch)\b"
    r"|ما فهمتش|مافهمتش|لم أفهم|لم افهم"
    r"|(?:^|\s)(?:و)?(?:خاصو|خاصها|خاصهم|خصو|خصها|خصهم)(?:\s|$|[؟?،,.!])|\b(?:khasso|khassou|khasha|khassha|khashom)\b"
    r"|(?:^|\s)(?:و|ف|ب|ل)?(?:هذا|هذه|هاد|هادي|هادا|هادشي|ذلك|تلك|هذي)(?:\s+(?!ال)|$|[؟?،,.!])"
    r"|(?:^|\s)(?:و)?(?:بيه|بيها|بيهم|فيه|فيها|فيهم|عليه|عليها|عليهم|منه|منها|منهم|به|بها|لها|له|ليه|ليها|ديالو|ديالها|ديالهم|معاه|معاها)(?:\s|$|[؟?،,.!])"
    r"|(?:^|\s)(?!ال)[اأنيت]\w{2,}(?:ه|ها|هم|هما)(?:\s|$|[؟?،,.!])"
    r"|\bn\w{3,}(?:ih|iha|ihom)\b"
    r"|\b(?:hadchi|hadi|hada|had chi|biha|bih|bihom|fiha|fih|fihom|3liha|3lih|3lihom|dyalha|dyalo|dyalu|dyalhom|m3ah|m3aha|liha|lih|minha|menha)\b")

# "and if…" opens a case of what was just said ("w ila b9a ma khdamch?", "وإلا ما وصلنيش؟", "et si elle refuse ?")
IF_SO = re.compile(r"^(?:w ?ila|w ?ida|wa ?ila|و ?(?:إلا|الا|اذا|إذا|ايلا|إيلا|لو)|(?:et|mais) si|et s'(?:il|ils))\b")


def _folded(text: str) -> str:
    """Lower case without accents, the Arabic letters kept as written (a normalized ta marbuta would read as a
    pronoun)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c)).strip()


def refers_back(text: str) -> bool:
    """True when the message points back to something said before it (see REFERS, IF_SO; `_folded`)."""
    folded = _folded(text)
    return bool(REFERS.search(folded) or IF_SO.search(folded))


# "Which of them?" opening a message ("laquelle convient le mieux à des stagiaires du CRMEF ?", "أيهما أنسب…؟"): a
# choice between what was just compared, not a question on the words after it (the CRMEF's page, 0.99)
_WHICH_OF_THEM = re.compile(r"^(?:et\s+|mais\s+|w\s+|o\s+)?(?:lequel|laquelle|lesquels|lesquelles|ايهما|ايهم|اي واحد|"
                            r"واي واحد|وايهما|اشمن واحد|شمن واحد|ina wa7ed|ina wa7da|achmen wa7ed|chmen wa7ed|"
                            r"chmen wa7da|achmen wa7da)(?!\s+d(?:es|e|u)\b)(?:\s|$|[؟?])")  # not "lequel des modules…"


def which_of_them(text: str) -> bool:
    """The message opens by asking which of the things just discussed (see _WHICH_OF_THEM)."""
    return bool(_WHICH_OF_THEM.match(normalize_text(text)))


def points_back(text: str) -> bool:
    """A short message (at most OWN_QUESTION_WORDS words) that points back to what was said (`refers_back`)."""
    return word_count(text) <= OWN_QUESTION_WORDS and refers_back(text)


def heard_elsewhere(tutor: Tutor, route: Route, answer: Answer, text: str, last: LastTurn,
                    verdict: Verdict | None) -> bool:
    """The message (retrieval's `answer` to it alone) does not belong to the conversation: it is read as a
    first message (see the module docstring)."""
    if route not in ELSEWHERE_ROUTES or last.clarifying:
        return False
    asked_more = follow_up(text) is not None and not more_with_a_question(text)  # "et en arabe ?", "zid"
    if asks_for_example(text) or asked_more or refers_back(text):  # "je la construis comment ?": the last answer
        return False
    if answer.confidence >= tutor.engine.threshold:  # a topic change the guide can place: read with the conversation
        return False
    if any(p.confidence > REACHES for p in answer.passages if p.chunk.section_id in last.sections):
        return False
    if (not continues(text) and word_count(text) >= OWN_QUESTION_WORDS) or defines_another_term(tutor, text, last):
        return True
    far = float((verdict.labels if verdict else {}).get("off_topic", 0.0)) >= FAR_FROM_COURSE
    heard = tutor.intent_probabilities(text, answer.query_vector).get("off_topic", 0.0)
    if continues(text) and word_count(text) <= OWN_QUESTION_WORDS and (
            heard < OFF_TOPIC_SURE or (heard < OFF_TOPIC_CERTAIN and _context_sure_of_last(tutor, text, last))):
        return far  # "وكم من الوقت يستغرق عادة؟": a short continuation, unless far from the course
    return far or heard >= OFF_TOPIC_HEARD


def defines_another_term(tutor: Tutor, text: str, last: LastTurn) -> bool:
    """A definitional question whose term has no word in the conversation's sections: a question of its own
    ("وما هو التعلم النشط؟" after the certificates' page was answered from it at 0.999, a newcomer)."""
    term = defined_term(text)
    asked = question_tokens(term) if term else set()
    if not asked:
        return False
    chunks = (c for c in tutor.engine.index.chunks if c.section_id in last.sections)
    return not any(asked & text_tokens(chunk.text) for chunk in chunks)


def _context_sure_of_last(tutor: Tutor, text: str, last: LastTurn) -> bool:
    """Read after the previous question, the message is surely about the previous section."""
    combined = read_after_last(tutor, text, last.lang, last)
    return combined.answered and bool(combined.citations) and combined.citations[0].id in last.sections


def kept_in_conversation(tutor: Tutor, route: Route, text: str, last: LastTurn, verdict: Verdict | None,
                         vector: Sequence[float] | None = None) -> bool:
    """A case of what was just said ("et si mon nom est mal écrit dessus ?" after the attestation), heard
    off topic without certainty (below OFF_TOPIC_CERTAIN), not far from the course, which read with the previous
    question is surely about the previous section: read in the conversation (it got the off-topic reply)."""
    if route != Route.OFF_TOPIC or last.clarifying or not IF_SO.search(_folded(text)):
        return False
    if float((verdict.labels if verdict else {}).get("off_topic", 0.0)) >= FAR_FROM_COURSE:
        return False
    heard = tutor.intent_probabilities(text, vector).get("off_topic", 0.0)
    return heard < OFF_TOPIC_CERTAIN and _context_sure_of_last(tutor, text, last)


def read_in_scope(tutor: Tutor, route: Route, answer: Answer, text: str, lang: str, last: LastTurn | None,
                  verdict: Verdict | None) -> tuple[LastTurn | None, Route, Answer]:
    """The conversation a message is read in and its route: none when it is heard elsewhere (`heard_elsewhere`, read
    as a first message); unsure, to be read in context, when it is kept in the conversation (`kept_in_conversation`)."""
    if last is None:
        return last, route, answer
    if heard_elsewhere(tutor, route, answer, text, last, verdict):  # a recipe, a joke
        return None, *tutor.understand(text, lang, verdict)
    if kept_in_conversation(tutor, route, text, last, verdict, answer.query_vector):
        return last, Route.UNSURE, answer
    return last, route, answer


def stands_alone(text: str, answer: Answer | None = None, last: LastTurn | None = None) -> bool:
    """A message in a conversation worded as a question of its own (OWN_QUESTION_WORDS words or more, neither a
    continuation nor pointing back) whose answer (`answer`, when given) is not from the conversation's sections
    (`last`): the answer gate, fitted on conversations' first questions, reads it as one ("Quelle est la meilleure
    voiture électrique en 2026 ?" after a question on feedback was answered from the institutions' page at 0.96, its
    "2026" matching the roadmap's years; asked first, it is off topic). "combien de critères au maximum ?" after
    the rubrics is the rubrics' however the gate reads it alone."""
    on_topic = bool(answer and answer.passages and last and answer.passages[0].chunk.section_id in last.sections)
    return word_count(text) >= OWN_QUESTION_WORDS and not continues(text) and not refers_back(text) and not on_topic


# A new question in the middle of a conversation ("kifach n7t devoir f la plateforme?" after the tutor's roles got the
# late-work page; "et le feedback par les pairs ça marche comment ?" after feedback got feedback again, a newcomer):
# a full question (a question word, OWN_MIN_WORDS words at least) whose own reading is sure (OWN_SURE) and ranks first,
# or ties with the first (OWN_TIE), a section that is not the previous one and whose title has a word of the message
# the previous section's title has not. Narrow on purpose: read alone, every message lost more than it gained.
OWN_MIN_WORDS = 5
OWN_SURE = 0.75
OWN_TIE = 0.02
_QUESTION = re.compile(r"\b(?:comment|kifach|kifash|kifech|pourquoi|quand|quel|quelle|quels|quelles|c quoi|qu'?est|chno"
                       r"|achno|3lach|imta|fin|wach)\b|(?<!\w)و?(?:كيف|كيفاش|شنو|اشنو|ماذا|لماذا|علاش|متي|فين|اين|هل|واش)"
                       r"(?!\w)")


def asked_on_its_own(tutor: Tutor, text: str, lang: str, last: LastTurn) -> str | None:
    """The section a new question in a conversation surely names of its own, not the previous one; else None."""
    from bot.option_words import title_words  # (option_words imports the conversation, as this module does)
    if last.clarifying or word_count(text) < OWN_MIN_WORDS or not _QUESTION.search(normalize_text(text)):
        return None
    own = tutor.engine.answer(text, lang, tutor.max_words)
    if not own.answered or own.confidence < OWN_SURE or not own.passages:
        return None
    titles = tutor.engine.index.titles

    def words(section: str) -> set[str]:
        return title_words(" ".join(titles.get((section, code), "") for code in ("fr", "ar")))
    asked, previous, top = title_words(text), words(last.sections[0]), own.passages[0].score
    return next((p.chunk.section_id for p in own.passages[:2] if p.score >= top - OWN_TIE
                 and p.chunk.section_id not in last.sections and (asked & words(p.chunk.section_id)) - previous), None)
