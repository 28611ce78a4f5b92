"""A greeting in front of a question is left out of the search (`retrieval.query_openers.without_opener`); a
greeting followed by small talk is kept whole."""
from __future__ import annotations

import pytest

from retrieval.query_openers import without_opener


@pytest.mark.parametrize("text, searched", [
    ("Bonjour, comment se passe l'évaluation dans ce MOOC ?", "comment se passe l'évaluation dans ce MOOC ?"),
    ("salam, kifach nsjel f e-takwine?", "kifach nsjel f e-takwine?"),
    ("السلام عليكم، كيف أسجل في منصة e-Takwine؟", "كيف أسجل في منصة e-Takwine؟"),
    ("Bonsoir Rafiq, et pour le module 3 on fait comment ?", "pour le module 3 on fait comment ?"),
])
def test_a_greeting_before_a_question_is_not_searched(text, searched):
    assert without_opener(text) == searched


@pytest.mark.parametrize("text", ["Bonjour Rafiq, comment ça va ?", "salut rafiq ça va ?", "salam labas 3lik?",
                                  "Bonjour", "hier soir je n'ai pas pu me connecter"])
def test_a_greeting_with_small_talk_or_no_greeting_is_kept_whole(text):
    assert without_opener(text) == text

