"""A calendar question with a second question for the guide in it got the calendar's part alone ("c quoi la
deadline du module 3 et comment rendre le devoir ?" → the deadline; found by a newcomer): the guide's sure answer
to the second part now follows the calendar's."""
from __future__ import annotations

import pytest

from bot.two_part import second_part
from bot.types import Intent, Kind
from tests.bot.helpers import say


@pytest.mark.parametrize("text, second", [
    ("c quoi la deadline du module 3 et comment rendre le devoir ?", "comment rendre le devoir ?"),
    ("imta akhir ajal dyal module 2 w kifach nsift devoir?", "kifach nsift devoir?"),
    ("متى آخر أجل للواجب الثاني وكيف أودعه في المنصة؟", "كيف أودعه في المنصة؟"),
    ("quand est la classe virtuelle et comment ?", None),  # nothing asked of its own after "et comment"
    ("c'est quand la classe virtuelle du module 3 ?", None),
])
def test_the_second_question_of_a_message(text, second):
    assert second_part(text) == second


@pytest.mark.slow
@pytest.mark.parametrize("text, section", [
    ("c quoi la deadline du module 3 et comment rendre le devoir ?", "dig-etakwine-submission"),
    ("quand est la prochaine classe virtuelle et où trouver l'enregistrement ?", "faq-recordings"),
])
def test_both_parts_are_answered(full_services, text, section):
    decision = say(full_services, text, user=f"two-part-{section}")
    assert decision.kind == Kind.ANSWER and decision.intent == Intent.ORGANIZATIONAL
    assert decision.citations and decision.citations[0].id == section, decision.to_json()
    calendar = full_services.tutor.organizational.answer(text, "fr")
    assert decision.body.startswith(calendar) and len(decision.body) > len(calendar) + 100  # and the guide's part
