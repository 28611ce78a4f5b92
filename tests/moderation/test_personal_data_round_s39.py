"""Personal data a newcomer's forum posts kept in clear (session of 2026-12-07, twenty-fifth): a staff number with
words between its label and the digits, a phone number abroad, an address spelled out. One of them was then quoted in
a tutor's public reply."""
from __future__ import annotations

import pytest

from moderation.personal_data import find_personal_data, mask


@pytest.mark.parametrize("text, secret, kind", [
    ("رقم التأجير ديالي 1234567 عافاكم علاش ما توصلتش بالشهادة؟", "1234567", "staff"),
    ("رقم تأجيري هو 2345678 عافاكم شوفو ليا التسجيل", "2345678", "staff"),
    ("رقم التأجير ديالي هو 3456789 والمشكل فالتسجيل", "3456789", "staff"),
    ("Mon matricule c'est le 4567890, je n'arrive pas à m'inscrire", "4567890", "staff"),
    ("ra9m tta2jir dyali 5678901 3afakom", "5678901", "staff"),
    ("Appelez le +33 6 12 34 56 78 (je suis en France)", "56 78", "phone"),
    ("écrivez à latifa point benali at gmail point com svp", "benali", "email"),
])
def test_personal_data_with_words_around_it_is_masked(text, secret, kind):
    assert kind in {m.kind for m in find_personal_data(text)}, find_personal_data(text)
    assert secret not in mask(text, lang="fr"), mask(text, lang="fr")


@pytest.mark.parametrize("text", [
    "le module 3 dure 12 jours et finit en 2026",
    "la classe virtuelle du 12.03.2026 commence à 15h",
    "j'ai 25 stagiaires et 12345 points au total",
    "رقم التأجير ديال المتدربين ماشي ضروري فالواجب",
    "on se retrouve at home point final",
])
def test_numbers_and_words_that_are_no_personal_data_stay(text):
    assert find_personal_data(text) == [], find_personal_data(text)
