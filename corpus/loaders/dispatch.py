"""Pick a loader by file extension and read a document into sections."""
from __future__ import annotations

from pathlib import Path

from corpus.errors import CorpusFormatError
from corpus.loaders.base import DocumentLoader
from corpus.markdown import parse_markdown_section
from corpus.section import Section

EXTENSIONS = (".md", ".html", ".htm", ".pdf", ".docx")


class MarkdownLoader:
    """Loads one Markdown section file with front matter (the project's own format).

    Example::

        [section] = MarkdownLoader(kind="faq").load("corpus/faq/inscription.fr.md")
    """

    def __init__(self, lang: str | None = None, kind: str = "guide") -> None:
        self.lang, self.kind = lang, kind

    def load(self, path: str | Path) -> list[Section]:
        """The file's one section; its front matter must agree with `lang` when one is given."""
        source = str(path)
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            raise CorpusFormatError("io", source, detail=exc.strerror or exc.__class__.__name__) from None
        section = parse_markdown_section(raw, source, self.kind)
        if self.lang and section.lang != self.lang:
            raise CorpusFormatError("lang-mismatch", source, lang=section.lang, expected=self.lang)
        return [section]


def loader_for(path: str | Path, lang: str | None = None, kind: str = "guide") -> DocumentLoader:
    """The loader for `path`'s extension, or `CorpusFormatError("unsupported-extension")`."""
    ext = Path(path).suffix.lower()
    if ext == ".md":
        return MarkdownLoader(lang, kind)
    if ext in (".html", ".htm"):
        from corpus.loaders.html import HtmlLoader

        return HtmlLoader(lang, kind)
    if ext == ".pdf":
        from corpus.loaders.pdf import PdfLoader

        return PdfLoader(lang, kind)
    if ext == ".docx":
        from corpus.loaders.docx import DocxLoader

        return DocxLoader(lang, kind)
    raise CorpusFormatError("unsupported-extension", str(path), ext=ext or "?")


def load_document(path: str | Path, lang: str | None = None, kind: str = "guide") -> list[Section]:
    """Read a .md, .html/.htm, .pdf or .docx file into sections; `lang` overrides the file's own."""
    if not Path(path).is_file():
        raise CorpusFormatError("io", str(path), detail="not found")
    return loader_for(path, lang, kind).load(path)
