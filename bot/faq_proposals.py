"""FAQ entries proposed by tutors, waiting for the coordination: only a coordinator publishes to the index.

A tutor's entry for a ticket is kept as the form's fields (one proposal per ticket; proposing again
replaces it while it waits). The coordination sees the pending proposals and publishes one (through
`KnowledgeBase.promote`) or declines it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update

from bot.knowledge import MAX_ANSWER, MAX_QUESTION, FaqEntry, entry_from_fields
from bot.faq_text import draft_fields
from bot.store.schema import FaqProposal, Ticket, utcnow
from bot.store import Store

FIELDS = ("question_ar", "answer_ar", "question_fr", "answer_fr")


@dataclass(frozen=True)
class Proposal:
    """A proposal as the console shows it."""

    ticket_id: int
    fields: dict
    proposed_by: str
    proposed_at: datetime
    state: str
    question: str = ""  # the ticket's question

    def entry(self) -> FaqEntry:
        """The FAQ entry it describes (FaqError if the stored fields no longer make one)."""
        return entry_from_fields(self.ticket_id, self.fields, self.proposed_by)


def _view(row: FaqProposal, question: str = "") -> Proposal:
    return Proposal(row.ticket_id, dict(row.fields or {}), row.proposed_by, row.proposed_at, row.state, question)


class FaqProposals:
    """Tutors' proposals in the store.

    Example: ``FaqProposals(store).propose(12, fields, "karim")``; ``.pending()``; ``.decide(12, "published", "nadia")``
    """

    def __init__(self, store: Store) -> None:
        self.store = store

    def propose(self, ticket_id: int, fields: dict[str, str], tutor: str) -> Proposal:
        """Keep (or replace) the ticket's proposal; `fields` must make a valid entry (FaqError otherwise)."""
        kept = {k: fields.get(k) or "" for k in FIELDS}
        entry_from_fields(ticket_id, kept, tutor)  # refuse an incomplete or too long entry now
        with self.store.session() as s:
            row = s.scalar(select(FaqProposal).where(FaqProposal.ticket_id == ticket_id))
            if row is None:
                row = FaqProposal(ticket_id=ticket_id)
                s.add(row)
            row.fields, row.proposed_by, row.proposed_at = kept, tutor, utcnow()
            row.state, row.decided_by, row.decided_at = "pending", None, None
            s.flush()
            return _view(row)

    def draft(self, ticket_ids: list[int], coordinator: str) -> tuple[int, bool] | None:
        """A FAQ draft for a topic of the gap report, from its tickets (the most central first): the question
        in Arabic and in French from the first ticket in each language (a tutor-answered one first), with the
        tutor's answer when there is one (texts masked). It hangs on the first answered ticket (else the first)
        and may be incomplete: the coordinator finishes it on the ticket page. A proposal already waiting on
        one of the tickets is kept instead. (ticket id, created), or None when no ticket exists."""
        with self.store.session() as s:
            rows = {t.id: t for t in s.scalars(select(Ticket).where(Ticket.id.in_(ticket_ids[:200])))}
            tickets = [rows[i] for i in ticket_ids if i in rows]
            if not tickets:
                return None
            waiting = s.scalar(select(FaqProposal.ticket_id).where(FaqProposal.ticket_id.in_(list(rows)),
                                                                    FaqProposal.state == "pending"))
            if waiting is not None:
                return waiting, False
            ordered = [t for t in tickets if t.answer] + [t for t in tickets if not t.answer]
            fields = {k: "" for k in FIELDS}
            for lang in ("ar", "fr"):
                mine = next((t for t in ordered if (t.lang or "fr")[:2] == lang), None)
                if mine is not None:  # each text in its own language's field, free of greetings, names, contacts
                    drafted = draft_fields(mine.question, mine.answer or "", mine.lang, MAX_QUESTION, MAX_ANSWER,
                                           mine.reason)
                    fields.update({k: v for k, v in drafted.items() if v and not fields[k]})
            anchor = ordered[0].id
            row = s.scalar(select(FaqProposal).where(FaqProposal.ticket_id == anchor))
            if row is None:
                row = FaqProposal(ticket_id=anchor)
                s.add(row)
            row.fields, row.proposed_by, row.proposed_at = fields, coordinator, utcnow()
            row.state, row.decided_by, row.decided_at = "pending", None, None
            return anchor, True

    def get(self, ticket_id: int) -> Proposal | None:
        """The ticket's proposal, whatever its state."""
        with self.store.session() as s:
            row = s.scalar(select(FaqProposal).where(FaqProposal.ticket_id == ticket_id))
            return _view(row) if row else None

    def pending(self) -> list[Proposal]:
        """Proposals waiting for the coordination, oldest first, with their ticket's question."""
        with self.store.session() as s:
            rows = s.execute(select(FaqProposal, Ticket.question).join(Ticket, Ticket.id == FaqProposal.ticket_id)
                             .where(FaqProposal.state == "pending").order_by(FaqProposal.proposed_at)).all()
            return [_view(row, question) for row, question in rows]

    def decide(self, ticket_id: int, state: str, coordinator: str) -> bool:
        """Mark a proposal published or declined; False when there was none pending."""
        with self.store.session() as s:
            return bool(s.execute(update(FaqProposal)
                                  .where(FaqProposal.ticket_id == ticket_id, FaqProposal.state == "pending")
                                  .values(state=state, decided_by=coordinator, decided_at=utcnow())).rowcount)
