"""What a trainer adds to their open ticket after asking for a person (bot/hand_over.py)."""
from __future__ import annotations

from sqlalchemy import select

from bot.store.schema import Ticket, TicketEvent, TicketFollower
from bot.store.store import Store
from bot.types import OPEN_TICKET_STATES


def add_detail(store: Store, user_id: int, text: str) -> int | None:
    """Add `text` to the newest open ticket `user_id` follows (its question, and a "detail" step of its history);
    the ticket's number, or None when they follow none."""
    with store.session() as s:
        ticket = s.scalar(select(Ticket).join(TicketFollower, TicketFollower.ticket_id == Ticket.id)
                          .where(TicketFollower.user_id == user_id, Ticket.state.in_(OPEN_TICKET_STATES))
                          .order_by(Ticket.id.desc()).limit(1))
        if ticket is None or not text.strip():
            return None
        ticket.question = f"{ticket.question}\n+ {text.strip()}"
        s.add(TicketEvent(ticket_id=ticket.id, kind="detail", note=text.strip()[:255]))
        return ticket.id
