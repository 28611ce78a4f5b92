"""Right after a reply, a message that only says it was not understood, or a question word alone, read before anything
else can take it for a question of its own or a choice:

    after an answer               "ما فهمتش مزيان، عاود شرح ليا" ─► the section explained again (`explained_again`)
    after a clarifying question   "ma fhmtch, 3awd chr7 b tari9a sahla" ─► the same options, said more simply
    after an aside that followed a clarifying question: "ma fhmtch" ─► what is unclear? (no option chosen)
    anywhere                      "chno", "quoi ?", "شنو؟" ─► what does she mean (the options again, right after them)

Read as messages of their own, the first jumped to another section (retrieval's sure answer), the second picked an
option by itself, "chno" answered option 1 of a clarifying question asked two turns before (a newcomer)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.conversation import LastTurn, follow_up
from bot.dialogue import clarify_decision
from bot.not_understood import explained_again, only_not_understood, understood_language
from bot.question_words import bare_question_word
from bot.texts import t
from bot.types import Button, Citation, Decision, Intent, Kind
from retrieval.normalize import normalize_text

if TYPE_CHECKING:
    from bot.tutor import Tutor

_FRENCH_WORDS = frozenset("quoi comment pourquoi quand hein".split())  # "quoi ?" after an Arabic reply: French


def unclear_reply(tutor: Tutor, text: str, lang: str, last: LastTurn | None) -> Decision | None:
    """The reply to "not understood" in a conversation, or to a question word alone (see the module); else None
    ("kifach?" after an answer asks for more of it)."""
    if bare_question_word(text) and (last is None or last.clarifying or follow_up(text) is None):
        words = re.findall(r"\w+", normalize_text(text))
        lang = "fr" if words and words[0] in _FRENCH_WORDS else lang
        if last is not None and last.clarifying and last.latest:
            return options_again(tutor, lang, last)
        return Decision(Kind.ANSWER, t("which_question", lang), lang, Intent.QUESTION)  # (not a detail for a ticket)
    if last is None or not only_not_understood(text):
        return None
    lang = understood_language(text, lang)
    if last.clarifying and not last.latest:  # a reply came between: what is unclear? (not "« ma fhmtch »: what about it?")
        return Decision(Kind.ANSWER, t("not_understood_what", lang), lang, Intent.FOLLOW_UP,
                        buttons=(Button(t("ask_tutor", lang), "tutor"),))
    return options_again(tutor, lang, last) if last.clarifying else explained_again(tutor, text, lang, last)


def options_again(tutor: Tutor, lang: str, last: LastTurn) -> Decision:
    """The options of the clarifying question just asked, offered again in simpler words (none chosen)."""
    titles = tutor.engine.index.titles
    options = tuple(Citation(s, titles.get((s, lang), s), lang) for s in last.sections)
    offered = clarify_decision(options, lang, Intent.FOLLOW_UP)
    listing = "\n".join(f"{n}. {c.title}" for n, c in enumerate(options, 1))
    return replace(offered, body=t("not_understood_options", lang, options=listing))
