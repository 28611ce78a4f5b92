"""Defects found by a newcomer (a French CFIE trainer, 2026-12-07): after choosing one option of a clarifying question,
another option asked for by number or by its words ("et le 3 ?", "والبيداغوجي؟", "et l'autre ?") got more of the first
option, or a section of a similar name (the pedagogical scenario)."""
from __future__ import annotations

import pytest

from bot.types import Kind
from tests.bot.helpers import say


@pytest.mark.slow
@pytest.mark.parametrize("question, first, then, wanted", [
    ("c quoi le rôle du tuteur en ligne", "2", "et le 3 ?", 3),
    ("quel est le rôle d'un tuteur à distance ?", "1", "w tani?", 2),
    ("ما هو دور المؤطر؟", "التنظيمي", "والبيداغوجي؟", 2),
    ("ما هو دور المؤطر؟", "1", "والثالث؟", 3),
    ("chno howa dor lmo2atir?", "2", "w lowel?", 1),
])
def test_another_option_of_the_last_clarifying_question_is_chosen(full_services, question, first, then, wanted):
    user = f"s41-earlier-{len(question)}-{then}"
    asked = say(full_services, question, user=user)
    assert asked.kind == Kind.CLARIFY and len(asked.options) >= wanted, asked.to_json()
    chosen = say(full_services, first, user=user)
    assert chosen.kind == Kind.ANSWER and chosen.citations, chosen.to_json()
    other = say(full_services, then, user=user)
    assert [c.id for c in other.citations][:1] == [asked.options[wanted - 1].id], other.to_json()


@pytest.mark.slow
def test_the_other_options_are_offered_again_without_the_one_read(full_services):
    user = "s41-earlier-other"
    asked = say(full_services, "c quoi le rôle du tuteur en ligne", user=user)
    assert asked.kind == Kind.CLARIFY and len(asked.options) == 3, asked.to_json()
    say(full_services, "1", user=user)
    other = say(full_services, "et l'autre ?", user=user)
    assert other.kind == Kind.CLARIFY and [o.id for o in other.options] == [o.id for o in asked.options[1:]], \
        other.to_json()
    chosen = say(full_services, "2", user=user)
    assert [c.id for c in chosen.citations][:1] == [asked.options[2].id], chosen.to_json()


@pytest.mark.slow
@pytest.mark.parametrize("question, then", [
    ("comment on évalue les stagiaires ?", "et concrètement ?"),
    ("c quoi le rôle du tuteur en ligne", "un exemple ?"),
])
def test_a_follow_up_of_the_option_read_stays_on_it(full_services, question, then):
    user = f"s41-earlier-stay-{len(question)}"
    asked = say(full_services, question, user=user)
    assert asked.kind == Kind.CLARIFY, asked.to_json()
    chosen = say(full_services, "1", user=user)
    after = say(full_services, then, user=user)
    assert after.kind != Kind.CLARIFY and [c.id for c in after.citations][:1] == [c.id for c in chosen.citations][:1], \
        after.to_json()
