"""Defects a newcomer found by talking to the running server (session of 2026-12-06, nineteenth), each with
the exact message that showed it."""
from __future__ import annotations

import pytest

from bot.conversation import CHOICE, follow_up
from bot.types import Intent, Kind, Reason
from tests.bot.helpers import say


@pytest.mark.parametrize("text,number", [
    ("التانية", 2), ("ltanya", 2), ("tanya", 2), ("الجوج", 2), ("joj", 2), ("التالتة", 3), ("la 3", 3),
    ("الأولى", 1), ("رقم 2", 2), ("option 3", 3), ("الخيار الثاني", 2), ("نعم، الثانية", 2), ("le deuxième", 2),
])
def test_an_option_chosen_by_its_rank_in_darija_arabizi_or_with_an_article_is_that_option(text, number):
    # "التانية", "ltanya" and "tanya" chose option 1; "الجوج" and "joj" option 3; "la 3" a page not offered;
    # "الأولى" (normalized to الاولي) matched no option
    assert follow_up(text) == (CHOICE, number)


@pytest.mark.slow
def test_the_second_option_chosen_in_darija_answers_from_the_second_section_offered(full_services):
    user = "newcomer-s33-ordinal"
    asked = say(full_services, "التقويم؟", user=user)
    assert asked.kind == Kind.CLARIFY and len(asked.options) >= 2, asked.to_json()
    chosen = say(full_services, "التانية", user=user)
    assert chosen.kind == Kind.ANSWER and chosen.citations[0].id == asked.options[1].id, chosen.to_json()
