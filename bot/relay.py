"""Relays a tutor's answer to everyone waiting on the ticket, through the outbox, in their language."""
from __future__ import annotations

import logging

from bot.escalation import TicketService
from bot.outbox import Outbox
from bot.texts import t

log = logging.getLogger(__name__)


class AnswerRelay:
    """Queues the answer of a ticket for each follower, once per answer.

    Example: ``AnswerRelay(tickets, outbox).deliver(ticket_id)`` after ``tickets.answer(...)``.
    """

    def __init__(self, tickets: TicketService, outbox: Outbox, wake=None) -> None:
        self.tickets = tickets
        self.outbox = outbox
        self.wake = wake or (lambda: None)

    def deliver(self, ticket_id: int) -> int:
        """Queue the ticket's answer for every follower; returns how many messages were queued."""
        ticket = self.tickets.get(ticket_id)
        if ticket is None or not ticket.answer:
            return 0
        version = int(ticket.answered_at.timestamp()) if ticket.answered_at else 0
        queued = 0
        for follower in self.tickets.followers(ticket_id):
            text = t("tutor_answer_intro", follower.lang, tutor=ticket.answered_by or "",
                     question=ticket.question[:300], answer=ticket.answer)
            key = f"answer:{ticket_id}:{follower.id}:{version}"
            if self.outbox.enqueue(key, follower.channel, follower.recipient, text,
                                   {"kind": "tutor_answer", "ticket_id": ticket_id, "lang": follower.lang},
                                   user_id=follower.user_id) is not None:
                queued += 1
        if queued:
            self.wake()
        return queued
