"""A hard time with the course said in words, asking nothing (`Evidence.feeling_said`): the encouragement."""
from __future__ import annotations

import pytest

from bot.understanding import Evidence, Route, read_message


def probs(**given: float) -> dict[str, float]:
    """A probability table with the given intents."""
    return {name: given.get(name, 0.0) for name in ("greeting", "thanks", "human", "calendar", "support", "content",
                                                     "follow_up", "off_topic")}


def test_a_hard_time_said_with_a_time_in_it_gets_the_encouragement_not_the_calendar():
    """ "3yana bzaf had simana" (so tired this week) got this week's calendar."""
    said = Evidence(probs(calendar=0.8, content=0.15), calendar_query=True, feeling_said=True)
    assert read_message(said) == Route.SUPPORT
    # a page the guide is sure of keeps its answer, and a calendar question that asks stays the calendar's
    assert read_message(Evidence(probs(content=0.9), answered=True, confidence=0.9, feeling_said=True)) == Route.GUIDE
    assert read_message(Evidence(said.probabilities, calendar_query=True)) == Route.CALENDAR


@pytest.mark.parametrize("text, said", [
    ("3yana bzaf had simana", True), ("je suis débordée cette semaine", True),
    ("je suis débordée, comment organiser ma semaine ?", False),  # it asks: the guide's
    ("ana m9ale9 bzaf mn forum", False),  # anxiety: the guide has a page on it
    ("quand est la classe virtuelle ?", False),
])
def test_a_hard_time_is_said_in_words_and_asks_nothing(text, said):
    from bot.evidence import gather_evidence
    from retrieval.types import Answer

    evidence = gather_evidence(text, Answer(text="", lang="fr", confidence=0.0), {}, None, has_context=False)
    assert evidence.feeling_said is said


@pytest.mark.slow
def test_a_heavy_module_gets_the_encouragement_not_the_connection_page(full_services):
    """ "pfff ce module est vraiment lourd" got the page on connection problems (heavy files)."""
    from bot.types import Intent, Message

    text = "pfff ce module est vraiment lourd"
    decision = full_services.tutor.handle(Message(channel="test", user="heavy-module", text=text))
    assert decision.intent == Intent.SOCIO and not decision.citations and "débordé" in decision.body, decision.body
