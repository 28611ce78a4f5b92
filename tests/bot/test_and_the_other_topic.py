""""And the X?" naming another section that the message alone surely answers moves there: "والدور التنظيمي؟" after
the socio-cognitive role got more of the socio-cognitive page (the reading with the previous question, whose words
weigh there, chose it; found by a newcomer); "et la sommative ?" after the formative one got the comparison page
(dev dialogues)."""
from __future__ import annotations

import pytest

from tests.bot.helpers import say


@pytest.mark.slow
@pytest.mark.parametrize("first, first_section, then, meant", [
    ("ما هو دور المؤطر الاجتماعي المعرفي؟", "tut-socio-cognitive-role", "والدور التنظيمي؟", "tut-organizational-role"),
    ("C'est quoi l'évaluation formative ?", "ass-formative", "et pour la sommative ?", "ass-summative"),
])
def test_and_the_other_topic_moves_to_its_section(full_services, first, first_section, then, meant):
    user = f"and-the-{meant}"
    assert say(full_services, first, user=user).citations[0].id == first_section
    decision = say(full_services, then, user=user)
    assert decision.citations and decision.citations[0].id == meant, decision.to_json()
