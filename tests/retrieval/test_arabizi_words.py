"""Everyday Arabizi words the letter-by-letter spelling misread (`retrieval.darija_lexicon.EVERYDAY_ARABIZI`): French
verbs Darija conjugates ("nrelanci", "npubli"), seeing and sitting in a class, a trainee not interested."""
from __future__ import annotations

import pytest

from retrieval.darija import query_variants


@pytest.mark.parametrize("text, expected", [
    ("kifach nrelanciwhom bla ma nz3ajhom?", "نتابعهم"),
    ("ghadi nchof stagiaire f l9ism", "القسم"),
    ("fin ngles mli nmchi nchof 7issa?", "اجلس"),
    ("stagiaire ma mhtamch b séance", "لا يهتم"),
    ("wach n9der npubli corrigé f forum?", "انشر"),
    ("wach had lmooc b lflous?", "المال"),
])
def test_everyday_arabizi_words_reach_the_msa_rewrite(text, expected):
    assert expected in query_variants(text, "ary-Latn")[-1]
