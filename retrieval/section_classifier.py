"""A section classifier learned from the corpus itself: which section does a question ask about?

Every section lists the questions it answers (front matter `questions:`, in MSA, Darija, Arabizi and
French) and has a title in each language. Nearest-neighbour search over those keys (what
`retrieval.search` does with them) asks "which single key is closest?"; a multinomial logistic regression
over the same keys, embedded the way a trainer's question is (query role, Darija and Arabizi through their
MSA rewrite), learns instead which directions of the embedding space separate one section from its
neighbours, from all of a section's keys at once. Search adds `CLASSIFIER_WEIGHT` × the log-probability it
gives each section to the fused score, and the confidence model reads the probability as one more piece
of evidence.

Measured on the tuned set (tests/data/questions, where C and the weight were chosen) and the held-out set
(tests/data/holdout, not used for any choice), first section right: 0.785 → 0.833 and 0.81 → 0.85.
Fitting takes about a second on the bundled corpus; the model is refitted whenever the index is built or
sections are added, so a new corpus or an approved question key counts at once. No evaluation question is
ever a training example: only the corpus's keys and titles are.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from retrieval.darija import query_variants
from retrieval.language import detect_language
from retrieval.query_openers import without_opener
from retrieval.types import Chunk

log = logging.getLogger(__name__)

CLASSIFIER_FILE = "section_classifier.npz"
C = 10.0  # inverse regularisation, chosen on the tuned set among 1, 10, 100
CLASSIFIER_WEIGHT = 0.02  # × log-probability added to the fused score (tuned set; 0.01-0.03 within 0.01)
FLOOR = 1e-6  # the smallest probability counted, so that log stays finite
SEED_ROLE = "\x00query\x00"  # prefix of a query-role text in the vector seed (passages carry none)


@dataclass(frozen=True)
class Example:
    """One training example: a key or title of one language version of a section, as a query is embedded."""

    section_id: str
    lang: str
    text: str  # the text embedded (the MSA rewrite of Darija and Arabizi)

    @property
    def seed_key(self) -> str:
        """The text under which the vector seed stores this example's query-role vector."""
        return SEED_ROLE + self.text


def as_query(text: str) -> str:
    """The text a question is embedded as (`HybridSearcher.embed`): the most MSA-like of its variants."""
    return query_variants(without_opener(text), detect_language(text).code)[-1]


def examples_of(chunks: Iterable[Chunk]) -> list[Example]:
    """The question keys of these chunks and the title of each section version, each once, in order."""
    found: dict[tuple[str, str, str], Example] = {}
    for chunk in chunks:
        title_key = (chunk.section_id, chunk.lang, "title:" + chunk.title)
        if title_key not in found:
            found[title_key] = Example(chunk.section_id, chunk.lang, as_query(chunk.title))
        if not chunk.is_text:
            found.setdefault((chunk.section_id, chunk.lang, chunk.text),
                             Example(chunk.section_id, chunk.lang, as_query(chunk.text)))
    return list(found.values())


class SectionClassifier:
    """Multinomial logistic regression from a query vector to a section id.

    Example: ``clf = SectionClassifier.fit(examples, vectors); clf.log_proba(query_vector)["eng-session-preparation"]``
    """

    def __init__(self, classes: Sequence[str], coef: np.ndarray, intercept: np.ndarray,
                 examples: Sequence[Example], vectors: np.ndarray) -> None:
        self.classes = list(classes)
        self.coef = np.asarray(coef, dtype=np.float32)
        self.intercept = np.asarray(intercept, dtype=np.float32)
        self.examples = list(examples)  # kept so that adding sections refits without embedding again
        self.vectors = np.asarray(vectors, dtype=np.float32)

    @classmethod
    def fit(cls, examples: Sequence[Example], vectors: np.ndarray) -> SectionClassifier | None:
        """Fit on these examples (None when fewer than two sections have any)."""
        labels = [e.section_id for e in examples]
        if len(set(labels)) < 2:
            return None
        from sklearn.linear_model import LogisticRegression

        model = LogisticRegression(C=C, max_iter=3000).fit(np.asarray(vectors, dtype=np.float64), labels)
        coef, intercept = model.coef_, model.intercept_
        if len(model.classes_) == 2:  # one row for the second class: softmax over (-z/2, z/2) is its sigmoid
            coef, intercept = np.vstack([-coef / 2, coef / 2]), np.concatenate([-intercept / 2, intercept / 2])
        return cls(list(model.classes_), coef, intercept, examples, vectors)

    def refit(self, drop: set[tuple[str, str]], examples: Sequence[Example],
              vectors: np.ndarray) -> SectionClassifier | None:
        """A classifier without the examples of the `drop` section versions and with the new ones."""
        kept = [i for i, e in enumerate(self.examples) if (e.section_id, e.lang) not in drop]
        all_vectors = np.vstack([self.vectors[kept], np.asarray(vectors, dtype=np.float32).reshape(-1, self.vectors.shape[1])])
        return SectionClassifier.fit([self.examples[i] for i in kept] + list(examples), all_vectors)

    def proba(self, vector: np.ndarray) -> np.ndarray:
        """Probabilities over `classes` for one query vector."""
        z = self.coef @ np.asarray(vector, dtype=np.float32).ravel() + self.intercept
        z = np.exp(z - z.max())
        return z / z.sum()

    def aligned(self, section_ids: Sequence[str]) -> np.ndarray:
        """For each of `section_ids`, its class number (-1 for a section the classifier does not know)."""
        position = {c: i for i, c in enumerate(self.classes)}
        return np.array([position.get(s, -1) for s in section_ids], dtype=np.int64)

    def save(self, folder: Path) -> None:
        """Write the model and its examples into an index folder."""
        np.savez(Path(folder) / CLASSIFIER_FILE, classes=np.array(self.classes), coef=self.coef,
                 intercept=self.intercept, vectors=self.vectors,
                 example_ids=np.array([e.section_id for e in self.examples]),
                 example_langs=np.array([e.lang for e in self.examples]),
                 example_texts=np.array([e.text for e in self.examples]))

    @classmethod
    def load(cls, folder: Path) -> SectionClassifier | None:
        """The classifier saved in an index folder, or None (an index without one searches without it)."""
        path = Path(folder) / CLASSIFIER_FILE
        if not path.exists():
            return None
        try:
            with np.load(path, allow_pickle=False) as data:
                examples = [Example(str(s), str(lang), str(t)) for s, lang, t in
                            zip(data["example_ids"], data["example_langs"], data["example_texts"])]
                return cls([str(c) for c in data["classes"]], data["coef"], data["intercept"], examples,
                           data["vectors"])
        except (OSError, ValueError, KeyError) as exc:
            log.warning("the section classifier in %s cannot be read (%s): searching without it", folder, exc)
            return None
