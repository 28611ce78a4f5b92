"""The neutral result of moderation: scores per class, the deciding class, and the action."""
from __future__ import annotations

from dataclasses import dataclass, field

CLASSES = ("toxic", "spam", "personal_data", "distress", "off_topic")
ACTIONS = ("publish", "mask", "hold", "hide", "escalate")


@dataclass(frozen=True)
class Verdict:
    """What moderation decided about one text.

    `labels` maps each class in `CLASSES` to a score in [0, 1]; `verdict` is "ok" or the class that
    decided the action; `masked_text` is the text with personal data replaced. Example::

        Verdict(labels={"toxic": 0.02, ...}, verdict="ok", action="publish", masked_text="...")
    """

    labels: dict[str, float]
    verdict: str = "ok"
    action: str = "publish"
    masked_text: str = ""
    reason: str = ""
    charter_section: str = ""
    spans: tuple[tuple[int, int, str], ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        """True when nothing was found."""
        return self.verdict == "ok"
