"""The course's teaching words as Darija borrows them from French, one word ("الألينيمون", "السانتيز") or two read as
one term ("الكلاس فيرتويال", "الميكرو أونسينيمون"), with "لل" (for the) before them (`retrieval.darija_loans`)."""
from __future__ import annotations

import pytest

from retrieval.darija import darija_to_msa, loanwords_to_msa
from retrieval.darija_loans import joined_loans, loanword
from retrieval.normalize import normalize_arabic


@pytest.mark.parametrize("text, expected", [
    ("فاتتني الكلاس فيرتويال ديال البارح", "الحصه المباشره"),
    ("واش ضروري نصور الميكرو أونسينيمون؟", "التدريس المصغر"),
    ("شنو هي لاكلاس أنفيرسي؟", "التكوين المعكوس"),
    ("ما وصلتش للكلاس فيرتويال", "الحصه المباشره"),
])
def test_a_two_word_loan_is_read_as_the_guides_term(text, expected):
    """Word by word, "الكلاس فيرتويال" read "the class" and an unknown word: the question went to a clarifying
    question or to the encouragement reply."""
    assert expected in darija_to_msa(text)


@pytest.mark.parametrize("word, expected", [
    ("الألينيمون", "الانسجام"), ("السانتيز", "الخلاصه"), ("بالماجوسكول", "بالحروف الكبيره"),
    ("الفورماتيف", "التكويني"), ("للبلاتفورم", "المنصه"), ("السبوك", "SPOC"), ("كلاس", "القسم"),
])
def test_a_borrowed_teaching_word_is_the_guides_word(word, expected):
    assert loanword(normalize_arabic(word)) == expected


def test_text_without_a_two_word_loan_is_left_as_it_is():
    assert joined_loans("كيفاش نحضر حصة مزيانة؟") == "كيفاش نحضر حصة مزيانة؟"
    assert loanwords_to_msa("ما هي الكلاس فيرتويال؟") == "ما هي الحصه المباشره"


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [
    ("شنو هو الألينيمون فالتكوين؟ ما فهمتوش مزيان", "eng-alignment"),
    ("ما لحقتش للكلاس فيرتويال ديال البارح، واش كاين شي حل؟", "faq-missed-live"),
])
def test_a_darija_question_with_borrowed_teaching_words_finds_its_section(full_engine, question, expected):
    """Both ranked another section first (the flipped classroom; late submission)."""
    assert full_engine.search(question, k=3)[0].chunk.section_id == expected
