"""The moderation benchmark reads every trainer question set and says when the external data is missing."""
from __future__ import annotations

import json
from pathlib import Path

from bench.moderation import external_figures
from bench.moderation_sets import messages, question_sets_fp


def _write(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def test_every_blind_set_and_its_dialogues_are_read(tmp_path: Path) -> None:
    _write(tmp_path / "questions" / "a.jsonl", [{"id": "a1", "question": "Quand ferme le module 2 ?",
                                                  "lang": "fr", "expected": ["x"]}])
    _write(tmp_path / "holdout" / "questions.jsonl", [{"id": "h1", "question": "Il fait beau ?", "expected": []}])
    _write(tmp_path / "blind7" / "questions.jsonl", [{"id": "b1", "question": "bonjour", "expected": [],
                                                      "kind": "social"}])
    _write(tmp_path / "blind7" / "dialogues.jsonl", [{"id": "d1", "lang": "fr", "turns": [
        {"user": "et en arabe ?", "expect": {"kind": "same_topic_other_lang"}}]}])
    found = {(name, ident, in_scope) for name, ident, _, _, in_scope in messages(tmp_path)}
    assert found == {("questions", "a1", True), ("holdout", "h1", False), ("blind7", "b1", True),
                     ("blind7/dialogues", "d1.0", True)}


def test_false_positives_are_counted_per_set(tmp_path: Path, moderator) -> None:
    _write(tmp_path / "questions" / "a.jsonl", [{"id": "a1", "question": "ya 7mar sed fmek", "expected": ["x"]},
                                                {"id": "a2", "question": "Merci pour la séance", "expected": ["x"]}])
    figures = question_sets_fp(moderator, tmp_path)
    assert figures["sets"]["questions"]["n"] == 2 and figures["sets"]["questions"]["false_positives"] == 1
    assert [f["id"] for f in figures["flagged"]] == ["a1"] and not figures["all"]["below_2_percent"]


def test_missing_external_data_is_named(tmp_path: Path) -> None:
    figures = external_figures(None, tmp_path / "nowhere", None)
    assert figures["available"] is False and "no MLMA or ToxiFrench figures" in figures["reason"]
