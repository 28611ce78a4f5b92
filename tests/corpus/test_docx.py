"""corpus/loaders/docx.py on Word files written here with python-docx."""
import pytest

from corpus import CorpusFormatError, load_document

docx = pytest.importorskip("docx")


def make_docx(path, language="fr-FR"):
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    document.core_properties.language = language
    document.core_properties.title = "Guide"
    document.add_paragraph("Introduction générale du guide.")
    document.add_heading("Évaluation", level=1)
    document.add_heading("L'évaluation formative", level=2)
    document.add_paragraph("Elle a lieu pendant l'apprentissage.")
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate([("Outil", "Usage"), ("Grille", "Observer")]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.add_heading("Exemple", level=3)
    document.add_paragraph("Une grille d'observation.")
    document.add_heading("Détail", level=4)
    document.add_paragraph("Reste dans la section Exemple.")
    custom = document.styles.add_style("Titre maison", WD_STYLE_TYPE.PARAGRAPH)
    custom.base_style = document.styles["Heading 1"]
    document.add_paragraph("Planification", style="Titre maison")
    document.add_paragraph("Planifier une séance.")
    document.save(str(path))
    return path


def test_sections_follow_heading_styles(tmp_path):
    sections = load_document(make_docx(tmp_path / "guide.docx"))
    assert [(s.id, s.title, s.path, s.extra["level"]) for s in sections] == [
        ("guide", "Guide", (), 0),
        ("l-evaluation-formative", "L'évaluation formative", ("Évaluation",), 2),
        ("exemple", "Exemple", ("Évaluation", "L'évaluation formative"), 3),
        ("planification", "Planification", (), 1),
    ]
    assert {s.lang for s in sections} == {"fr"}
    assert sections[1].text == "Elle a lieu pendant l'apprentissage.\n\nOutil | Usage\n\nGrille | Observer"
    assert sections[2].text == "Une grille d'observation.\n\nDétail\n\nReste dans la section Exemple."


def test_language_from_parameter_or_properties(tmp_path):
    path = make_docx(tmp_path / "g.docx", language="ar-MA")
    assert {s.lang for s in load_document(path)} == {"ar"}
    assert {s.lang for s in load_document(path, lang="fr")} == {"fr"}


def test_not_a_docx_is_reported(tmp_path):
    (tmp_path / "fake.docx").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(CorpusFormatError) as info:
        load_document(tmp_path / "fake.docx")
    assert info.value.code == "unreadable" and "DOCX" in info.value.message("fr")
