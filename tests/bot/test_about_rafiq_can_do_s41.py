""""Bonjour, que pouvez-vous faire pour moi ?" as a first message got "no sure answer… passed to a tutor" (a ticket
with no subject), and with an introduction before it, the page on the MOOC being free (a newcomer)."""
from __future__ import annotations

import pytest

from bot.about_rafiq import asks_what_i_do
from tests.bot.helpers import say


@pytest.mark.parametrize("text", ["Bonjour, que pouvez-vous faire pour moi ?", "vous pouvez faire quoi ?",
                                  "Bonjour Rafiq. Je suis formateur au CFIE de Rabat et je débute dans le MOOC. "
                                  "Que pouvez-vous faire pour moi ?", "comment pouvez-vous m'aider ?",
                                  "que peux-tu faire exactement ?", "كيف يمكنك أن تساعدني؟", "kifach t9der t3awni?"])
def test_what_rafiq_can_do_is_heard(text):
    assert asks_what_i_do(text)


@pytest.mark.parametrize("text", ["Que pouvez-vous faire contre le plagiat ?", "que faire si je rate le devoir ?",
                                  "comment peux-tu m'aider à préparer une séance ?",
                                  "كيف يمكنك أن تساعدني في تحضير حصة؟", "kifach t9der t3awni f devoir?"])
def test_a_question_about_something_else_is_not(text):
    assert not asks_what_i_do(text)


@pytest.mark.slow
def test_the_polite_opening_gets_what_rafiq_does_and_no_ticket(full_services):
    decision = say(full_services, "Bonjour, que pouvez-vous faire pour moi ?", user="s41-can-do-polite")
    assert not decision.escalate and not decision.citations and "Rafiq" in decision.body, decision.body
