"""Darija rewrites: French loanwords written in Arabic letters are read as the guide's words."""
from __future__ import annotations

import pytest

from retrieval.darija import darija_to_msa, loanword, loanwords_to_msa, query_variants
from retrieval.normalize import normalize_arabic


@pytest.mark.parametrize("word,expected", [
    ("البلاتفورم", "المنصه"), ("الديفوار", "الواجب"), ("لاتيستاسيون", "الشهاده"), ("فالفوروم", "في المنتدي"),
    ("والمودباس", "وكلمه المرور"), ("الأوبجيكتيفات", "الهدف"), ("ڭروب", "المجموعه"), ("كتاب", None),
    ("بلا", None),
])
def test_a_loanword_with_its_article_and_prepositions_is_the_guides_word(word, expected):
    assert loanword(normalize_arabic(word)) == expected


def test_darija_and_msa_rewrites_replace_loanwords_and_leave_plain_msa_alone():
    assert darija_to_msa("كيفاش نحط الديفوار فالبلاتفورم؟") == "كيف نحط الواجب في المنصه"
    assert loanwords_to_msa("أين أجد لاتيستاسيون؟") == "أين أجد الشهاده"
    assert query_variants("أين أجد الشهادة؟", "ar") == ["أين أجد الشهادة؟"]  # nothing to rewrite: one variant


@pytest.mark.slow
@pytest.mark.parametrize("question,expected", [
    ("كيفاش نحط الديفوار فالبلاتفورم؟", "dig-etakwine-submission"),
    ("فين نلقى لاتيستاسيون ملي نسالي الموديلات؟", "dig-etakwine-attestation"),
    ("كيفاش ندير الإنسكريبسيون فإي تكوين؟", "dig-etakwine-registration"),
])
def test_a_darija_question_full_of_loanwords_finds_its_section(full_engine, question, expected):
    """The embedder read "الديفوار", "البلاتفورم", "لاتيستاسيون" as noise: such questions went to unrelated
    sections (personal data, navigation, the training plan)."""
    assert full_engine.search(question, k=3)[0].chunk.section_id == expected


@pytest.mark.parametrize("text,expected", [
    ("fin nl9a ldevoir f lplateforme?", "اين نلقا devoir في plateforme ?"),
    ("chno homa les roles dyal lformateur?", "ما هم les roles formateur ?"),
    ("lmo2atir f lforum", "المؤطر في forum"),  # "l" before Darija stays the article
])
def test_arabizi_keeps_french_words_whole_even_with_the_article_glued(text, expected):
    """"lplateforme" was transliterated letter by letter ("البلتفورم") and "roles" too ("رولس"): the embedder
    lost the French word the guide uses."""
    from retrieval.darija import arabizi_to_arabic

    assert arabizi_to_arabic(text) == expected
