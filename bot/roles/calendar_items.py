"""Which calendar item a question names by its title ("le bilan final", "الواجب ديال السيناريو", "l'live
dyal techniques d'animation"), when it names no module number.

Title words are compared as stems (`retrieval.focus.text_tokens`, both languages of each title); a word
counts 1 / (the number of candidate items whose title holds it), so "grille" or "ختامية" points to one item
while "séance" or "حصة" points to none. The items with the best total are named when it reaches
`NAMED_AT_LEAST` (a word shared by at most two items)::

    named_items(calendar, "Date limite du bilan final ?", "assignment")   # [m6-a2]
"""
from __future__ import annotations

import re
from collections import Counter

from corpus.calendar import Calendar, Event
from retrieval.focus import text_tokens

NAMED_AT_LEAST = 0.5
# "the final date" names a deadline, not the final assignment: "ما هو الموعد النهائي لتسليم الواجب القادم؟" was
# answered with module 6's final review
_DEADLINE_PHRASE = re.compile(r"(?:ال)?(?:موعد|[اأإ]جل|تاريخ)\s+(?:ال)?نهائي[ةه]?|date\s+(?:limite\s+)?finale?|"
                              r"d[ée]lai\s+final|dernier\s+d[ée]lai", re.IGNORECASE)
KIND_ITEMS = {"assignment": "assignments", "live_session": "live_sessions", "module": "modules"}


def _title_words(calendar: Calendar, item: Event) -> frozenset[str]:
    return text_tokens(calendar.title(item, "ar")) | text_tokens(calendar.title(item, "fr"))


def named_items(calendar: Calendar, text: str, kind: str) -> list[Event]:
    """The items of `kind` ("assignment", "live_session", "module") whose titles `text` names best, in time
    order; [] when no title word of the message is distinctive enough."""
    words = {item: _title_words(calendar, item) for item in getattr(calendar, KIND_ITEMS[kind])}
    spread = Counter(word for title in words.values() for word in title)
    asked = text_tokens(_DEADLINE_PHRASE.sub(" ", text))
    scores = {item: sum(1.0 / spread[w] for w in asked & title) for item, title in words.items()}
    best = max(scores.values(), default=0.0)
    if best < NAMED_AT_LEAST:
        return []
    return sorted((item for item, score in scores.items() if score == best), key=lambda item: item.when)
