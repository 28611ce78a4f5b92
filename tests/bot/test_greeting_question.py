"""A greeting in front of a question does not change what the guide answers (`retrieval.query_openers`)."""
from __future__ import annotations

import pytest

from tests.bot.helpers import say


@pytest.mark.slow
def test_a_greeting_does_not_change_the_answer(full_services):
    """"Bonjour, comment se passe l'évaluation dans ce MOOC ?" got a choice between the MOOC formats, the forum's
    welcome and the MOOC being free (0.09); without "Bonjour," the guide answered (a newcomer)."""
    plain = say(full_services, "comment se passe l'évaluation dans ce MOOC ?", user="greeting-plain")
    greeted = say(full_services, "Bonjour, comment se passe l'évaluation dans ce MOOC ?", user="greeting-greeted")
    assert greeted.kind == plain.kind and [c.id for c in greeted.citations] == [c.id for c in plain.citations]
