"""Neutral records that travel through the Tutor: an incoming message and the reply."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from retrieval.types import Citation


@dataclass(frozen=True)
class Message:
    """A message from a trainer on any channel.

    Example: ``Message(channel="telegram", user="42", thread="42", text="ما هو التقويم التكويني؟")``
    """

    channel: str
    user: str
    text: str
    thread: str = ""
    lang_hint: str | None = None
    display_name: str = ""
    external_id: str = ""
    received_at: datetime | None = None


@dataclass(frozen=True)
class Button:
    """A button under a reply; `action` is what the channel sends back when it is pressed."""

    label: str
    action: str


@dataclass(frozen=True)
class Reply:
    """What Rafiq says back, with what it relied on and what it decided."""

    text: str
    lang: str
    intent: str
    confidence: float = 0.0
    citations: tuple[Citation, ...] = ()
    buttons: tuple[Button, ...] = ()
    escalate: bool = False
    reason: str = ""
    ticket_id: int | None = None
    interaction_id: int | None = None
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def to_json(self) -> dict:
        """The public `ask` JSON shape."""
        return {
            "answer": self.text,
            "lang": self.lang,
            "intent": self.intent,
            "confidence": round(float(self.confidence), 4),
            "citations": [{"id": c.id, "title": c.title, "lang": c.lang} for c in self.citations],
            "escalate": self.escalate,
            "reason": self.reason,
        }
