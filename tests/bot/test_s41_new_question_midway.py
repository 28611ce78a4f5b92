"""Defects found by a newcomer (a French CFIE trainer, 2026-12-07): a new question asked in full in the middle of a
conversation was read as a follow-up of the previous topic ("kifach n7t devoir f la plateforme?" after the tutor's
socio-cognitive role got the late-work page; asked first, the submission steps). A real follow-up stays one."""
from __future__ import annotations

import pytest

from bot.types import Intent, Kind
from tests.bot.helpers import say


@pytest.mark.slow
@pytest.mark.parametrize("before, question", [
    (("slt, c quoi le rôle du tuteur ?", "3"), "kifach n7t devoir f la plateforme?"),
    (("c quoi le rôle du tuteur en ligne", "1"), "kifach nsift devoir dyali f la plateforme?"),
])
def test_a_new_question_in_full_is_answered_as_asked_first(full_services, before, question):
    first = say(full_services, question, user=f"s41-midway-first-{len(question)}")
    assert first.kind == Kind.ANSWER and first.citations, first.to_json()
    user = f"s41-midway-{len(question)}"
    for text in before:
        say(full_services, text, user=user)
    decision = say(full_services, question, user=user)
    assert [c.id for c in decision.citations][:1] == [first.citations[0].id], decision.to_json()


@pytest.mark.slow
@pytest.mark.parametrize("question, then, stays", [
    ("comment donner un feedback utile ?", "et pour la sommative ?", False),
    ("kifach ndir grille d'évaluation?", "w kifach ndiro?", True),
    ("كيف أصمم شبكة تقويم؟", "وماذا عن الشبكة؟", True),
    ("comment construire une grille critériée ?", "et comment je la présente à mes stagiaires avant la tâche ?", True),
])
def test_a_follow_up_stays_one(full_services, question, then, stays):
    user = f"s41-midway-stay-{len(question)}-{len(then)}"
    asked = say(full_services, question, user=user)
    assert asked.kind == Kind.ANSWER and asked.citations, asked.to_json()
    decision = say(full_services, then, user=user)
    assert decision.intent == Intent.FOLLOW_UP, decision.to_json()
    if stays:
        assert [c.id for c in decision.citations][:1] == [asked.citations[0].id], decision.to_json()
