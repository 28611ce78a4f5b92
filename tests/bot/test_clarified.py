"""A reply in words to a clarifying question about a bare topic is read with that topic: "la grille ?" then
"celle dont on se sert pendant une visite de classe" means the observation grid it offered (the reply alone
reached the observation page, not offered); "شبكة" then "ديك اللي كنصححو بيها…" the rubric. Found on the used
blind sets' dialogues, where 20 of 120 such replies failed."""
from __future__ import annotations

import pytest

from bot.clarified import _restates
from bot.types import Kind
from tests.bot.helpers import say


def test_a_reply_repeating_the_topic_restates_it_an_elliptical_one_does_not():
    assert _restates("une grille pour corriger les copies", "grille ?")
    assert _restates("أدوار المؤطر في مواكبة الأعمال", "الأدوار")
    assert not _restates("celle dont on se sert pendant une visite de classe", "la grille ?")
    assert not _restates("ديك اللي كنصححو بيها خدمة المتدربين", "شبكة")


@pytest.mark.slow
@pytest.mark.parametrize("topic, reply, meant", [
    ("la grille ?", "celle dont on se sert pendant une visite de classe", "sup-observation-grid"),
    ("l'attestation", "je la télécharge où une fois le parcours fini", "dig-etakwine-attestation"),
    ("شبكة", "ديك اللي كنصححو بيها خدمة المتدربين", "ass-rubrics"),
    # a reply restating the topic is read on its own words
    ("grille", "une grille pour corriger les copies des stagiaires avec des critères", "ass-rubrics"),
])
def test_a_reply_to_a_clarifying_question_is_read_with_its_topic(full_services, topic, reply, meant):
    user = f"clarified-{meant}-{len(reply)}"
    asked = say(full_services, topic, user=user)
    assert asked.kind == Kind.CLARIFY and meant in [o.id for o in asked.options]
    decision = say(full_services, reply, user=user)
    assert decision.kind == Kind.ANSWER and decision.citations[0].id == meant, decision.to_json()
