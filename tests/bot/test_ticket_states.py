"""Ticket states are a StrEnum whose values are the strings the store has always kept."""
from __future__ import annotations

from sqlalchemy import text

from bot.escalation import OPEN_STATES, STATES, UNCLAIMED, TicketRequest, TicketService
from bot.types import TicketState


def test_the_values_are_the_stored_strings():
    assert [str(s) for s in STATES] == ["open", "claimed", "answered", "closed", "reopened"]
    assert set(OPEN_STATES) == {"open", "claimed", "reopened"} and set(UNCLAIMED) == {"open", "reopened"}
    assert [s.is_open for s in TicketState] == [True, True, False, False, True]
    assert TicketState("claimed") is TicketState.CLAIMED and f"{TicketState.CLOSED}" == "closed"


def test_each_step_stores_the_plain_string_and_reads_back_as_the_state(store):
    tickets = TicketService(store)
    ticket, _ = tickets.open(TicketRequest("telegram", "42", "Quand ... ?", "fr", "low_confidence"))

    def stored() -> str:
        with store.session() as s:
            return s.execute(text("SELECT state FROM tickets WHERE id = :id"), {"id": ticket.id}).scalar_one()

    assert stored() == "open"
    steps = [(lambda: tickets.claim(ticket.id, "karim"), "claimed"),
             (lambda: tickets.answer(ticket.id, "karim", "En juin."), "answered"),
             (lambda: tickets.close(ticket.id, "karim"), "closed"),
             (lambda: tickets.reopen(ticket.id, "karim"), "reopened")]
    for step, expected in steps:
        assert step()
        assert stored() == expected and type(stored()) is str
        assert tickets.get(ticket.id).state == TicketState(expected)
    assert [t.id for t in tickets.queue()] == [ticket.id]  # reopened is open again
