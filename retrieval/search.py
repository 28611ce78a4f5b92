"""Hybrid search: dense (faiss) and lexical (BM25) scores fused per section, with a confidence.

A section is scored in three steps, vectorised over the rows of the candidate sections:
1. each text chunk: its cosine to the question (rows in the other language, text or question key,
   get `LANGUAGE_GAP` back) plus `lexical_weight` × its BM25 score relative to the best text chunk;
2. each language version keeps its best chunk; the section's text score is its best version plus a
   share (`CROSS_LINGUAL_SHARE`) of the other version, so matching both translations counts;
3. its question keys (front matter `questions`, in any language): the best cosine plus
   `QUESTION_LEXICAL_WEIGHT` × relative BM25 among question keys, mixed in with `QUESTION_WEIGHT`.
   A section without questions, or with questions only in the other language (a section written in one
   language), gets at least its text score + `QUESTION_GAP` there, so it is not outranked merely for having
   none in the asker's language;
4. the section classifier learned from all the keys and titles (`retrieval.section_classifier`) adds
   `CLASSIFIER_WEIGHT` × the log of the probability it gives the section.
Darija and Arabizi questions are embedded through their MSA rewrite (`retrieval.darija`), and BM25
reads the original and the rewrite. The passage returned for a section is its best text chunk; the
answer composer then picks the version in the asker's language when it exists.

Weights were chosen on tests/data/questions (251 questions) and measured on the held-out set
tests/data/holdout (120 questions written without seeing the corpus questions or the tuned set; no
weight was chosen on it).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from retrieval.agreement import MISSING, RankerScores, candidate_features
from retrieval.confidence import Calibration
from retrieval.darija import query_variants
from retrieval.embedders import Embedder
from retrieval.index import RetrievalIndex
from retrieval.language import detect_language
from retrieval.query_openers import without_opener
from retrieval.section_classifier import CLASSIFIER_WEIGHT, FLOOR
from retrieval.types import Passage

DENSE_CANDIDATES = 60
CROSS_LINGUAL_SHARE = 0.6
# e5-small scores a passage in the question's own language ~0.035-0.045 higher than its translation
# (measured on tests/data/questions: median gap 0.038 for Arabic questions, 0.042 for French ones);
# other-language rows (text or question key) get this back so a section missing in the asker's
# language can still win.
LANGUAGE_GAP = 0.035
QUESTION_WEIGHT = 0.4
QUESTION_LEXICAL_WEIGHT = 0.075
# Median, over sections and tuned questions, of (best question-key cosine − text score): 0.022.
QUESTION_GAP = 0.02
FAMILY = {"ar": "ar", "ary": "ar", "ary-Latn": "ar", "fr": "fr"}
_NONE = -1e9


@dataclass(frozen=True)
class EmbeddedQuery:
    """A question ready to search: its text variants (for BM25), language code and dense vector."""

    variants: list[str]
    code: str
    vectors: np.ndarray


class _Scores(NamedTuple):
    """Scores of one search: per candidate row, then per section (indexed by section number)."""

    text_fused: np.ndarray  # row: cosine (+ language gap) + lexical share; _NONE for question keys
    dense: np.ndarray  # row: cosine + language gap
    best_version: np.ndarray  # section: its best language version's text score; _NONE without text
    key: np.ndarray  # section: its question keys' score (imputed when it has none)
    classifier: np.ndarray  # section: the classifier's probability (0 without a classifier)
    section: np.ndarray  # section: the final score
    base: np.ndarray  # section: the final score before the section classifier's term (steps 1-3)
    rankers: RankerScores  # section: each single ranker's score (retrieval.agreement)


class _Layout:
    """Row-level arrays of an index, computed once: section, language and role of every chunk."""

    def __init__(self, index: RetrievalIndex, kinds: tuple[str, ...] | None) -> None:
        chunks = index.chunks
        self.section_ids = sorted({c.section_id for c in chunks})
        position = {sid: i for i, sid in enumerate(self.section_ids)}
        self.languages = sorted({c.lang for c in chunks})
        lang_no = {lang: i for i, lang in enumerate(self.languages)}
        self.row_section = np.array([position[c.section_id] for c in chunks], dtype=np.int64)
        self.row_lang = np.array([lang_no[c.lang] for c in chunks], dtype=np.int64)
        self.row_text = np.array([c.is_text for c in chunks], dtype=bool)
        allowed = np.array([not kinds or c.kind in kinds for c in chunks], dtype=bool)
        self.section_allowed = np.zeros(len(self.section_ids), dtype=bool)
        self.section_allowed[self.row_section[allowed]] = True
        order = np.argsort(self.row_section, kind="stable")
        bounds = np.searchsorted(self.row_section[order], np.arange(len(self.section_ids) + 1))
        self.rows_of = [order[bounds[i]:bounds[i + 1]] for i in range(len(self.section_ids))]

    def lang_no(self, lang: str | None) -> int:
        """The number of a language in `languages`, or -1."""
        return self.languages.index(lang) if lang in self.languages else -1


class HybridSearcher:
    """Ranks guide sections for a question.

    Example: ``HybridSearcher(index, embedder, calibration).search("ما هو التقويم التكويني؟", k=5)``
    """

    def __init__(self, index: RetrievalIndex, embedder: Embedder, calibration: Calibration,
                 kinds: tuple[str, ...] | None = None) -> None:
        self.index = index
        self.embedder = embedder
        self.calibration = calibration
        self.layout = _Layout(index, kinds)
        classifier = index.classifier
        self._classes = classifier.aligned(self.layout.section_ids) if classifier is not None else None

    def _section_probabilities(self, q: EmbeddedQuery) -> np.ndarray:
        """Per section, the section classifier's probability for the query (zeros without a classifier)."""
        if self._classes is None:  # set from the index's classifier, so there is one
            return np.zeros(len(self.layout.section_ids))
        p = self.index.classifier.proba(q.vectors[0])
        return np.where(self._classes >= 0, p[np.maximum(self._classes, 0)], 0.0)

    def embed(self, query: str) -> EmbeddedQuery:
        """The query's variants (without its opening "and": `retrieval.query_openers`), its language code and
        one vector: that of its most MSA-like variant.

        Embedding only the rewrite of a Darija or Arabizi question (not the original too) halves the
        embedding time and lost nothing on the tuned set (recall@3 0.912 against 0.912 for Arabic).
        """
        code = detect_language(query).code
        variants = query_variants(without_opener(query), code)  # "وكيف …" searched as "كيف …"
        return EmbeddedQuery(variants, code, self.embedder.embed_query(variants[-1:]))

    def _candidate_rows(self, qv: np.ndarray, lexical: np.ndarray) -> np.ndarray:
        """Every row of the sections that dense or lexical search puts near the top."""
        _, rows = self.index.dense.search(qv, DENSE_CANDIDATES)
        found = rows[rows >= 0].ravel()
        if lexical.size and lexical.max() > 0:
            n = min(DENSE_CANDIDATES, lexical.size - 1)
            top = np.argpartition(-lexical, n)[:n + 1] if n > 0 else np.arange(lexical.size)
            found = np.concatenate([found, top[lexical[top] > 0]])
        sections = np.unique(self.layout.row_section[found])
        sections = sections[self.layout.section_allowed[sections]]
        if not len(sections):
            return np.zeros(0, dtype=np.int64)
        return np.concatenate([self.layout.rows_of[s] for s in sections])

    def _score(self, q: EmbeddedQuery, rows: np.ndarray, lex: np.ndarray, weight: float) -> _Scores:
        """Score the candidate rows, then every section from its rows (steps 1-3 of the module doc)."""
        layout = self.layout
        cosine = (self.index.vectors[rows] @ q.vectors.T).max(axis=1)
        is_text = layout.row_text[rows]
        sections, langs = layout.row_section[rows], layout.row_lang[rows]
        family = layout.lang_no(FAMILY.get(q.code))
        dense = cosine + LANGUAGE_GAP * (langs != family) if family >= 0 else cosine
        text_fused = np.where(is_text, dense + weight * lex, _NONE)

        n_sections, n_langs = len(layout.section_ids), len(layout.languages)
        best_per_version = np.full(n_sections * n_langs, _NONE)
        np.maximum.at(best_per_version, sections * n_langs + langs, text_fused)
        ranked = -np.sort(-best_per_version.reshape(n_sections, n_langs), axis=1)
        first = ranked[:, 0]
        second = np.where(ranked[:, 1] > _NONE / 2, ranked[:, 1], first) if n_langs > 1 else first
        text_score = (first + CROSS_LINGUAL_SHARE * second) / (1 + CROSS_LINGUAL_SHARE)

        question_score = np.full(n_sections, _NONE)
        keys = ~is_text
        np.maximum.at(question_score, sections[keys], dense[keys] + QUESTION_LEXICAL_WEIGHT * lex[keys])
        probability = self._section_probabilities(q)
        rankers = self._rankers(rows, dense, lex, best_per_version.reshape(n_sections, n_langs), question_score,
                                probability)
        # a section whose keys are all in the other language (written in one language) is not outranked for
        # that: its keys' score is at least its text score + QUESTION_GAP, and the classifier, which learned
        # it from other-language examples only, never puts it below the best candidate's term
        own_family = np.ones(n_sections, dtype=bool)
        if family >= 0:
            own_family[:] = False
            own_family[sections[keys & (langs == family)]] = True
            question_score = np.where(own_family, question_score, np.maximum(question_score, text_score + QUESTION_GAP))
        question_score = np.where(question_score > _NONE / 2, question_score, text_score + QUESTION_GAP)
        base = (1 - QUESTION_WEIGHT) * text_score + QUESTION_WEIGHT * question_score
        score = base
        if self._classes is not None:
            term = CLASSIFIER_WEIGHT * np.log(np.maximum(probability, FLOOR))
            candidates = np.unique(sections)
            one_language = candidates[~own_family[candidates]]
            if len(one_language) and len(candidates) > len(one_language):
                term[one_language] = np.maximum(term[one_language], term[candidates].max())
            score = base + term
        return _Scores(text_fused, dense, first, question_score, probability, score, base, rankers)

    def _rankers(self, rows: np.ndarray, dense: np.ndarray, lex: np.ndarray, versions: np.ndarray,
                 keys: np.ndarray, probability: np.ndarray) -> RankerScores:
        """Per section, the score of each ranker alone: dense text, BM25 text, keys, Arabic and French text,
        the section classifier."""
        layout = self.layout
        text = layout.row_text[rows]
        sections = layout.row_section[rows][text]
        by_dense, by_bm25 = np.full(len(layout.section_ids), _NONE), np.full(len(layout.section_ids), _NONE)
        np.maximum.at(by_dense, sections, dense[text])
        np.maximum.at(by_bm25, sections, lex[text])
        by_bm25[by_bm25 <= 0] = _NONE  # BM25 found none of the query's words in its text: no vote
        missing = np.full(len(layout.section_ids), MISSING * 2)
        ar, fr = (versions[:, layout.lang_no(lang)] if lang in layout.languages else missing
                  for lang in ("ar", "fr"))
        by_classifier = np.where(probability > 0, probability, MISSING * 2)
        return RankerScores(by_dense, by_bm25, keys.copy(), ar, fr, by_classifier)

    def search(self, query: str, k: int = 5, lexical_weight: float | None = None,
               embedded: EmbeddedQuery | None = None) -> list[Passage]:
        """The best `k` sections (one passage each: their best text chunk), best first."""
        return [p for p, _ in self.search_with_features(query, k, lexical_weight, embedded)]

    def search_with_features(self, query: str, k: int = 5, lexical_weight: float | None = None,
                             embedded: EmbeddedQuery | None = None) -> list[tuple[Passage, dict[str, float]]]:
        """`search`, each passage with the features its confidence was computed from (retrieval.agreement),
        in fused order; with the calibration's `rerank`, its first sections then go by confidence."""
        if not query.strip() or not self.index.chunks:
            return []
        weight = self.calibration.lexical_weight if lexical_weight is None else lexical_weight
        q = embedded or self.embed(query)
        lexical = self.index.lexical_scores(" ".join(q.variants))
        rows = self._candidate_rows(q.vectors, lexical)
        if not len(rows):
            return []
        lex = lexical[rows]
        sections = self.layout.row_section[rows]
        scores = self._score(q, rows, lex, weight)
        score = scores.section
        candidates = np.unique(sections)
        candidates = candidates[scores.best_version[candidates] > _NONE / 2]  # sections with text to quote
        order = candidates[np.argsort(-score[candidates], kind="stable")]
        best_rows = [int(np.argmax(np.where(sections == s, scores.text_fused, _NONE))) for s in order[:k]]
        features = candidate_features(order, score, scores.key, [float(lex[i]) for i in best_rows],
                                      scores.rankers, q.code, k)
        found = []
        for s, i, f in zip(order[:k], best_rows, features):  # i: the section's best text chunk
            conf = self.calibration.confidence(f["score"], f["margin"], f["lexical"], f["key"], f)
            found.append((Passage(chunk=self.index.chunks[int(rows[i])], score=float(score[s]), confidence=conf,
                                  base_score=float(scores.base[s]),
                                  dense=float(scores.dense[i]), lexical=float(lex[i]), key=float(scores.key[s])), f))
        n = self.calibration.rerank
        if n > 1:
            found[:n] = sorted(found[:n], key=lambda pf: -pf[0].confidence)
        return found
