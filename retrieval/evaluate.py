"""Retrieval evaluation: recall@k, MRR, out-of-scope answering and precision, overall and per language.

Question lines: `{"id", "question", "lang", "expected": [section ids]}`; empty `expected` = out of scope.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

from retrieval.errors import QuestionFileError  # noqa: F401 (re-exported)
from retrieval.types import Passage


@dataclass(frozen=True)
class Question:
    """One labelled question."""

    id: str
    question: str
    lang: str
    expected: tuple[str, ...]


# A blind set's calendar, human and social messages (`kind`) go to the calendar, a tutor or a short reply before
# any search: they are no retrieval questions, in or out of scope.
ROUTED_BEFORE_RETRIEVAL = frozenset({"calendar", "human", "social"})


def read_questions(paths: Iterable[Path]) -> list[Question]:
    """Read JSONL question files (a folder reads every `*.jsonl` in it), leaving out the messages that are
    routed before retrieval (`ROUTED_BEFORE_RETRIEVAL`)."""
    questions: list[Question] = []
    for path in paths:
        path = Path(path)
        files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
        for file in files:
            for n, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    d = json.loads(line)
                    if d.get("kind") in ROUTED_BEFORE_RETRIEVAL:
                        continue
                    questions.append(Question(str(d["id"]), str(d["question"]), str(d["lang"]),
                                              tuple(d.get("expected") or ())))
                except (ValueError, KeyError, TypeError) as exc:
                    raise QuestionFileError(f"{file}:{n}: {exc.__class__.__name__}: {exc}") from None
    return questions


def _metrics(rows: Sequence[tuple[Question, list[str], bool]]) -> dict:
    in_scope = [(q, ids, a) for q, ids, a in rows if q.expected]
    oos = [(q, ids, a) for q, ids, a in rows if not q.expected]
    out = {"n": len(rows), "n_in_scope": len(in_scope), "n_out_of_scope": len(oos)}
    for k in (1, 3, 5):
        hits = sum(1 for q, ids, _ in in_scope if set(ids[:k]) & set(q.expected))
        out[f"recall@{k}"] = round(hits / len(in_scope), 4) if in_scope else None
    rr = []
    for q, ids, _ in in_scope:
        rank = next((i + 1 for i, s in enumerate(ids) if s in q.expected), None)
        rr.append(1.0 / rank if rank else 0.0)
    out["mrr"] = round(sum(rr) / len(rr), 4) if rr else None
    out["answered_out_of_scope"] = round(sum(a for *_, a in oos) / len(oos), 4) if oos else None
    answered = [(q, ids) for q, ids, a in rows if a]
    correct = sum(1 for q, ids in answered if q.expected and ids and ids[0] in q.expected)
    out["precision_answered"] = round(correct / len(answered), 4) if answered else None
    out["answered_rate"] = round(len(answered) / len(rows), 4) if rows else None
    return out


def evaluate(search: Callable[[str], list[Passage]], questions: Sequence[Question], threshold: float,
             progress: Callable[[int, int], None] | None = None) -> dict:
    """Run every question through `search` and compute the metrics."""
    rows = []
    for i, q in enumerate(questions):
        passages = search(q.question)
        ids = [p.chunk.section_id for p in passages]
        answered = bool(passages) and passages[0].confidence >= threshold
        rows.append((q, ids, answered))
        if progress:
            progress(i + 1, len(questions))
    per_lang = {lang: _metrics([r for r in rows if r[0].lang == lang])
                for lang in sorted({q.lang for q in questions})}
    return {"overall": _metrics(rows), "per_lang": per_lang, "threshold": round(threshold, 4)}
