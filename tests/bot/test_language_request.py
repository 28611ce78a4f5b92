"""A request for the previous answer in the other language, said with why ("ma fhmtch mzyan l3arbia, 3tini jawab b
lfrancais 3afak"): naming both languages, or being longer than a bare "en français ?", it was read as a question
of its own and answered from the guide's page on languages."""
from __future__ import annotations

import pytest

from bot.conversation import OTHER_LANG, follow_up


@pytest.mark.parametrize("text, lang", [
    ("ma fhmtch mzyan l3arbia, 3tini jawab b lfrancais 3afak", "fr"),
    ("je ne comprends pas bien l'arabe, en français svp", "fr"),
    ("ما فهمتش مزيان العربية، عطيني بالفرنسية", "fr"),
    ("mafhamtch mzyan, 3awdha b l3arbia", "ar"),
])
def test_the_language_asked_in_is_meant_when_a_message_names_both_or_says_why(text, lang):
    assert follow_up(text) == (OTHER_LANG, lang)


@pytest.mark.parametrize("text", [
    "c'est quoi la différence entre le français et l'arabe dans le cours ?",
    "واش نقدر نكتب بالعربية ولا بالفرنسية فالمنتدى؟",
])
def test_a_question_about_the_languages_is_not_a_request_for_one(text):
    assert follow_up(text) is None
