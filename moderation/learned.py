"""The learned scorers together: n-gram model + e5 head, averaged, then calibrated per language family.

    text ──► n-gram model ─┐
         └─► e5 vector ──► head ─┴─► mean per class ──► shift in logit space for (class, family) ──► score

The shifts come from `models/calibration.json` (written by ``python -m moderation.train``): for each class
and language family ("fr", "ar" = Arabic script, "ary-Latn" = Arabizi, "mixed" = Arabic and Latin
letters together, as in "je pense abandonner, تعبت بزاف") the raw score chosen on
cross-validated training data is moved onto the policy's threshold, so one policy serves every language.
The family is read from the text itself, so the chat, the forum and `rafiq moderate` score alike.
Example::

    clf = LearnedClassifier(); clf.warm_up()
    clf.explain("ya 7mar skot").scores["toxic"]     # 0.9..
"""
from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass, field
from pathlib import Path

from moderation.embedding import HEAD_PATH, E5Vectors, EmbeddingHead
from moderation.model import MODEL_CLASSES, MODEL_PATH, NgramClassifier, model_text
from moderation.text import ARABIC_LETTER, LATIN_LETTER, guess_lang

log = logging.getLogger(__name__)
CALIBRATION_PATH = Path(__file__).resolve().parent / "models" / "calibration.json"
FAMILIES = ("fr", "ar", "ary-Latn", "mixed")
MIXED_SHARE = 0.2  # each script holds at least this share of the letters: code-switched text


def family_of(text: str) -> str:
    """"ar" (Arabic script), "ary-Latn" (Arabizi), "mixed" (both scripts) or "fr", from the text itself."""
    arabic, latin = len(ARABIC_LETTER.findall(text)), len(LATIN_LETTER.findall(text))
    if arabic and latin and min(arabic, latin) >= MIXED_SHARE * (arabic + latin):
        return "mixed"
    lang = guess_lang(text)
    return lang if lang in FAMILIES else "fr"


def _logit(p: float) -> float:
    p = min(1 - 1e-6, max(1e-6, p))
    return math.log(p / (1 - p))


def shifted(p: float, shift: float) -> float:
    """`p` moved by `shift` in logit space (a positive shift lowers the score)."""
    return 1.0 / (1.0 + math.exp(-(_logit(p) - shift)))


@dataclass(frozen=True)
class LearnedScores:
    """Calibrated scores per class, and what they came from (for the explanation of a decision)."""

    scores: dict[str, float]
    ngram: dict[str, float] = field(default_factory=dict)
    e5: dict[str, float] = field(default_factory=dict)
    family: str = "fr"


def load_calibration(path: Path = CALIBRATION_PATH) -> dict:
    """The calibration file, or {} (no shift) when it is missing or unreadable."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        log.warning("no moderation calibration at %s: raw model scores are used", path)
        return {}


class LearnedClassifier:
    """The default learned `Classifier`: see the module docstring."""

    def __init__(self, ngram: NgramClassifier | None = None, head_path: Path | None = HEAD_PATH,
                 calibration_path: Path | None = CALIBRATION_PATH, vectors: E5Vectors | None = None) -> None:
        self.ngram = ngram or NgramClassifier(MODEL_PATH)
        self._head_path = head_path
        self._calibration_path = calibration_path
        self._vectors = vectors or E5Vectors()
        self.head: EmbeddingHead | None = None
        self.calibration: dict = {}
        self._warm = False

    def warm_up(self) -> None:
        """Load the n-gram model, the e5 head and its embedder, and the calibration."""
        if self._warm:
            return
        self.ngram.warm_up()
        if self._head_path and Path(self._head_path).exists():
            head = EmbeddingHead.load(self._head_path)
            if head.embedder == self._vectors.name and self._vectors.available:
                self.head = head
        self.calibration = load_calibration(self._calibration_path) if self._calibration_path else {}
        self._warm = True

    @property
    def mode(self) -> str:
        """"ngram+e5" when the head runs, else "ngram"."""
        return "ngram+e5" if self.head is not None else "ngram"

    def classify(self, text: str) -> dict[str, float]:
        """Calibrated probabilities per class for one raw text."""
        return self.explain(text).scores

    def explain(self, text: str, normalized: str | None = None) -> LearnedScores:
        """Calibrated scores plus the raw scores of each model."""
        self.warm_up()
        normalized = model_text(text) if normalized is None else normalized
        ngram = self.ngram.classify_normalized([normalized])[0]
        e5: dict[str, float] = {}
        if self.head is not None:
            vector = self._vectors.embed(text)
            if vector is not None:
                e5 = self.head.scores(vector)
        family = family_of(text)
        shifts = self.calibration.get("shifts", {}).get(self.mode if e5 else "ngram", {})
        scores = {}
        for cls in MODEL_CLASSES:
            raw = (ngram[cls] + e5[cls]) / 2 if cls in e5 else ngram[cls]
            scores[cls] = round(shifted(raw, float(shifts.get(cls, {}).get(family, 0.0))), 4)
        return LearnedScores(scores, {k: round(v, 4) for k, v in ngram.items()},
                             {k: round(v, 4) for k, v in e5.items()}, family)
