"""Taking leave gets a goodbye, not "you're welcome" ("bslama" got "العفو!", a newcomer)."""
from __future__ import annotations

import pytest

from bot.roles.intents import farewell_only
from tests.bot.helpers import say


@pytest.mark.parametrize("text, expected", [
    ("bslama", True), ("au revoir, bonne journée", True), ("مع السلامة", True),
    ("merci, au revoir", False), ("merci beaucoup", False), ("bslama, fin nl9a l'attestation?", False),
])
def test_a_message_that_only_takes_leave_is_told_from_thanks(text, expected):
    assert farewell_only(text) is expected


@pytest.mark.slow
@pytest.mark.parametrize("text, goodbye", [("bslama", "مع السلامة"), ("Au revoir, bonne soirée", "Au revoir")])
def test_taking_leave_gets_a_goodbye(full_services, text, goodbye):
    decision = say(full_services, text, user=f"farewell-{goodbye}")
    assert goodbye in decision.body and "العفو" not in decision.body and "Avec plaisir" not in decision.body
