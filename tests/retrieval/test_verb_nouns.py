"""A question asked with the assessment verb ("كيف أقوّم المتدربين؟", Darija "كيفاش نقيم الستاجيير؟") is also searched
with the guide's noun (تقويم); it reached the professional-identity and values pages."""
from __future__ import annotations

import pytest

from retrieval.darija import query_variants
from retrieval.verb_nouns import with_noun


@pytest.mark.parametrize("text", ["كيف أقوّم المتدربين؟", "كيف اقيم المتدرب", "كيفاش نقيمو الستاجيرات"])
def test_the_assessment_verb_brings_the_guides_noun(text):
    assert with_noun(text) == f"{text} تقويم"


@pytest.mark.parametrize("text", [
    "كيف أقوم بتحضير حصة؟",          # "I carry out": not the verb to assess
    "كيف يقوم المكون بدوره؟",         # third person "carries out"
    "ما هي القيم المهنية للمكون؟",     # the noun "values"
    "كيف أقوم بتقويم التعلمات؟",       # the noun is already there
    "Comment évaluer mes stagiaires ?",
])
def test_other_words_and_questions_with_the_noun_are_left_alone(text):
    assert with_noun(text) == text


def test_a_darija_question_is_searched_with_its_rewrite_and_the_noun():
    assert query_variants("كيفاش نقيم الستاجيير ديالي؟", "ary")[-1].endswith("تقويم")
