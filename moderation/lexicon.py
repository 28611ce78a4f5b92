"""Rule cues: keyword lexicons for spam and distress, scored by noisy-or over matched terms.

Insults are matched by `moderation.abuse` (spelling variants) instead. Example::

    >>> LexiconClassifier().classify("bghit nmout")["distress"] > 0.8
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


TOKEN_RE = re.compile(r"\w+")
_CLITICS = ("و", "ف", "ب", "ل")


def term_keys(term: str) -> list[tuple[str, ...]]:
    """The token sequences a term matches: as written and, in Arabic script, joined or with clitics."""
    tokens = tuple(TOKEN_RE.findall(normalize(term)))
    if not tokens:
        return []
    keys = {tokens}
    if ARABIC_LETTER.search(tokens[0]):
        keys.add(("".join(tokens),))  # "ما بقيتش" is also written "مابقيتش"
        keys |= {(clitic + tokens[0],) + tokens[1:] for clitic in _CLITICS}
    return sorted(keys)


def noisy_or(weights: list[float]) -> float:
    """Combine independent cue probabilities: 1 - prod(1 - w)."""
    keep = 1.0
    for w in weights:
        keep *= 1.0 - max(0.0, min(1.0, w))
    return 1.0 - keep


class LexiconClassifier:
    """Scores spam and distress from the keyword lexicons in `lexicon_terms`.

    Matching is on word tokens of the normalized text (a dict lookup per token and term length), so
    it costs little whatever the size of the lists. Example: ``LexiconClassifier().classify("bghit
    nmout")`` -> ``{"spam": 0.0, "distress": 0.9}``. The index is built on first use.
    """

    def __init__(self, lexicons: dict | None = None) -> None:
        self._lexicons = lexicons or LEXICONS

    @cached_property
    def _index(self) -> tuple[dict[tuple[str, ...], list[CueHit]], tuple[int, ...]]:
        index: dict[tuple[str, ...], list[CueHit]] = {}
        for cls, cues in self._lexicons.items():
            for cue, weight, terms in cues:
                hit = CueHit(cls, cue, weight)
                for term in terms:
                    for key in term_keys(term):
                        if hit not in index.setdefault(key, []):
                            index[key].append(hit)
        return index, tuple(sorted({len(k) for k in index}))

    def hits(self, normalized: str) -> list[CueHit]:
        """The cues found in an already normalized text, one hit per matched term occurrence."""
        index, lengths = self._index
        tokens = TOKEN_RE.findall(normalized)
        found = []
        for i in range(len(tokens)):
            for length in lengths:
                if i + length > len(tokens):
                    break
                entries = index.get(tuple(tokens[i:i + length]))
                if entries:
                    found.extend(entries)
        return found

    def classify(self, text: str) -> dict[str, float]:
        """Scores per class in [0, 1] for a raw text."""
        return self.scores(self.hits(normalize(text)))

    def scores(self, hits: list[CueHit]) -> dict[str, float]:
        """Noisy-or of the hit weights per class."""
        return {cls: round(noisy_or([h.weight for h in hits if h.cls == cls]), 4) for cls in self._lexicons}
