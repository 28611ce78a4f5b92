"""An example asked for when the section's examples were all shown already: the one it gives, again, not "the guide
gives no example" (an answer quoting «احكوا عن تعليمة أساء متدربوكم فهمها», the weekly message to post on the forum,
was followed by that denial: a newcomer). A quoted example or a "par exemple / مثلا" sentence is
`retrieval.examples`'; a sentence or list item naming things "like" others ("مثل «حسن»", "tels que…") is the nearest
thing to one when the section has no other."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.shown_items import said_again
from bot.texts import t
from bot.types import Button, Decision, Intent, Kind
from retrieval.engine import NO_EXAMPLE
from retrieval.examples import example_excerpt
from retrieval.excerpt import cached_blocks
from retrieval.types import Answer

if TYPE_CHECKING:
    from bot.tutor import Tutor

_LIKE = re.compile(r"(?<!\w)(?:مثل|كمثل|من قبيل)(?!\w)|\b(?:tels? que|telles? que)\b")


def _like_sentence(body: str) -> str:
    """The section's first sentence or list item that names things "like" others, or ""."""
    for block in cached_blocks(body):
        for piece in [*block.sentences, *(item.text for item in block.items)]:
            if _LIKE.search(piece):
                return piece
    return ""


def example_given(tutor: Tutor, answer: Answer, section: str, question: str, request: str, lang: str,
                  shown: str) -> Decision | None:
    """When the section's `answer` to an example asked for is no example not shown yet (its examples were all shown,
    or it has none), the example it gives, shown already or not, said to be the guide's (and that a tutor can give
    others); None when it gave a new example, or the section gives none."""
    if answer.answered and answer.reason != NO_EXAMPLE and not said_again(answer.text, shown):
        return None
    again, body, body_lang = tutor.engine.section_text(section, question, lang, tutor.max_words)
    if not body or not again.citations:
        return None
    found = example_excerpt(request, "", body, body_lang, tutor.max_words, question) or _like_sentence(body)
    if not found:
        return None
    title = again.citations[0].title
    lead = t("example_given_again", lang, title=title) if said_again(found, shown) else t("not_understood_example", lang)
    return Decision(Kind.ANSWER, f"{lead}\n{found}\n\n{t('example_others_tutor', lang)}", lang, Intent.FOLLOW_UP,
                    confidence=again.confidence, citations=again.citations,
                    buttons=(Button(t("ask_tutor", lang), "tutor"),))
