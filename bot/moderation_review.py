"""Moderation decisions as tutors review them: the stored log, overturning, and the training candidates.

    Moderator ──sink──► record(): one `moderation_log` row per decision (scores, reason, cues, the evidence
                         of each model; the *masked* text only when a class was found)
    console ──► ModerationReviews.recent() / .overturn(id, label, tutor)
                         the row keeps the tutor's label: it is a training candidate (masked text + label)
            ──► ModerationReviews.candidates() ──► JSONL lines {"text", "lang", "label", ...} to review and
                         add to moderation/data/train before ``python -m moderation.train``
/forget deletes a person's rows (their author pseudonym), overturned or not. Example::

    reviews = ModerationReviews(store)
    reviews.overturn(12, "ok", "karim")      # "this was not abuse"
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from bot.store import Store
from bot.store.schema import ModerationEntry, utcnow

log = logging.getLogger(__name__)
LABELS = ("ok", "toxic", "spam", "personal_data", "distress", "off_topic")
TRAINING_LABEL = {"ok": "none"}  # what moderation/data/train calls a clean example


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


def _view(row: ModerationEntry) -> Decision:
    return Decision(row.id, row.created_at, row.channel, row.lang or "", row.verdict, row.action, row.reason or "",
                    dict(row.labels or {}), tuple(row.cues or ()), dict(row.evidence or {}), row.text or "",
                    row.overturned_to, row.overturned_by, row.overturned_at)


def record(store: Store, record) -> None:
    """The Moderator's sink: keep a decision (a `ModerationRecord`); never raises."""
    try:
        with store.session() as s:
            s.add(ModerationEntry(channel=record.context, author=record.author_ref, verdict=record.verdict,
                                  action=record.action, labels=dict(record.labels), reason=record.reason,
                                  lang=record.lang or "", cues=list(record.cues), evidence=dict(record.evidence),
                                  text=record.excerpt))
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
        if overturned is not None:
            column = ModerationEntry.overturned_to
            query = query.where(column.is_not(None) if overturned else column.is_(None))
        with self.store.session() as s:
            rows = s.scalars(query.order_by(ModerationEntry.id.desc()).limit(limit)).all()
            return [_view(r) for r in rows]

    def get(self, entry_id: int) -> Decision | None:
        """One decision, or None."""
        with self.store.session() as s:
            row = s.get(ModerationEntry, entry_id)
            return _view(row) if row is not None else None

    def overturn(self, entry_id: int, label: str, tutor: str) -> bool:
        """Record the tutor's label for a decision (it becomes a training candidate); False when unknown."""
        if label not in LABELS:
            raise ValueError(f"unknown label {label!r}")
        with self.store.session() as s:
            row = s.get(ModerationEntry, entry_id)
            if row is None:
                return False
            row.overturned_to, row.overturned_by, row.overturned_at = label, tutor, utcnow()
        log.info("moderation decision %d overturned to %s by %s", entry_id, label, tutor)
        return True

    def candidates(self) -> list[dict]:
        """Overturned decisions with their masked text, as training lines (oldest first)."""
        query = (select(ModerationEntry).where(ModerationEntry.overturned_to.is_not(None), ModerationEntry.text != "")
                 .order_by(ModerationEntry.id))
        with self.store.session() as s:
            return [{"text": r.text, "lang": r.lang or "", "label": TRAINING_LABEL.get(r.overturned_to, r.overturned_to),
                     "was": r.verdict, "action": r.action, "labels": dict(r.labels or {}), "channel": r.channel,
                     "overturned_by": r.overturned_by, "overturned_at": r.overturned_at.isoformat()
                     if r.overturned_at else None, "source": "console"} for r in s.scalars(query)]
