"""Moderation decisions as tutors review them: the stored log, overturning, and the training candidates.

    Moderator ──sink──► record(): one `moderation_log` row per decision (scores, reason, cues, the evidence
                         of each model; the *masked* text only when a class was found)
    console ──► ModerationReviews.recent() / .overturn(id, label, tutor) / .confirm(id, tutor)
                         the row keeps the tutor's label: another class than the verdict is a correction and a
                         training candidate (masked text + label); the verdict's own class is the tutor's agreement
            ──► ModerationReviews.candidates() ──► JSONL lines {"text", "lang", "label", ...} to review and
                         add to moderation/data/train before ``python -m moderation.train``
/forget deletes a person's rows (their author pseudonym), overturned or not. Example::

    reviews = ModerationReviews(store)
    reviews.overturn(12, "ok", "karim")      # "this was not abuse"
    reviews.confirm(13, "karim")             # "the decision is right"
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from bot.store import Store
from bot.store.schema import ModerationEntry, utcnow

log = logging.getLogger(__name__)
LABELS = ("ok", "toxic", "spam", "personal_data", "distress", "off_topic")
TRAINING_LABEL = {"ok": "none"}  # what moderation/data/train calls a clean example
FLAGGED = ("hold", "hide", "mask")  # the forum actions that asked the forum's moderators to look at the post
_REASON = re.compile(r"^(?P<verdict>[a-z_]+) (?P<score>\d+\.\d+) >= (?P<limit>\d+\.\d+) -> (?P<action>[a-z_]+)"
                     r"(?: \((?P<cues>[^()]*)\))?$")


@dataclass(frozen=True)
class Reasoning:
    """The policy's reason line read back: the class, its score against the rule's threshold, the action and the
    cues that fired (moderation/policy.py writes "toxic 1.00 >= 0.50 -> hold (toxic:model, toxic:insult)")."""

    verdict: str
    score: str
    limit: str
    action: str
    cues: tuple[str, ...] = ()


def reasoning(reason: str) -> Reasoning | None:
    """The parts of a policy reason line, or None for a line of another shape ("empty")."""
    found = _REASON.match((reason or "").strip())
    if found is None:
        return None
    cues = tuple(c.strip() for c in (found["cues"] or "").split(",") if c.strip())
    return Reasoning(found["verdict"], found["score"], found["limit"], found["action"], cues)


@dataclass(frozen=True)
class Decision:
    """One stored decision as the console shows it."""

    id: int
    at: datetime
    channel: str
    lang: str
    verdict: str
    action: str
    reason: str
    labels: dict
    cues: tuple[str, ...]
    evidence: dict = field(default_factory=dict)
    text: str = ""
    overturned_to: str | None = None
    overturned_by: str | None = None
    overturned_at: datetime | None = None
    ref: str = ""  # the post it is about ("<channel>:<post id>"); "" for a chat message or an older row

    @property
    def cleared(self) -> bool:
        """A tutor found the message acceptable ("aucun problème"): its post's review ticket is closed."""
        return self.overturned_to == "ok" and self.verdict != "ok"

    @property
    def confirmed(self) -> bool:
        """A tutor said the decision is right."""
        return self.overturned_to is not None and self.overturned_to == self.verdict

    @property
    def corrected(self) -> bool:
        """A tutor gave another class than the verdict (a training candidate)."""
        return self.overturned_to is not None and self.overturned_to != self.verdict

    @property
    def flagged_on_forum(self) -> bool:
        """A forum post the forum's moderators were asked to look at: a correction here never reaches the forum."""
        return self.channel == "forum" and self.action in FLAGGED


def _view(row: ModerationEntry) -> Decision:
    return Decision(row.id, row.created_at, row.channel, row.lang or "", row.verdict, row.action, row.reason or "",
                    dict(row.labels or {}), tuple(row.cues or ()), dict(row.evidence or {}), row.text or "",
                    row.overturned_to, row.overturned_by, row.overturned_at, row.ref or "")


def record(store: Store, record) -> None:
    """The Moderator's sink: keep a decision (a `ModerationRecord`); never raises."""
    try:
        with store.session() as s:
            s.add(ModerationEntry(channel=record.context, author=record.author_ref, verdict=record.verdict,
                                  action=record.action, labels=dict(record.labels), reason=record.reason,
                                  lang=record.lang or "", cues=list(record.cues), evidence=dict(record.evidence),
                                  text=record.excerpt, ref=getattr(record, "ref", "") or None))
    except Exception:  # the decision stands even if the log cannot be written
        log.exception("could not store a moderation record")


class ModerationReviews:
    """The decisions tutors look at and overturn."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def recent(self, verdict: str = "", overturned: bool | None = None, limit: int = 100) -> list[Decision]:
        """The latest decisions that found something (verdict other than "ok"), newest first."""
        query = select(ModerationEntry).where(ModerationEntry.verdict != "ok")
        if verdict:
            query = query.where(ModerationEntry.verdict == verdict)
        if overturned is not None:  # overturned: corrected to another class (an agreement is not a correction)
            column = ModerationEntry.overturned_to
            query = query.where((column.is_not(None) & (column != ModerationEntry.verdict)) if overturned
                                else (column.is_(None) | (column == ModerationEntry.verdict)))
        with self.store.session() as s:
            rows = s.scalars(query.order_by(ModerationEntry.id.desc()).limit(limit)).all()
            return [_view(r) for r in rows]

    def get(self, entry_id: int) -> Decision | None:
        """One decision, or None."""
        with self.store.session() as s:
            row = s.get(ModerationEntry, entry_id)
            return _view(row) if row is not None else None

    def overturn(self, entry_id: int, label: str, tutor: str) -> bool:
        """Record the tutor's label for a decision (another class than the verdict: a training candidate); False
        when unknown. ValueError for a label that is no class, or the verdict's own (that is `confirm`)."""
        if label not in LABELS:
            raise ValueError(f"unknown label {label!r}")
        return self._review(entry_id, label, tutor)

    def confirm(self, entry_id: int, tutor: str) -> bool:
        """Record that the tutor finds the decision right (its own class is kept as the label); False when unknown."""
        return self._review(entry_id, None, tutor)

    def _review(self, entry_id: int, label: str | None, tutor: str) -> bool:
        with self.store.session() as s:
            row = s.get(ModerationEntry, entry_id)
            if row is None:
                return False
            if label == row.verdict:
                raise ValueError(f"{label!r} is the decision itself: confirm it instead")
            row.overturned_to, row.overturned_by, row.overturned_at = label or row.verdict, tutor, utcnow()
        log.info("moderation decision %d %s by %s", entry_id, f"overturned to {label}" if label else "confirmed", tutor)
        return True

    def candidates(self) -> list[dict]:
        """Corrected decisions with their masked text, as training lines (oldest first); agreements are left out."""
        query = (select(ModerationEntry).where(ModerationEntry.overturned_to.is_not(None), ModerationEntry.text != "",
                                               ModerationEntry.overturned_to != ModerationEntry.verdict)
                 .order_by(ModerationEntry.id))
        with self.store.session() as s:
            return [{"text": r.text, "lang": r.lang or "", "label": TRAINING_LABEL.get(r.overturned_to, r.overturned_to),
                     "was": r.verdict, "action": r.action, "labels": dict(r.labels or {}), "channel": r.channel,
                     "overturned_by": r.overturned_by, "overturned_at": r.overturned_at.isoformat()
                     if r.overturned_at else None, "source": "console"} for r in s.scalars(query)]
