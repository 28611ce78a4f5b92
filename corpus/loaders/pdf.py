"""PDF documents (pypdf): sections split on headings found by font size, else one per page.

Text comes from pypdf's layout mode, which keeps each line in display order; Arabic written in
visual order with presentation forms is put back in logical order by `corpus.loaders.rtl`.
Headings are the lines set in a font clearly larger than the body text (the three largest
sizes give levels 1-3). Page numbers and running headers or footers repeated on most pages
are dropped. Scanned PDFs without a text layer raise `CorpusFormatError("no-text")`.
"""
from __future__ import annotations

import logging
import math
import re
from collections import Counter
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from corpus.errors import CorpusFormatError
from corpus.loaders.base import SectionBuilder, resolve_lang, slugify
from corpus.loaders.rtl import fix_arabic, looks_visual, normalize_presentation_forms
from corpus.section import Section

log = logging.getLogger(__name__)

HEADING_RATIO = 1.15  # a heading's font is at least this much larger than the body's
MAX_HEADING_CHARS = 150
_PAGE_NUMBER = re.compile(r"^[\s\-–—|]*(page\s*|p\.\s*|صفحة\s*)?\d{1,4}(\s*/\s*\d{1,4})?[\s\-–—|]*$", re.IGNORECASE)


def _signature(text: str) -> str:
    """The characters of a line regardless of order and spacing, to match it across extractions."""
    return "".join(sorted(c for c in normalize_presentation_forms(text) if not c.isspace()))


def _scale(matrix: list[float]) -> float:
    return math.sqrt(abs(matrix[0] * matrix[3] - matrix[1] * matrix[2])) or 1.0


def _line_sizes(page) -> dict[str, float]:
    """Signature of each text line of `page` -> its largest font size, from pypdf's text visitor."""
    lines: dict[int, list[tuple[float, str]]] = {}

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            y = round(tm[5] * cm[3] + cm[5])
            lines.setdefault(y, []).append((float(size or 0) * _scale(tm) * _scale(cm), text))

    page.extract_text(visitor_text=visit)
    return {_signature("".join(t for _, t in parts)): max(s for s, _ in parts) for parts in lines.values()}


def _page_text(page) -> str:
    """The page's lines in display order; plain extraction when layout mode fails."""
    try:
        return page.extract_text(extraction_mode="layout", layout_mode_space_vertically=False)
    except Exception as exc:  # pypdf's layout mode fails on some fonts; plain mode still reads them
        log.warning("layout extraction failed (%s); using plain extraction", exc.__class__.__name__)
        return page.extract_text()


def _catalog_lang(reader: PdfReader) -> str | None:
    """The document language declared in the PDF catalog (/Lang), if any."""
    try:
        value = reader.root_object.get("/Lang")
    except (PdfReadError, AttributeError, KeyError):
        return None
    return str(value) if value else None


def _drop_repeated(pages: list[list[str]]) -> list[list[str]]:
    """Remove page numbers, and header or footer lines repeated at the top or bottom of most pages."""
    repeated: set[str] = set()
    if len(pages) >= 3:
        edges = Counter(line for lines in pages for line in set(lines[:2] + lines[-2:]))
        repeated = {line for line, n in edges.items() if n > len(pages) / 2}

    def keep(i: int, line: str, n: int) -> bool:
        at_edge = i < 2 or i >= n - 2
        return not (at_edge and line in repeated) and not _PAGE_NUMBER.match(line)

    return [[ln for i, ln in enumerate(lines) if keep(i, ln, len(lines))] for lines in pages]


class PdfLoader:
    """Loads a PDF guide into sections.

    Example::

        sections = PdfLoader(lang="ar").load("guide-ar.pdf")   # split="pages" forces one per page
    """

    def __init__(self, lang: str | None = None, kind: str = "guide", split: str = "auto") -> None:
        if split not in ("auto", "headings", "pages"):
            raise ValueError("split must be 'auto', 'headings' or 'pages'")
        self.lang, self.kind, self.split = lang, kind, split

    def load(self, path: str | Path) -> list[Section]:
        """Sections of the PDF at `path`, split on headings or by page."""
        source = str(path)
        reader = self._open(source)
        raw_pages, sizes = [], []
        try:
            for page in reader.pages:
                raw_pages.append(_page_text(page) or "")
                sizes.append(_line_sizes(page) if self.split != "pages" else {})
        except (PdfReadError, ValueError, KeyError, TypeError) as exc:
            raise CorpusFormatError("unreadable", source, fmt="PDF", detail=exc.__class__.__name__) from None
        sample = "\n".join(raw_pages)
        if not sample.strip():
            raise CorpusFormatError("no-text", source)
        lang = resolve_lang(source, self.lang, _catalog_lang(reader), sample=sample)
        visual = looks_visual(sample)
        base = "rtl" if lang == "ar" else "ltr"
        pages = [[ln for ln in (fix_arabic(line.strip(), visual, base) for line in text.split("\n")) if ln]
                 for text in raw_pages]
        pages = [[re.sub(r"\s{2,}", " ", ln) for ln in lines] for lines in _drop_repeated(pages)]
        title = str((reader.metadata or {}).get("/Title") or "").strip() or Path(source).stem
        levels = self._heading_levels(pages, sizes)
        if levels and self.split != "pages":
            return self._by_headings(source, lang, title, pages, levels)
        return self._by_pages(source, lang, title, pages)

    @staticmethod
    def _open(source: str) -> PdfReader:
        try:
            reader = PdfReader(source)
            if reader.is_encrypted and not reader.decrypt(""):
                raise CorpusFormatError("unreadable", source, fmt="PDF", detail="encrypted")
            return reader
        except CorpusFormatError:
            raise
        except (PdfReadError, OSError, ValueError) as exc:
            raise CorpusFormatError("unreadable", source, fmt="PDF", detail=exc.__class__.__name__) from None

    @staticmethod
    def _heading_levels(pages: list[list[str]], sizes: list[dict[str, float]]) -> dict[tuple[int, int], int]:
        """(page, line) -> heading level 1-3 for lines set larger than the body text."""
        found: dict[tuple[int, int], float] = {}
        weight: Counter[float] = Counter()
        for p, lines in enumerate(pages):
            for i, line in enumerate(lines):
                size = sizes[p].get(_signature(line)) if p < len(sizes) else None
                if size:
                    found[(p, i)] = round(size * 2) / 2
                    weight[found[(p, i)]] += len(line)
        if not weight:
            return {}
        body = weight.most_common(1)[0][0]
        heads = {k: s for k, s in found.items()
                 if s >= body * HEADING_RATIO and len(pages[k[0]][k[1]]) <= MAX_HEADING_CHARS}
        ranks = sorted(set(heads.values()), reverse=True)
        return {k: min(ranks.index(s) + 1, 3) for k, s in heads.items()}

    def _by_headings(self, source: str, lang: str, title: str, pages: list[list[str]],
                     levels: dict[tuple[int, int], int]) -> list[Section]:
        builder = SectionBuilder(source, lang, self.kind, default_title=title)
        body: list[str] = []
        pending: tuple[int, list[str], int] | None = None  # (level, heading lines, page)
        for p, lines in enumerate(pages):
            for i, line in enumerate(lines):
                level = levels.get((p, i))
                if level and pending and pending[0] == level and not body:
                    pending[1].append(line)  # a heading wrapped over two lines
                    continue
                if level:
                    self._flush(builder, pending, body)
                    pending, body = (level, [line], p + 1), []
                else:
                    body.append(line)
        self._flush(builder, pending, body)
        return builder.sections()

    @staticmethod
    def _flush(builder: SectionBuilder, pending: tuple[int, list[str], int] | None, body: list[str]) -> None:
        if pending:
            builder.heading(pending[0], " ".join(pending[1]), page=pending[2])
        if body:
            builder.paragraph("\n".join(body))

    def _by_pages(self, source: str, lang: str, title: str, pages: list[list[str]]) -> list[Section]:
        builder = SectionBuilder(source, lang, self.kind, default_title=title)
        stem = slugify(Path(source).stem) or "page"
        for n, lines in enumerate(pages, start=1):
            label = f"{title} — ص {n}" if lang == "ar" else f"{title} — p. {n}"
            builder.heading(1, label, anchor=f"{stem}-p{n}", page=n)
            builder.paragraph("\n".join(lines))
        return builder.sections()
