"""Input checks before anything else: empty, huge, unreadable or symbol-only messages."""
from __future__ import annotations

import unicodedata

MAX_CHARS = 4000


def clean_text(raw: str | bytes) -> str:
    """Text from whatever arrived: bytes decoded leniently, NULs and control characters dropped."""
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", errors="replace")
    return "".join(ch for ch in raw if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs")).strip()


def problem_with(text: str) -> tuple[str, dict] | None:
    """The key of the text explaining what is wrong with the message (and its values), or None."""
    if not text.strip():
        return "empty", {}
    if len(text) > MAX_CHARS:
        return "too_long", {"n": len(text), "limit": MAX_CHARS}
    replaced = text.count("\ufffd")
    if replaced and replaced / max(1, len(text)) > 0.1:
        return "unreadable", {}
    if not any(unicodedata.category(ch).startswith("L") for ch in text):
        return "no_words", {}
    return None


# approval said with emoji alone (a thumbs up after an answer got "I only received symbols"): thanks; smiles
# and laughter alone say nothing yet (symbols)
_APPROVAL = frozenset("\U0001F44D\U0001F44C\U0001F64F\U00002764\U0001F4AF\U00002705\U0001F91D\U0001F44F\U0001F970\U0001F339\U0001F490")  # thumbs up, OK, folded hands, hearts, flowers (escaped: no icon drawn)


def approval_only(text: str) -> bool:
    """The message is only approving emoji (skin tones, variation selectors and spaces aside)."""
    marks = [ch for ch in text if not ch.isspace() and ch not in "\ufe0f\u200d" and not "\U0001f3fb" <= ch <= "\U0001f3ff"]
    return bool(marks) and all(ch in _APPROVAL for ch in marks)
