"""A follow-up naming an item of the section not shown yet gets it (retrieval.engine.follow_up_answer): "et le
cMOOC ?" after the MOOC's and SPOC's bullets got the next paragraph (the pitfall of drop-outs), because the excerpt
with the cMOOC's bullet opened like the one shown and was taken for a repeat (found by a newcomer)."""
from __future__ import annotations

import pytest

from tests.bot.helpers import say


@pytest.mark.slow
def test_a_follow_up_naming_an_item_not_shown_gets_it(full_services):
    user = "follow-up-names-an-item"
    first = say(full_services, "c quoi la diff entre MOOC et SPOC", user=user)
    assert first.citations[0].id == "eng-mooc-formats" and "Le cMOOC" not in first.body, first.body
    then = say(full_services, "et le cMOOC ?", user=user)
    assert then.citations[0].id == "eng-mooc-formats" and "Le cMOOC (connectiviste)" in then.body, then.body


@pytest.mark.slow
def test_a_follow_up_naming_nothing_new_still_moves_on(full_services):
    user = "follow-up-names-nothing"
    first = say(full_services, "c quoi la diff entre MOOC et SPOC", user=user)
    more = say(full_services, "plus de détails", user=user)
    assert more.citations[0].id == "eng-mooc-formats" and not more.body.startswith(first.body[:100]), more.body
