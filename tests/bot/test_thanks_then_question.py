"""Thanks opening a new question ("شكرا، والمتدرب لي ماكيشاركش؟", "merci, et pour le stagiaire qui ne participe pas
?"): a newcomer got only "you're welcome", or a choice between the forum's welcome page, the trainer's roles and the
socio-cognitive role. The question after the thanks is read as the message."""
from __future__ import annotations

import pytest

from bot.roles.intents import question_after_thanks
from bot.types import Intent, Kind
from tests.bot.helpers import say


@pytest.mark.parametrize("text, question", [
    ("شكرا، والمتدرب لي ماكيشاركش؟", "والمتدرب لي ماكيشاركش؟"),
    ("merci, et pour le stagiaire qui ne participe pas ?", "et pour le stagiaire qui ne participe pas ?"),
    ("merci beaucoup ! et pour la sommative ?", "et pour la sommative ?"),
    ("merci et pour la sommative ?", "et pour la sommative ?"),
    ("chokran bzaf, w ila ma 3jbatnich n9ta?", "w ila ma 3jbatnich n9ta?"),
    ("ok merci, c quoi la grille?", "c quoi la grille?"),
])
def test_the_question_after_thanks_is_read(text, question):
    assert question_after_thanks(text) == question


@pytest.mark.parametrize("text", [
    "merci", "merci, c'est très clair", "شكرا جزيلا", "chokran bzaf a rafiq", "merci beaucoup, bonne soirée",
    "Merci Amina ! Et le devoir du module 3, c'est pour quand ?",  # words to a tutor: read whole elsewhere
])
def test_thanks_alone_or_with_kind_words_asks_nothing(text):
    assert question_after_thanks(text) is None


@pytest.mark.slow
@pytest.mark.parametrize("first, then", [
    ("Comment gérer un stagiaire qui monopolise la parole ?", "merci, et pour le stagiaire qui ne participe pas ?"),
    ("كيفاش نتعامل مع متدرب كيهضر بوحدو ديما فالحصة؟", "شكرا، والمتدرب لي ماكيشاركش؟"),
])
def test_thanks_then_a_follow_up_is_answered_in_the_conversation(full_services, first, then):
    user = f"thanks-then-{len(then)}"
    assert say(full_services, first, user=user).citations[0].id == "fac-difficult-situations"
    decision = say(full_services, then, user=user)
    assert decision.intent != Intent.THANKS and decision.kind == Kind.ANSWER, decision.to_json()
    assert decision.citations and decision.citations[0].id == "fac-difficult-situations", decision.to_json()
