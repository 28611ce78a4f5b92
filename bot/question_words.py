"""A question word alone as a first message ("chno?", "شنو؟", "quoi ?"): it asks nothing yet, and went to a tutor with
a reply "within about an hour" (a newcomer)."""
from __future__ import annotations

import re

from retrieval.normalize import normalize_text

_QUESTION_WORDS = frozenset("""chno chnou achno ach wach kifach kifash kifech 3lach 3lech fin fine imta fo9ach ch7al chhal
quoi comment pourquoi quand ou hein what how why شنو اشنو اش واش كيفاش علاش فين فاين امتى امتا فوقاش شحال ماذا كيف لماذا
متى اين""".split())


def bare_question_word(text: str) -> bool:
    """The message is a question word alone ("chno?", "شنو؟", "quoi ?"): it asks nothing yet (it went to a tutor)."""
    words = re.sub(r"[^\w\s]", " ", normalize_text(text)).split()
    return len(words) == 1 and words[0] in _QUESTION_WORDS
