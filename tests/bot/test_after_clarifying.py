"""Replies to a clarifying question ("Vous cherchez : 1. … 2. …") that say in words what they want."""
from __future__ import annotations

import pytest

from bot.types import Kind
from tests.bot.helpers import say

pytestmark = pytest.mark.slow  # reads real answers over the whole guide


@pytest.mark.parametrize("bare,then,expected", [
    ("la grille", "un exemple de grille critériée ?", "ass-rubrics"),
    ("الشهادة؟", "بغيت مثال ديال الشارة الرقمية", "ass-certificates-badges"),
])
def test_an_example_named_in_words_while_a_clarifying_question_waits_is_answered(full_services, bare, then, expected):
    """"un exemple de grille critériée ?" after "Vous cherchez : 1. … 2. …" named its section in words, yet the
    example wording made it ask again which one; a follow-up the guide answers surely alone is now answered."""
    asked = say(full_services, bare, user=f"ex-{bare}")
    assert asked.kind == Kind.CLARIFY, "else this checks nothing"
    decision = say(full_services, then, user=f"ex-{bare}")
    assert decision.kind == Kind.ANSWER and decision.citations[0].id == expected
