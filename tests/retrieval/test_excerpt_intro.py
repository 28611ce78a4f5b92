"""A list's introducing paragraph is quoted once, however the excerpt's parts were chosen."""
from __future__ import annotations

from retrieval.blocks import parse_blocks
from retrieval.excerpt import render
from retrieval.focus import Focus

TEXT = ("يتابع كل فوج مؤطرون تذكر أسماؤهم في إعلان الترحيب.\n\n"
        "- للسؤال الذي يفيد الجميع، استعمل منتدى المجزوءة.\n"
        "- للوضعية الشخصية، استعمل المراسلة الخاصة في المنصة.\n\n"
        "تعلن المدة المعتادة للرد في بداية الدرس.")


def test_the_paragraph_introducing_a_list_is_not_quoted_again_as_a_part_of_its_own():
    """A Darija question on reaching one's tutor got the section's first sentence twice: once as the list's
    introduction, once as a further part of the excerpt."""
    blocks = parse_blocks(TEXT)
    assert [b.kind for b in blocks][:2] != [blocks[1].kind] * 2, "a paragraph, then a list"
    text = render(blocks, Focus(main=1, extras=(0, 2)), "ar", 120, set())
    assert text.count("يتابع كل فوج") == 1, text
    assert "منتدى المجزوءة" in text
