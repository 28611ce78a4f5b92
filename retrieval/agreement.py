"""Evidence that a top section is the right one: margins between the top sections and agreement of rankers.

For each of the first sections of a search (in fused order), `candidate_features` gives a row of named
features (`FEATURES`), all of them computed over the search's candidate sections (those with text):

- `score`, `margin`, `lexical`, `key`: the features of the first confidence model: the fused score, its
  margin over the next section, the relative BM25 of its best text chunk, its question keys' score;
- `gap_best`: its score minus the best other candidate's (the margin for the first section, ≤ 0 below);
- `margin23`: the second section's score minus the third's (the same for every row of a query): a clear
  runner-up means two sections compete;
- `rr_dense`, `rr_bm25`, `rr_key`: 1 / its rank when the candidates are ranked by one ranker alone: the
  dense cosine of their text, the BM25 of their text (0 when BM25 finds none of the query's words in it),
  their question keys (0 for a section without keys);
- `rr_ar`, `rr_fr`: 1 / its rank by the text score of the Arabic, of the French version alone (0 when the
  section has no such version): do the two language versions agree?
- `rr_clf`, `p_clf`: 1 / its rank by the section classifier (`retrieval.section_classifier`), and the
  probability the classifier gives it (both 0 without a classifier);
- `v_darija`, `v_arabizi`, `v_fr`: the query's variety (`retrieval.language` code ary, ary-Latn, fr),
  MSA being the reference.
A ranker's rank is 1 + the number of candidates it scores strictly higher.
"""
from __future__ import annotations

from typing import NamedTuple

import numpy as np

CLASSIC = ("score", "margin", "lexical", "key")
RANKERS = ("rr_dense", "rr_bm25", "rr_key", "rr_ar", "rr_fr", "rr_clf")
VARIETIES = {"ary": "v_darija", "ary-Latn": "v_arabizi", "fr": "v_fr"}
FEATURES = CLASSIC + ("gap_best", "margin23") + RANKERS + ("p_clf",) + tuple(VARIETIES.values())
MISSING = -1e8  # below this a ranker has no score for the section


class RankerScores(NamedTuple):
    """Per section (indexed by section number): the score each single ranker gives it."""

    dense: np.ndarray  # best cosine (+ language gap) of its text chunks
    bm25: np.ndarray  # best relative BM25 of its text chunks; MISSING when it is 0
    key: np.ndarray  # its question keys' score; MISSING without keys
    ar: np.ndarray  # text score of its Arabic version; MISSING without one
    fr: np.ndarray  # text score of its French version; MISSING without one
    classifier: np.ndarray  # the section classifier's probability; MISSING without a classifier


def reciprocal_rank(values: np.ndarray, candidates: np.ndarray, section: int) -> float:
    """1 / rank of `section` among `candidates` by `values` (0 when it has no value)."""
    mine = values[section]
    if mine <= MISSING:
        return 0.0
    return 1.0 / (1 + int(np.sum(values[candidates] > mine)))


def candidate_features(order: np.ndarray, score: np.ndarray, key: np.ndarray, lexical: list[float],
                       rankers: RankerScores, code: str, k: int) -> list[dict[str, float]]:
    """The feature rows of the first `k` sections of `order` (candidates best first by `score`; `key`: the
    key score search fuses, imputed for a section without keys); `lexical[r]` is the relative BM25 of the
    best text chunk of the section ranked r."""
    top = [float(score[s]) for s in order[:3]]
    margin23 = top[1] - top[2] if len(top) > 2 else (top[1] - top[0] + 0.05 if len(top) > 1 else 0.05)
    variety = {name: 0.0 for name in VARIETIES.values()}
    if code in VARIETIES:
        variety[VARIETIES[code]] = 1.0
    rows = []
    for rank, s in enumerate(order[:k]):
        here = float(score[s])
        next_score = float(score[order[rank + 1]]) if rank + 1 < len(order) else here - 0.05
        best_other = top[1] if rank == 0 and len(top) > 1 else (here - 0.05 if rank == 0 else top[0])
        row = {"score": here, "margin": here - next_score, "lexical": float(lexical[rank]),
               "key": float(key[s]),
               "gap_best": here - best_other, "margin23": margin23}
        for name, values in zip(RANKERS, rankers):
            row[name] = reciprocal_rank(values, order, int(s))
        row["p_clf"] = max(0.0, float(rankers.classifier[s]))
        row.update(variety)
        rows.append(row)
    return rows
