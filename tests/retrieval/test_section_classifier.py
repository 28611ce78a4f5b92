"""The section classifier learned from the corpus's question keys and titles (retrieval.section_classifier)."""
from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from corpus.markdown import load_corpus
from corpus.section import Section
from retrieval.build import PendingIndex
from retrieval.chunking import chunk_sections
from retrieval.engine import RetrievalEngine
from retrieval.evaluate import read_questions
from retrieval.index import build_index, load_index
from retrieval.section_classifier import CLASSIFIER_FILE, SectionClassifier, as_query, examples_of
from retrieval.seed import SEED_DIR, VectorSeed
from retrieval.types import Passage

ROOT = Path(__file__).resolve().parents[2]


def _section(section_id: str, lang: str, title: str, questions: tuple[str, ...]) -> Section:
    return Section(id=section_id, lang=lang, title=title, text=f"{title}. Un paragraphe sur {title.lower()}.",
                   questions=questions)


def test_examples_are_each_versions_title_and_keys_once_darija_through_its_rewrite():
    sections = [_section("a", "fr", "Le forum", ("Comment poster ?", "Comment poster ?", "Où poster ?")),
                _section("a", "ar", "المنتدى", ("كيفاش نكتب فالمنتدى؟",))]
    examples = examples_of(chunk_sections(sections))
    assert [(e.section_id, e.lang) for e in examples] == [("a", "fr")] * 3 + [("a", "ar")] * 2
    texts = [e.text for e in examples]
    assert texts[:3] == ["Le forum", "Comment poster ?", "Où poster ?"]
    # a Darija key is learned as a Darija question is searched: through its MSA rewrite
    assert texts[4] == as_query("كيفاش نكتب فالمنتدى؟") and "كيف" in texts[4]


def test_two_sections_get_a_probability_each(fake_embedder):
    sections = [_section("login", "fr", "Se connecter", ("J'ai oublié mon mot de passe", "Impossible de me connecter")),
                _section("peer", "fr", "Évaluer entre pairs", ("Comment noter un camarade ?", "La grille des pairs"))]
    examples = examples_of(chunk_sections(sections))
    classifier = SectionClassifier.fit(examples, fake_embedder.embed_query([e.text for e in examples]))
    p = classifier.proba(fake_embedder.embed_query(["mot de passe oublié"])[0])
    assert p.shape == (2,) and abs(float(p.sum()) - 1.0) < 1e-6
    assert classifier.classes[int(np.argmax(p))] == "login"


def test_the_bundled_index_carries_a_classifier_that_survives_saving_and_loading(fake_embedder, tmp_path):
    sections = load_corpus(ROOT / "corpus")
    index = build_index(sections, fake_embedder, tmp_path / "index", seed=None)
    assert index.classifier is not None
    assert set(index.classifier.classes) == {s.id for s in sections}
    loaded = load_index(tmp_path / "index", fake_embedder.name)
    query = fake_embedder.embed_query([as_query("Comment déposer mon devoir sur la plateforme ?")])[0]
    assert loaded.classifier is not None
    assert np.allclose(loaded.classifier.proba(query), index.classifier.proba(query))
    assert abs(float(loaded.classifier.proba(query).sum()) - 1.0) < 1e-5


def test_an_index_folder_without_a_classifier_still_searches(fake_embedder, tmp_path):
    sections = load_corpus(ROOT / "corpus")
    build_index(sections, fake_embedder, tmp_path / "index", seed=None)
    (tmp_path / "index" / CLASSIFIER_FILE).unlink()
    engine = RetrievalEngine(fake_embedder, tmp_path / "index")
    engine.warm_up(sections)
    assert engine.index.classifier is None
    found = engine._searcher.search_with_features("Comment préparer une séance de formation ?", k=3)
    assert found and all(f["p_clf"] == 0.0 and f["rr_clf"] == 0.0 for _, f in found)


def test_search_reads_the_classifiers_probability_as_evidence(fake_mini_engine):
    found = fake_mini_engine._searcher.search_with_features(
        "Comment préparer une séance de formation ?", k=3)
    assert found[0][1]["p_clf"] > found[1][1]["p_clf"] >= 0.0
    assert 0.0 < found[0][1]["rr_clf"] <= 1.0


def test_a_section_added_later_is_known_to_the_classifier_at_once(fake_mini_engine, tmp_path):
    folder = tmp_path / "index"
    shutil.copytree(fake_mini_engine.index_dir, folder)
    engine = RetrievalEngine(fake_mini_engine.embedder, folder)
    engine.warm_up(fake_mini_engine._sections)
    before = len(engine.index.classifier.examples)
    new = Section(id="faq-parking", lang="fr", title="Stationnement au centre",
                  text="Le parking du centre est ouvert aux stagiaires de 8 h à 18 h.",
                  kind="faq", questions=("Où garer ma voiture au centre ?", "Le parking est-il ouvert le soir ?"))
    engine.add([new])
    classifier = engine.index.classifier
    assert "faq-parking" in classifier.classes
    assert len(classifier.examples) == before + 3  # its title and its two keys
    query = engine.embedder.embed_query([as_query("Où garer ma voiture au centre ?")])[0]
    assert classifier.classes[int(np.argmax(classifier.proba(query)))] == "faq-parking"
    # replacing the section drops its old examples instead of piling them up
    engine.add([replace(new, questions=("Y a-t-il un parking ?",))])
    assert sum(e.section_id == "faq-parking" for e in engine.index.classifier.examples) == 2
    # and the saved index reloads with the same classifier
    assert "faq-parking" in load_index(folder, engine.embedder.name).classifier.classes


def test_the_seed_stores_the_examples_query_vectors_so_a_seeded_build_embeds_nothing(fake_embedder, tmp_path):
    from retrieval.index import corpus_hash
    from retrieval.seed import write_seed

    sections = load_corpus(ROOT / "corpus")
    first = PendingIndex(sections, fake_embedder)
    first.embed()
    write_seed(tmp_path / "seed", fake_embedder, corpus_hash(sections), first.seed_texts, first.seed_vectors)
    again = PendingIndex(sections, fake_embedder, VectorSeed.load(tmp_path / "seed"))
    assert again.total == 0 and again.complete
    assert np.array_equal(again.example_vectors, first.example_vectors)
    assert again.seeded == len(first.chunks)


def test_a_seed_of_the_same_corpus_brings_its_fitted_classifier_so_nothing_is_fitted(fake_embedder, tmp_path,
                                                                                     monkeypatch):
    from retrieval.index import corpus_hash
    from retrieval.seed import write_seed

    sections = load_corpus(ROOT / "corpus")
    first = PendingIndex(sections, fake_embedder)
    first.embed()
    fitted = SectionClassifier.fit(first.examples, first.example_vectors)
    write_seed(tmp_path / "seed", fake_embedder, corpus_hash(sections), first.seed_texts, first.seed_vectors, fitted)

    def no_fit(*args, **kwargs):
        raise AssertionError("the shipped classifier should have been used")

    monkeypatch.setattr(SectionClassifier, "fit", no_fit)
    index = PendingIndex(sections, fake_embedder, VectorSeed.load(tmp_path / "seed")).finish()
    assert index.classifier.classes == fitted.classes and np.array_equal(index.classifier.coef, fitted.coef)
    # another corpus: the shipped classifier does not fit it, so it is fitted anew
    with pytest.raises(AssertionError, match="shipped classifier"):
        PendingIndex(sections[:-2], fake_embedder, VectorSeed.load(tmp_path / "seed")).finish()


@pytest.mark.slow
def test_the_shipped_seed_holds_the_classifier_fitted_on_the_bundled_corpus(real_embedder):
    pending = PendingIndex(load_corpus(ROOT / "corpus"), real_embedder, VectorSeed.load(SEED_DIR))
    assert pending.examples and pending.total == 0 and pending.classifier is not None
    refitted = SectionClassifier.fit(examples_of(pending.chunks), pending.example_vectors)
    assert refitted.classes == pending.classifier.classes
    assert np.allclose(refitted.coef, pending.classifier.coef, atol=1e-4)


@pytest.mark.slow
def test_the_classifier_puts_more_tuned_questions_first_than_search_without_it(full_engine, monkeypatch):
    """On the tuned set (where its weight was chosen) the first section is right more often with it."""
    import retrieval.search as search

    questions = [q for q in read_questions([ROOT / "tests" / "data" / "questions"]) if q.expected]

    def first_right() -> float:
        searcher = search.HybridSearcher(full_engine.index, full_engine.embedder, full_engine.calibration)
        return float(np.mean([(p := searcher.search(q.question, k=1)) and p[0].chunk.section_id in q.expected
                              for q in questions]))

    with_it = first_right()
    monkeypatch.setattr(search, "CLASSIFIER_WEIGHT", 0.0)
    without = first_right()
    assert with_it >= without + 0.03, (with_it, without)


def test_each_passage_keeps_its_score_before_the_classifiers_term(fake_mini_engine):
    """Absolute floors (the clarify floor) and display gaps read the score without the classifier's term,
    whose size moves with the number of sections; ranking reads the score with it."""
    from retrieval.search import CLASSIFIER_WEIGHT
    from retrieval.section_classifier import FLOOR

    found = fake_mini_engine._searcher.search_with_features("Comment préparer une séance de formation ?", k=3)
    for passage, features in found:
        expected = CLASSIFIER_WEIGHT * np.log(max(features["p_clf"], FLOOR))
        assert passage.score - passage.base == pytest.approx(expected, abs=1e-6)
    assert Passage(chunk=found[0][0].chunk, score=0.9, confidence=0.5).base == 0.9  # made without it
