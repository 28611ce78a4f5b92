"""Fit the off-topic logistic (`moderation/models/topic.json`) on the project's own examples.

    on topic:  moderation/data/topic/on_topic.jsonl, data/train/commercial_questions.jsonl, mentions.jsonl
    off topic: moderation/data/train/off_topic.jsonl (also the "everyday" anchors: each is left out of
               its own features)
Features come from the real index (`rafiq index` first; RAFIQ_* settings say where it is): the nearest
guide passage and question key, the nearest course talk (anchors and calendar titles) and the mean of
the three nearest everyday examples, standardised. The cut-off is the one with the best cross-validated
F1 that flags at most 1% of the on-topic examples, moved onto an off_topic score of 0.85 (the policy's
off_topic threshold, and the Tutor's bar for the out-of-scope reply). Writes `moderation/models/topic.json`
and the anchors' vectors `moderation/models/topic_anchors.npz`.
The evaluation set (tests/data/moderation/off_topic.jsonl) and the blind set are never read here.
Run: ``python scripts/train_topic.py``.
"""
from __future__ import annotations

import json
import logging
import sys
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.app import build_engine  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.topic_scorer import course_topic_scorer, index_ready  # noqa: E402
from corpus.calendar import load_calendar  # noqa: E402
from corpus.markdown import load_corpus  # noqa: E402
from moderation.topic import ANCHOR_VECTORS, FEATURES, OFF_EXAMPLES, TOPIC_MODEL, read_texts, similarities  # noqa: E402

DATA = ROOT / "moderation" / "data"
ON = [DATA / "topic" / "on_topic.jsonl", DATA / "train" / "commercial_questions.jsonl",
      DATA / "train" / "mentions.jsonl"]
MAX_ON_FLAGGED = 0.01
C = 1.0
OFF_TOPIC_CUT = 0.85  # the off_topic score at the cut: the policy's off_topic threshold


def main() -> int:
    """Compute the features, fit, choose the cut-off, write the model and the anchors, print a report."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    logging.basicConfig(level=logging.WARNING)
    settings = Settings()
    engine = build_engine(settings)
    problem = index_ready(engine, settings.corpus_dir)
    if problem:
        print(f"{problem}: run `rafiq index` first", file=sys.stderr)
        return 2
    engine.warm_up(load_corpus(settings.corpus_dir))
    calendar_file = settings.corpus_dir / "calendar.yaml"
    scorer = course_topic_scorer(engine, load_calendar(calendar_file) if calendar_file.exists() else None)
    talk_texts, everyday_texts = scorer.anchor_texts()
    talk, everyday = scorer.embed_texts(talk_texts), scorer.embed_texts(everyday_texts)
    np.savez_compressed(ANCHOR_VECTORS, embedder=np.array(engine.embedder.name), texts=np.array(talk_texts + everyday_texts),
                        course_talk=talk.astype(np.float16), everyday=everyday.astype(np.float16))
    talk, everyday = talk.astype(np.float16).astype(np.float32), everyday.astype(np.float16).astype(np.float32)
    corpus = scorer._corpus()
    on_texts = [t for path in ON for t in read_texts(path)]
    rows = [(scorer._embed(t), -1, 0) for t in on_texts]
    rows += [(scorer._embed(t), i, 1) for i, t in enumerate(read_texts(OFF_EXAMPLES))]  # leave itself out
    x = np.array([[similarities(np.asarray(v, dtype=np.float32).ravel(), corpus, talk, everyday, skip)[f]
                   for f in FEATURES] for v, skip, _ in rows], dtype=float)
    y = np.array([label for _, _, label in rows])  # 1 = off topic
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    z = (x - mean) / scale
    model = LogisticRegression(C=C, max_iter=2000)
    oof = cross_val_predict(model, z, y, cv=StratifiedKFold(5, shuffle=True, random_state=0),
                            method="predict_proba")[:, 1]
    best = (-1.0, 0.5)
    for t in np.linspace(0.05, 0.95, 91):
        flagged = oof >= t
        if (flagged & (y == 0)).sum() > MAX_ON_FLAGGED * (y == 0).sum():
            continue
        tp = float((flagged & (y == 1)).sum())
        best = max(best, (2 * tp / max(1.0, flagged.sum() + (y == 1).sum()), float(t)))
    model.fit(z, y)
    cut = best[1]
    # relevance = 1 - P(off topic), moved so that P(off topic) = cut gives off_topic = OFF_TOPIC_CUT
    shift = float(np.log(cut / (1 - cut)) - np.log(OFF_TOPIC_CUT / (1 - OFF_TOPIC_CUT)))
    result = {"embedder": engine.embedder.name, "bias": round(-float(model.intercept_[0]) + shift, 4),
              "weights": {f: round(-float(w), 4) for f, w in zip(FEATURES, model.coef_[0])},
              "mean": {f: round(float(m), 5) for f, m in zip(FEATURES, mean)},
              "scale": {f: round(float(s), 5) for f, s in zip(FEATURES, scale)},
              "cv_f1": round(best[0], 3), "cut_off": round(cut, 3), "on_topic": int((y == 0).sum()),
              "off_topic": int((y == 1).sum()), "trained_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
              "sources": [str(p.relative_to(ROOT)) for p in ON + [OFF_EXAMPLES]]}
    TOPIC_MODEL.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
