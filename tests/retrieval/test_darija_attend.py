"""Darija "نحضر" before a class or a person is "I attend" (a class visit), not "I prepare" (`retrieval.darija`)."""
from __future__ import annotations

import pytest

from retrieval.darija import darija_to_msa


@pytest.mark.parametrize("text", [
    "غادي نحضر حصة ديال واحد الأستاذ المتدرب", "نحضر عند ستاجيير فالقسم", "ملي كنحضر حصة ديال متدرب",
    "غنحضر عند أستاذة متدربة", "ما قدرتش نحضر للحصة المباشرة"])
def test_attending_a_class_or_a_person_is_named_as_the_guide_names_it(text):
    rewritten = darija_to_msa(text)
    assert "حضور" in rewritten and "احضر" not in rewritten, rewritten


@pytest.mark.parametrize("text", ["كيفاش نحضر حصة تكوينية ديال ثلاث سوايع؟", "كيفاش نحضر الحصة ديالي؟",
                                  "كنحضر الدروس ديالي بالليل"])
def test_preparing_ones_own_session_keeps_the_verb(text):
    assert "احضر" in darija_to_msa(text)


@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "غادي نحضر حصة ديال واحد الأستاذ المتدرب السيمانة الجاية، كيفاش نوجد راسي؟",
    "نحضر عند ستاجيير فالقسم، شنو نركز عليه؟",
])
def test_a_class_visit_in_darija_finds_classroom_observation(full_engine, question):
    """Before, "نحضر" became "احضر", read as preparing: the session-preparation page came first."""
    assert full_engine.search(question, k=3)[0].chunk.section_id == "sup-observation"
