"""The n-gram model: training on the fly, saving, loading, stale and corrupt files, the fast path."""
from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np
import pytest

from moderation.model import (MODEL_PATH, NgramClassifier, data_fingerprint, floor_normalize, load_model,
                              load_training_data, model_text, save_model, train_model)

TRAIN_DIR = Path(__file__).resolve().parents[2] / "moderation" / "data" / "train"


@pytest.fixture(scope="module")
def small_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of a slice of the bundled training data."""
    folder = tmp_path_factory.mktemp("train")
    records = load_training_data(TRAIN_DIR)
    by_label: dict[str, list[dict]] = {}
    for record in records:
        by_label.setdefault(record["label"], []).append(record)
    with (folder / "small.jsonl").open("w", encoding="utf-8") as handle:
        for label_records in by_label.values():
            for record in label_records[::3]:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return folder


def test_training_data_is_balanced_across_languages() -> None:
    records = load_training_data(TRAIN_DIR)
    for label in ("toxic", "spam", "distress", "none"):
        langs = {r["lang"] for r in records if r["label"] == label}
        assert {"fr", "ar", "ary", "ary-Latn"} <= langs, label
        assert sum(r["label"] == label for r in records) >= 200


def test_bundled_model_is_small_and_current() -> None:
    assert MODEL_PATH.exists(), "the bundled model is missing: run python -m moderation.train and commit it"
    assert MODEL_PATH.stat().st_size < 5 * 1024 * 1024
    assert load_model(MODEL_PATH).fingerprint == data_fingerprint(TRAIN_DIR)


def test_trains_on_the_fly_when_the_model_is_missing(small_data: Path, tmp_path: Path) -> None:
    classifier = NgramClassifier(path=tmp_path / "absent.npz", data_dir=small_data)
    assert classifier.classify("bghit nmout, mab9itch baghi n3ich")["distress"] > 0.5
    assert classifier.classify("Quelle est la date limite du devoir ?")["toxic"] < 0.5


def test_save_load_round_trip(small_data: Path, tmp_path: Path) -> None:
    model = train_model(load_training_data(small_data), fingerprint=data_fingerprint(small_data))
    path = save_model(model, tmp_path / "m.npz")
    loaded = load_model(path)
    texts = [model_text("ya 7mar skot"), model_text("merci pour la séance")]
    assert np.allclose(model.predict(texts), loaded.predict(texts))
    assert loaded.fingerprint == data_fingerprint(small_data)


def test_a_stale_model_is_kept_with_a_warning_and_a_corrupt_one_retrained(small_data: Path, tmp_path: Path,
                                                                            caplog: pytest.LogCaptureFixture) -> None:
    stale = train_model(load_training_data(small_data), fingerprint="old")
    path = save_model(stale, tmp_path / "stale.npz")
    with caplog.at_level(logging.WARNING, logger="moderation.model"):
        classifier = NgramClassifier(path=path, data_dir=small_data)
        classifier.warm_up()
    # kept: retraining here would lose the external data it was trained on (#16); the warning says what to run
    assert "stale" in caplog.text and "python -m moderation.train" in caplog.text
    assert classifier._model.fingerprint == "old"
    corrupt = tmp_path / "corrupt.npz"
    corrupt.write_bytes(b"not a model")
    classifier = NgramClassifier(path=corrupt, data_dir=small_data)
    assert 0.0 <= classifier.classify("salam")["spam"] <= 1.0


def test_fast_scoring_equals_scikit_learn(small_data: Path) -> None:
    model = train_model(load_training_data(small_data))
    texts = [model_text(r["text"]) for r in load_training_data(small_data)[:80]] + ["ok", "", "😀"]
    features = floor_normalize(model.vectorizer.transform(texts))
    expected = 1.0 / (1.0 + np.exp(-(np.asarray(features @ model.weights) + model.bias)))
    assert np.allclose(model.predict(texts), expected, atol=1e-5)


def test_very_short_texts_carry_little_weight(small_data: Path) -> None:
    model = train_model(load_training_data(small_data))
    probs = model.predict([model_text(t) for t in ("hmm", "ok", "vu", "nickel")])
    assert probs.max() < 0.5
