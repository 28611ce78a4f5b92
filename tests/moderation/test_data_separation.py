"""No evaluation text is ever a training text (own sets, the blind sets, every trainer question set)."""
from __future__ import annotations

import json
from pathlib import Path

from moderation.text import normalize

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
TRAINING = [*(ROOT / "moderation" / "data").rglob("*.jsonl")]
EVALUATION = [DATA / "moderation" / name for name in ("heldout.jsonl", "darija_abuse.jsonl", "off_topic.jsonl")]
EVALUATION += [DATA / "moderation_blind" / "messages.jsonl"]
EVALUATION += [*(DATA / "questions").glob("*.jsonl"), DATA / "holdout" / "questions.jsonl"]
EVALUATION += [DATA / "blind" / "questions.jsonl", DATA / "blind" / "dialogues.jsonl"]
# later blind sets (blind2, ...) are checked as soon as they exist
EVALUATION += sorted({*DATA.glob("blind*/questions.jsonl"), *DATA.glob("blind*/dialogues.jsonl")} - set(EVALUATION))


def texts(path: Path) -> set[str]:
    """The normalized texts of a file (`text`, `question`, or every trainer turn of a dialogue), one-word
    replies ("oui", "ايه") aside: they cannot be kept apart and teach nothing about one item."""
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            found = [turn["user"] for turn in row["turns"]] if "turns" in row else [row.get("text") or row.get("question") or ""]
            out |= {normalize(text) for text in found if len(text.split()) > 1}
    return out


def test_no_evaluation_text_is_in_the_training_data() -> None:
    trained = set().union(*(texts(p) for p in TRAINING))
    assert len(trained) > 1500
    for path in EVALUATION:
        assert path.exists(), path
        assert not texts(path) & trained, path.name


def test_the_blind_question_sets_are_read_whole() -> None:
    """A dialogue file yields its trainer turns, a question file its questions (not an empty string)."""
    for path in (DATA / "blind" / "questions.jsonl", DATA / "blind" / "dialogues.jsonl"):
        found = texts(path)
        assert len(found) > 40 and "" not in found, path
