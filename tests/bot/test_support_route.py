"""A message the intent model hears as a feeling gets encouragement, even when the support role's word lists
do not recognise it (it got a clarifying question between unrelated guide sections, or a ticket)."""
from __future__ import annotations

from bot.types import Intent, Kind
from tests.bot.helpers import read_at, say


class HearsSupport:
    def probabilities(self, text, vector=None) -> dict[str, float]:
        return {"support": 0.98, "content": 0.01, "off_topic": 0.01}


def test_a_feeling_the_word_lists_miss_is_encouraged_not_offered_sections(make_services):
    services = make_services()
    services.tutor.intent_model = HearsSupport()
    read_at(services, 1.01)  # the guide is sure of nothing (the fake embedder places anything somewhere)
    text = "safi t7et lia lmorale m3a had l'formation"  # ("ma b9itch 9ader" is in the word lists since s40)
    assert services.tutor.support.state(text) is None, "else the word lists alone answer it"
    assert not services.engine.answer(text, "ar").answered, "else the guide's sure answer may stand"
    decision = say(services, text, user="feeling-1")
    assert decision.kind == Kind.ANSWER and decision.intent == Intent.SOCIO and not decision.escalate
    assert not decision.citations and not decision.options


def test_in_a_conversation_an_unrecognised_feeling_is_read_with_the_previous_question(make_services):
    """"وإلا كنت مشغول بزاف فالمركز هاد الشهر؟" after the weekly hours is heard as support, but asks about the topic
    the conversation is on: the encouragement by default is for a message that opens a conversation."""
    services = make_services()
    first = say(services, "Comment préparer une séance de formation ?", user="feeling-2")
    assert first.citations, "else there is no conversation to read it with"
    services.tutor.intent_model = HearsSupport()
    read_at(services, 1.01)
    decision = say(services, "safi t7et lia lmorale m3a had l'formation", user="feeling-2")
    assert decision.intent != Intent.SOCIO


class HearsContent:
    def probabilities(self, text, vector=None) -> dict[str, float]:
        return {"content": 0.99, "support": 0.01}


def test_discouragement_the_model_hears_as_content_is_encouraged_when_the_guide_is_unsure(make_services):
    """"j'ai envie d'abandonner le MOOC, que faire ?" (content 0.99 for the model) was offered the MOOC formats, the
    free-access FAQ and dropout prevention to choose from: its words say discouragement."""
    services = make_services()
    services.tutor.intent_model = HearsContent()
    read_at(services, 1.01)
    text = "j'ai envie d'abandonner le MOOC, que faire ?"
    decision = say(services, text, user="feeling-3")
    assert decision.kind == Kind.ANSWER and decision.intent == Intent.SOCIO, decision.to_json()
    assert not decision.citations and not decision.options and not decision.escalate


def test_a_participants_feelings_and_how_to_answer_them_are_not_encouragement_for_the_trainer(make_services):
    """"مشارك كتب ليا بلي تعب وبغا يحبس، شنو نقول ليه؟" (a participant wrote he is tired and wants to stop, what do I
    tell him?) was heard as support (0.78) and got encouragement, as if the trainer were the one discouraged."""
    services = make_services()
    services.tutor.intent_model = HearsSupport()
    read_at(services, 1.01)
    for n, text in enumerate(("مشارك كتب ليا بلي تعب وبغا يحبس، شنو نقول ليه؟",
                              "un participant m'écrit qu'il veut abandonner le MOOC, comment lui répondre ?")):
        decision = say(services, text, user=f"feeling-other-{n}")
        assert decision.intent != Intent.SOCIO, decision.to_json()


def test_ones_own_discouragement_heard_as_support_is_still_encouraged(make_services):
    services = make_services()
    services.tutor.intent_model = HearsSupport()
    read_at(services, 1.01)
    decision = say(services, "je veux abandonner le MOOC, je n'y arrive plus", user="feeling-own")
    assert decision.intent == Intent.SOCIO, decision.to_json()
