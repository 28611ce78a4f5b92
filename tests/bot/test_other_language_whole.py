"""Asked again in the other language, a reply comes back whole (found by a newcomer: the one paragraph that best
matched the reply's opening came back, without the advice to write to the tutor, or without the steps)."""
from __future__ import annotations

import pytest

from bot.types import Kind
from tests.bot.helpers import say


@pytest.mark.slow
@pytest.mark.parametrize("first, again, lang, said", [
    # the French answer is two paragraphs; the Arabic one was only the first, without writing to the tutor
    ("Je dois rendre mon devoir en retard, que faire ?", "Répète en arabe stp", "ar", "مؤطرك"),
    # the Arabic answer is the intro and the steps; the French one was the intro alone
    ("كيف أودع واجبا؟", "3awd liya b lfrancais 3afak", "fr", "1. ouvrir le module"),
])
def test_the_whole_reply_comes_back_in_the_other_language(full_services, first, again, lang, said):
    user = f"other-lang-whole-{lang}"
    shown = say(full_services, first, user=user)
    assert shown.kind == Kind.ANSWER and "\n\n" in shown.body, shown.to_json()  # else this checks nothing
    repeated = say(full_services, again, user=user)
    assert repeated.lang == lang and repeated.citations[0].id == shown.citations[0].id
    assert said in repeated.body, repeated.body
