"""One cell of the weekly report: the counts of a week for a language variety, a channel, or all of them."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from bot.types import Reason

# interactions.detected_lang → language variety
VARIETIES = {"ar": "msa", "ary": "darija", "ary-Latn": "arabizi", "fr": "french"}
VARIETY_ORDER = ("msa", "darija", "arabizi", "french", "other")
# not a trainer's question: a button handing an earlier one over is not one more (it was counted, in "Other")
NOT_QUESTIONS = ("invalid", "greeting", "thanks", "moderated", "handed_over")
OUT_OF_SCOPE = (Reason.OFF_TOPIC, Reason.UNSUPPORTED_LANGUAGE)


def variety(detected_lang: str | None) -> str:
    """The language variety of a detected language ('other' when unknown)."""
    return VARIETIES.get(detected_lang or "", "other")


def outcome(escalate: bool, reason: str) -> str:
    """escalated, clarified, out_of_scope or answered: exactly one per question."""
    if escalate:
        return "escalated"
    if reason == Reason.CLARIFY:
        return "clarified"
    if reason in OUT_OF_SCOPE:
        return "out_of_scope"
    return "answered"


BUCKETS = (("le_15m", 15), ("le_1h", 60), ("le_4h", 240), ("le_24h", 1440), ("gt_24h", float("inf")))


def histogram(minutes: list[float]) -> dict[str, int]:
    """How many first answers fall in each delay bucket (upper bounds inclusive)."""
    counts = {name: 0 for name, _ in BUCKETS}
    for m in minutes:
        counts[next(name for name, top in BUCKETS if m <= top)] += 1
    return counts


def percentile(values: list[float], q: float) -> float | None:
    """The q-th percentile (linear interpolation, numpy's default), rounded to 0.1 minute; None when empty."""
    return round(float(np.percentile(values, q)), 1) if values else None


@dataclass
class Cell:
    """Counts for one week and one slice (a variety, a channel, both, or everything)."""

    questions: int = 0
    answered: int = 0
    clarified: int = 0
    escalated: int = 0
    out_of_scope: int = 0
    helpful: int = 0
    not_helpful: int = 0
    tickets: int = 0
    sla_breaches: int = 0
    wall: list[float] = field(default_factory=list)
    working: list[float] = field(default_factory=list)

    def add_question(self, escalate: bool, reason: str, feedback: str | None) -> None:
        """Count one question, its outcome and the trainer's vote."""
        self.questions += 1
        kind = outcome(escalate, reason)
        setattr(self, kind, getattr(self, kind) + 1)
        self.helpful += feedback == "up"
        self.not_helpful += feedback == "down"

    def add_ticket(self, wall: float | None, working: float | None, breached: bool) -> None:
        """Count one ticket opened, its first answer's delay in minutes, and whether it broke the SLA."""
        self.tickets += 1
        self.sla_breaches += breached
        if wall is not None and working is not None:
            self.wall.append(wall)
            self.working.append(working)

    def to_json(self) -> dict:
        """The cell's JSON object (see bot/reports/week.py for the schema)."""
        return {"questions": self.questions, "answered": self.answered, "clarified": self.clarified,
                "escalated": self.escalated, "out_of_scope": self.out_of_scope, "helpful": self.helpful,
                "not_helpful": self.not_helpful, "tickets": self.tickets,
                "tickets_answered": len(self.wall), "sla_breaches": self.sla_breaches,
                "first_answer_minutes": {
                    "wall": {"median": percentile(self.wall, 50), "p90": percentile(self.wall, 90)},
                    "working": {"median": percentile(self.working, 50), "p90": percentile(self.working, 90)}}}
