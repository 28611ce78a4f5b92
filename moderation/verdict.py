"""The neutral result of moderation: scores per class, the deciding class, and the action."""
from __future__ import annotations

from dataclasses import dataclass, field

CLASSES = ("toxic", "spam", "personal_data", "distress", "off_topic")
ACTIONS = ("publish", "mask", "hold", "hide", "escalate")


@dataclass(frozen=True)
class Verdict:
    """What moderation decided about one text.

    `labels` maps each class in `CLASSES` to a score in [0, 1]; `verdict` is "ok" or the class that
    decided the action; `masked_text` is the text with personal data replaced (store and log this,
    never the original); `spans` are the personal data found as (start, end, kind) in the original;
    `priority` is "urgent" when a human must see it first (distress); `cues` name the rules that fired
    (never the words); `evidence` holds the numbers behind them (each model's scores, the language
    family, the nearest guide section for off-topic), for the console's explanation. Example::

        Verdict(labels={"toxic": 0.02, ...}, verdict="ok", action="publish", masked_text="...")
    """

    labels: dict[str, float]
    verdict: str = "ok"
    action: str = "publish"
    masked_text: str = ""
    reason: str = ""
    charter_section: str = ""
    spans: tuple[tuple[int, int, str], ...] = field(default_factory=tuple)
    lang: str = ""
    priority: str = "normal"
    cues: tuple[str, ...] = ()
    evidence: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when nothing was found."""
        return self.verdict == "ok"

    @property
    def urgent(self) -> bool:
        """True when a human must be alerted at the highest priority (distress)."""
        return self.priority == "urgent"

    def to_json(self) -> dict:
        """The public `moderate` JSON shape: {"labels": {class: score}, "verdict", "action"}."""
        return {
            "labels": {cls: round(float(self.labels.get(cls, 0.0)), 4) for cls in CLASSES},
            "verdict": self.verdict,
            "action": self.action,
        }

    def appeal(self) -> dict:
        """What an appeal ticket needs: the decision, its reason, the charter section and the scores."""
        return {
            "verdict": self.verdict,
            "action": self.action,
            "reason": self.reason,
            "charter_section": self.charter_section,
            "labels": self.to_json()["labels"],
            "cues": list(self.cues),
            "evidence": self.evidence,
        }


class PassThroughModerator:
    """A moderator that lets everything through (used when moderation is switched off)."""

    def check(self, text: str, lang: str | None = None, author: str | None = None,
              context: str = "chat", ref: str | None = None) -> Verdict:
        """Publish everything."""
        return Verdict(labels={}, masked_text=text)
