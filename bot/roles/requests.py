"""A message that asks Rafiq to act, or to act now: with a tutor named, a request for a person rather than a question on
the rules ("Pouvez-vous me mettre en contact avec mon tuteur maintenant ?" against "هل يمكنني طلب تمديد من مؤطر؟")."""
from __future__ import annotations

import re

from retrieval.normalize import normalize_text


_ACT = re.compile(r"\b(?:pouvez-vous|pourriez-vous|peux-tu|pourrais-tu|vous pouvez|tu peux|can you|could you|"
                  r"maintenant|tout de suite|immediatement|now|daba|db|direct)\b|"
                  r"(?<!\w)(?:يمكنك|هل يمكنك|تقدر ت|واش تقدر|ممكن ت|دابا|الان|حالا|فورا|دغيا)(?!\w)|\b(?:momkin|t9der) t")


def asks_to_act(text: str) -> bool:
    """The message asks Rafiq to do something, or asks for it now (see `_ACT`)."""
    return bool(_ACT.search(normalize_text(text or "")))
