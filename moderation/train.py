"""Train the moderation models: ``python -m moderation.train [--shared DIR] [--cache FILE]``.

    own examples (moderation/data/train, weight 3) ─┬─► n-gram model   ──► models/ngram.npz
    MLMA training half (ar, fr; toxic or not) ──────┴─► e5 head         ──► models/e5_head.npz
    5-fold cross-validation of both ──► per class and language family, the score that best separates
    (F1; F0.5 for spam, F2 for distress) with at most 1% (toxic, distress) or 0.5% (spam) of own clean
    examples flagged ──► models/calibration.json
The MLMA held-out half and ToxiFrench are never read here. Without the shared folder the models are
trained on the own examples alone (and the report says so). Prints a JSON report.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import logging
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from moderation import external
from moderation.embedding import HEAD_PATH, E5Vectors, train_head
from moderation.learned import CALIBRATION_PATH, FAMILIES, _logit, family_of
from moderation.model import (DATA_DIR, MODEL_CLASSES, MODEL_PATH, data_fingerprint, load_training_data, model_text,
                              save_model, train_model)

OWN_WEIGHT = 3.0
ANCHORS = {"toxic": 0.5, "spam": 0.5, "distress": 0.4}  # the policy thresholds the calibrated scores aim at
BETA = {"toxic": 1.0, "spam": 0.5, "distress": 2.0}  # spam: precision first (#16); distress: recall first
MAX_CLEAN_FLAGGED = {"toxic": 0.01, "spam": 0.005, "distress": 0.01}  # share of own clean examples flagged
HEAD_C = 4.0


def build_records(data_dir: Path, shared: Path | None) -> tuple[list[dict], dict]:
    """Own examples (weighted) plus, when the shared folder has it, the MLMA training half."""
    records = [{**r, "weight": OWN_WEIGHT, "source": "own"} for r in load_training_data(data_dir)]
    sources: dict = {"own": {"path": str(data_dir.relative_to(external.ROOT)) if data_dir.is_relative_to(external.ROOT)
                             else str(data_dir), "examples": len(records), "fingerprint": data_fingerprint(data_dir)}}
    if shared is not None and all(external.available(shared)[k] for k in ("mlma_ar", "mlma_fr")):
        for lang in ("ar", "fr"):
            train, held = external.mlma_split(shared, lang)
            records += [{"text": r.text, "lang": lang, "label": "toxic" if r.toxic else "none", "weight": 1.0,
                         "source": f"mlma_{lang}"} for r in train]
            sources[f"mlma_{lang}"] = {
                "file": f"mlma_hate_speech/{external.MLMA_FILES[lang]}", "licence": "MIT",
                "sha256_16": external.file_digest(shared / "mlma_hate_speech" / external.MLMA_FILES[lang]),
                "trained_on": len(train), "held_out": len(held), "split_seed": external.MLMA_SEED,
                "toxic_trained_on": sum(r.toxic for r in train)}
    else:
        sources["mlma"] = {"missing": f"not found under {shared}: trained on the own examples only"}
    return records, sources


def embed_all(texts: list[str], vectors: E5Vectors, cache: Path | None) -> np.ndarray | None:
    """e5 vectors of every text (a cache file outside the repository saves re-embedding between runs)."""
    if not vectors.available:
        return None
    keys = [hashlib.sha1(t.encode("utf-8", "surrogatepass")).hexdigest() for t in texts]
    stored: dict[str, np.ndarray] = {}
    if cache and cache.exists():
        with np.load(cache) as data:
            stored = {k: data[k] for k in data.files}
    out = np.zeros((len(texts), 384), dtype=np.float32)
    for i, (key, text) in enumerate(zip(keys, texts)):
        if key not in stored:
            stored[key] = vectors.embed(text)
            if len(stored) % 500 == 0:
                print(f"embedded {len(stored)} texts", file=sys.stderr)
        out[i] = stored[key]
    if cache:
        np.savez(cache, **stored)
    return out


def _targets(records: list[dict]) -> dict[str, np.ndarray]:
    return {cls: np.array([r["label"] == cls for r in records], dtype=int) for cls in MODEL_CLASSES}


def cross_validate(records: list[dict], x: np.ndarray | None, folds: int = 5) -> dict[str, np.ndarray]:
    """Out-of-fold probabilities (n, classes) of the n-gram model and of the e5 head."""
    from sklearn.model_selection import StratifiedKFold

    labels = np.array([f"{r['label']}:{r['source']}" for r in records])
    weights = np.array([r["weight"] for r in records])
    out = {"ngram": np.zeros((len(records), len(MODEL_CLASSES)))}
    if x is not None:
        out["e5"] = np.zeros_like(out["ngram"])
    for train_idx, test_idx in StratifiedKFold(folds, shuffle=True, random_state=0).split(records, labels):
        part = [records[i] for i in train_idx]
        out["ngram"][test_idx] = train_model(part).predict([model_text(records[i]["text"]) for i in test_idx])
        if x is not None:
            head = train_head(x[train_idx], _targets(part), weights[train_idx], HEAD_C)
            out["e5"][test_idx] = head.predict(x[test_idx])
    return out


def _f_beta(truth: np.ndarray, predicted: np.ndarray, beta: float) -> float:
    tp = float((truth & predicted).sum())
    precision, recall = tp / max(1.0, predicted.sum()), tp / max(1.0, truth.sum())
    return (1 + beta**2) * precision * recall / max(1e-9, beta**2 * precision + recall)


def choose(records: list[dict], probs: np.ndarray) -> tuple[dict, dict]:
    """Per class and family: the threshold and the report of what it gives on the out-of-fold scores."""
    families = np.array([family_of(r["text"]) for r in records])
    own = np.array([r["source"] == "own" for r in records])
    thresholds: dict = {}
    report: dict = {}
    for j, cls in enumerate(MODEL_CLASSES):
        truth = np.array([r["label"] == cls for r in records])
        clean = own & np.array([r["label"] == "none" for r in records])
        for family in FAMILIES:
            mask = families == family
            if not (truth & mask).any():
                continue
            best = (-1.0, 0.5)
            for t in np.linspace(0.05, 0.95, 91):
                flagged = probs[:, j] >= t
                if (flagged & clean & mask).sum() > MAX_CLEAN_FLAGGED[cls] * max(1, (clean & mask).sum()):
                    continue
                best = max(best, (_f_beta(truth[mask], flagged[mask], BETA[cls]), float(t)))
            t = best[1]
            flagged = probs[:, j] >= t
            thresholds.setdefault(cls, {})[family] = round(t, 3)
            tp = int((truth & flagged & mask).sum())
            report.setdefault(cls, {})[family] = {
                "threshold": round(t, 3), "precision": round(tp / max(1, int((flagged & mask).sum())), 3),
                "recall": round(tp / max(1, int((truth & mask).sum())), 3),
                "own_clean_flagged": int((flagged & clean & mask).sum()), "own_clean": int((clean & mask).sum())}
    return thresholds, report


def calibration(records: list[dict], oof: dict[str, np.ndarray]) -> dict:
    """Thresholds and logit shifts for both modes ("ngram+e5" mean, and "ngram" alone)."""
    modes = {"ngram": oof["ngram"]}
    if "e5" in oof:
        modes["ngram+e5"] = (oof["ngram"] + oof["e5"]) / 2
    result: dict = {"anchors": ANCHORS, "thresholds": {}, "shifts": {}, "cv": {}}
    for mode, probs in modes.items():
        thresholds, report = choose(records, probs)
        result["thresholds"][mode] = thresholds
        result["cv"][mode] = report
        result["shifts"][mode] = {cls: {fam: round(_logit(t) - _logit(ANCHORS[cls]), 4) for fam, t in by.items()}
                                  for cls, by in thresholds.items()}
    return result


def main(argv: list[str] | None = None) -> int:
    """Train, calibrate, save and report."""
    parser = argparse.ArgumentParser(prog="python -m moderation.train", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA_DIR, help="folder of own training *.jsonl")
    parser.add_argument("--shared", type=Path, default=external.shared_data_dir(), help="the shared data folder")
    parser.add_argument("--cache", type=Path, help="an .npz file (outside the repository) caching e5 vectors")
    parser.add_argument("--out", type=Path, default=MODEL_PATH.parent, help="folder for the model files")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    records, sources = build_records(args.data, args.shared if args.shared.is_dir() else None)
    vectors = E5Vectors()
    x = embed_all([r["text"] for r in records], vectors, args.cache)
    oof = cross_validate(records, x)
    calib = calibration(records, oof)
    model = train_model(records, fingerprint=data_fingerprint(args.data))
    model_path = save_model(model, args.out / MODEL_PATH.name)
    if x is not None:
        head = train_head(x, _targets(records), np.array([r["weight"] for r in records]), HEAD_C)
        head.save(args.out / HEAD_PATH.name)
    calib.update({"trained_at": datetime.now(timezone.utc).isoformat(timespec="seconds"), "sources": sources,
                  "examples": len(records), "per_source": dict(Counter(r["source"] for r in records)),
                  "per_label": dict(Counter(r["label"] for r in records)), "own_weight": OWN_WEIGHT,
                  "fingerprint": model.fingerprint, "e5_head": x is not None})
    (args.out / CALIBRATION_PATH.name).write_text(json.dumps(calib, ensure_ascii=False, indent=1) + "\n",
                                                  encoding="utf-8")
    report = {"model": str(model_path), "bytes": model_path.stat().st_size, "features": int(model.weights.shape[0]),
              **{k: calib[k] for k in ("examples", "per_source", "per_label", "thresholds", "cv", "e5_head")}}
    json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
