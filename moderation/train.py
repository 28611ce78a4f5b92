"""Train the n-gram moderation model from the bundled data: ``python -m moderation.train``.

Writes `moderation/models/ngram.joblib` (about 1 MB) and prints JSON with the training set size and,
with ``--cv``, 5-fold cross-validated precision and recall per class at the default thresholds.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import Counter
from pathlib import Path

from moderation.model import (DATA_DIR, MODEL_CLASSES, MODEL_PATH, data_fingerprint, load_training_data,
                              model_text, save_model, train_model)


def cross_validate(records: list[dict], folds: int = 5, threshold: float = 0.5) -> dict:
    """Precision and recall per class of the model alone, by stratified k-fold."""
    import numpy as np
    from sklearn.model_selection import StratifiedKFold

    labels = np.array([r.get("label", "none") for r in records])
    probs = np.zeros((len(records), len(MODEL_CLASSES)))
    for train_idx, test_idx in StratifiedKFold(folds, shuffle=True, random_state=0).split(records, labels):
        model = train_model([records[i] for i in train_idx])
        probs[test_idx] = model.predict([model_text(records[i]["text"]) for i in test_idx])
    report = {}
    for j, cls in enumerate(MODEL_CLASSES):
        truth, pred = labels == cls, probs[:, j] >= threshold
        tp, fp, fn = int((truth & pred).sum()), int((~truth & pred).sum()), int((truth & ~pred).sum())
        report[cls] = {"precision": round(tp / max(1, tp + fp), 3), "recall": round(tp / max(1, tp + fn), 3)}
    return report


def main(argv: list[str] | None = None) -> int:
    """Train, save and report."""
    parser = argparse.ArgumentParser(prog="python -m moderation.train", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA_DIR, help="folder of training *.jsonl")
    parser.add_argument("--out", type=Path, default=MODEL_PATH, help="where to write the model")
    parser.add_argument("--cv", action="store_true", help="also report 5-fold cross-validation")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    records = load_training_data(args.data)
    model = train_model(records, fingerprint=data_fingerprint(args.data))
    path = save_model(model, args.out)
    report = {
        "model": str(path), "bytes": path.stat().st_size, "examples": len(records),
        "per_label": dict(Counter(r.get("label", "none") for r in records)),
        "per_lang": dict(Counter(r.get("lang", "?") for r in records)), "features": int(model.weights.shape[0]),
    }
    if args.cv:
        report["cv"] = cross_validate(records)
    json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
