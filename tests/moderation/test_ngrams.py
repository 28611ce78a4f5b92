"""The n-gram analyzer without scikit-learn gives scikit-learn's `char_wb` n-grams, and the bundled
moderation model loads as plain arrays (no pickle, no scikit-learn): #15, `rafiq ask` under 2 s."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from moderation.model import MODEL_PATH, NGRAM_RANGE, load_training_data, model_text
from moderation.ngrams import char_wb_ngrams

ROOT = Path(__file__).resolve().parents[2]
ODD = ["", " ", "ok", "a", "ab", "😀", "ya 7mar   skot\t\n!", "سلام  عليكم", "l'été\u00a0dernier", "x" * 9]


def test_the_analyzer_gives_scikit_learns_char_wb_ngrams() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    sklearn_analyzer = TfidfVectorizer(analyzer="char_wb", ngram_range=NGRAM_RANGE, lowercase=False).build_analyzer()
    texts = [model_text(r["text"]) for r in load_training_data()] + ODD
    assert [char_wb_ngrams(t, NGRAM_RANGE) for t in texts] == [sklearn_analyzer(t) for t in texts]


def test_the_bundled_model_is_plain_arrays() -> None:
    with np.load(MODEL_PATH, allow_pickle=False) as data:  # a pickled (joblib) model raises here
        assert len(data["terms"]) == len(data["idf"]) == data["weights"].shape[0]


@pytest.mark.slow
def test_moderation_and_intents_score_without_importing_scikit_learn() -> None:
    code = ("import sys; from moderation.model import NgramClassifier; from bot.roles.intent_model import IntentModel; "
            "assert NgramClassifier().classify('ya 7mar skot')['toxic'] > 0.5; "
            "m = IntentModel.load(); m.warm_up(); m._ngrams('salam'); "
            "print(sorted(n for n in sys.modules if n.split('.')[0] in ('sklearn', 'scipy', 'joblib')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
