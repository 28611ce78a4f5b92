"""The learned part: character n-gram TF-IDF with one logistic-regression head per class.

One `TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5))` is shared by the heads `toxic`, `spam`
and `distress`; ``python -m moderation.train`` fits it on the hand-written examples in
`moderation/data/train/*.jsonl` plus the training half of MLMA (see `moderation/models/MODEL_CARD.md`).
Character n-grams cope with Arabizi spellings, Darija clitics and French without accents, where word
lists alone are weak. Example::

    clf = NgramClassifier()
    clf.warm_up()                      # loads models/ngram.npz, or trains in a few seconds
    clf.classify("ya 7mar skot")       # {"toxic": 0.9.., "spam": 0.0.., "distress": 0.0..}

The model file holds plain arrays (n-grams, idf, weights; no pickle): loading it needs neither
scikit-learn nor joblib, which cost 3-4 s of every `rafiq ask` when the fitted vectorizer was pickled.
"""
from __future__ import annotations

import hashlib
import json
import logging
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from corpus.errors import RafiqError
from moderation.ngrams import char_wb_ngrams
from moderation.text import normalize

log = logging.getLogger(__name__)

MODEL_CLASSES = ("toxic", "spam", "distress")
PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data" / "train"
MODEL_PATH = PACKAGE_DIR / "models" / "ngram.npz"
FORMAT_VERSION = 4
NGRAM_RANGE = (2, 5)
MAX_MODEL_CHARS = 4000
# TF-IDF rows are divided by max(norm, NORM_FLOOR) instead of their norm: a very short text ("ok",
# "non") carries little evidence, so its few n-grams must not weigh as much as a whole sentence.
# Typical training sentences have norms of 35-70, so the floor only touches very short texts.
NORM_FLOOR = 40.0


class ModelError(RafiqError, RuntimeError):
    """The model could neither be loaded nor trained (for example, no training data); names the file or class."""


def load_training_data(data_dir: Path = DATA_DIR) -> list[dict]:
    """All training records ({"text", "lang", "label"}) from the JSONL files of `data_dir`."""
    records = []
    for path in sorted(Path(data_dir).glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ModelError(f"{path.name}:{number}: {exc}") from exc
                records.append(record)
    return records


def data_fingerprint(data_dir: Path = DATA_DIR) -> str:
    """A short hash of the training files, stored with the model to notice stale models."""
    digest = hashlib.sha256()
    for path in sorted(Path(data_dir).glob("*.jsonl")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def model_text(text: str) -> str:
    """The normalized text the model sees: long texts keep their head and tail."""
    if len(text) > MAX_MODEL_CHARS:
        text = text[: MAX_MODEL_CHARS - 1000] + " " + text[-1000:]
    return normalize(text)


@dataclass
class NgramModel:
    """The fitted n-grams (vocabulary -> column, idf) with one weight column and bias per class.

    `vectorizer` is scikit-learn's fitted `TfidfVectorizer` right after training; a loaded model has
    None there (scoring needs only the vocabulary and idf)."""

    vocabulary: dict[str, int]
    idf: np.ndarray  # (n_features,), float32
    weights: np.ndarray  # (n_features, n_classes), float32
    bias: np.ndarray  # (n_classes,)
    classes: tuple[str, ...]
    fingerprint: str = ""
    norm_floor: float = NORM_FLOOR
    vectorizer: object | None = None

    def __post_init__(self) -> None:
        # scikit-learn's transform() costs ~1.7 ms a call in validation and sparse plumbing; the same
        # TF-IDF (sublinear tf, idf, floored l2) computed directly on the analyzer output costs ~0.1 ms.
        self._vocabulary = self.vocabulary
        self._idf = np.asarray(self.idf, dtype=np.float32)

    def _analyzer(self, text: str) -> list[str]:
        return char_wb_ngrams(text, NGRAM_RANGE)

    def logits(self, normalized: str) -> np.ndarray:
        """Raw scores (n_classes,) for one already normalized text."""
        counts: dict[int, int] = {}
        vocabulary = self._vocabulary
        for gram in self._analyzer(normalized):
            index = vocabulary.get(gram)
            if index is not None:
                counts[index] = counts.get(index, 0) + 1
        if not counts:
            return self.bias.copy()
        index = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        tf = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
        values = (1.0 + np.log(tf)) * self._idf[index]
        values /= max(float(np.sqrt(np.dot(values, values))), self.norm_floor)
        return values @ self.weights[index] + self.bias

    def predict(self, normalized: list[str]) -> np.ndarray:
        """Probabilities (n_texts, n_classes) for already normalized texts."""
        if not normalized:
            return np.zeros((0, len(self.classes)), dtype=np.float32)
        logits = np.stack([self.logits(text) for text in normalized])
        return 1.0 / (1.0 + np.exp(-logits))


def train_model(records: list[dict], c: float = 4.0, fingerprint: str = "",
                max_features: int = 120_000) -> NgramModel:
    """Fit the shared vectorizer and one logistic regression per class (a record's "weight" counts).

    No class re-weighting: the intercept keeps the prior, so a text with no known n-gram scores low.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    if not records:
        raise ModelError("no training data")
    texts = [model_text(r["text"]) for r in records]
    vectorizer = TfidfVectorizer(
        analyzer="char_wb", ngram_range=NGRAM_RANGE, min_df=2, sublinear_tf=True, lowercase=False,
        max_features=max_features, dtype=np.float32, norm=None,
    )
    matrix = floor_normalize(vectorizer.fit_transform(texts))
    vectorizer.stop_words_ = None  # only needed for introspection; it would bloat the file
    columns, biases = [], []
    weights = np.array([float(r.get("weight", 1.0)) for r in records])
    for cls in MODEL_CLASSES:
        target = np.array([1 if r.get("label") == cls else 0 for r in records])
        if target.sum() == 0:
            raise ModelError(f"no training example for {cls}")
        head = LogisticRegression(C=c, solver="liblinear", max_iter=1000, random_state=0)
        head.fit(matrix, target, sample_weight=weights)
        columns.append(head.coef_[0].astype(np.float32))
        biases.append(float(head.intercept_[0]))
    return NgramModel(dict(vectorizer.vocabulary_), np.asarray(vectorizer.idf_, dtype=np.float32),
                      np.stack(columns, axis=1), np.array(biases, dtype=np.float32), MODEL_CLASSES, fingerprint,
                      NORM_FLOOR, vectorizer)


def floor_normalize(matrix, floor: float = NORM_FLOOR):
    """Divide each row of a sparse TF-IDF matrix by max(its l2 norm, floor)."""
    from scipy.sparse import diags

    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    return diags(1.0 / np.maximum(norms, floor)) @ matrix


def save_model(model: NgramModel, path: Path = MODEL_PATH) -> Path:
    """Write the model as a compressed .npz of plain arrays (n-grams in column order) and return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    terms = sorted(model.vocabulary, key=model.vocabulary.__getitem__)
    if [model.vocabulary[t] for t in terms] != list(range(len(terms))):
        raise ModelError("the vocabulary's columns are not 0..n-1")
    with path.open("wb") as handle:  # a path without ".npz" is kept as given
        np.savez_compressed(handle, format=np.array(FORMAT_VERSION), ngram_range=np.array(NGRAM_RANGE),
                            terms=np.array(terms, dtype=str), idf=np.asarray(model.idf, dtype=np.float32),
                            weights=model.weights.astype(np.float32), bias=model.bias.astype(np.float32),
                            classes=np.array(model.classes), fingerprint=np.array(model.fingerprint),
                            norm_floor=np.array(model.norm_floor))
    return path


def load_model(path: Path = MODEL_PATH) -> NgramModel:
    """Read a model written by `save_model` (no pickle: `allow_pickle=False`)."""
    with np.load(path, allow_pickle=False) as data:
        if int(data["format"]) != FORMAT_VERSION or tuple(data["ngram_range"].tolist()) != NGRAM_RANGE:
            raise ModelError(f"unknown model format in {path}: run python -m moderation.train")
        terms = data["terms"].tolist()
        return NgramModel(dict(zip(terms, range(len(terms)))), data["idf"], data["weights"], data["bias"],
                          tuple(str(c) for c in data["classes"]), str(data["fingerprint"]),
                          float(data["norm_floor"]))


class NgramClassifier:
    """The `Classifier` backed by the n-gram model; loads lazily, trains on the fly when needed.

    Example: ``NgramClassifier().classify("bghit nmout")["distress"] > 0.5``.
    """

    def __init__(self, path: Path | None = MODEL_PATH, data_dir: Path = DATA_DIR) -> None:
        self._path = Path(path) if path else None
        self._data_dir = Path(data_dir)
        self._model: NgramModel | None = None
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        """Load the saved model (a stale one with a warning), or train one from the bundled data if missing."""
        if self._model is not None:
            return
        with self._lock:
            if self._model is None:
                self._model = self._load_or_train()

    def _load_or_train(self) -> NgramModel:
        fingerprint = data_fingerprint(self._data_dir)
        if self._path and self._path.exists():
            try:
                model = load_model(self._path)
                if model.fingerprint != fingerprint:  # still the best model there is: retraining here
                    # would lose the external data it was also trained on
                    log.warning("moderation model %s is stale (the training data changed since): "
                                "run python -m moderation.train", self._path)
                return model
            except Exception:  # a corrupt file or an incompatible scikit-learn: train instead
                log.warning("could not load moderation model %s: training on the bundled examples only "
                            "(run python -m moderation.train)", self._path, exc_info=True)
        else:
            log.warning("no moderation model at %s: training on the bundled examples in %s only",
                        self._path, self._data_dir)
        return train_model(load_training_data(self._data_dir), fingerprint=fingerprint)

    def classify(self, text: str) -> dict[str, float]:
        """Probabilities per class for one raw text."""
        return self.classify_normalized([model_text(text)])[0]

    def classify_normalized(self, normalized: list[str]) -> list[dict[str, float]]:
        """Probabilities per class for texts already passed through `model_text`."""
        self.warm_up()
        assert self._model is not None
        probs = self._model.predict(normalized)
        return [dict(zip(self._model.classes, map(float, row))) for row in probs]
