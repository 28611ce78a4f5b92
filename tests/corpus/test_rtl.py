"""corpus/loaders/rtl.py: Arabic in visual order with presentation forms back to logical order."""
import unicodedata

import pytest

from corpus.loaders.rtl import (
    fix_arabic, is_presentation_form, looks_visual, normalize_presentation_forms, visual_to_logical)

reshaper = pytest.importorskip("arabic_reshaper")
bidi = pytest.importorskip("bidi.algorithm")


def shaped_visual(text: str, base_dir: str | None = None) -> str:
    """What a PDF producer that shapes Arabic itself writes: presentation forms in display order."""
    shaped = reshaper.reshape(text)
    return bidi.get_display(shaped, base_dir=base_dir) if base_dir else bidi.get_display(shaped)


ARABIC_LINES = [
    "التقويم التكويني يساعد المكون على تتبع تعلم المتدربين خلال الوحدة الأولى.",
    "يفتح المنتدى Moodle يوم 12 نونبر 2026.",
    "المنصة (e-Takwine Pro) مهمة: 50% من 12/11/2026",
    "سجل في الوحدة «التقويم» قبل 23:59 [مهم]",
    "بين 12 15 صفحة",
    "لا تنس الموعد مع المؤطر",
]
FRENCH_LINES = [
    "Le mot التكوين المستمر est central (voir الفصل 3).",
    "La séance du 12/11 (الحصة المباشرة) commence à 18h00.",
]


@pytest.mark.parametrize("line", ARABIC_LINES + FRENCH_LINES)
def test_visual_line_comes_back_in_logical_order(line):
    visual = shaped_visual(line)
    assert any(is_presentation_form(c) for c in visual)
    assert visual != line
    assert fix_arabic(visual, visual=True) == line


def test_arabic_paragraph_set_right_to_left_keeps_its_latin_words():
    line = "Moodle منصة مفتوحة للتكوين عن بعد"
    visual = shaped_visual(line, base_dir="R")
    assert fix_arabic(visual, visual=True, base="rtl") == line


def test_order_is_detected_from_the_letters():
    text = "\n".join(ARABIC_LINES)
    assert looks_visual("\n".join(shaped_visual(t) for t in ARABIC_LINES))
    assert not looks_visual(reshaper.reshape(text))  # shaped but logical order
    assert not looks_visual(text)  # base letters, logical order
    assert looks_visual("\n".join(t[::-1] for t in ARABIC_LINES))  # base letters reversed


def test_logical_text_is_left_as_it_is():
    text = "\n".join(ARABIC_LINES + FRENCH_LINES)
    assert fix_arabic(text) == text
    assert fix_arabic(reshaper.reshape(text)) == text  # forms normalized, order kept


def test_normalization_touches_only_arabic_presentation_forms():
    french = "Cœur ½ ﬁchier\u00a0: « déjà » x² — 1er"
    assert normalize_presentation_forms(french) == french
    assert fix_arabic(french) == french
    mixed = "ﻻ " + french
    assert normalize_presentation_forms(mixed) == "لا " + french


def test_ligatures_and_isolated_marks_become_base_letters():
    out = normalize_presentation_forms("\ufefb\ufef7\ufdf2\ufe70")
    assert out == "لا" + "لأ" + unicodedata.normalize("NFKC", "\ufdf2") + "\u064b"
    assert not any(is_presentation_form(c) for c in out)


def test_plain_french_line_is_untouched_by_visual_to_logical():
    line = "L'évaluation formative (3 étapes) : 50 %."
    assert visual_to_logical(line) == line
