"""corpus/loaders/dispatch.py: the loader is chosen by extension."""
import pytest

from corpus import CorpusFormatError, DocumentLoader, load_document
from corpus.loaders import HtmlLoader, MarkdownLoader, PdfLoader, DocxLoader, loader_for


@pytest.mark.parametrize(("name", "cls"), [("a.md", MarkdownLoader), ("a.HTML", HtmlLoader), ("a.htm", HtmlLoader),
                                           ("a.pdf", PdfLoader), ("a.docx", DocxLoader)])
def test_loader_by_extension(name, cls):
    loader = loader_for(name, lang="fr")
    assert isinstance(loader, cls) and isinstance(loader, DocumentLoader)


def test_markdown_file_gives_one_section(tmp_path):
    path = tmp_path / "x.md"
    path.write_text("---\nid: x\nlang: ar\ntitle: عنوان\n---\nنص القسم.\n", encoding="utf-8")
    [section] = load_document(path, kind="faq")
    assert (section.id, section.lang, section.kind, section.text) == ("x", "ar", "faq", "نص القسم.")
    with pytest.raises(CorpusFormatError) as info:
        load_document(path, lang="fr")
    assert info.value.code == "lang-mismatch" and "'fr'" in info.value.message("ar")


def test_unknown_extension_and_missing_file(tmp_path):
    (tmp_path / "notes.txt").write_text("du texte", encoding="utf-8")
    with pytest.raises(CorpusFormatError) as info:
        load_document(tmp_path / "notes.txt")
    assert info.value.code == "unsupported-extension" and ".txt" in info.value.message("ar")
    with pytest.raises(CorpusFormatError) as info:
        load_document(tmp_path / "absent.pdf")
    assert info.value.code == "io"
