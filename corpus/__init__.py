"""The trainer guide: sections in Arabic and French, the loaders that read them, the course
calendar and the corpus check.

- `Section`, `load_corpus` (a folder of Markdown section files), `parse_markdown_section`;
- `load_document(path, lang=None)` for .md, .html, .pdf and .docx files (`corpus.loaders`);
- `load_calendar` / `parse_calendar` and the `Calendar` records (`corpus.calendar`);
- `check_corpus` / `run_check` (`corpus.check`), behind `rafiq corpus check DIR`;
- errors: `CorpusError` <- `CorpusFormatError`, `CalendarError`, each with `.message("fr"|"ar")`.
"""
from corpus.section import Section
from corpus.errors import CalendarError, CorpusError, CorpusFormatError
from corpus.markdown import load_corpus, parse_markdown_section
from corpus.loaders import DocumentLoader, load_document
from corpus.calendar import Assignment, Calendar, Cohort, LiveSession, Module, load_calendar
from corpus.calendar_parse import parse_calendar
from corpus.check import CheckReport, Problem, check_corpus, run_check

__all__ = [
    "Section", "load_corpus", "parse_markdown_section", "CorpusFormatError",
    "CorpusError", "CalendarError", "DocumentLoader", "load_document",
    "Calendar", "Cohort", "Module", "Assignment", "LiveSession", "load_calendar", "parse_calendar",
    "CheckReport", "Problem", "check_corpus", "run_check",
]
