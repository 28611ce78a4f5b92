"""corpus/loaders/html.py: sections from h1/h2/h3, ids, paths and language."""
import pytest

from corpus import CorpusFormatError, load_document
from corpus.loaders.html import HtmlLoader

PAGE = """<!doctype html>
<html lang="fr-FR"><head><title>Guide du formateur</title><style>p {color: red}</style></head>
<body>
<nav><a href="#a">Sommaire</a></nav>
<p>Ce guide accompagne les formateurs.</p>
<h1>Évaluation</h1>
<h2 id="ass-formative">L'évaluation <em>formative</em></h2>
<p>Elle a lieu <b>pendant</b> l'apprentissage,<br>pas seulement à la fin.</p>
<ul><li>observer</li><li>donner un retour</li></ul>
<script>var x = "ne pas lire";</script>
<h3>Exemple</h3>
<p>Une grille d'observation.</p>
<h4>Détail</h4><p>Un sous-titre reste dans la section.</p>
<section id="sommative"><h2>L'évaluation sommative</h2><p>Elle certifie les acquis.</p></section>
<h2>Exemple</h2><p>Un autre exemple.</p>
</body></html>"""


def test_sections_follow_the_headings(tmp_path):
    path = tmp_path / "guide.html"
    path.write_text(PAGE, encoding="utf-8")
    sections = load_document(path)
    assert [(s.id, s.title, s.path) for s in sections] == [
        ("guide-du-formateur", "Guide du formateur", ()),
        ("ass-formative", "L'évaluation formative", ("Évaluation",)),
        ("exemple", "Exemple", ("Évaluation", "L'évaluation formative")),
        ("sommative", "L'évaluation sommative", ("Évaluation",)),
        ("exemple-2", "Exemple", ("Évaluation",)),
    ]
    assert {s.lang for s in sections} == {"fr"}
    formative = sections[1]
    assert formative.text == "Elle a lieu pendant l'apprentissage,\npas seulement à la fin.\n\nobserver\n\ndonner un retour"
    assert "ne pas lire" not in " ".join(s.text for s in sections)
    assert "Sommaire" not in sections[0].text
    assert "Détail\n\nUn sous-titre reste dans la section." in sections[2].text
    assert formative.extra["level"] == 2 and formative.source == str(path)


def test_lang_parameter_wins_and_guess_without_any():
    ar_page = "<html><body><h1>التقويم</h1><p>يساعد التقويم التكويني المتدربين.</p></body></html>"
    assert HtmlLoader().parse(ar_page, "x.html")[0].lang == "ar"
    assert HtmlLoader(lang="fr").parse(PAGE, "x.html")[0].lang == "fr"
    assert HtmlLoader(lang="ar").parse(PAGE, "x.html")[0].lang == "ar"


def test_unsupported_language_is_refused():
    with pytest.raises(CorpusFormatError) as info:
        HtmlLoader().parse(PAGE.replace('lang="fr-FR"', 'lang="en"'), "x.html")
    assert info.value.code == "bad-lang" and "'en'" in info.value.message("ar")


def test_declared_charset_is_used_and_undeclared_non_utf8_refused(tmp_path):
    body = "<h1>التقويم</h1><p>يساعد التقويم التكويني المتدربين.</p>"
    declared = f'<html lang="ar"><head><meta charset="windows-1256"></head><body>{body}</body></html>'
    (tmp_path / "cp1256.html").write_bytes(declared.encode("cp1256"))
    [section] = load_document(tmp_path / "cp1256.html")
    assert section.title == "التقويم" and section.text == "يساعد التقويم التكويني المتدربين."
    (tmp_path / "bad.html").write_bytes(f"<html><body>{body}</body></html>".encode("cp1256"))
    with pytest.raises(CorpusFormatError) as info:
        load_document(tmp_path / "bad.html")
    assert info.value.code == "encoding"
