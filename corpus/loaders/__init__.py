"""Document loaders: Markdown, HTML, PDF and DOCX files into `Section`s.

`load_document(path, lang=None)` picks the loader by extension. Each loader follows the
`DocumentLoader` protocol (`load(path) -> list[Section]`). The HTML, PDF and DOCX loaders are
imported on first use, so importing this package does not load BeautifulSoup, pypdf or
python-docx.
"""
from __future__ import annotations

from typing import Any

from corpus.loaders.base import DocumentLoader, SectionBuilder, slugify
from corpus.loaders.dispatch import EXTENSIONS, MarkdownLoader, load_document, loader_for
from corpus.loaders.rtl import fix_arabic, looks_visual, normalize_presentation_forms, visual_to_logical

_LAZY = {"HtmlLoader": "corpus.loaders.html", "PdfLoader": "corpus.loaders.pdf", "DocxLoader": "corpus.loaders.docx"}

__all__ = ["DocumentLoader", "DocxLoader", "EXTENSIONS", "HtmlLoader", "MarkdownLoader", "PdfLoader",
           "SectionBuilder", "fix_arabic", "load_document", "loader_for", "looks_visual",
           "normalize_presentation_forms", "slugify", "visual_to_logical"]


def __getattr__(name: str) -> Any:
    """Import HtmlLoader, PdfLoader and DocxLoader when first asked for."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'corpus.loaders' has no attribute {name!r}")
