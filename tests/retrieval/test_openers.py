"""Arabic connectives of several words lean back like a conjunction: the answer on the course being free opened on
"بناء على ذلك، فكل من يطلب منك مالا…" ("accordingly, anyone who asks you for money…", found by a newcomer)."""
from __future__ import annotations

import pytest

from retrieval.openers import drop_opener, leans_back


@pytest.mark.parametrize("text, rest", [
    ("بناء على ذلك، فكل من يطلب منك مالا فهو يحاول الاحتيال.", "كل من يطلب منك مالا فهو يحاول الاحتيال."),
    ("وبالتالي يجب الانتباه إلى الآجال.", "يجب الانتباه إلى الآجال."),
    ("لهذا السبب نبدأ بالتقويم التشخيصي.", "نبدأ بالتقويم التشخيصي."),
    ("مع ذلك، يبقى الحضور المباشر مفيدا.", "يبقى الحضور المباشر مفيدا."),
    # the answer on following the course from a phone opened on "غير أن بعض المهام…" ("however, some tasks…")
    ("غير أن بعض المهام تبقى أيسر على الحاسوب.", "بعض المهام تبقى أيسر على الحاسوب."),
    ("إلا أن الحضور يبقى مفيدا.", "الحضور يبقى مفيدا."),
])
def test_a_connective_phrase_leans_back_and_is_dropped(text, rest):
    assert leans_back(text) and drop_opener(text) == rest


@pytest.mark.parametrize("text", ["بناء الأهداف خطوة أولى.", "معايير التقويم واضحة.", "لها ثلاثة أدوار.",
                                  "غير المسجلين لا يصلهم البريد."])
def test_words_that_only_begin_like_one_do_not(text):
    assert not leans_back(text) and drop_opener(text) == text
