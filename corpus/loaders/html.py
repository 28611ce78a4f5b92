"""HTML documents (BeautifulSoup): one section per h1/h2/h3 heading, with the heading path.

A section's id is the heading's `id` (or that of an anchor inside it, or of the `<section>` or
`<article>` it opens), else a slug of the heading text. The language comes from the loader's
`lang`, else `<html lang>`, else a guess from the text. h4-h6 stay inside their section as
paragraphs. Scripts, styles, navigation and forms are skipped.
"""
from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from bs4.dammit import EncodingDetector

from corpus.errors import CorpusFormatError
from corpus.loaders.base import SectionBuilder, resolve_lang
from corpus.section import Section

_WS = re.compile(r"\s+")
HEADINGS = {"h1": 1, "h2": 2, "h3": 3}
SKIP = {"script", "style", "noscript", "template", "svg", "nav", "form", "button", "select", "head"}
BLOCKS = {"p", "div", "li", "dd", "dt", "pre", "blockquote", "td", "th", "tr", "figcaption", "caption",
          "section", "article", "main", "header", "footer", "aside", "ul", "ol", "dl", "table",
          "h4", "h5", "h6", "address", "details", "summary", "body"}


def _decode(raw: bytes, source: str) -> str:
    """HTML bytes as text: the charset the page declares, else UTF-8, else a clear error."""
    declared = EncodingDetector.find_declared_encoding(raw, is_html=True)
    if declared:
        try:
            return raw.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusFormatError("encoding", source, reason=exc.reason, position=exc.start) from None


def _anchor(heading: Tag) -> str | None:
    """The id a heading carries, or an anchor inside it, or the section it opens."""
    if heading.get("id"):
        return str(heading["id"]).strip() or None
    inner = heading.find(lambda t: isinstance(t, Tag) and (t.get("id") or (t.name == "a" and t.get("name"))))
    if inner is not None:
        return str(inner.get("id") or inner.get("name")).strip() or None
    parent = heading.parent
    if isinstance(parent, Tag) and parent.name in ("section", "article") and parent.get("id"):
        first = parent.find(list(HEADINGS))
        if first is heading:
            return str(parent["id"]).strip() or None
    return None


def _skipped(node: NavigableString | Tag) -> bool:
    return any(isinstance(p, Tag) and p.name in SKIP for p in node.parents)


class HtmlLoader:
    """Loads an HTML guide into sections.

    Example::

        sections = HtmlLoader(lang="fr").load("guide.html")
    """

    def __init__(self, lang: str | None = None, kind: str = "guide") -> None:
        self.lang, self.kind = lang, kind

    def load(self, path: str | Path) -> list[Section]:
        """Sections of the HTML file at `path`, split on h1/h2/h3."""
        source = str(path)
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            raise CorpusFormatError("io", source, detail=exc.strerror or exc.__class__.__name__) from None
        return self.parse(_decode(raw, source), source)

    def parse(self, markup: str, source: str = "") -> list[Section]:
        """Sections of an HTML string; `source` names it in sections and errors."""
        soup = BeautifulSoup(markup, "html.parser")
        root = soup.body or soup
        html = soup.find("html")
        page_lang = (html.get("lang") or html.get("xml:lang")) if isinstance(html, Tag) else None
        lang = resolve_lang(source, self.lang, page_lang, sample=root.get_text(" "))
        title_tag = soup.find("title")
        title = title_tag.get_text(" ", strip=True) if title_tag else ""
        builder = SectionBuilder(source, lang, self.kind, default_title=title or Path(source).stem)
        paragraph: list[str] = []
        block: Tag | None = None
        heading: Tag | None = None
        for node in root.descendants:
            if heading is not None and any(p is heading for p in node.parents):
                continue  # inside the heading: already taken as the title
            if isinstance(node, Tag):
                if node.name in HEADINGS and not _skipped(node):
                    builder.paragraph("".join(paragraph))
                    paragraph, block, heading = [], None, node
                    builder.heading(HEADINGS[node.name], _WS.sub(" ", node.get_text()), anchor=_anchor(node))
                elif node.name == "br":
                    paragraph.append("\n")
                continue
            if isinstance(node, Comment) or type(node) is not NavigableString or _skipped(node):
                continue
            text = str(node)
            if not text.strip() and not paragraph:
                continue
            owner = next((p for p in node.parents if isinstance(p, Tag) and p.name in BLOCKS), None)
            if owner is not block:
                builder.paragraph("".join(paragraph))
                paragraph, block = [], owner
            paragraph.append(_WS.sub(" ", text))
        builder.paragraph("".join(paragraph))
        return builder.sections()
