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


def test_bold_markers_never_reach_an_answer():
    # the guide's observation section writes its three moments in bold: "** اتفق مع المدرس…" was shown
    from retrieval.excerpt import build_excerpt

    text = ("الملاحظة الصفية هي حضور حصة يقدمها مدرس بهدف جمع وقائع دقيقة.\n\n"
            "**قبل الحصة.** اتفق مع المدرس على موضوع الملاحظة وعلى القسم والتوقيت.\n\n"
            "**أثناء الحصة.** سجل وقائع قابلة للملاحظة دون أحكام.")
    excerpt = build_excerpt("ماذا أفعل قبل الحصة وأثناءها؟", {"ar": text}, "ar", 120)
    assert "قبل الحصة. اتفق مع المدرس" in excerpt and "*" not in excerpt
    assert [b.text for b in parse_blocks("**Avant la séance.** Convenez du focus.")] == ["Avant la séance. Convenez du focus."]
