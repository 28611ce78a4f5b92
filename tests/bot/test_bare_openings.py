"""A word or three opening a conversation (#14): several close sections get a clarifying question; a topic no
section is even close to ("football", "الطقس") gets an invitation to ask in a sentence and the "ask a tutor"
button, not a ticket (it opened one: a tutor got "football")."""
from __future__ import annotations

import pytest

from bot.types import Kind, Reason
from tests.bot.helpers import say

pytestmark = pytest.mark.slow  # the real model over the whole guide


@pytest.mark.parametrize("text, lang, words", [
    ("football", "fr", "« football »"),
    ("la météo", "fr", "en une phrase"),
    ("الطقس", "ar", "«الطقس»"),
    ("ma voiture", "fr", "transmettre à un tuteur"),
])
def test_a_bare_topic_far_from_the_guide_invites_a_sentence_and_opens_no_ticket(full_services, text, lang, words):
    decision = say(full_services, text, user=f"bare-{text}")
    assert decision.kind == Kind.ANSWER and not decision.escalate and decision.ticket is None
    assert decision.lang == lang and words in decision.body and not decision.citations
    assert [b.action for b in decision.buttons] == ["tutor"]
    assert full_services.tickets.unclaimed() == []


def test_a_bare_topic_the_guide_covers_in_several_sections_is_still_clarified(full_services):
    decision = say(full_services, "la grille", user="bare-grille")
    assert decision.kind == Kind.CLARIFY and decision.reason == Reason.CLARIFY and len(decision.options) >= 2


def test_the_same_words_later_in_a_conversation_are_read_as_usual(full_services):
    say(full_services, "Comment préparer une séance de formation ?", user="bare-conv")
    decision = say(full_services, "football", user="bare-conv")
    assert "« football »" not in decision.body
