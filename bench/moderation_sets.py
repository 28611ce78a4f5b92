"""False positives of moderation on every labelled trainer question set (used by bench/moderation.py).

The sets: `tests/data/questions/*.jsonl`, `tests/data/holdout/questions.jsonl` and the blind sets
`tests/data/blind*/questions.jsonl` (blind2 and any later one are picked up when they exist), plus the
trainer turns of `tests/data/blind*/dialogues.jsonl`. A false positive is any action but publish, or any
verdict but "ok" on an in-scope message. Out of scope: `expected: []` without a kind (older sets) or
kind "out_of_scope"; "off_topic" is right on those and is counted apart, never as a false positive.
Calendar, person, social and dialogue messages are course talk: in scope. Example::

    figures = question_sets_fp(moderator)   # {"sets": {...}, "all": {"n", "false_positives", "rate"}, ...}
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from moderation import Moderator

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


def question_files(data: Path = DATA) -> list[Path]:
    """Every labelled question file, older sets first, then the blind sets in name order."""
    return [*sorted((data / "questions").glob("*.jsonl")), data / "holdout" / "questions.jsonl",
            *sorted(data.glob("blind*/questions.jsonl"))]


def _set_name(path: Path, data: Path) -> str:
    return "questions" if path.parent == data / "questions" else path.parent.name


def messages(data: Path = DATA) -> Iterator[tuple[str, str, str, str | None, bool]]:
    """(set, id, text, lang, in_scope) for every question and every dialogue turn."""
    for path in question_files(data):
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                in_scope = bool(r.get("expected")) or r.get("kind") in ("calendar", "human", "social")
                yield _set_name(path, data), str(r.get("id")), r["question"], r.get("lang"), in_scope
    for path in sorted(data.glob("blind*/dialogues.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                for i, turn in enumerate(r["turns"]):
                    yield f"{path.parent.name}/dialogues", f"{r['id']}.{i}", turn["user"], r.get("lang"), True


def _rate(flagged: int, n: int) -> float:
    return round(flagged / max(1, n), 4)


def question_sets_fp(moderator: Moderator, data: Path = DATA) -> dict:
    """Per set and overall: messages, false positives (and their verdicts), out-of-scope ones named off_topic."""
    sets: dict[str, dict] = {}
    flagged: list[dict] = []
    kinds: Counter = Counter()
    for name, ident, text, lang, in_scope in messages(data):
        s = sets.setdefault(name, {"n": 0, "false_positives": 0, "out_of_scope": 0, "out_of_scope_off_topic": 0})
        s["n"] += 1
        s["out_of_scope"] += not in_scope
        verdict = moderator.check(text, lang=lang, context="forum")
        if verdict.action != "publish" or (in_scope and not verdict.ok):
            s["false_positives"] += 1
            kinds[verdict.verdict] += 1
            flagged.append({"set": name, "id": ident, "verdict": verdict.verdict, "action": verdict.action,
                            "score": round(float(verdict.labels.get(verdict.verdict, 0.0)), 3)})
        elif not verdict.ok:
            s["out_of_scope_off_topic"] += 1
    for s in sets.values():
        s["rate"] = _rate(s["false_positives"], s["n"])
        s["below_2_percent"] = s["rate"] < 0.02
    n, fp = sum(s["n"] for s in sets.values()), sum(s["false_positives"] for s in sets.values())
    return {"sets": sets, "all": {"n": n, "false_positives": fp, "rate": _rate(fp, n),
                                  "below_2_percent": all(s["below_2_percent"] for s in sets.values())},
            "by_verdict": dict(kinds.most_common()), "flagged": flagged,
            "rule": "any action but publish, or any verdict but ok on an in-scope message"}
