"""The bundled models: trained on openly licensed data recorded in the repository, loaded without it."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from moderation.learned import CALIBRATION_PATH, LearnedClassifier

ROOT = Path(__file__).resolve().parents[2]
CARD = ROOT / "moderation" / "models" / "MODEL_CARD.md"


def test_the_calibration_records_its_sources_and_never_toxifrench() -> None:
    calibration = json.loads(CALIBRATION_PATH.read_text(encoding="utf-8"))
    sources = calibration["sources"]
    for lang in ("ar", "fr"):
        mlma = sources[f"mlma_{lang}"]
        assert mlma["licence"] == "MIT" and mlma["split_seed"] == 16
        assert abs(mlma["trained_on"] - mlma["held_out"]) <= 2  # a half is held out for evaluation
    assert "toxifrench" not in json.dumps(sources).lower()
    assert set(calibration["shifts"]["ngram+e5"]["toxic"]) == {"fr", "ar", "ary-Latn", "mixed"}


def test_the_model_card_cites_the_data_and_says_how_to_retrain() -> None:
    card = CARD.read_text(encoding="utf-8")
    for needed in ("Ousidhoum", "EMNLP 2019", "MIT", "python -m moderation.train", "held out", "ToxiFrench"):
        assert needed in card, needed


def test_a_clone_without_the_shared_data_loads_the_committed_model(tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    shutil.copytree(ROOT / "moderation", clone / "moderation", ignore=shutil.ignore_patterns("__pycache__"))
    code = ("import json; from moderation import Moderator; m = Moderator(); m.warm_up(); "
            "v = m.check('ya 7mar, skot', context='forum'); "
            "print(json.dumps([m._classifiers[0].mode, v.verdict]))")
    env = {**os.environ, "PYTHONPATH": str(clone), "RAFIQ_SHARED_DATA": str(tmp_path / "absent")}
    out = subprocess.run([sys.executable, "-c", code], cwd=clone, env=env, capture_output=True, text=True,
                         check=True)
    assert json.loads(out.stdout) == ["ngram+e5", "toxic"]
    assert "training" not in out.stderr  # loaded, not retrained


def test_scores_are_calibrated_per_language_family() -> None:
    classifier = LearnedClassifier()
    french, arabic, arabizi = (classifier.explain(t) for t in (
        "Espèce d'abruti, personne ne te lit", "يا غبي لا أحد يقرأ لك", "ya mkelakh 7ta wa7ed ma kayqra lik"))
    assert (french.family, arabic.family, arabizi.family) == ("fr", "ar", "ary-Latn")
    assert all(r.scores["toxic"] > 0.5 for r in (french, arabic, arabizi))
    assert french.e5 and french.ngram  # both models took part
