""""What do I do now?" right after the encouragement gets the guide's advice on keeping pace: "شنو نقدر ندير؟" after
"عييت بزاف… فكرت نحبس هاد الموك" got a clarifying question between the weekly hours, the password page and missed
live sessions (a newcomer)."""
from __future__ import annotations

import pytest

from bot.after_reply import KEEPING_PACE, asks_what_now
from bot.types import Reason
from tests.bot.helpers import say


@pytest.mark.parametrize("text", ["شنو نقدر ندير؟", "chno ndir?", "c'est quoi la prochaine étape alors ?",
                                  "ماذا أفعل الآن؟", "que faire ?"])
def test_what_now_is_heard(text):
    assert asks_what_now(text)


@pytest.mark.parametrize("text", ["شنو ندير باش نصيفط الواجب فالمنصة ديال الموك؟", "comment préparer une séance ?"])
def test_a_question_of_its_own_is_not_what_now(text):
    assert not asks_what_now(text)


@pytest.mark.slow
@pytest.mark.parametrize("hard_time, what_now", [
    ("عييت بزاف… فكرت نحبس هاد الموك", "شنو نقدر ندير؟"),
    ("je suis découragée, je n'y arrive plus avec ce mooc", "c'est quoi la prochaine étape alors ?"),
    ("ma bqitch 9ader nkml had lmooc, 3yit", "chno ndir?"),
])
def test_what_now_after_the_encouragement_gets_the_advice_on_keeping_pace(full_services, hard_time, what_now):
    user = f"what-now-{len(hard_time)}"
    first = say(full_services, hard_time, user=user)
    assert not first.citations and first.reason != Reason.DISTRESS, first.to_json()
    decision = say(full_services, what_now, user=user)
    assert decision.citations and decision.citations[0].id == KEEPING_PACE, decision.to_json()
    assert any(b.action == "tutor" for b in decision.buttons)


@pytest.mark.slow
def test_what_now_after_the_caring_reply_to_distress_is_not_a_study_plan(full_services):
    user = "what-now-distress"
    assert say(full_services, "je n'en peux plus de vivre", user=user).reason == Reason.DISTRESS
    decision = say(full_services, "que faire ?", user=user)
    assert not decision.citations or decision.citations[0].id != KEEPING_PACE, decision.to_json()
