"""Word documents (python-docx): one section per Heading 1/2/3 paragraph, with the heading path.

Headings are paragraphs whose style is "Heading N" (Word stores the built-in heading styles
under that name whatever the interface language; "Titre N" and "عنوان N" are accepted too), or
whose style is based on one. Tables are read row by row, cells joined by " | ". The language
comes from the loader's `lang`, else the document's core properties, else a guess.
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from corpus.errors import CorpusFormatError
from corpus.loaders.base import SectionBuilder, resolve_lang
from corpus.section import Section

_HEADING_STYLE = re.compile(r"^\s*(heading|titre|título|überschrift|عنوان)\s*([1-9])\s*$", re.IGNORECASE)


def heading_level(style) -> int | None:
    """1-3 for a heading style (or a style based on one), 4+ for lower headings, else None."""
    seen = 0
    while style is not None and seen < 10:
        match = _HEADING_STYLE.match(style.name or "")
        if match:
            return int(match.group(2))
        style, seen = getattr(style, "base_style", None), seen + 1
    return None


class DocxLoader:
    """Loads a .docx guide into sections.

    Example::

        sections = DocxLoader(lang="ar").load("guide-ar.docx")
    """

    def __init__(self, lang: str | None = None, kind: str = "guide") -> None:
        self.lang, self.kind = lang, kind

    def load(self, path: str | Path) -> list[Section]:
        """Sections of the Word document at `path`, split on Heading 1/2/3."""
        import docx
        from docx.opc.exceptions import PackageNotFoundError
        from docx.table import Table

        source = str(path)
        try:
            document = docx.Document(source)
        except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
            raise CorpusFormatError("unreadable", source, fmt="DOCX", detail=exc.__class__.__name__) from None
        blocks = list(document.iter_inner_content())
        sample = "\n".join(b.text for b in blocks if not isinstance(b, Table))
        lang = resolve_lang(source, self.lang, document.core_properties.language, sample=sample)
        title = (document.core_properties.title or "").strip() or Path(source).stem
        builder = SectionBuilder(source, lang, self.kind, default_title=title)
        for block in blocks:
            if isinstance(block, Table):
                for row in block.rows:
                    cells = _unique_cells(row)
                    builder.paragraph(" | ".join(c for c in cells if c))
                continue
            level = heading_level(block.style)
            if level is not None and level <= 3:
                builder.heading(level, block.text, anchor=_bookmark(block))
            else:
                builder.paragraph(block.text)
        return builder.sections()


def _unique_cells(row) -> list[str]:
    """Cell texts of a table row, merged cells counted once."""
    seen: set[int] = set()
    texts = []
    for cell in row.cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            texts.append(cell.text.strip())
    return texts


def _bookmark(paragraph) -> str | None:
    """A bookmark name set on a heading (Word's own '_Toc…' and '_Ref…' names are ignored)."""
    for mark in paragraph._p.iter():
        if mark.tag.endswith("}bookmarkStart"):
            name = next((v for k, v in mark.attrib.items() if k.endswith("}name")), "")
            if name and not name.startswith("_"):
                return name
    return None
