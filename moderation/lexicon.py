"""Rule cues: keyword lexicons for toxic, spam and distress, scored by noisy-or over matched terms.

Example::

    >>> LexiconClassifier().classify("ya 7mar, sir t9awd")["toxic"] > 0.8
    True
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from moderation.lexicon_terms import LEXICONS
from moderation.text import ARABIC_LETTER, normalize


@dataclass(frozen=True)
class CueHit:
    """One lexicon cue found in a message: its class, cue name and weight (never the matched text)."""

    cls: str
    cue: str
    weight: float


def _term_pattern(term: str) -> str:
    norm = normalize(term)
    parts = [re.escape(p) for p in re.split(r"[ ']+", norm) if p]
    body = r"[\s']*".join(parts)
    if ARABIC_LETTER.search(norm):
        # Arabic clitics glue to the word: و ف ب ل (and, so, with, to) may precede it.
        return r"(?<!\w)(?:[وفبل])?" + body + r"(?!\w)"
    return r"(?<![\w])" + body + r"(?![\w])"


def noisy_or(weights: list[float]) -> float:
    """Combine independent cue probabilities: 1 - prod(1 - w)."""
    keep = 1.0
    for w in weights:
        keep *= 1.0 - max(0.0, min(1.0, w))
    return 1.0 - keep


class LexiconClassifier:
    """Scores toxic, spam and distress from the keyword lexicons in `lexicon_terms`.

    Example: ``LexiconClassifier().classify("bghit nmout")`` -> ``{"toxic": 0.0, "spam": 0.0,
    "distress": 0.9}``. Compiling the patterns happens on first use, not at import.
    """

    def __init__(self, lexicons: dict | None = None) -> None:
        self._lexicons = lexicons or LEXICONS

    @cached_property
    def _patterns(self) -> list[tuple[str, str, float, re.Pattern[str]]]:
        out = []
        for cls, cues in self._lexicons.items():
            for cue, weight, terms in cues:
                alternation = "|".join(sorted({_term_pattern(t) for t in terms}, key=len, reverse=True))
                out.append((cls, cue, weight, re.compile(alternation)))
        return out

    def hits(self, normalized: str) -> list[CueHit]:
        """The cues found in an already normalized text, one hit per matched term."""
        found = []
        for cls, cue, weight, pattern in self._patterns:
            for _ in pattern.finditer(normalized):
                found.append(CueHit(cls, cue, weight))
        return found

    def classify(self, text: str) -> dict[str, float]:
        """Scores per class in [0, 1] for a raw text."""
        return self.scores(self.hits(normalize(text)))

    def scores(self, hits: list[CueHit]) -> dict[str, float]:
        """Noisy-or of the hit weights per class."""
        return {cls: round(noisy_or([h.weight for h in hits if h.cls == cls]), 4) for cls in self._lexicons}
