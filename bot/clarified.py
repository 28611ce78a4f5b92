"""Replies to a clarifying question ("la grille ?" ─► "Vous cherchez : 1. … 2. …"): the trainer says in words
which section they meant, asks again vaguely, or asks something else.

    "celle pour observer une classe" ─► read with "la grille ?": the offered section both rank first
    "comment la récupérer ?"          ─► read with "l'attestation": the section both answer surely
    "et je l'applique comment ?"      ─► the same options again (of which one?), not a third time
    "non", "la, machi hadchi"         ─► none of them: rephrase, or ask a tutor
    "comment m'inscrire ?"            ─► a question of its own, read as usual
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.conversation import MORE, LastTurn, continues, names_another_topic, word_count
from bot.dialogue import (AGREE_SHARE, BARE_MAX_WORDS, follow_up_decision, names_its_own, read_after_last,
                          section_decision)
from bot.texts import t
from bot.types import Button, Decision, Intent, Kind
from bot.understanding import Route
from retrieval.normalize import normalize_text
from retrieval.types import Answer

if TYPE_CHECKING:
    from bot.tutor import Tutor

REASK_MAX_WORDS = 5  # a longer message after a clarifying question is read as a question of its own


def after_clarifying(tutor: Tutor, answer: Answer, text: str, lang: str, last: LastTurn,
                     route: Route) -> Decision | None:
    """A message the guide cannot place alone, right after a clarifying question: the offered section it names
    in words; a short continuation that names none ("وشنو نحط فيها؟", "et je l'applique comment ?") gets the
    same options again (of which section?); anything else is None (a message of its own, read as usual)."""
    continuation = (route == Route.FOLLOW_UP or continues(text)) and word_count(text) <= REASK_MAX_WORDS
    # a continuation names an offered section only when its own words rank it first fairly surely
    named = not continuation or answer.confidence >= AGREE_SHARE * tutor.engine.threshold
    chosen = option_named(answer, last) if named else None
    if chosen is not None:  # the trainer said in words which of the offered sections they meant
        found = section_decision(tutor, chosen, text, lang)
        if found is not None:
            return found
    elif continuation and not not_asked_again(text, last):
        return follow_up_decision(tutor, (MORE, None), text, lang, last)  # asks again which one is meant
    return None


def not_asked_again(text: str, last: LastTurn) -> bool:
    """The options are not offered again: they were offered twice already (a third time the trainer got the same
    question in Darija and in Arabizi, a newcomer), or the message names a topic of its own ("w l'entretien mn b3d
    l'observation?")."""
    return last.reasked or names_another_topic(text)


def vague_continuation(answer: Answer, text: str, last: LastTurn) -> bool:
    """A short continuation sent while a clarifying question waits ("et je l'applique comment ?") that the guide
    places alone, but neither in an offered section nor surely (`names_its_own`), or cannot place and does not
    rank an offered section among its first three: it is about the options, and says nothing of which."""
    if not continues(text) or word_count(text) > REASK_MAX_WORDS or not_asked_again(text, last):
        return False
    if answer.answered:
        return not names_its_own(answer, last)
    return not any(p.chunk.section_id in last.sections for p in answer.passages[:3])


def option_named(answer: Answer, last: LastTurn) -> str | None:
    """After a clarifying question, the offered section a reply in words ranks first ("je parlais de la grille
    pour observer un stagiaire"), or None: such a reply is not asked to choose again among the same options."""
    if not answer.passages:
        return None
    first = answer.passages[0].chunk.section_id
    return first if first in last.sections else None


def read_with_clarified(tutor: Tutor, answer: Answer, text: str, lang: str, last: LastTurn,
                        off_topic: bool = False) -> Decision | None:
    """A reply in words to a clarifying question about a bare topic, read with that topic ("la grille ?" then
    "celle pour observer une classe"; "l'attestation" then "comment la récupérer sur la plateforme"): the
    offered section the two rank first; else, when the reply alone is unsure, the section the two surely answer
    together. None when the reply alone ranks an offered section first (answered as usual), or surely names
    another one while restating the topic ("une grille pour noter les productions écrites": its own words
    decide), or after a longer question (a reply is then more often a question of its own); or when heard as off topic
    (`off_topic`), neither going on from the topic nor ranking an offered section among its own first three ("il fait
    beau à Rabat ?", "wach kayn chi ta3wid 3la tanqil?" after "la grille" got a grid's page, not the choice it is not)."""
    if word_count(last.question) > BARE_MAX_WORDS or not answer.passages:
        return None
    if off_topic and not continues(text) and not {p.chunk.section_id for p in answer.passages[:3]} & set(last.sections):
        return None
    if answer.passages[0].chunk.section_id in last.sections:
        return None
    if answer.answered and _restates(text, last.question):
        return None
    combined = read_after_last(tutor, text, lang, last)
    if not combined.passages:
        return None
    top = combined.passages[0].chunk.section_id
    if top in last.sections or (combined.answered and not answer.answered):
        return section_decision(tutor, top, text, lang)
    return None


_ARTICLE = re.compile(r"^(?:l'|d'|al|el|l|ال|بال|لل|وال|فال)(?=\w{3})")
STEM = 4  # letters compared: "grille" / "grilles", "الأدوار" / "أدوار" (after the article)


def _stems(text: str) -> set[str]:
    """The first STEM letters of each word of four letters or more, without its article."""
    words = (_ARTICLE.sub("", w) for w in re.findall(r"[\w']+", normalize_text(text)))
    return {w[:STEM] for w in words if len(w) >= STEM}


def _restates(text: str, topic: str) -> bool:
    """The reply repeats a word of the bare topic it answers ("une grille pour noter…" after "grille ?")."""
    return bool(_stems(text) & _stems(topic))


# "non", "لا", "la, machi hadchi", "ce n'est pas ça" while a clarifying question waits: none of the options (after
# "Parlez-vous de « l'identité professionnelle » ?", "la" got that page, a newcomer)
# "non aucun des deux", "ni l'un ni l'autre", "حتى واحد", "ولا واحد منهم", "hta wa7ed" (a newcomer got the same
# options again)
_NO_FIRST = frozenset("non no nan nope la lla laa لا ماشي machi mashi pas aucun aucune ni hta 7ta ta tta 7tta حتي ولا "
                      "تا".split())  # "ta wa7da" (not even one): the menu came back, then a ticket
_NO_WORDS = _NO_FIRST | frozenset("ca cela c est n ce hadchi hada hadi هادشي هادا هادي ليس هذا هذه كذلك merci شكرا "
                                  "chokran choukran du tout خالص des deux l un autre les trois wa7ed wahed wa7da "
                                  "mnhom menhom fihom واحد واحده منهم منها منهما فيهم ذاك هذاك "
                                  "وحده شي ماشي هادو هاذو".split())  # "حتى وحدة", "حتى شي وحدة ماشي هادي"


def declined_reply(text: str, lang: str, last: LastTurn) -> Decision | None:
    """The reply to a bare "no" to a clarifying question: none of the options, so rephrase or ask a tutor; else None."""
    words = re.sub(r"[^\w\s]", " ", normalize_text(text).replace("'", " ")).split()
    if not last.clarifying or not words or words[0] not in _NO_FIRST or not set(words) <= _NO_WORDS:
        return None
    return Decision(Kind.ANSWER, t("clarify_declined", lang), lang, Intent.FOLLOW_UP,
                    buttons=(Button(t("ask_tutor", lang), "tutor"),))
