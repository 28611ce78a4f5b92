"""corpus/markdown.py: the project's own section format and its error messages."""
import pytest

from corpus import CorpusFormatError, load_corpus, parse_markdown_section

GOOD = """---
id: ass-formative
lang: fr
title: L'évaluation formative
chapter: Évaluation
keywords: [évaluation, formative]
single_language: true
---
L'évaluation formative accompagne l'apprentissage.
"""


def test_good_section_is_parsed():
    s = parse_markdown_section(GOOD.encode("utf-8"), "guide/x.fr.md", "guide")
    assert (s.id, s.lang, s.title, s.kind) == ("ass-formative", "fr", "L'évaluation formative", "guide")
    assert s.path == ("Évaluation",)
    assert s.keywords == ("évaluation", "formative")
    assert s.text == "L'évaluation formative accompagne l'apprentissage."
    assert s.extra == {"single_language": True}


def test_questions_are_read_as_search_keys_not_as_text():
    raw = GOOD.replace("single_language: true\n", 'questions:\n  - "C\'est quoi   évaluer pour aider ?"\n  - ""\n'
                                                   '  - "كيفاش نقوم التلاميذ؟"\n')
    s = parse_markdown_section(raw, "guide/x.fr.md")
    assert s.questions == ("C'est quoi évaluer pour aider ?", "كيفاش نقوم التلاميذ؟")
    assert "questions" not in s.extra and "évaluer pour aider" not in s.text
    assert parse_markdown_section(GOOD, "x.md").questions == ()
    single = parse_markdown_section(GOOD.replace("single_language: true", "questions: Une seule ?"), "x.md")
    assert single.questions == ("Une seule ?",)


def test_crlf_and_bom_are_accepted():
    s = parse_markdown_section(("\ufeff" + GOOD).replace("\n", "\r\n").encode("utf-8"), "x.md")
    assert s.id == "ass-formative" and s.text == "L'évaluation formative accompagne l'apprentissage."


def test_a_dash_line_in_the_body_does_not_end_anything():
    s = parse_markdown_section(GOOD + "\n---\nSuite du texte.\n", "x.md")
    assert s.text.endswith("---\nSuite du texte.")


@pytest.mark.parametrize(
    ("raw", "code", "needle"),
    [
        ("id: x\nlang: fr\ntitle: T\n---\ntext", "no-front-matter", "---"),
        ("---\nid: x\nlang: fr\ntitle: T\ntext without end", "unclosed-front-matter", "---"),
        ("---\nid: x\nlang: fr\ntitle: [unclosed\n---\ntext", "yaml", "YAML"),
        ("---\n- a\n- b\n---\ntext", "not-mapping", "id:"),
        ("---\nlang: fr\ntitle: T\n---\ntext", "missing-key", "'id'"),
        ("---\nid: x\nlang: fr\ntitle: '  '\n---\ntext", "missing-key", "'title'"),
        ("---\nid: x\nlang: en\ntitle: T\n---\ntext", "bad-lang", "'en'"),
        ("---\nid: x\nlang: fr\ntitle: T\nquestions: {a: 1}\n---\ntext", "bad-questions", "'questions'"),
        ("---\nid: x\nlang: fr\ntitle: T\nquestions: [[a, b]]\n---\ntext", "bad-questions", "'questions'"),
    ],
)
def test_broken_files_raise_a_clear_error(raw, code, needle):
    with pytest.raises(CorpusFormatError) as info:
        parse_markdown_section(raw.encode("utf-8"), "guide/broken.md")
    err = info.value
    assert err.code == code
    assert str(err).startswith("guide/broken.md: ")
    assert needle in err.message("fr") and needle in err.message("ar")
    assert err.message("ar") != err.message("fr")


def test_yaml_error_names_the_line():
    raw = "---\nid: x\nlang: fr\ntitle: a: b\n---\ntext"
    with pytest.raises(CorpusFormatError) as info:
        parse_markdown_section(raw, "x.md")
    assert info.value.params["line"] == 4
    assert "(ligne 4)" in info.value.message("fr") and "(السطر 4)" in info.value.message("ar")


def test_non_utf8_bytes_are_refused_with_the_position():
    raw = GOOD.replace("L'évaluation formative accompagne", "Lévaluation").encode("latin-1")
    with pytest.raises(CorpusFormatError) as info:
        parse_markdown_section(raw, "guide/latin1.md")
    assert info.value.code == "encoding"
    assert "UTF-8" in info.value.message("fr") and "UTF-8" in info.value.message("ar")
    assert info.value.params["position"] == raw.index("é".encode("latin-1"))


def test_load_corpus_skips_bad_files_unless_strict(tmp_path):
    (tmp_path / "guide").mkdir()
    (tmp_path / "guide" / "good.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "guide" / "bad.md").write_bytes(b"\xff\xfe not utf-8")
    (tmp_path / "faq").mkdir()
    (tmp_path / "faq" / "q.md").write_text(GOOD.replace("ass-formative", "q1"), encoding="utf-8")
    sections = load_corpus(tmp_path)
    assert sorted((s.id, s.kind) for s in sections) == [("ass-formative", "guide"), ("q1", "faq")]
    with pytest.raises(CorpusFormatError):
        load_corpus(tmp_path, strict=True)
