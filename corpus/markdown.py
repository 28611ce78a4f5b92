"""Markdown sections with YAML front matter: the project's own corpus format.

A file looks like::

    ---
    id: ass-formative
    lang: fr
    title: L'évaluation formative
    chapter: Évaluation
    keywords: [évaluation, formative]
    questions:                      # optional: how trainers ask for this section
      - "C'est quoi évaluer pour aider l'élève à progresser ?"
    ---
    Text of the section...

`questions` are search keys, never quoted in answers: in an Arabic file, write them in MSA, in
Darija and in Arabizi, as trainers type them. Folders `guide/`, `charter/` and `faq/` under a corpus root give the section's `kind`.
"""
from __future__ import annotations

import logging
import re
from pathlib import Path

import yaml

from corpus.errors import CorpusFormatError
from corpus.section import LANGS, Section

log = logging.getLogger(__name__)
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when built in: ~6x faster, same result

KINDS = ("guide", "charter", "faq")

__all__ = ["CorpusFormatError", "KINDS", "iter_markdown_files", "kind_of", "load_corpus", "parse_markdown_section"]


_KNOWN_KEYS = frozenset({"id", "lang", "title", "chapter", "keywords", "questions", "kind"})
_FENCE = re.compile(r"^---[ \t]*\r?$", re.MULTILINE)


def _split_front_matter(text: str, source: str) -> tuple[str, str]:
    """(YAML header, body) of a section file, or `CorpusFormatError`."""
    first = _FENCE.match(text)
    if not first:
        raise CorpusFormatError("no-front-matter", source)
    closing = _FENCE.search(text, first.end())
    if not closing:
        raise CorpusFormatError("unclosed-front-matter", source)
    header = text[first.end():closing.start()]
    return header, text[closing.end():].lstrip("\r\n")


def parse_markdown_section(raw: bytes | str, source: str = "", kind: str = "guide") -> Section:
    """Parse one Markdown file with front matter into a `Section`, or raise `CorpusFormatError`."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise CorpusFormatError("encoding", source, reason=exc.reason, position=exc.start) from None
    header, body = _split_front_matter(raw.lstrip("\ufeff"), source)
    try:
        meta = yaml.load(header, Loader=SAFE_LOADER) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else "?"
        problem = getattr(exc, "problem", None) or exc.__class__.__name__
        raise CorpusFormatError("yaml", source, line=line, problem=problem) from None
    if not isinstance(meta, dict):
        raise CorpusFormatError("not-mapping", source)
    for key in ("id", "lang", "title"):
        if not str(meta.get(key) or "").strip():
            raise CorpusFormatError("missing-key", source, key=key)
    lang = str(meta["lang"]).strip()
    if lang not in LANGS:
        raise CorpusFormatError("bad-lang", source, lang=lang, allowed=", ".join(LANGS))
    keywords = meta.get("keywords") or []
    if isinstance(keywords, str):
        keywords = [k.strip() for k in keywords.split(",")]
    elif not isinstance(keywords, (list, tuple)):
        keywords = [keywords]
    questions = meta.get("questions") or []
    if isinstance(questions, str):
        questions = [questions]
    if not isinstance(questions, (list, tuple)) or any(isinstance(q, (dict, list)) for q in questions):
        raise CorpusFormatError("bad-questions", source)
    chapter = str(meta.get("chapter") or "").strip()
    return Section(
        id=str(meta["id"]).strip(),
        lang=lang,
        title=str(meta["title"]).strip(),
        text=body.strip(),
        path=(chapter,) if chapter else (),
        kind=str(meta.get("kind") or kind),
        keywords=tuple(str(k) for k in keywords if str(k).strip()),
        questions=tuple(" ".join(str(q).split()) for q in questions if str(q).strip()),
        source=source,
        extra={k: v for k, v in meta.items() if k not in _KNOWN_KEYS},
    )


def iter_markdown_files(root: Path) -> list[Path]:
    """All Markdown files under `root`, sorted for a stable order."""
    return sorted(p for p in root.rglob("*.md") if p.is_file() and p.name.lower() != "readme.md")


def kind_of(path: Path, root: Path) -> str:
    """The section kind given by the first folder under the corpus root (guide by default)."""
    rel = path.relative_to(root).parts
    return rel[0] if rel and rel[0] in KINDS else "guide"


def load_corpus(root: str | Path, strict: bool = False) -> list[Section]:
    """Read every Markdown section under `root`; bad files are logged and skipped unless `strict`."""
    root = Path(root)
    sections: list[Section] = []
    for path in iter_markdown_files(root):
        try:
            sections.append(parse_markdown_section(path.read_bytes(), str(path), kind_of(path, root)))
        except CorpusFormatError as exc:
            if strict:
                raise
            log.warning("skipped %s", exc)
    return sections
