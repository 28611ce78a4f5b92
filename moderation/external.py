"""The openly licensed datasets moderation is trained and measured on, read where they lie (never copied).

- MLMA hate speech (Ousidhoum et al., EMNLP 2019; MIT): Arabic and French tweets; "normal" is clean,
  every other sentiment is toxic. A fixed, stratified half of each language (`MLMA_SEED`) is held out
  for evaluation; only the other half is ever trained on.
- ToxiFrench balanced benchmark (Delaval et al. 2025; MIT): French comments, evaluation only.
The folder is `../shared/data` next to the repository, or `$RAFIQ_SHARED_DATA` (a development path read
by the training and benchmark tools, not a service setting). Example::

    train, held_out = mlma_split(shared_data_dir(), "fr")   # lists of LabelledText
"""
from __future__ import annotations

import csv
import hashlib
import os
import random
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
MLMA_SEED = 16
MLMA_FILES = {"ar": "ar_dataset.csv", "fr": "fr_dataset.csv"}
TOXIFRENCH_FILE = "toxifrench_benchmark/ToxiFrenchBalanced.csv"


class LabelledText(NamedTuple):
    """One external example: its text, language ("ar" / "fr") and whether it is toxic."""

    text: str
    lang: str
    toxic: bool


def shared_data_dir() -> Path:
    """$RAFIQ_SHARED_DATA, else ../shared/data beside the repository (it may not exist)."""
    env = os.environ.get("RAFIQ_SHARED_DATA")
    return Path(env) if env else ROOT.parent / "shared" / "data"


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def mlma(data: Path, lang: str) -> list[LabelledText]:
    """Every MLMA row of one language, in file order."""
    path = Path(data) / "mlma_hate_speech" / MLMA_FILES[lang]
    return [LabelledText(r["tweet"], lang, r["sentiment"].strip() != "normal") for r in _rows(path)]


def mlma_split(data: Path, lang: str, seed: int = MLMA_SEED) -> tuple[list[LabelledText], list[LabelledText]]:
    """(training half, held-out half) of one language, stratified on the label, the same on every run."""
    rows = mlma(data, lang)
    rng = random.Random(seed)
    train: list[LabelledText] = []
    held: list[LabelledText] = []
    for toxic in (False, True):
        part = [r for r in rows if r.toxic is toxic]
        rng.shuffle(part)
        half = len(part) // 2
        held += part[:half]
        train += part[half:]
    return train, held


def toxifrench(data: Path) -> list[LabelledText]:
    """The ToxiFrench balanced benchmark (label 1 = toxic). Never trained on."""
    return [LabelledText(r["content"], "fr", r["label"].strip() == "1") for r in _rows(Path(data) / TOXIFRENCH_FILE)]


def available(data: Path) -> dict[str, bool]:
    """Which of the files are present."""
    data = Path(data)
    return {"mlma_ar": (data / "mlma_hate_speech" / MLMA_FILES["ar"]).exists(),
            "mlma_fr": (data / "mlma_hate_speech" / MLMA_FILES["fr"]).exists(),
            "toxifrench": (data / TOXIFRENCH_FILE).exists()}


def file_digest(path: Path) -> str:
    """A short sha256 of a file, recorded with the model so its sources can be checked."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]
