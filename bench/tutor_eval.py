"""What reaches the trainer: the whole Tutor (intent, retrieval, decision, memory) on a question set and
on multi-turn dialogues, per variety (MSA, Darija, Arabizi, French). Prints one JSON object.

Questions (`tests/data/blind/questions.jsonl`, written blind, never tuned on) carry a `kind`:
- content: answered_right = an ANSWER citing an expected section; also answered_wrong, clarified (and
  clarified_offering_right: the clarifying question offered a right section), escalated, other (a calendar, support or polite reply instead of the guide);
- out_of_scope: answered_out_of_scope = an ANSWER citing a guide section;
- calendar / human / social: routed right = a calendar reply / a request for a person escalated /
  a reply of its own (no ticket, no section, no clarifying question).
precision = right answers / all answers citing the guide (content and out-of-scope questions).
Out of scope in a conversation: each out-of-scope question asked right after an in-scope question (a fixed
pairing); the share that gets a guide answer. Dialogues: a turn is right when the Tutor does what its `expect` says; a dialogue ends as expected when
its last turn is right. Run: ``python bench/tutor_eval.py [--questions F] [--dialogues F] [--data DIR]``
(the index is built once in --data, default /tmp/rafiq-tutor-eval).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[0] = str(ROOT)  # not bench/: its telegram.py would hide python-telegram-bot

from bot.app import build_services  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.types import Decision, Intent, Kind, Message, Reason  # noqa: E402

VARIETIES = ("msa", "darija", "arabizi", "fr")


def cited(decision: Decision) -> set[str]:
    """The section ids an answer cites."""
    return {c.id for c in decision.citations} if decision.kind == Kind.ANSWER else set()


def question_outcome(row: dict, decision: Decision) -> str:
    """One word for what happened to a single question."""
    kind, expected, ids = row["kind"], set(row.get("expected") or ()), cited(decision)
    if kind == "content":
        if ids & expected:
            return "answered_right"
        if ids:
            return "answered_wrong"
        if decision.kind == Kind.CLARIFY:  # did the clarifying question offer a right section?
            offered = [c.id for c in decision.options]
            if offered[:1] and offered[0] in expected:
                return "clarified_first_right"
            return "clarified_offering_right" if set(offered) & expected else "clarified"
        return "escalated" if decision.kind == Kind.ESCALATE else "other"
    if kind == "out_of_scope":
        return "answered_out_of_scope" if ids else ("escalated" if decision.escalate else "declined")
    if kind == "calendar":
        return "routed_right" if decision.intent == Intent.ORGANIZATIONAL else "routed_wrong"
    if kind == "human":
        return "routed_right" if decision.reason == Reason.HUMAN_REQUESTED else "routed_wrong"
    # social (a greeting, thanks, discouragement): a reply of its own, not a ticket, a guide section or a clarifying
    # question about sections
    return "routed_right" if decision.kind == Kind.ANSWER and not ids else "routed_wrong"


def turn_right(expect: dict, decision: Decision, previous: Decision | None) -> bool:
    """Whether the Tutor did what a dialogue turn expects."""
    kind, sections = expect["kind"], set(expect.get("sections") or ())
    ids = cited(decision)
    if kind in ("answer", "confirm_clarification", "same_topic_example"):
        return bool(ids & sections)
    if kind == "same_topic_other_lang":
        return bool(ids & sections) and decision.lang == expect.get("lang")
    if kind == "calendar":
        return decision.intent == Intent.ORGANIZATIONAL
    if kind == "human":
        return decision.reason == Reason.HUMAN_REQUESTED
    if kind == "clarify":
        return decision.kind == Kind.CLARIFY
    return False


def rate(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def evaluate_questions(services, rows: list[dict]) -> dict:
    by_variety: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for i, row in enumerate(rows):
        decision = services.tutor.handle(Message(channel="eval", user=f"q-{row['id']}-{i}", text=row["question"]))
        outcome = question_outcome(row, decision)
        for key in (row.get("variety", row["lang"]), "all"):
            by_variety[key][f"{row['kind']}:{outcome}"] += 1
            by_variety[key][f"n_{row['kind']}"] += 1
    report = {}
    for variety, c in by_variety.items():
        content, oos = c["n_content"], c["n_out_of_scope"]
        answers = c["content:answered_right"] + c["content:answered_wrong"] + c["out_of_scope:answered_out_of_scope"]
        report[variety] = {
            "n_content": content, "answered_right": rate(c["content:answered_right"], content),
            "answered_wrong": rate(c["content:answered_wrong"], content),
            "clarified": rate(c["content:clarified"] + c["content:clarified_offering_right"]
                              + c["content:clarified_first_right"], content),
            "clarified_first_option_right": rate(c["content:clarified_first_right"], content),
            "clarified_other_option_right": rate(c["content:clarified_offering_right"], content),
            "escalated": rate(c["content:escalated"], content),
            "other": rate(c["content:other"], content),
            "precision": rate(c["content:answered_right"], answers),
            "n_out_of_scope": oos, "out_of_scope_answered": rate(c["out_of_scope:answered_out_of_scope"], oos),
            **{f"{k}_routed_right": rate(c[f"{k}:routed_right"], c[f"n_{k}"])
               for k in ("calendar", "human", "social") if c[f"n_{k}"]},
        }
    return report


def evaluate_out_of_scope_in_conversation(services, rows: list[dict]) -> dict:
    """Each out-of-scope question asked right after an in-scope one of the same variety (the k-th after the
    (7k mod n)-th, a fixed pairing): how often it gets a guide answer. A recipe sent after a question on
    micro-teaching must not be answered from micro-teaching."""
    content: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        if row["kind"] == "content":
            content[row.get("variety", row["lang"])].append(row)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # answered, asked
    out_of_scope = [row for row in rows if row["kind"] == "out_of_scope"]
    for k, row in enumerate(out_of_scope):
        variety = row.get("variety", row["lang"])
        if not content[variety]:
            continue
        first = content[variety][(7 * k) % len(content[variety])]
        user = f"oos-in-conversation-{row['id']}-{k}"
        services.tutor.handle(Message(channel="eval", user=user, text=first["question"]))
        decision = services.tutor.handle(Message(channel="eval", user=user, text=row["question"]))
        for key in (variety, "all"):
            counts[key][0] += bool(cited(decision))
            counts[key][1] += 1
    return {k: {"answered": rate(v[0], v[1]), "n": v[1]} for k, v in counts.items()}


def evaluate_dialogues(services, dialogues: list[dict]) -> dict:
    by_variety: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # ended right, n, turns right, turns
    by_expect: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # turns right, turns, per expected kind
    for d in dialogues:
        previous, right = None, []
        for turn in d["turns"]:
            decision = services.tutor.handle(Message(channel="eval", user=f"d-{d['id']}", text=turn["user"]))
            right.append(turn_right(turn["expect"], decision, previous))
            by_expect[turn["expect"]["kind"]][0] += right[-1]
            by_expect[turn["expect"]["kind"]][1] += 1
            previous = decision
        for key in (d.get("variety", d["lang"]), "all"):
            counts = by_variety[key]
            counts[0] += right[-1]
            counts[1] += 1
            counts[2] += sum(right)
            counts[3] += len(right)
    # aggregates only: no list of failed ids, so that nobody is tempted to tune on single dialogues
    return {k: {"ended_as_expected": rate(v[0], v[1]), "n": v[1], "turns_right": rate(v[2], v[3])}
            for k, v in by_variety.items()} | {"turns_right_by_expected_kind": {
                k: {"right": rate(v[0], v[1]), "n": v[1]} for k, v in sorted(by_expect.items())}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, default=ROOT / "tests/data/blind/questions.jsonl")
    parser.add_argument("--dialogues", type=Path, default=ROOT / "tests/data/blind/dialogues.jsonl")
    parser.add_argument("--data", type=Path, default=Path("/tmp/rafiq-tutor-eval"))
    args = parser.parse_args()
    settings = Settings(data_dir=args.data, database_url=f"sqlite:///{args.data}/eval.db")
    args.data.mkdir(parents=True, exist_ok=True)
    (args.data / "eval.db").unlink(missing_ok=True)
    services = build_services(settings)
    services.warm_up()
    questions = [json.loads(line) for line in args.questions.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in questions:  # a retrieval set (tests/data/holdout) names no kind: in or out of scope by `expected`
        row.setdefault("kind", "content" if row.get("expected") else "out_of_scope")
    dialogues = [json.loads(line) for line in args.dialogues.read_text(encoding="utf-8").splitlines() if line.strip()]
    print(json.dumps({"questions": evaluate_questions(services, questions),
                      "out_of_scope_in_conversation": evaluate_out_of_scope_in_conversation(services, questions),
                      "dialogues": evaluate_dialogues(services, dialogues),
                      "threshold": services.engine.threshold,
                      "variety_thresholds": services.engine.calibration.variety_thresholds},
                     ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
