"""The confidence's features (retrieval.agreement) as documented, on a tiny index; the committed calibrations
are monotone in them; an older calibration file still loads and scores as before."""
from __future__ import annotations

import json
from dataclasses import asdict, replace

import numpy as np
import pytest

from corpus.section import Section
from retrieval.agreement import FEATURES, RANKERS, VARIETIES
from retrieval.confidence import load_calibrations
from retrieval.engine import RetrievalEngine
from retrieval.search import FAMILY, LANGUAGE_GAP, HybridSearcher

SECTIONS = [
    Section("peer", "fr", "L'évaluation par les pairs",
            "Les stagiaires évaluent le travail de leurs camarades avec une grille commune.",
            questions=("Comment organiser l'évaluation entre pairs ?",)),
    Section("peer", "ar", "التقويم بين الأقران", "يقوم المتدربون بتقويم أعمال زملائهم باستعمال شبكة مشتركة.",
            questions=("كيف ننظم التقويم بين الأقران؟",)),
    Section("login", "fr", "Se connecter à la plateforme",
            "Utilisez l'adresse électronique de l'inscription et votre mot de passe pour vous connecter.",
            questions=("J'ai oublié mon mot de passe", "Je n'arrive pas à me connecter")),
    Section("forum", "fr", "Le forum du cours", "Le forum accueille les questions des stagiaires sur le travail du module."),
    Section("forum", "ar", "منتدى الدورة", "يستقبل المنتدى أسئلة المتدربين حول أعمال الوحدة وتقويمها."),
]
QUESTIONS = ["Comment évaluer le travail des camarades ?", "كيف أقوم بتقويم أعمال الزملاء؟",
             "kifach n9yem lkhedma dyal s7abi?", "kifach nchouf lkhedma dyal s7abi?",
             "mot de passe oublié, comment me connecter ?"]


@pytest.fixture(scope="module")
def tiny(fake_embedder, tmp_path_factory) -> RetrievalEngine:
    engine = RetrievalEngine(fake_embedder, tmp_path_factory.mktemp("agreement") / "ix")
    engine.warm_up(SECTIONS)
    return engine


def _rank(values: dict[str, float], section: str) -> float:
    """1 / (1 + number of sections scored strictly higher), 0 when the section has no value."""
    if section not in values:
        return 0.0
    return 1.0 / (1 + sum(v > values[section] for v in values.values()))


def _by_ranker(engine: RetrievalEngine, searcher: HybridSearcher, question: str) -> dict[str, dict[str, float]]:
    """Each ranker's score per section, recomputed from the index as the module docstring says."""
    q = searcher.embed(question)
    cosine = engine.index.vectors @ q.vectors[0]
    lexical = engine.index.lexical_scores(" ".join(q.variants))
    weight = engine.calibration.lexical_weight
    out: dict[str, dict[str, float]] = {"rr_dense": {}, "rr_bm25": {}, "rr_key": {}, "rr_ar": {}, "rr_fr": {}}
    classifier = engine.index.classifier  # the section classifier's probability of each section
    out["rr_clf"] = dict(zip(classifier.classes, map(float, classifier.proba(q.vectors[0]))))
    for row, chunk in enumerate(engine.index.chunks):
        dense = cosine[row] + (LANGUAGE_GAP if chunk.lang != FAMILY.get(q.code) else 0.0)
        sid = chunk.section_id
        if chunk.is_text:
            for name, value in (("rr_dense", dense), ("rr_bm25", lexical[row]),
                                (f"rr_{chunk.lang}", dense + weight * lexical[row])):
                if name != "rr_bm25" or value > 0:  # BM25 votes only for the sections it finds words in
                    out[name][sid] = max(out[name].get(sid, -9.0), value)
        else:
            out["rr_key"][sid] = max(out["rr_key"].get(sid, -9.0), dense + 0.075 * lexical[row])
    return out


@pytest.mark.parametrize("question", QUESTIONS)
def test_each_ranker_and_each_language_version_rank_the_sections_as_documented(tiny, question):
    searcher = HybridSearcher(tiny.index, tiny.embedder, tiny.calibration)
    found = searcher.search_with_features(question, k=3)
    assert [p.chunk.section_id for p, _ in found] and all(set(f) == set(FEATURES) for _, f in found)
    rankers = _by_ranker(tiny, searcher, question)
    for passage, features in found:
        for name in RANKERS:
            assert features[name] == pytest.approx(_rank(rankers[name], passage.chunk.section_id), abs=1e-9), name
        assert features["p_clf"] == pytest.approx(rankers["rr_clf"][passage.chunk.section_id], abs=1e-6)
    by_id = {p.chunk.section_id: f for p, f in found}
    assert by_id["login"]["rr_ar"] == 0.0  # no Arabic version
    if question.startswith("kifach nchouf"):  # no word of it in any text (n9yem brings the noun تقويم)
        assert all(f["rr_bm25"] == 0.0 for f in by_id.values())
    assert by_id["forum"]["rr_key"] == 0.0  # no question keys
    scores = [p.score for p, _ in found]
    assert found[0][1]["gap_best"] == pytest.approx(scores[0] - scores[1])
    assert found[1][1]["gap_best"] == pytest.approx(scores[1] - scores[0])
    assert found[1][1]["gap_best"] <= 0 <= found[0][1]["gap_best"]
    assert all(f["margin23"] == pytest.approx(scores[1] - scores[2]) for _, f in found)
    code = searcher.embed(question).code
    assert {n: found[0][1][n] for n in VARIETIES.values()} == {n: float(VARIETIES.get(code) == n)
                                                               for n in VARIETIES.values()}


def test_varieties_are_told_apart(tiny):
    searcher = HybridSearcher(tiny.index, tiny.embedder, tiny.calibration)
    first = {q: searcher.search_with_features(q, k=1)[0][1] for q in QUESTIONS}
    assert first[QUESTIONS[0]]["v_fr"] == 1.0
    assert not any(first[QUESTIONS[1]][n] for n in VARIETIES.values())  # MSA: the reference
    assert first[QUESTIONS[2]]["v_arabizi"] == 1.0


def test_each_passage_carries_the_confidence_of_its_features(tiny):
    searcher = HybridSearcher(tiny.index, tiny.embedder, tiny.calibration)
    for passage, f in searcher.search_with_features(QUESTIONS[0], k=3):
        assert passage.confidence == tiny.calibration.confidence(f["score"], f["margin"], f["lexical"], f["key"], f)


def test_rerank_puts_the_first_sections_in_order_of_confidence(tiny):
    cal = replace(tiny.calibration, weights={"gap_best": -80.0, "rr_fr": 3.0}, rerank=3)
    fused = HybridSearcher(tiny.index, tiny.embedder, replace(cal, rerank=0)).search(QUESTIONS[1], k=3)
    ranked = HybridSearcher(tiny.index, tiny.embedder, cal).search(QUESTIONS[1], k=3)
    assert sorted(p.chunk.section_id for p in ranked) == sorted(p.chunk.section_id for p in fused)
    assert [p.confidence for p in ranked] == sorted((p.confidence for p in fused), reverse=True)


BASE = {"score": 0.85, "margin": 0.02, "lexical": 0.5, "key": 0.86, "gap_best": 0.02, "margin23": 0.01,
        "rr_dense": 0.5, "rr_bm25": 0.5, "rr_key": 0.5, "rr_ar": 0.5, "rr_fr": 0.5, "rr_clf": 0.5, "p_clf": 0.5}


@pytest.mark.parametrize("embedder", sorted(load_calibrations()))
@pytest.mark.parametrize("feature", ("score", "margin", "lexical", "key") + RANKERS + ("p_clf",))
def test_more_agreement_or_margin_never_lowers_the_committed_confidence(embedder, feature):
    cal = load_calibrations()[embedder]
    assert cal.weights, "the committed calibration uses the agreement features"

    def conf(row):
        return cal.confidence(row["score"], row["margin"], row["lexical"], row["key"], row)

    for step in (0.01, 0.1, 0.5):
        assert conf(BASE | {feature: BASE[feature] + step}) >= conf(BASE)
    assert conf(BASE | dict.fromkeys(RANKERS, 1.0)) > conf(BASE | dict.fromkeys(RANKERS, 0.0))


def test_a_calibration_written_before_the_agreement_features_loads_and_scores_as_before(tmp_path):
    old = {"embedder": "old", "bias": -15.66, "w_score": 7.19, "w_margin": 6.33, "w_lexical": 2.49,
           "threshold": 0.74, "w_key": 8.02, "lexical_weight": 0.05, "target_precision": 0.9,
           "measured_precision": 0.9211, "n_questions": 251, "clarify_floor": 0.88}
    path = tmp_path / "calibration.json"
    path.write_text(json.dumps({"old": old}), encoding="utf-8")
    cal = load_calibrations(path)["old"]
    assert cal.weights == {} and cal.rerank == 0 and asdict(cal)["clarify_floor"] == 0.88
    z = -15.66 + 7.19 * 0.9 + 6.33 * 0.03 + 2.49 * 0.4 + 8.02 * 0.88
    expected = 1 / (1 + np.exp(-z))
    assert cal.confidence(0.9, 0.03, 0.4, 0.88, dict(BASE, rr_dense=1.0)) == pytest.approx(expected, rel=1e-12)
