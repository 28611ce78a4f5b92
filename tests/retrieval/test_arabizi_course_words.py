"""The course's own words in Arabizi keep their long vowels and final ة: "kifach ndir molahada sfiya mzyana?" was
read "مولهدا سفيا" and answered "outside the training" three times (a newcomer); in Arabic script it was found."""
from __future__ import annotations

import pytest

from retrieval.darija import arabizi_to_arabic


@pytest.mark.parametrize("arabizi, arabic", [
    ("lmola7ada sfiya", "الملاحظة صفية"), ("t9wim bin l2a9ran", "تقويم بين الاقران"), ("l7issa lmobachira", "الحصة المباشرة"),
    ("ljadada dyal tanchit", "الجذاذة"), ("lmojazo2a", "المجزوءة"), ("taghdiya raji3a", "تغذية راجعة"),
])
def test_course_words_are_written_as_the_guide_writes_them(arabizi, arabic):
    assert arabic in arabizi_to_arabic(arabizi)


@pytest.mark.slow
def test_classroom_observation_in_arabizi_finds_the_observation_page(full_engine):
    found = full_engine.search("kifach ndir molahada sfiya mzyana l stagiaire dyali?", k=3)
    assert found[0].chunk.section_id == "sup-observation" and found[0].confidence > 0.5, found[:2]
