"""A second, independent opinion on which section a question asks about: its spelling against the sections' keys.

Retrieval reads a question through one embedding, and a Darija or Arabizi question through its MSA rewrite
(`retrieval.darija`), where a misread word moves the vector. This reads the raw text instead: the character
2-4-grams of the question (TF-IDF, within word boundaries, so "ch7al", "chhal" and "ch7al" share most grams)
against the centroid of each section's question keys and titles, every language and script together. Its
probability for retrieval's first section, and whether it ranks that section first too, are two inputs of
the Tutor's answer gate (`bot/answer_gate.py`): when two readings that fail differently agree, the answer is
more likely right.

With the gate refitted on blind1-9, the whole Tutor on blind10-19 (read, not fitted on): Arabizi questions answered
right 0.820 → 0.850, Darija 0.850 → 0.860, French 0.936 → 0.948, MSA 0.950 → 0.956 (docs/retrieval-benchmarks.md).
A discriminative model (SGD over the same grams) read 1-2 points better for Darija and Arabizi but takes 3 s to
fit; the centroids take a fraction of a second.
Fitting is a TF-IDF pass and a mean per section (well under a second on the bundled guide), so it is redone
whenever the sections change and a tutor's new key counts at once.
"""
from __future__ import annotations

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


class KeyNgrams:
    """Section centroids of the keys' character n-grams. Example::

        ngrams = KeyNgrams.fit(sections)
        ngrams.reading("ch7al khass ntsenna l tuteur?", "tut-response-times").first
    """

    def __init__(self, vectorizer, centroids: np.ndarray, section_ids: Sequence[str]) -> None:
        self._vectorizer = vectorizer
        self._by_gram = np.ascontiguousarray(centroids.T, dtype=np.float32)  # grams × sections: a query's row
        self._index = {sid: i for i, sid in enumerate(section_ids)}

    @classmethod
    def fit(cls, sections: Sequence[Section]) -> KeyNgrams | None:
        """The model of these sections' keys and titles (None when fewer than two sections have any)."""
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.preprocessing import normalize

        texts, owners = [], []
        for section in sections:
            for text in (section.title, *section.questions):
                if text.strip():
                    texts.append(normalize_text(text))
                    owners.append(section.id)
        section_ids = sorted(set(owners))
        if len(section_ids) < 2:
            return None
        vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=NGRAMS, sublinear_tf=True)
        matrix = vectorizer.fit_transform(texts)
        number = {sid: i for i, sid in enumerate(section_ids)}
        row_of = np.array([number[o] for o in owners])
        centroids = np.vstack([np.asarray(matrix[row_of == i].mean(axis=0)).ravel() for i in range(len(section_ids))])
        return cls(vectorizer, normalize(centroids), section_ids)

    def probabilities(self, text: str) -> np.ndarray:
        """Per section (in `section_ids` order), how likely the spelling says the question is about it."""
        grams = self._vectorizer.transform([normalize_text(text)])
        cosines = self._by_gram[grams.indices].T @ grams.data  # the sections' rows of the query's grams only
        weights = np.exp(SHARPNESS * (cosines - cosines.max()))
        return weights / weights.sum()

    def reading(self, text: str, section_id: str) -> KeyNgramReading:
        """What the spelling of `text` says of `section_id` (probability 0 for a section without keys)."""
        i = self._index.get(section_id)
        if i is None or not text.strip():
            return KeyNgramReading(0.0, False)
        p = self.probabilities(text)
        heard = p.max() > p.min()  # no gram of the text in any key: every section alike, none ranked first
        return KeyNgramReading(float(p[i]), heard and int(np.argmax(p)) == i)
