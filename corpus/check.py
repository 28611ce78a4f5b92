"""`rafiq corpus check DIR`: find what is wrong in a corpus folder before it is indexed.

Checks: every section file parses (UTF-8, front matter with id, lang, title, and `questions` a list
when present; a question over 300 characters is a warning); ids are unique per
language within a kind; each guide or charter section exists in both languages (a warning when
not) and so does each FAQ entry unless its front matter says `single_language: true` (an error
when not); no section is empty; size limits; calendar.yaml, when present, is valid. Every
problem carries its message in French and Arabic.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus.calendar import Calendar, load_calendar
from corpus.errors import CalendarError, CorpusError
from corpus.markdown import KINDS, iter_markdown_files, kind_of, parse_markdown_section
from corpus.messages import render
from corpus.section import LANGS, Section

# kind -> (warn under this many words or None, error over this many words)
WORD_LIMITS: dict[str, tuple[int | None, int]] = {"guide": (60, 2000), "charter": (None, 2000), "faq": (None, 2000)}
MAX_FILE_BYTES = 64 * 1024
MAX_QUESTION_CHARS = 300
_GOOD_ID = re.compile(r"\w[\w.\-]*")
_IGNORED_NAMES = {"readme.md", ".gitkeep", ".ds_store"}


@dataclass(frozen=True)
class Problem:
    """One finding: severity "error" or "warning", the file, a code and the message in fr and ar."""

    severity: str
    path: str
    code: str
    message_fr: str
    message_ar: str

    def message(self, lang: str = "fr") -> str:
        """The message in `lang` (Arabic for "ar", French otherwise)."""
        return self.message_ar if lang == "ar" else self.message_fr

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: severity, path, code and message {"fr", "ar"}."""
        return {"severity": self.severity, "path": self.path, "code": self.code,
                "message": {"fr": self.message_fr, "ar": self.message_ar}}


@dataclass(frozen=True)
class CheckReport:
    """What `check_corpus` found. Example: ``report.ok``, ``report.errors``, ``report.stats()``."""

    root: str
    problems: tuple[Problem, ...]
    sections: tuple[Section, ...] = ()
    calendar: Calendar | None = field(default=None, compare=False)

    @property
    def errors(self) -> list[Problem]:
        """Problems that block indexing."""
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        """Problems worth fixing that do not block."""
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def ok(self) -> bool:
        """True when there is no error."""
        return not self.errors

    def stats(self) -> dict[str, dict[str, dict[str, int]]]:
        """{kind: {lang: {"sections": n, "words": n}}} over the sections that parsed."""
        out: dict[str, dict[str, dict[str, int]]] = {}
        for s in self.sections:
            cell = out.setdefault(s.kind, {}).setdefault(s.lang, {"sections": 0, "words": 0})
            cell["sections"] += 1
            cell["words"] += s.word_count
        return out

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form of the whole report."""
        cal = self.calendar
        return {"root": self.root, "ok": self.ok, "errors": len(self.errors), "warnings": len(self.warnings),
                "problems": [p.to_dict() for p in self.problems], "stats": self.stats(),
                "calendar": None if cal is None else {"modules": len(cal.modules), "assignments": len(
                    cal.assignments), "live_sessions": len(cal.live_sessions)}}


def _problem(severity: str, path: str, code: str, **params: Any) -> Problem:
    """A Problem whose parameters written "lang:xx" become the language's name in each message."""
    def fill(lang: str) -> str:
        local = {k: render(f"lang-{v[5:]}", lang) if isinstance(v, str) and v.startswith("lang:") else v
                 for k, v in params.items()}
        return render(code, lang, **local)
    return Problem(severity, path, code, fill("fr"), fill("ar"))


def _from_error(exc: CorpusError, path: str) -> Problem:
    return Problem("error", path, exc.code, exc.message("fr"), exc.message("ar"))


def _check_files(root: Path, rel) -> tuple[list[Section], list[Problem]]:
    sections, problems = [], []
    for path in iter_markdown_files(root):
        try:
            raw = path.read_bytes()
            section = parse_markdown_section(raw, str(path), kind_of(path, root))
        except OSError as exc:
            problems.append(_problem("error", rel(path), "io", detail=exc.strerror or exc.__class__.__name__))
            continue
        except CorpusError as exc:
            problems.append(_from_error(exc, rel(path)))
            continue
        sections.append(section)
        kind = section.kind if section.kind in WORD_LIMITS else "guide"
        low, high = WORD_LIMITS[kind]
        if len(raw) > MAX_FILE_BYTES:
            problems.append(_problem("error", rel(path), "chk-too-big", size_kb=len(raw) // 1024,
                                     limit_kb=MAX_FILE_BYTES // 1024))
        if not section.text.strip():
            problems.append(_problem("error", rel(path), "chk-empty-section"))
        elif section.word_count > high:
            problems.append(_problem("error", rel(path), "chk-too-long", words=section.word_count, limit=high))
        elif low is not None and section.word_count < low:
            problems.append(_problem("warning", rel(path), "chk-too-short", words=section.word_count, limit=low))
        for question in section.questions:
            if len(question) > MAX_QUESTION_CHARS:
                problems.append(_problem("warning", rel(path), "chk-long-question", chars=len(question),
                                         limit=MAX_QUESTION_CHARS))
        if not _GOOD_ID.fullmatch(section.id):
            problems.append(_problem("warning", rel(path), "chk-bad-id", id=section.id))
    for kind in KINDS:
        folder = root / kind
        for path in sorted(folder.rglob("*")) if folder.is_dir() else []:
            if path.is_file() and path.suffix.lower() != ".md" and path.name.lower() not in _IGNORED_NAMES:
                problems.append(_problem("warning", rel(path), "chk-ignored-file"))
    return sections, problems


def _check_ids(sections: list[Section], rel) -> list[Problem]:
    problems: list[Problem] = []
    first: dict[tuple[str, str, str], str] = {}
    versions: dict[tuple[str, str], dict[str, Section]] = defaultdict(dict)
    for s in sections:
        key = (s.kind, s.lang, s.id)
        if key in first:
            problems.append(_problem("error", rel(Path(s.source)), "chk-duplicate-id", id=s.id, lang=s.lang,
                                     kind=s.kind, other=first[key]))
            continue
        first[key] = rel(Path(s.source))
        versions[(s.kind, s.id)][s.lang] = s
    for (kind, section_id), by_lang in sorted(versions.items()):
        for missing in (lang for lang in LANGS if lang not in by_lang):
            have = next(iter(by_lang.values()))
            params = {"id": section_id, "have": f"lang:{have.lang}", "missing": f"lang:{missing}"}
            if kind != "faq":
                problems.append(_problem("warning", rel(Path(have.source)), "chk-missing-translation", **params))
            elif not any(v.extra.get("single_language") is True for v in by_lang.values()):
                problems.append(_problem("error", rel(Path(have.source)), "chk-faq-single-language", **params))
    return problems


def check_corpus(root: str | Path) -> CheckReport:
    """Check every section file and calendar.yaml under `root`; never raises on bad content."""
    root = Path(root)

    def rel(path: Path) -> str:
        try:
            return str(path.relative_to(root))
        except ValueError:
            return str(path)

    if not root.is_dir():
        return CheckReport(str(root), (_problem("error", str(root), "chk-no-root", root=str(root)),))
    sections, problems = _check_files(root, rel)
    problems += _check_ids(sections, rel)
    if not sections and not any(p.severity == "error" for p in problems):
        problems.append(_problem("error", str(root), "chk-no-sections"))
    calendar = None
    cal_path = root / "calendar.yaml"
    if cal_path.is_file():
        try:
            calendar = load_calendar(cal_path)
        except CalendarError as exc:
            problems.append(_from_error(exc, rel(cal_path)))
    order = {"error": 0, "warning": 1}
    problems.sort(key=lambda p: (order.get(p.severity, 2), p.path, p.code))
    return CheckReport(str(root), tuple(problems), tuple(sections), calendar)


def format_report(report: CheckReport, lang: str = "fr") -> str:
    """The report as text in `lang`: problems, then counts per kind and language, then totals."""
    lines = []
    for p in report.problems:
        label = render("lbl-error" if p.severity == "error" else "lbl-warning", lang)
        lines.append(f"[{label}] {p.path}: {p.message(lang)}")
    if lines and (report.sections or report.calendar is not None):
        lines.append("")
    for kind, by_lang in sorted(report.stats().items()):
        for code, cell in sorted(by_lang.items()):
            lines.append(render("lbl-stats", lang, kind=kind, lang=code, **cell))
    if report.calendar is not None:
        cal = report.calendar
        lines.append(render("lbl-calendar", lang, modules=len(cal.modules), assignments=len(cal.assignments),
                            live=len(cal.live_sessions)))
    lines.append(render("lbl-summary", lang, errors=len(report.errors), warnings=len(report.warnings)))
    return "\n".join(lines)


def run_check(root: str | Path, lang: str = "fr", json_out: bool = False) -> int:
    """Print the check of `root` (text in `lang`, or JSON) and return 1 on any error, else 0."""
    report = check_corpus(root)
    if json_out:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_report(report, lang))
    return 0 if report.ok else 1
