"""A trainer's administration (an entrance exam, pay, a transfer) is not the guide's, even when the question names
the centres the guide's page on institutions describes; what the centres do still is."""
from __future__ import annotations

import pytest

from tests.bot.helpers import say


@pytest.mark.slow
@pytest.mark.parametrize("question, user", [
    ("متى يفتح باب الترشح لمباراة مركز تكوين مفتشي التعليم؟", "admin-exam-msa"),
    ("شحال كيشدو الأساتذة المتدربين فالشهر فالمركز الجهوي؟", "admin-grant-darija"),
])
def test_an_administrative_question_naming_the_centres_is_not_answered_from_the_guide(full_services, question, user):
    """Before, the first got the page on institutions (sure at 0.88; the intent model heard content at 0.68)."""
    decision = say(full_services, question, user=user)
    assert not decision.citations, [c.id for c in decision.citations]
    # the guide does not cover it and a tutor has it (the scenario "Nothing in the guide"), not "far from the course"
    assert decision.reason == "no_match" and decision.ticket_created, (decision.kind, decision.reason)


@pytest.mark.slow
def test_what_the_centres_do_is_still_answered(full_services):
    decision = say(full_services, "ما دور المراكز الجهوية لمهن التربية والتكوين في تكوين الأساتذة؟", user="admin-role")
    assert [c.id for c in decision.citations][:1] == ["prof-institutions"], (decision.kind, decision.reason)
