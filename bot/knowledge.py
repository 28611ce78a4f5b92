"""Knowledge that grows: a tutor's answer becomes a FAQ entry in the corpus and in the live index.

The entry is written as Markdown with front matter in ``<corpus_dir>/faq/faq-t<ticket id>.<lang>.md``
(both languages when the tutor gives both, otherwise one file marked ``single_language: true``; the
question is also the entry's first question key, so a trainer asking it again matches it directly), read
back with the corpus loader, and added to the index incrementally (`RetrievalEngine.add`), so the next
trainer who asks is answered at once with the entry cited — and a restart finds the same corpus hash.
With `changes` (the store's `IndexChanges`), the entry is recorded for the other workers (`bot.index_sync`); a
coordinator can take it back (`withdraw`).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

import yaml

from bot.clock import utcnow
from bot.errors import FaqError  # noqa: F401 (re-exported: callers import it from here)
from bot.index_sync import FAQ, FAQ_WITHDRAWN, IndexChanges
from bot.texts import t
from corpus.markdown import parse_markdown_section
from corpus.section import LANGS, Section
from retrieval.engine import RetrievalEngine

log = logging.getLogger(__name__)

MAX_QUESTION, MAX_ANSWER = 300, 4000


@dataclass(frozen=True)
class FaqVersion:
    """One language version of a FAQ entry."""

    lang: str
    question: str
    answer: str
    asked: tuple[str, ...] = ()  # the trainers' own words for it (the ticket's question): more question keys


@dataclass(frozen=True)
class FaqEntry:
    """A FAQ entry promoted from a ticket.

    Example: ``FaqEntry(12, (FaqVersion("fr", "Quand ... ?", "En juin."),), added_by="karim")``
    """

    ticket_id: int
    versions: tuple[FaqVersion, ...]
    added_by: str = ""

    @property
    def id(self) -> str:
        """The section id shared by every language version."""
        return f"faq-t{self.ticket_id}"


def is_tutor_entry(section_id: str) -> bool:
    """True for a FAQ entry a tutor added from a ticket (`faq-t<ticket id>`), not a section of the guide."""
    return section_id.startswith("faq-t") and section_id[5:].isdigit()


def entry_from_fields(ticket_id: int, fields: dict[str, str], added_by: str = "") -> FaqEntry:
    """Build an entry from `question_ar`, `answer_ar`, `question_fr`, `answer_fr`; FaqError when unusable."""
    versions = []
    for lang in LANGS:
        question = " ".join((fields.get(f"question_{lang}") or "").split())
        answer = (fields.get(f"answer_{lang}") or "").replace("\r\n", "\n").strip()
        if not question and not answer:
            continue
        if not question or not answer:
            raise FaqError("faq_incomplete", f"{lang}: a question needs an answer and an answer a question")
        if len(question) > MAX_QUESTION or len(answer) > MAX_ANSWER:
            raise FaqError("faq_too_long", f"{lang}: question {len(question)}/{MAX_QUESTION}, "
                                           f"answer {len(answer)}/{MAX_ANSWER} characters")
        versions.append(FaqVersion(lang, question, answer))
    if not versions:
        raise FaqError("faq_empty", f"ticket #{ticket_id}: no question in Arabic or French")
    return FaqEntry(ticket_id, tuple(versions), added_by)


def with_asked(entry: FaqEntry, lang: str, question: str) -> FaqEntry:
    """The entry with a trainer's question (its ticket's, masked) as one more question key of its `lang` version: a
    tutor's rewording became the only key, and the very question that led to the entry went to a tutor again."""
    question = " ".join((question or "").split())
    if not question or len(question) > MAX_QUESTION:
        return entry
    versions = tuple(replace(v, asked=v.asked + (question,)) if v.lang == lang and question != v.question
                     and question not in v.asked else v for v in entry.versions)
    return replace(entry, versions=versions)


def render(entry: FaqEntry, version: FaqVersion, now: datetime | None = None) -> str:
    """The Markdown file of one language version."""
    meta = {"id": entry.id, "lang": version.lang, "title": version.question, "chapter": t("faq_chapter", version.lang),
            "keywords": [], "questions": [version.question, *version.asked], "source_ticket": entry.ticket_id, "added_by": entry.added_by,
            "added_at": (now or utcnow()).strftime("%Y-%m-%dT%H:%M:%SZ")}
    if len(entry.versions) == 1:
        meta["single_language"] = True
    header = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=10_000)
    return f"---\n{header}---\n{version.answer}\n"


class KnowledgeBase:
    """Writes FAQ entries into the corpus and the live index.

    Example: ``KnowledgeBase(settings.corpus_dir, services.engine).promote(entry)``
    """

    def __init__(self, corpus_dir: Path, engine: RetrievalEngine, changes: IndexChanges | None = None) -> None:
        self.folder = Path(corpus_dir) / "faq"
        self.engine = engine
        self.changes = changes

    def paths(self, entry_id: str) -> list[Path]:
        """The files of an entry that exist now."""
        return sorted(self.folder.glob(f"{entry_id}.*.md"))

    def read(self, entry_id: str) -> dict[str, Section]:
        """The entry's language versions as they are on disk, by language."""
        found = {}
        for path in self.paths(entry_id):
            section = parse_markdown_section(path.read_bytes(), str(path), "faq")
            found[section.lang] = section
        return found

    def write(self, entry: FaqEntry) -> list[Section]:
        """Write (or replace) the entry's files and return them as parsed sections."""
        self.folder.mkdir(parents=True, exist_ok=True)
        for old in self.paths(entry.id):
            old.unlink()
        sections = []
        for version in entry.versions:
            path = self.folder / f"{entry.id}.{version.lang}.md"
            tmp = path.with_suffix(".md.tmp")
            tmp.write_text(render(entry, version), encoding="utf-8")
            tmp.replace(path)
            sections.append(parse_markdown_section(path.read_bytes(), str(path), "faq"))
        return sections

    def promote(self, entry: FaqEntry) -> list[Section]:
        """Write the entry and add it to the index; returns the sections added."""
        sections = self.write(entry)
        self.engine.add(sections)
        if self.changes is not None:
            self.changes.record(FAQ, sections)
        log.info("FAQ entry %s added (%s) by %s", entry.id, ",".join(s.lang for s in sections),
                 entry.added_by or "?")
        return sections

    def withdraw(self, entry_id: str, by: str = "") -> list[Section]:
        """Take a published entry back: its files removed, the live index without it (every worker's, through
        the change log, and after a restart); returns the sections withdrawn ([] when there was none)."""
        recorded = [s for s in self.changes.faq_sections() if s.id == entry_id] if self.changes else []
        sections = list(self.read(entry_id).values()) or recorded
        if not sections:
            return []
        for path in self.paths(entry_id):
            path.unlink()
        self.engine.add((), drop=frozenset(s.key for s in sections))
        if self.changes is not None:
            self.changes.record(FAQ_WITHDRAWN, sections)
        log.info("FAQ entry %s withdrawn (%s) by %s", entry_id, ",".join(s.lang for s in sections), by or "?")
        return sections
