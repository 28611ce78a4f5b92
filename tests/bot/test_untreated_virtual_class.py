"""Animating a virtual class is not treated by the guide: "comment animer une classe virtuelle de façon interactive ?"
got "Pas d'inquiétude : beaucoup de participants manquent une séance en direct…" (a newcomer, in French and MSA)."""
from __future__ import annotations

import pytest

from bot.untreated_concepts import untreated_concept
from tests.bot.helpers import say


@pytest.mark.parametrize("text", ["comment animer une classe virtuelle de façon interactive ?",
                                  "comment rendre ma classe virtuelle interactive", "كيفاش ننشط حصة عن بعد؟",
                                  "كيف أنشط حصة مباشرة عن بعد بطريقة تفاعلية؟", "kifach nanachat classe virtuelle?"])
def test_animating_a_virtual_class_is_a_concept(text):
    assert untreated_concept(text, frozenset()) is not None


@pytest.mark.parametrize("text", ["j'ai raté la classe virtuelle d'hier, il y a un enregistrement ?",
                                  "quand est la classe virtuelle du module 3 ?", "فاتتني الحصة المباشرة، واش كاين تسجيل؟"])
def test_attending_a_live_session_is_not(text):
    assert untreated_concept(text, frozenset()) is None


@pytest.mark.slow
def test_the_trainer_is_told_the_guide_does_not_treat_it(full_services):
    decision = say(full_services, "comment animer une classe virtuelle de façon interactive ?", user="s41-virtual-class")
    assert not decision.citations and "classe virtuelle" in decision.body and "ne traite pas" in decision.body, \
        decision.body


@pytest.mark.slow
def test_the_arabic_question_is_told_so_too(full_services):
    # the FAQ on a missed live session came at 0.76, above the sure answer a concept otherwise yields to
    decision = say(full_services, "كيف أنشط حصة مباشرة عن بعد بطريقة تفاعلية؟", user="s41-virtual-class-ar")
    assert not decision.citations and "لا يتناول" in decision.body, decision.body
