"""No evaluation text is ever a training text (own sets, the blind set, the trainer questions)."""
from __future__ import annotations

import json
from pathlib import Path

from moderation.text import normalize

ROOT = Path(__file__).resolve().parents[2]
TRAINING = [*(ROOT / "moderation" / "data").rglob("*.jsonl")]
EVALUATION = [ROOT / "tests" / "data" / "moderation" / name for name in ("heldout.jsonl", "darija_abuse.jsonl",
                                                                         "off_topic.jsonl")]
EVALUATION += [ROOT / "tests" / "data" / "moderation_blind" / "messages.jsonl"]
EVALUATION += [*(ROOT / "tests" / "data" / "questions").glob("*.jsonl"), ROOT / "tests" / "data" / "holdout" / "questions.jsonl"]


def texts(path: Path) -> set[str]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {normalize(r.get("text") or r.get("question") or "") for r in rows}


def test_no_evaluation_text_is_in_the_training_data() -> None:
    trained = set().union(*(texts(p) for p in TRAINING))
    assert len(trained) > 1500
    for path in EVALUATION:
        assert path.exists(), path
        assert not texts(path) & trained, path.name
