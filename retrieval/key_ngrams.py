"""A second, independent opinion on which section a question asks about: its spelling against the sections' keys.

Retrieval reads a question through one embedding, and a Darija or Arabizi question through its MSA rewrite
(`retrieval.darija`), where a misread word moves the vector. This reads the raw text instead: the character
2-4-grams of the question (TF-IDF, within word boundaries, so "ch7al" and "ch7hal" share most of theirs)
against the centroid of each section's question keys and titles, every language and script together. Its
probability for retrieval's first section, and whether it ranks that section first too, are two inputs of
the Tutor's answer gate (`bot/answer_gate.py`): when two readings that fail differently agree, the answer is
more likely right.

With the gate refitted on blind1-9, the whole Tutor on blind10-19 (read, not fitted on): Arabizi questions answered
right 0.820 → 0.850, Darija 0.850 → 0.860, French 0.936 → 0.948, MSA 0.950 → 0.956 (docs/retrieval-benchmarks.md).
A discriminative model (SGD over the same grams) read 1-2 points better for Darija and Arabizi but takes 3 s to
fit. Fitting this one is a TF-IDF pass and a mean per section (0.9 s on the bundled guide), so it is redone
whenever the sections change and a tutor's new key counts at once.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from corpus.section import Section
from retrieval.normalize import normalize_text

NGRAMS = (2, 4)  # character n-gram lengths (2-5 and 1-5 read the same within noise)
SHARPNESS = 20.0  # softmax temperature over the cosines (10-40 read the same)


@dataclass(frozen=True)
class KeyNgramReading:
    """What the spelling says of one section for a question."""

    probability: float  # softmax over the sections of SHARPNESS × cosine to their keys' centroid
    first: bool  # the section is the one the spelling ranks first


def char_ngrams(text: str) -> list[str]:
    """The character 2-4-grams of each word padded with a space on both sides (a word shorter than n gives itself
    once), as scikit-learn's `char_wb` analyzer cuts them."""
    grams = []
    for word in text.split():
        padded = f" {word} "
        for n in range(NGRAMS[0], NGRAMS[1] + 1):
            grams.extend(padded[i:i + n] for i in range(max(1, len(padded) - n + 1)))
            if len(padded) <= n:
                break
    return grams


def _weights(grams: list[str], idf: dict[str, float]) -> dict[str, float]:
    """Sublinear TF × IDF of the known grams, L2-normalized."""
    weights = {g: (1.0 + math.log(c)) * idf[g] for g, c in Counter(grams).items() if g in idf}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {g: w / norm for g, w in weights.items()}


class KeyNgrams:
    """Section centroids of the keys' character n-grams (TF-IDF as scikit-learn's TfidfVectorizer with
    `analyzer="char_wb", sublinear_tf=True` computes it, written out so that serving imports no training
    library). Example::

        ngrams = KeyNgrams.fit(sections)
        ngrams.reading("ch7al khass ntsenna l tuteur?", "tut-response-times").first
    """

    def __init__(self, idf: dict[str, float], gram_rows: np.ndarray, section_ids: Sequence[str]) -> None:
        self._idf = idf
        self._row = {gram: i for i, gram in enumerate(idf)}
        self._by_gram = gram_rows  # grams × sections, float32: a query's grams pick their rows
        self._index = {sid: i for i, sid in enumerate(section_ids)}

    @classmethod
    def fit(cls, sections: Sequence[Section]) -> KeyNgrams | None:
        """The model of these sections' keys and titles (None when fewer than two sections have any)."""
        texts: list[tuple[str, list[str]]] = []
        for section in sections:
            for text in (section.title, *section.questions):
                if text.strip():
                    texts.append((section.id, char_ngrams(normalize_text(text))))
        section_ids = sorted({owner for owner, _ in texts})
        if len(section_ids) < 2:
            return None
        document_frequency = Counter(gram for _, grams in texts for gram in set(grams))
        n = len(texts)
        idf = {g: math.log((1 + n) / (1 + df)) + 1.0 for g, df in sorted(document_frequency.items())}
        row = {gram: i for i, gram in enumerate(idf)}
        column = {sid: i for i, sid in enumerate(section_ids)}
        rows, columns, values = [], [], []
        for owner, grams in texts:
            weights = _weights(grams, idf)
            rows.extend(row[g] for g in weights)
            columns.extend([column[owner]] * len(weights))
            values.extend(weights.values())
        sums = np.zeros((len(idf), len(section_ids)))
        np.add.at(sums, (np.array(rows), np.array(columns)), np.array(values))
        sizes = np.bincount([column[owner] for owner, _ in texts], minlength=len(section_ids))
        centroids = sums / sizes  # the mean of each section's vectors, then L2-normalized
        centroids /= np.maximum(np.linalg.norm(centroids, axis=0), 1e-12)
        return cls(idf, centroids.astype(np.float32), section_ids)

    def probabilities(self, text: str) -> np.ndarray:
        """Per section (in `section_ids` order), how likely the spelling says the question is about it."""
        weights = _weights(char_ngrams(normalize_text(text)), self._idf)
        if not weights:
            return np.full(len(self._index), 1.0 / len(self._index))
        rows = np.fromiter((self._row[g] for g in weights), dtype=np.int64, count=len(weights))
        cosines = self._by_gram[rows].T @ np.fromiter(weights.values(), dtype=np.float32, count=len(weights))
        exp = np.exp(SHARPNESS * (cosines - cosines.max()))
        return exp / exp.sum()

    def reading(self, text: str, section_id: str) -> KeyNgramReading:
        """What the spelling of `text` says of `section_id` (probability 0 for a section without keys)."""
        i = self._index.get(section_id)
        if i is None or not text.strip():
            return KeyNgramReading(0.0, False)
        p = self.probabilities(text)
        heard = p.max() > p.min()  # no gram of the text in any key: every section alike, none ranked first
        return KeyNgramReading(float(p[i]), heard and int(np.argmax(p)) == i)
