"""Defects found by a newcomer (a French CFIE trainer, 2026-12-07): a two-part question lost its second part when both
parts are from the same section ("comment on crée une grille critériée ? et c quoi la diff entre critère et
indicateur ?" got the steps alone), or when the second asks a deadline as "et quelle est la date limite…" (the date
was dropped)."""
from __future__ import annotations

import re

import pytest

from tests.bot.helpers import say


def _paragraphs(text: str) -> set[str]:
    return {re.sub(r"\s+", " ", p).strip() for p in text.split("\n\n") if len(p.split()) >= 6}


@pytest.mark.slow
@pytest.mark.parametrize("first, second", [
    ("comment on crée une grille d'évaluation critériée?", "et c quoi la diff entre critère et indicateur?"),
    ("comment construire une grille critériée ?", "et quelle est la différence entre un critère et un indicateur ?"),
])
def test_a_second_part_from_the_same_section_is_answered_too(full_services, first, second):
    alone = say(full_services, second, user=f"s41-two-alone-{len(second)}")
    both = say(full_services, f"{first} {second}", user=f"s41-two-both-{len(first)}")
    assert alone.citations and [c.id for c in both.citations][:1] == [alone.citations[0].id], both.to_json()
    # the paragraph that answers the second part alone is in the answer to both
    answering = [p for p in _paragraphs(alone.body) if re.search(r"indicateur", p)]
    assert answering and set(answering) <= _paragraphs(both.body), both.to_json()


@pytest.mark.slow
@pytest.mark.parametrize("text, module", [
    ("Bonjour, comment rédiger un bon feedback sur un devoir de stagiaire, et quelle est la date limite du devoir du "
     "module 2 ?", 2),
    ("comment organiser une séance de micro-enseignement, et quelle est la date limite du devoir du module 3 ?", 3),
])
def test_a_deadline_asked_after_a_guide_question_is_given_too(full_services, text, module):
    dates = say(full_services, f"quelle est la date limite du devoir du module {module} ?", user=f"s41-date-{module}")
    both = say(full_services, text, user=f"s41-two-date-{module}")
    assert both.citations and dates.body.strip() and dates.body.strip() in both.body, both.to_json()
