"""corpus/loaders/pdf.py on PDFs made here with fpdf2, Arabic shaped as real producers do."""
import re
from pathlib import Path

import pytest

from corpus import CorpusFormatError, load_document
from corpus.loaders.pdf import PdfLoader
from corpus.loaders.rtl import is_presentation_form

fpdf = pytest.importorskip("fpdf")
reshaper = pytest.importorskip("arabic_reshaper")
bidi = pytest.importorskip("bidi.algorithm")

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
pytestmark = pytest.mark.skipif(not FONT.is_file(), reason="DejaVuSans.ttf (Debian fonts-dejavu-core) is missing")

FR_TITLE = "Évaluation formative"
FR = "L'évaluation formative aide le formateur à suivre les apprentissages."
AR_TITLE = "التقويم التكويني"
AR = "التقويم التكويني يساعد المكون على تتبع تعلم المتدربين خلال الوحدة الأولى."
MIXED = "يفتح المنتدى Moodle يوم 12 نونبر 2026."


def visual(text: str) -> str:
    return bidi.get_display(reshaper.reshape(text))


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def make_pdf(path: Path, pages: list[list[tuple[int, str]]]) -> Path:
    """A PDF whose pages hold (font size, line) pairs, one line per cell."""
    pdf = fpdf.FPDF()
    pdf.add_font("dejavu", "", str(FONT))
    for lines in pages:
        pdf.add_page()
        for size, line in lines:
            pdf.set_font("dejavu", size=size)
            pdf.multi_cell(0, size * 0.6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


@pytest.fixture
def bilingual_pdf(tmp_path):
    return make_pdf(tmp_path / "guide.pdf", [[
        (18, FR_TITLE), (11, FR),
        (18, visual(AR_TITLE)), (11, visual(AR)), (11, visual(MIXED)),
    ]])


def test_the_pdf_really_holds_visual_order_presentation_forms(bilingual_pdf):
    from pypdf import PdfReader

    raw = PdfReader(bilingual_pdf).pages[0].extract_text(extraction_mode="layout")
    assert visual(AR) in re.sub(r" {2,}", " ", raw)
    assert AR not in raw


def test_arabic_comes_back_in_logical_order_with_base_letters(bilingual_pdf):
    sections = PdfLoader(lang="fr").load(bilingual_pdf)
    by_title = {s.title: s for s in sections}
    assert set(by_title) == {FR_TITLE, AR_TITLE}
    ar = by_title[AR_TITLE]
    assert squash(ar.text) == squash(AR + MIXED)
    assert not any(is_presentation_form(c) for s in sections for c in s.title + s.text)
    assert "Moodle" in ar.text.split()


def test_french_is_unchanged(bilingual_pdf):
    fr = next(s for s in load_document(bilingual_pdf, lang="fr") if s.title == FR_TITLE)
    assert fr.text == FR
    assert fr.lang == "fr" and fr.id == "evaluation-formative" and fr.extra["page"] == 1


def test_headings_by_font_size_give_levels_and_paths(tmp_path):
    path = make_pdf(tmp_path / "levels.pdf", [[
        (20, "Module 1"), (15, "Objectifs"), (11, FR), (15, visual(AR_TITLE)), (11, visual(AR)),
    ], [
        (20, "Module 2"), (11, "Deuxième module : la planification des séances."),
    ]])
    sections = PdfLoader().load(path)
    assert [(s.title, s.path, s.extra["level"], s.extra["page"]) for s in sections] == [
        ("Objectifs", ("Module 1",), 2, 1),
        (AR_TITLE, ("Module 1",), 2, 1),
        ("Module 2", (), 1, 2),
    ]


def test_without_headings_one_section_per_page(tmp_path):
    path = make_pdf(tmp_path / "notes.pdf", [[(11, FR)], [(11, visual(AR))], [(11, "3")]])
    sections = PdfLoader().load(path)
    assert [s.id for s in sections] == ["notes-p1", "notes-p2"]  # the page holding only "3" is a page number
    assert sections[0].text == FR
    assert squash(sections[1].text) == squash(AR)
    assert PdfLoader(lang="fr", split="pages").load(path)[0].title == "notes — p. 1"
    assert PdfLoader(lang="ar", split="pages").load(path)[0].title == "notes — ص 1"


def test_logical_order_pdf_is_not_reversed(tmp_path):
    path = make_pdf(tmp_path / "logical.pdf", [[(11, reshaper.reshape(AR))]])
    [section] = PdfLoader(lang="ar").load(path)
    assert squash(section.text) == squash(AR)


def test_pdf_without_text_layer_is_reported(tmp_path):
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50, style="F")
    pdf.output(str(tmp_path / "scan.pdf"))
    with pytest.raises(CorpusFormatError) as info:
        PdfLoader().load(tmp_path / "scan.pdf")
    assert info.value.code == "no-text"


def test_broken_pdf_is_reported(tmp_path):
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not a pdf at all")
    with pytest.raises(CorpusFormatError) as info:
        load_document(tmp_path / "broken.pdf")
    assert info.value.code == "unreadable" and "PDF" in info.value.message("ar")


def test_running_headers_and_page_numbers_are_dropped(tmp_path):
    pages = [[(9, "Guide du formateur"), (18, f"Chapitre {n}"), (11, f"Texte du chapitre {n}."),
              (11, "Rappel : voir la grille."), (11, f"Fin du chapitre {n}."), (9, str(n))] for n in range(1, 4)]
    sections = PdfLoader(lang="fr").load(make_pdf(tmp_path / "running.pdf", pages))
    assert [(s.title, s.text) for s in sections] == [
        (f"Chapitre {n}", f"Texte du chapitre {n}.\nRappel : voir la grille.\nFin du chapitre {n}.")
        for n in range(1, 4)
    ]
