"""Escalation tickets and their life: open → claimed → answered → closed, and reopened from either end.

    open ──claim──► claimed ──answer──► answered ──close──► closed
     ▲  └──────────answer (unclaimed)──►   │                  │
     └──── reopened ◄──────reopen──────────┴──────────────────┘

Only one tutor can claim a ticket: the claim is one conditional UPDATE, so of several tutors pressing at the same
moment exactly one changes the row. A second trainer asking the same question while a ticket is open joins it (cosine
of the question vectors ≥ `SAME_QUESTION`) and receives the same answer. Every step is written to `ticket_events`."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np
from sqlalchemy import func, select, update

from bot.clock import as_utc, aware, utcnow
from bot.errors import TicketError
from bot.store.schema import Ticket, TicketEvent, TicketFollower
from bot.store import Store
from bot.types import OPEN_TICKET_STATES, Reason, TicketState

log = logging.getLogger(__name__)

STATES = tuple(TicketState)
OPEN_STATES = OPEN_TICKET_STATES
UNCLAIMED = (TicketState.OPEN, TicketState.REOPENED)
ANSWERED_OR_CLOSED = (TicketState.ANSWERED, TicketState.CLOSED)
PRIORITY_DISTRESS, PRIORITY_HIGH, PRIORITY_NORMAL = 0, 1, 2
# Cosine of two questions' e5 vectors above which they are the same question. Chosen for precision
# (a wrong join sends a trainer someone else's answer): on our own 10 paraphrase / 10 near-miss pairs
# (same template, one key noun changed), 0.96 joins 5 paraphrases and 1 near miss; 0.92 joined 6 near
# misses. Questions that are alike but below it are shown to tutors as "similar" to merge by hand.
SAME_QUESTION = 0.96
SIMILAR_FLOOR = 0.90
# Tickets about a question, which another trainer asking the same thing may join (one handed over with the button
# or /tutor too). A held post or an abusive message, about one author's own words, is never joined; a request for a
# person typed in the chat ("je veux parler à un tuteur") is stored with no vector (`TicketAsk.matchable`).
JOINABLE_REASONS = frozenset({Reason.LOW_CONFIDENCE, Reason.NO_MATCH, Reason.CLARIFY, Reason.NOT_HELPFUL,
                              Reason.UNSUPPORTED_LANGUAGE, Reason.OFF_TOPIC, Reason.FORUM_SUGGESTION,
                              Reason.FORUM_UNANSWERED, Reason.HUMAN_REQUESTED})


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


def _event(s, ticket_id: int, kind: str, actor: str = "", note: str = "") -> None:
    s.add(TicketEvent(ticket_id=ticket_id, kind=kind, actor=(actor or "")[:128], note=(note or "")[:255]))


class TicketService:
    """Opens, joins, claims, answers, closes, reopens and merges tickets.

    Example::

        tickets = TicketService(store)
        ticket, created = tickets.open(TicketRequest("telegram", "42", "Quand ... ?", "fr", "low_confidence"))
        if tickets.claim(ticket.id, "karim"):
            tickets.answer(ticket.id, "karim", "La liste paraît en juin.")
    """

    def __init__(self, store: Store) -> None:
        self.store = store

    # opening ---------------------------------------------------------------------------------
    def open(self, req: TicketRequest) -> tuple[Ticket, bool]:
        """Open a ticket, or join an open one asking the same thing; returns (ticket, created)."""
        joinable = req.vector is not None and req.priority > PRIORITY_DISTRESS and req.reason in JOINABLE_REASONS
        same = self._best_match(req.vector, SAME_QUESTION) if joinable else None
        with self.store.session() as s:
            if same is None:
                ticket = Ticket(user_id=req.user_id, interaction_id=req.interaction_id, channel=req.channel,
                                thread=req.thread or req.recipient, question=req.question, lang=req.lang,
                                found=list(req.found), reason=req.reason, priority=req.priority,
                                state=TicketState.OPEN,
                                question_vector=list(req.vector) if req.vector is not None else None)
                s.add(ticket)
                s.flush()
                _event(s, ticket.id, "open", note=req.reason)
                created = True
            else:
                ticket, created = s.get(Ticket, same[0]), False
            if not s.scalar(select(TicketFollower.id).where(TicketFollower.ticket_id == ticket.id,
                                                            TicketFollower.channel == req.channel,
                                                            TicketFollower.recipient == req.recipient)):
                s.add(TicketFollower(ticket_id=ticket.id, user_id=req.user_id, channel=req.channel,
                                     recipient=req.recipient, lang=req.lang))
                if not created:
                    _event(s, ticket.id, "joined", note=f"{req.channel} {req.lang} {same[1]:.3f}")
        return ticket, created

    def _open_vectors(self, exclude: int | None = None, joinable: bool = False) -> list[tuple[int, list]]:
        with self.store.session() as s:
            q = select(Ticket.id, Ticket.question_vector).where(
                Ticket.state.in_(OPEN_STATES), Ticket.question_vector.is_not(None),
                Ticket.priority > PRIORITY_DISTRESS)
            if exclude is not None:
                q = q.where(Ticket.id != exclude)
            if joinable:
                q = q.where(Ticket.reason.in_(JOINABLE_REASONS))
            return [(row[0], row[1]) for row in s.execute(q)]

    def _scores(self, vector, exclude: int | None = None, joinable: bool = False) -> list[tuple[int, float]]:
        """Cosine of `vector` with every open ticket's vector, best first.

        Rows whose stored vector is not a list of the same length (JSON null written by older code,
        a vector from another embedder) are skipped: one odd row must never stop every escalation.
        """
        if vector is None:
            return []
        query = np.asarray(vector, dtype=np.float32).ravel()
        rows = [(ticket_id, v) for ticket_id, v in self._open_vectors(exclude, joinable)
                if isinstance(v, list) and len(v) == query.shape[0]]
        if not rows:
            return []
        matrix = np.asarray([v for _, v in rows], dtype=np.float32)
        scores = matrix @ query
        return sorted(((rows[i][0], float(scores[i])) for i in range(len(rows))), key=lambda x: -x[1])

    def _best_match(self, vector, floor: float) -> tuple[int, float] | None:
        best = self._scores(vector, joinable=True)
        return best[0] if best and best[0][1] >= floor else None

    def similar(self, ticket_id: int, floor: float = SIMILAR_FLOOR, limit: int = 5) -> list[tuple[Ticket, float]]:
        """Other open tickets whose question is close to this one's (candidates for a merge)."""
        ticket = self.get(ticket_id)
        if ticket is None or ticket.question_vector is None:
            return []
        hits = [(i, sc) for i, sc in self._scores(ticket.question_vector, exclude=ticket_id) if sc >= floor]
        return [(self.get(i), sc) for i, sc in hits[:limit]]

    # reading ---------------------------------------------------------------------------------
    def get(self, ticket_id: int) -> Ticket | None:
        """One ticket."""
        with self.store.session() as s:
            return s.get(Ticket, ticket_id)

    def followers(self, ticket_id: int) -> list[TicketFollower]:
        """Everyone waiting for this ticket's answer."""
        with self.store.session() as s:
            return list(s.scalars(select(TicketFollower).where(TicketFollower.ticket_id == ticket_id)
                                  .order_by(TicketFollower.id)))

    def history(self, ticket_id: int) -> list[TicketEvent]:
        """The ticket's steps, oldest first."""
        with self.store.session() as s:
            return list(s.scalars(select(TicketEvent).where(TicketEvent.ticket_id == ticket_id)
                                  .order_by(TicketEvent.id)))

    def queue(self, states: tuple[str, ...] = OPEN_STATES, lang: str | None = None,
              channel: str | None = None, limit: int = 200, priority: int | None = None,
              older_than: timedelta | None = None, now: datetime | None = None) -> list[Ticket]:
        """Tickets for the console, most urgent first (priority, then oldest)."""
        q = select(Ticket).where(Ticket.state.in_(states))
        if lang:
            q = q.where(Ticket.lang == lang)
        if channel:
            q = q.where(Ticket.channel == channel)
        if priority is not None:
            q = q.where(Ticket.priority == priority)
        if older_than is not None:
            q = q.where(Ticket.created_at <= as_utc(now or utcnow()) - older_than)
        with self.store.session() as s:
            return list(s.scalars(q.order_by(Ticket.priority, Ticket.created_at, Ticket.id).limit(limit)))

    def channels(self) -> list[str]:
        """Channels that have tickets (for the console's filter)."""
        with self.store.session() as s:
            return sorted(s.scalars(select(Ticket.channel).group_by(Ticket.channel)))

    def follower_counts(self, ticket_ids: list[int]) -> dict[int, int]:
        """How many trainers wait on each of these tickets."""
        with self.store.session() as s:
            rows = s.execute(select(TicketFollower.ticket_id, func.count(TicketFollower.id))
                             .where(TicketFollower.ticket_id.in_(ticket_ids))
                             .group_by(TicketFollower.ticket_id)).all()
        return {ticket_id: n for ticket_id, n in rows}

    def counts(self) -> dict[str, int]:
        """How many tickets are in each state."""
        with self.store.session() as s:
            rows = s.execute(select(Ticket.state, func.count(Ticket.id)).group_by(Ticket.state)).all()
        return {state: n for state, n in rows}

    # changing --------------------------------------------------------------------------------
    def _step(self, ticket_id: int, where, values: dict, kind: str, actor: str = "", note: str = "") -> bool:
        """One conditional UPDATE and its event, in one transaction; True when the row changed."""
        with self.store.session() as s:
            changed = s.execute(update(Ticket).where(Ticket.id == ticket_id, *where)
                                .values(updated_at=utcnow(), **values)).rowcount == 1
            if changed:
                _event(s, ticket_id, kind, actor, note)
        return changed

    def claim(self, ticket_id: int, tutor: str) -> bool:
        """Claim an open ticket; exactly one of several concurrent claimants gets True."""
        return self._step(ticket_id, [Ticket.state.in_(UNCLAIMED)],
                          {"state": TicketState.CLAIMED, "claimed_by": tutor, "claimed_at": utcnow()}, "claimed", tutor)

    def answer(self, ticket_id: int, tutor: str, text: str) -> Ticket:
        """Record a tutor's answer (claiming the ticket if nobody had); TicketError when not allowed."""
        if not text.strip():
            raise TicketError(f"ticket #{ticket_id}: the answer of {tutor!r} is empty", ticket_id)
        mine = (Ticket.claimed_by.is_(None)) | (Ticket.claimed_by == tutor) | (Ticket.state != TicketState.CLAIMED)
        if not self._step(ticket_id, [Ticket.state.in_(OPEN_STATES), mine],
                          {"state": TicketState.ANSWERED, "answer": text.strip(), "answered_by": tutor,
                           "answered_at": utcnow(), "claimed_by": tutor}, "answered", tutor):
            raise TicketError(f"ticket #{ticket_id} cannot be answered by {tutor!r} now (missing, closed, "
                              "answered or claimed by another tutor)", ticket_id)
        return self.get(ticket_id)

    def close(self, ticket_id: int, tutor: str = "") -> bool:
        """Close a ticket."""
        return self._step(ticket_id, [Ticket.state != TicketState.CLOSED], {"state": TicketState.CLOSED},
                          "closed", tutor)

    def reopen(self, ticket_id: int, actor: str = "", claimed_by: str | None = None) -> bool:
        """Reopen an answered or closed ticket (the answer did not help); it stays with `claimed_by` if named."""
        return self._step(ticket_id, [Ticket.state.in_(ANSWERED_OR_CLOSED)],
                          {"state": TicketState.REOPENED, "claimed_by": claimed_by}, "reopened", actor)

    def merge(self, source_id: int, target_id: int, tutor: str) -> int:
        """Move the followers of `source` to `target` and close `source`; returns how many moved. Never an answered
        ticket into an unanswered one (its trainers would wait again, then be answered twice)."""
        source, target = self.get(source_id), self.get(target_id)
        if source_id == target_id or target is None or (source is not None and source.answer and not target.answer):
            raise TicketError(f"cannot merge ticket #{source_id} into #{target_id}: the same ticket, a missing one, "
                              "or an answered one into an unanswered one", source_id)
        moved = 0
        with self.store.session() as s:
            present = {(f.channel, f.recipient) for f in s.scalars(
                select(TicketFollower).where(TicketFollower.ticket_id == target_id))}
            for f in list(s.scalars(select(TicketFollower).where(TicketFollower.ticket_id == source_id))):
                if (f.channel, f.recipient) not in present:
                    f.ticket_id = target_id
                    moved += 1
            _event(s, target_id, "merged", tutor, f"#{source_id} → #{target_id}")
        self._step(source_id, [Ticket.state != TicketState.CLOSED], {"state": TicketState.CLOSED}, "merged", tutor,
                   f"#{source_id} → #{target_id}")
        return moved

    def add_found(self, ticket_id: int, items: tuple[dict, ...]) -> None:
        """Add what was found for a trainer who joined the ticket (e.g. a forum draft answer)."""
        with self.store.session() as s:
            ticket = s.get(Ticket, ticket_id)
            if ticket is not None:
                ticket.found = list(ticket.found or []) + list(items)

    def note(self, ticket_id: int, kind: str, actor: str = "", note: str = "") -> None:
        """Add a step to the ticket's history that changes no state (e.g. "faq")."""
        with self.store.session() as s:
            _event(s, ticket_id, kind, actor, note)

    # announcing ------------------------------------------------------------------------------
    def set_tutor_message(self, ticket_id: int, message_id: str) -> None:
        """Remember the tutors' group message that announced the ticket."""
        with self.store.session() as s:
            s.execute(update(Ticket).where(Ticket.id == ticket_id)
                      .values(tutor_message_id=str(message_id), announced_at=utcnow()))

    def mark_announced(self, ticket_id: int, at: datetime | None = None, again: bool = False) -> None:
        """Record that the ticket was (re-)announced to tutors at `at`."""
        with self.store.session() as s:
            moment = as_utc(at or utcnow())  # SQLite keeps wall time: store UTC
            s.execute(update(Ticket).where(Ticket.id == ticket_id).values(announced_at=moment))
            _event(s, ticket_id, "announced", note="again" if again else "")

    def by_tutor_message(self, message_id: str) -> Ticket | None:
        """The ticket announced by a tutors' group message."""
        with self.store.session() as s:
            return s.scalar(select(Ticket).where(Ticket.tutor_message_id == str(message_id)))

    def unclaimed(self) -> list[Ticket]:
        """Open or reopened tickets nobody has claimed, most urgent first."""
        with self.store.session() as s:
            return list(s.scalars(select(Ticket).where(Ticket.state.in_(UNCLAIMED))
                                  .order_by(Ticket.priority, Ticket.id)))

    def overdue(self, sla_minutes: int, now: datetime | None = None) -> list[Ticket]:
        """Open tickets not claimed and not announced for `sla_minutes` of wall-clock time."""
        limit = (now or utcnow()) - timedelta(minutes=sla_minutes)
        return [t for t in self.unclaimed()
                if aware(t.updated_at) <= limit and (t.announced_at is None or aware(t.announced_at) <= limit)]
