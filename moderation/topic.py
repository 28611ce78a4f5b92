"""Off-topic from the distance to everything the course is about: the guide, the calendar and course talk.

    text ──► query vector ──┬─► nearest guide passage and nearest question key (the retrieval index)
                            ├─► nearest "course talk": calendar titles and `data/topic/anchors.jsonl`
                            │   (greetings, thanks, introductions, the platform, deadlines)
                            └─► the 3 nearest everyday off-topic examples (`data/train/off_topic.jsonl`)
                        ──► logistic over the four similarities (`models/topic.json`) ──► relevance in [0, 1]
Moderation never imports retrieval: the bot layer hands over `embed` (a text's query vector, the way the
index reads queries) and `corpus` (the index vectors, which rows are passage text, and their sections).
``python scripts/train_topic.py`` fits the logistic and ships the anchors' vectors; an anchor it did not
ship (another calendar's titles, an edited anchor, another embedder) is embedded once and kept in
`cache_dir` (the data folder), looked up by embedder and text, so a second start embeds nothing. Example::

    scorer = CourseTopicScorer(embed=query_vector, embed_many=embedder.embed_query, corpus=index_rows,
                               embedder_name=embedder.name, calendar_texts=["Module 3 ...", ...])
    scorer.explain("Vous avez une bonne recette de couscous ?")  # {"relevance": 0.02, "section": ..., ...}
"""
from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

import numpy as np

log = logging.getLogger(__name__)
PACKAGE_DIR = Path(__file__).resolve().parent
TOPIC_MODEL = PACKAGE_DIR / "models" / "topic.json"
ANCHOR_VECTORS = PACKAGE_DIR / "models" / "topic_anchors.npz"
ANCHORS = PACKAGE_DIR / "data" / "topic" / "anchors.jsonl"
OFF_EXAMPLES = PACKAGE_DIR / "data" / "train" / "off_topic.jsonl"
FEATURES = ("guide", "key", "course_talk", "everyday")
NEAREST_EVERYDAY = 3


class CorpusRows(NamedTuple):
    """The index as the scorer needs it: vectors (n, dim), which rows are passage text, their section ids."""

    vectors: np.ndarray
    is_text: np.ndarray
    sections: Sequence[str]


def read_texts(path: Path) -> list[str]:
    """The "text" of every line of a JSONL file."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def similarities(vector: np.ndarray, corpus: CorpusRows, course_talk: np.ndarray, everyday: np.ndarray,
                 skip_everyday: int = -1) -> dict[str, float | str]:
    """The four features of one query vector, and its nearest section (`skip_everyday`: leave-one-out)."""
    scores = corpus.vectors @ vector
    text_scores = np.where(corpus.is_text, scores, -1.0)
    key_scores = np.where(corpus.is_text, -1.0, scores)
    day = everyday @ vector if everyday.size else np.zeros(1)
    if 0 <= skip_everyday < len(day):
        day = np.delete(day, skip_everyday)
    best = int(np.argmax(scores)) if scores.size else -1
    return {"section": corpus.sections[best] if best >= 0 else "",
            "guide": round(float(text_scores.max()) if scores.size else 0.0, 4),
            "key": round(float(key_scores.max()) if scores.size else 0.0, 4),
            "course_talk": round(float((course_talk @ vector).max()) if course_talk.size else 0.0, 4),
            "everyday": round(float(np.sort(day)[-NEAREST_EVERYDAY:].mean()), 4)}


class CourseTopicScorer:
    """The `TopicScorer` of the service and of `rafiq moderate`; see the module docstring."""

    def __init__(self, embed: Callable[[str], np.ndarray], embed_many: Callable[[Sequence[str]], np.ndarray],
                 corpus: Callable[[], CorpusRows | None], embedder_name: str, calendar_texts: Sequence[str] = (),
                 model_path: Path = TOPIC_MODEL, anchors_path: Path = ANCHOR_VECTORS,
                 cache_dir: Path | None = None) -> None:
        self._embed = embed
        self._embed_many = embed_many
        self._corpus = corpus
        self.embedder_name = embedder_name
        self._calendar_texts = list(calendar_texts)
        self._model_path = model_path
        self._anchors_path = anchors_path
        self._cache_dir = Path(cache_dir) if cache_dir is not None else None
        self._model: dict | None = None
        self.disabled = ""  # why off-topic is not computed (a model fitted for another embedder)
        self.course_talk = np.zeros((0, 1), dtype=np.float32)
        self.everyday = np.zeros((0, 1), dtype=np.float32)
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        """Read the logistic and the anchors' vectors (embedded here when stored for another embedder)."""
        if self._model is not None:
            return
        with self._lock:
            if self._model is None:
                model = json.loads(Path(self._model_path).read_text(encoding="utf-8"))
                if model.get("embedder") != self.embedder_name:  # its weights mean nothing for other vectors
                    self.disabled = (f"the off-topic model was fitted for {model.get('embedder')}, not "
                                     f"{self.embedder_name}: run scripts/train_topic.py")
                    log.warning("off-topic is not computed: %s", self.disabled)
                else:
                    self.course_talk, self.everyday = self._anchor_vectors()
                self._model = model

    def _anchor_vectors(self) -> tuple[np.ndarray, np.ndarray]:
        talk, everyday = self.anchor_texts()
        known = stored_vectors(Path(self._anchors_path), self.embedder_name)
        cache = self.cache_file()
        if cache is not None:
            known.update(stored_vectors(cache, self.embedder_name))
        missing = [text for text in dict.fromkeys(talk + everyday) if text not in known]
        if missing:
            log.info("embedding %d topic anchors for %s", len(missing), self.embedder_name)
            known.update(zip(missing, self.embed_texts(missing)))
            if cache is not None:
                write_vectors(cache, self.embedder_name, {text: known[text] for text in talk + everyday})
        return self._stack(talk, known), self._stack(everyday, known)

    @staticmethod
    def _stack(texts: list[str], known: dict[str, np.ndarray]) -> np.ndarray:
        return np.stack([known[text] for text in texts]).astype(np.float32) if texts else np.zeros((0, 1), np.float32)

    def cache_file(self) -> Path | None:
        """Where this embedder's anchor vectors not shipped with the package are kept (None: nowhere)."""
        if self._cache_dir is None:
            return None
        return self._cache_dir / f"topic_anchors-{hashlib.sha256(self.embedder_name.encode()).hexdigest()[:16]}.npz"

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        """Query vectors of several texts."""
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        return np.asarray(self._embed_many(list(texts)), dtype=np.float32)

    def anchor_texts(self) -> tuple[list[str], list[str]]:
        """(course talk with the calendar titles, everyday off-topic examples), as they are embedded."""
        return read_texts(ANCHORS) + self._calendar_texts, read_texts(OFF_EXAMPLES)

    def features(self, text: str) -> dict[str, float | str] | None:
        """The four similarities of a text and its nearest section; None when the index is not loaded
        (or the model was fitted for another embedder)."""
        self.warm_up()
        corpus = None if self.disabled else self._corpus()
        if corpus is None:
            return None
        vector = np.asarray(self._embed(text), dtype=np.float32).ravel()
        return similarities(vector, corpus, self.course_talk, self.everyday)

    def relevance_of(self, features: dict) -> float:
        """The logistic over standardised features."""
        self.warm_up()
        model = self._model
        assert model is not None
        z = model["bias"] + sum(model["weights"][f] * (float(features[f]) - model["mean"][f]) / model["scale"][f]
                                for f in FEATURES)
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))

    def explain(self, text: str) -> dict:
        """{"relevance", "section" (the nearest), and the four similarities}; relevance 1.0 without an index."""
        found = self.features(text)
        if found is None:
            return {"relevance": 1.0, "section": "", "note": self.disabled or "no index loaded"}
        return {"relevance": round(self.relevance_of(found), 4), **found}

    def relevance(self, text: str) -> float:
        """1.0 for a text about the course, near 0 for a text far from all of it."""
        return float(self.explain(text)["relevance"])


def stored_vectors(path: Path, embedder_name: str) -> dict[str, np.ndarray]:
    """text -> vector from an anchors file written for `embedder_name` ({} if missing, unreadable or another's)."""
    try:
        with np.load(path, allow_pickle=False) as stored:
            if str(stored["embedder"]) != embedder_name:
                return {}
            vectors = np.concatenate([stored["course_talk"], stored["everyday"]]) if "course_talk" in stored \
                else stored["vectors"]
            return dict(zip((str(t) for t in stored["texts"]), vectors.astype(np.float32)))
    except (OSError, ValueError, KeyError):
        return {}


def write_vectors(path: Path, embedder_name: str, vectors: dict[str, np.ndarray]) -> None:
    """Keep anchor vectors for the next start (atomically; a failure only costs embedding them again)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        with partial.open("wb") as handle:
            np.savez(handle, embedder=np.array(embedder_name), texts=np.array(list(vectors), dtype=str),
                     vectors=np.stack(list(vectors.values())).astype(np.float32))
        os.replace(partial, path)
    except OSError:
        log.warning("could not keep the topic anchors' vectors in %s", path, exc_info=True)
