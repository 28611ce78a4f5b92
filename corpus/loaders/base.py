"""What every document loader shares: the `DocumentLoader` protocol and the section builder.

A loader walks a document in reading order and tells a `SectionBuilder` about headings and
paragraphs; the builder keeps the heading path, makes unique ids and drops empty sections.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Protocol, runtime_checkable

from corpus.errors import CorpusFormatError
from corpus.section import LANGS, Section

_ARABIC_LETTER = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F]")
_SPACES = re.compile(r"[ \t\u00A0\u2000-\u200A\u202F]+")


@runtime_checkable
class DocumentLoader(Protocol):
    """Reads one document file into sections, e.g. ``HtmlLoader(lang="fr").load(path)``."""

    def load(self, path: str | Path) -> list[Section]:
        """All non-empty sections of the document at `path`, in reading order."""
        ...


def slugify(text: str, max_len: int = 60) -> str:
    """A lowercase id from a heading: letters of any script and digits joined by '-'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c) and c != "\u0640")
    words = re.findall(r"\w+", text.lower())
    slug = "-".join(words).replace("_", "-")
    return slug[:max_len].strip("-")


def normalize_lang(value: str | None) -> str | None:
    """'fr-FR' -> 'fr', 'AR_ma' -> 'ar'; None or '' -> None; other languages are kept as given."""
    if not value or not str(value).strip():
        return None
    return re.split(r"[-_]", str(value).strip().lower(), maxsplit=1)[0]


def guess_lang(text: str) -> str:
    """'ar' when Arabic letters outnumber Latin ones, else 'fr'."""
    arabic = len(_ARABIC_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    return "ar" if arabic > latin else "fr"


def resolve_lang(source: str, *candidates: str | None, sample: str = "") -> str:
    """The first given language among `candidates`, else a guess from `sample`; must be ar or fr."""
    for candidate in candidates:
        lang = normalize_lang(candidate)
        if lang:
            if lang not in LANGS:
                raise CorpusFormatError("bad-lang", source, lang=lang, allowed=", ".join(LANGS))
            return lang
    return guess_lang(sample)


def clean_text(text: str) -> str:
    """Collapse runs of spaces inside lines, trim lines, and keep at most one blank line."""
    lines = [_SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


class SectionBuilder:
    """Collects headings and paragraphs in reading order and turns them into sections.

    Example::

        b = SectionBuilder(source="guide.html", lang="fr", kind="guide", default_title="Guide")
        b.heading(1, "Évaluation", anchor="evaluation")
        b.paragraph("L'évaluation formative ...")
        sections = b.sections()
    """

    def __init__(self, source: str, lang: str, kind: str = "guide", default_title: str = "") -> None:
        self.source, self.lang, self.kind = source, lang, kind
        self._stack: list[tuple[int, str]] = []
        self._title = default_title or Path(source).stem
        self._anchor: str | None = None
        self._level = 0
        self._extra: dict = {}
        self._paragraphs: list[str] = []
        self._done: list[Section] = []
        self._ids: set[str] = set()

    def heading(self, level: int, title: str, anchor: str | None = None, **extra: object) -> None:
        """Close the current section and open one under a heading of `level` (1 = top)."""
        title = clean_text(title).replace("\n", " ")
        if not title:
            return
        self._flush()
        while self._stack and self._stack[-1][0] >= level:
            self._stack.pop()
        self._title, self._anchor, self._level, self._extra = title, anchor, level, dict(extra)
        self._stack.append((level, title))

    def paragraph(self, text: str) -> None:
        """Add one paragraph of body text to the current section."""
        text = clean_text(text)
        if text:
            self._paragraphs.append(text)

    def sections(self) -> list[Section]:
        """All non-empty sections collected so far, closing the last one."""
        self._flush()
        return list(self._done)

    def _flush(self) -> None:
        if self._paragraphs:
            path = tuple(t for _, t in self._stack[:-1])
            self._done.append(Section(
                id=self._unique_id(self._anchor or slugify(self._title) or "section"),
                lang=self.lang, title=self._title, text="\n\n".join(self._paragraphs), path=path,
                kind=self.kind, source=self.source, extra={"level": self._level, **self._extra},
            ))
        self._paragraphs = []

    def _unique_id(self, base: str) -> str:
        candidate, n = base, 2
        while candidate in self._ids:
            candidate, n = f"{base}-{n}", n + 1
        self._ids.add(candidate)
        return candidate
