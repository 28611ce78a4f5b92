"""What the Tutor needs from moderation, the calendar and the socio-cognitive role: one Protocol each."""
from __future__ import annotations

from typing import Protocol

from moderation.verdict import Verdict


class ModerationPort(Protocol):
    """What the Tutor needs from moderation."""

    def check(self, text: str, lang: str | None = None, author: str | None = None,
              context: str = "chat", ref: str | None = None) -> Verdict: ...


class OrganizationalPort(Protocol):
    """Answers questions about the calendar (None when the message is not about it), and gives the date after the
    one a calendar question got ("et la suivante ?" after the next live session)."""

    def answer(self, text: str, lang: str) -> str | None: ...

    def answer_after(self, asked: str, lang: str, steps: int = 1) -> str | None: ...


class SupportPort(Protocol):
    """Socio-cognitive replies (encouragement, reflection, peers), or None when none fits."""

    def state(self, text: str) -> str | None: ...

    def respond(self, text: str, lang: str, user: str, default: str | None = None,
                alerted: str | None = None) -> str | None: ...

    def respond_distress(self, lang: str, availability: str = "") -> str: ...
