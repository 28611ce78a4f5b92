"""The MLMA split: stratified, disjoint, the same on every run (a file in MLMA's format, written here)."""
from __future__ import annotations

import csv
from pathlib import Path

from moderation import external


def write_mlma(folder: Path, lang: str, n: int) -> None:
    path = folder / "mlma_hate_speech" / external.MLMA_FILES[lang]
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["HITId", "tweet", "sentiment", "directness", "annotator_sentiment", "target", "group"])
        for i in range(n):
            writer.writerow([i, f"tweet {i}", "normal" if i % 4 == 0 else "offensive_hateful", "direct", "anger",
                             "origin", "other"])


def test_the_split_is_stratified_disjoint_and_fixed(tmp_path: Path) -> None:
    write_mlma(tmp_path, "fr", 200)
    train, held = external.mlma_split(tmp_path, "fr")
    assert len(train) + len(held) == 200 and not {r.text for r in train} & {r.text for r in held}
    assert sum(r.toxic for r in held) == 75 and sum(not r.toxic for r in held) == 25
    assert external.mlma_split(tmp_path, "fr") == (train, held)
    assert external.available(tmp_path) == {"mlma_ar": False, "mlma_fr": True, "toxifrench": False}
