"""Messages that ask the guide nothing, which the gap reports leave out whatever became of them.

A request for a person ("je veux parler à un tuteur", "بغيت نهضر مع شي واحد", "bghit nhder m3a chi tuteur"), a greeting
or thanks opens a ticket, or gets an unsure answer, yet says nothing of what the guide lacks: the coordinators' list
showed "je veux parler à un tuteur" as a topic of its own (a tester). The phrases are the Tutor's own
(`bot.roles.intents`). A request for a person that also tells the problem ("bghit nhder m3a chi tuteur, 3ndi mochkil
f upload dyal devoir") or asks how to talk with someone ("كيفاش نهضر مع متدرب محبط؟") stays: that part is a question.
"""
from __future__ import annotations

import re

from bot.roles.intents import hand_over_asked, human_phrase, polite_only, tutor_word_alone
from retrieval.normalize import normalize_text

REQUEST_WORDS = 10  # a request for a person in more words than this tells its problem too
_HOW = re.compile(r"(?<!\w)(?:comment|kifach|kifash|kifech|how|كيف|كيفاش|كيفما)(?!\w)")


def asks_the_guide_nothing(text: str) -> bool:
    """True for a greeting or thanks alone, or a short request to talk to a person (not "how do I talk with…")."""
    if polite_only(text) is not None:
        return True
    if not (human_phrase(text) or hand_over_asked(text) or tutor_word_alone(text)):
        return False
    said = normalize_text(text)
    return not _HOW.search(said) and len(re.sub(r"[^\w\s']", " ", said).split()) <= REQUEST_WORDS
