"""Escalation tickets: open → claimed → answered → closed (→ reopened), with one claimant at a time.

A second trainer asking the same question while a ticket is open joins it (semantic match on the
question vectors) and receives the same answer.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

import numpy as np
from sqlalchemy import select, update

from bot.schema import Ticket, TicketFollower, utcnow
from bot.store import Store

log = logging.getLogger(__name__)

OPEN_STATES = ("open", "claimed", "reopened")
PRIORITY_DISTRESS, PRIORITY_HIGH, PRIORITY_NORMAL = 0, 1, 2
SAME_QUESTION = 0.92  # cosine of two questions' vectors above which they are the same question


class TicketError(RuntimeError):
    """A ticket operation is not allowed in the ticket's current state."""


@dataclass(frozen=True)
class TicketRequest:
    """What is needed to open a ticket."""

    channel: str
    recipient: str
    question: str
    lang: str
    reason: str
    priority: int = PRIORITY_NORMAL
    user_id: int | None = None
    thread: str = ""
    interaction_id: int | None = None
    found: tuple = ()
    vector: tuple[float, ...] | None = None


class TicketService:
    """Opens, joins, claims, answers and closes tickets."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def open(self, req: TicketRequest) -> tuple[Ticket, bool]:
        """Open a ticket, or join an open one asking the same thing; returns (ticket, created)."""
        same = self._same_open_question(req) if req.vector is not None and req.priority > PRIORITY_DISTRESS else None
        with self.store.session() as s:
            if same is None:
                ticket = Ticket(user_id=req.user_id, interaction_id=req.interaction_id, channel=req.channel,
                                thread=req.thread or req.recipient, question=req.question, lang=req.lang,
                                found=list(req.found), reason=req.reason, priority=req.priority,
                                question_vector=list(req.vector) if req.vector is not None else None)
                s.add(ticket)
                s.flush()
                created = True
            else:
                ticket, created = s.get(Ticket, same), False
            if not s.scalar(select(TicketFollower.id).where(TicketFollower.ticket_id == ticket.id,
                                                            TicketFollower.channel == req.channel,
                                                            TicketFollower.recipient == req.recipient)):
                s.add(TicketFollower(ticket_id=ticket.id, user_id=req.user_id, channel=req.channel,
                                     recipient=req.recipient, lang=req.lang))
        return ticket, created

    def _same_open_question(self, req: TicketRequest) -> int | None:
        with self.store.session() as s:
            rows = s.execute(select(Ticket.id, Ticket.question_vector)
                             .where(Ticket.state.in_(OPEN_STATES), Ticket.question_vector.is_not(None))).all()
        if not rows:
            return None
        query = np.asarray(req.vector, dtype=np.float32)
        best_id, best = None, SAME_QUESTION
        for ticket_id, vector in rows:
            score = float(np.asarray(vector, dtype=np.float32) @ query)
            if score >= best:
                best_id, best = ticket_id, score
        return best_id

    def get(self, ticket_id: int) -> Ticket | None:
        """One ticket."""
        with self.store.session() as s:
            return s.get(Ticket, ticket_id)

    def followers(self, ticket_id: int) -> list[TicketFollower]:
        """Everyone waiting for this ticket's answer."""
        with self.store.session() as s:
            return list(s.scalars(select(TicketFollower).where(TicketFollower.ticket_id == ticket_id)))

    def claim(self, ticket_id: int, tutor: str) -> bool:
        """Claim an open ticket; exactly one of several concurrent claimants gets True."""
        with self.store.session() as s:
            won = s.execute(update(Ticket).where(Ticket.id == ticket_id, Ticket.state.in_(("open", "reopened")))
                            .values(state="claimed", claimed_by=tutor, claimed_at=utcnow(),
                                    updated_at=utcnow())).rowcount
        return won == 1

    def answer(self, ticket_id: int, tutor: str, text: str) -> Ticket:
        """Record a tutor's answer (claiming the ticket if nobody had)."""
        if not text.strip():
            raise TicketError("empty answer")
        with self.store.session() as s:
            done = s.execute(update(Ticket).where(
                Ticket.id == ticket_id, Ticket.state.in_(OPEN_STATES),
                (Ticket.claimed_by.is_(None)) | (Ticket.claimed_by == tutor) | (Ticket.state != "claimed"))
                .values(state="answered", answer=text.strip(), answered_by=tutor, answered_at=utcnow(),
                        claimed_by=tutor, updated_at=utcnow())).rowcount
            if not done:
                raise TicketError(f"ticket {ticket_id} cannot be answered by {tutor} now")
            return s.get(Ticket, ticket_id)

    def close(self, ticket_id: int, tutor: str) -> bool:
        """Close a ticket."""
        with self.store.session() as s:
            return s.execute(update(Ticket).where(Ticket.id == ticket_id, Ticket.state != "closed")
                             .values(state="closed", updated_at=utcnow())).rowcount == 1

    def reopen(self, ticket_id: int) -> bool:
        """Reopen an answered or closed ticket (e.g. the trainer says the answer did not help)."""
        with self.store.session() as s:
            return s.execute(update(Ticket).where(Ticket.id == ticket_id, Ticket.state.in_(("answered", "closed")))
                             .values(state="reopened", claimed_by=None, updated_at=utcnow())).rowcount == 1

    def set_tutor_message(self, ticket_id: int, message_id: str) -> None:
        """Remember the tutors' group message that announced the ticket."""
        with self.store.session() as s:
            s.execute(update(Ticket).where(Ticket.id == ticket_id)
                      .values(tutor_message_id=str(message_id), announced_at=utcnow()))

    def by_tutor_message(self, message_id: str) -> Ticket | None:
        """The ticket announced by a tutors' group message."""
        with self.store.session() as s:
            return s.scalar(select(Ticket).where(Ticket.tutor_message_id == str(message_id)))

    def overdue(self, sla_minutes: int) -> list[Ticket]:
        """Open tickets not claimed and not announced for `sla_minutes`."""
        limit = utcnow() - timedelta(minutes=sla_minutes)
        with self.store.session() as s:
            return list(s.scalars(select(Ticket).where(Ticket.state.in_(("open", "reopened")),
                                                       Ticket.created_at <= limit,
                                                       (Ticket.announced_at.is_(None)) | (Ticket.announced_at <= limit))
                                  .order_by(Ticket.priority, Ticket.id)))

    def queue(self, states: tuple[str, ...] = OPEN_STATES, lang: str | None = None,
              channel: str | None = None, limit: int = 200) -> list[Ticket]:
        """Tickets for the console, most urgent first."""
        q = select(Ticket).where(Ticket.state.in_(states))
        if lang:
            q = q.where(Ticket.lang == lang)
        if channel:
            q = q.where(Ticket.channel == channel)
        with self.store.session() as s:
            return list(s.scalars(q.order_by(Ticket.priority, Ticket.created_at).limit(limit)))
