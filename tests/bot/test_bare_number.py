"""A bare number is never "only symbols": "1" after an answer got "Je n'ai reçu que des symboles 🙂" in both
languages (found by a newcomer, after a menu had once asked to answer by number). After a clarifying question it
chooses an option; after an answer whose list shows that step, it gives the step; else Rafiq says, in the
conversation's language, that nothing waits for a choice."""
from __future__ import annotations

import pytest

from bot.conversation import bare_number
from bot.texts import t
from bot.types import Intent, Kind
from tests.bot.helpers import say


@pytest.mark.parametrize("text, number", [("1", 1), ("2.", 2), ("(3)", 3), ("٢", 2), (" 6 ", 6), ("12", 12)])
def test_a_number_alone_is_read_as_such(text, number):
    assert bare_number(text) == number


@pytest.mark.parametrize("text", ["123", "0", "05", "1a", "1 2", "", "le 1"])
def test_anything_else_is_not_a_bare_number(text):
    assert bare_number(text) is None


def test_a_number_with_nothing_to_choose_gets_told_so_in_the_conversations_language(make_services):
    services = make_services()
    first = say(services, "Qu'est-ce que l'évaluation formative ?", user="bare-1")
    assert first.kind == Kind.ANSWER and first.citations
    reply = say(services, "1", user="bare-1")
    assert reply.intent == Intent.FOLLOW_UP and reply.lang == "fr" and reply.body == t("nothing_pending", "fr")
    alone = say(services, "2", user="bare-2")  # no conversation at all
    assert alone.intent != Intent.INVALID and alone.body == t("nothing_pending", alone.lang)


@pytest.mark.slow
def test_a_number_after_an_answer_with_steps_gives_that_step(full_services):
    first = say(full_services, "Comment préparer une séance de formation ?", user="bare-3")
    assert first.citations[0].id == "eng-session-preparation" and "\n6. " in first.body
    step = say(full_services, "6", user="bare-3")
    assert step.kind == Kind.ANSWER and step.citations[0].id == "eng-session-preparation"
    assert "6. Minuter" in step.body and "7. " not in step.body, step.body
