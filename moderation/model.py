"""The learned part: character n-gram TF-IDF with one logistic-regression head per class.

One `TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5))` is shared by the heads `toxic`, `spam`
and `distress`; ``python -m moderation.train`` fits it on the hand-written examples in
`moderation/data/train/*.jsonl` plus the training half of MLMA (see `moderation/models/MODEL_CARD.md`).
Character n-grams cope with Arabizi spellings, Darija clitics and French without accents, where word
lists alone are weak. Example::

    clf = NgramClassifier()
    clf.warm_up()                      # loads models/ngram.joblib, or trains in a few seconds
    clf.classify("ya 7mar skot")       # {"toxic": 0.9.., "spam": 0.0.., "distress": 0.0..}
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
from moderation.text import normalize

log = logging.getLogger(__name__)

MODEL_CLASSES = ("toxic", "spam", "distress")
PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data" / "train"
MODEL_PATH = PACKAGE_DIR / "models" / "ngram.joblib"
FORMAT_VERSION = 3
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
    """A fitted vectorizer with one weight column and bias per class."""

    vectorizer: object
    weights: np.ndarray  # (n_features, n_classes), float32
    bias: np.ndarray  # (n_classes,)
    classes: tuple[str, ...]
    fingerprint: str = ""
    norm_floor: float = NORM_FLOOR

    def __post_init__(self) -> None:
        # scikit-learn's transform() costs ~1.7 ms a call in validation and sparse plumbing; the same
        # TF-IDF (sublinear tf, idf, floored l2) computed directly on the analyzer output costs ~0.1 ms.
        self._analyzer = self.vectorizer.build_analyzer()
        self._vocabulary = self.vectorizer.vocabulary_
        self._idf = np.asarray(self.vectorizer.idf_, dtype=np.float32)

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
        analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True, lowercase=False,
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
    return NgramModel(vectorizer, np.stack(columns, axis=1), np.array(biases, dtype=np.float32),
                      MODEL_CLASSES, fingerprint, NORM_FLOOR)


def floor_normalize(matrix, floor: float = NORM_FLOOR):
    """Divide each row of a sparse TF-IDF matrix by max(its l2 norm, floor)."""
    from scipy.sparse import diags

    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    return diags(1.0 / np.maximum(norms, floor)) @ matrix


def save_model(model: NgramModel, path: Path = MODEL_PATH) -> Path:
    """Write the model with joblib (compressed) and return the path."""
    import joblib
    import sklearn

    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "format": FORMAT_VERSION, "sklearn": sklearn.__version__, "vectorizer": model.vectorizer,
        "weights": model.weights, "bias": model.bias, "classes": model.classes,
        "fingerprint": model.fingerprint, "norm_floor": model.norm_floor,
    }
    joblib.dump(payload, path, compress=3)
    return path


def load_model(path: Path = MODEL_PATH) -> NgramModel:
    """Read a model written by `save_model`."""
    import joblib

    payload = joblib.load(path)
    if payload.get("format") != FORMAT_VERSION:
        raise ModelError(f"unknown model format in {path}")
    return NgramModel(payload["vectorizer"], payload["weights"], payload["bias"],
                      tuple(payload["classes"]), payload.get("fingerprint", ""),
                      payload.get("norm_floor", NORM_FLOOR))


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
