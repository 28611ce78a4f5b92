"""Local text helpers: normalization, digit folding, rough language guess."""
from __future__ import annotations

import pytest

from moderation.text import fold_digits, guess_lang, message_lang, normalize


def test_normalize_folds_case_accents_arabic_forms_and_repeats() -> None:
    assert normalize("Évaluation  FORMATIVE!!!!") == "evaluation formative!!"
    assert normalize("أَنْتَ إِلى مدرسةٌ") == "انت الي مدرسه"
    assert normalize("ـــحـــمار") == "حمار"
    assert normalize("voir https://x.example.com/a et a@b.ma") == "voir httpurl et mailaddr"


def test_fold_digits_keeps_length() -> None:
    text = "٠٦١٢ ۰۶"
    assert fold_digits(text) == "0612 06" and len(fold_digits(text)) == len(text)


@pytest.mark.parametrize("text, lang", [
    ("شنو الفرق بين التقويم التكويني والإجمالي؟", "ar"),
    ("salam, kifach ndir l'inscription f e-Takwine? ma lqitch le lien", "ary-Latn"),
    ("bghit nmout", "ary-Latn"),
    ("Bonjour, quelle est la date limite ?", "fr"),
    ("salam, appelez-moi pour l'inscription svp", "fr"),
    ("😀", "fr"),
])
def test_guess_lang(text: str, lang: str) -> None:
    assert guess_lang(text) == lang


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "", "fr"), ("ar", "", "ar"), ("ary", "", "ar"), ("ary-Latn", "", "ar"), ("en", "", "fr"),
    ("zgh", "ⴰⵣⵓⵍ", "fr"), ("other", "سلام", "ar"), (None, "واش كاين", "ar"), (None, "bonjour", "fr"),
])
def test_message_lang(lang: str | None, text: str, expected: str) -> None:
    assert message_lang(lang, text) == expected
