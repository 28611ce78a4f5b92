"""Closing a ticket: one rule for the console, the tutors' Telegram group and the moderation review.

    close_ticket(tickets, relay, ticket_id, tutor, appeal_seen=False)
        an appeal no tutor has read (`bot.appeals.pending`) and the tutor did not say they read it
            ──► Closing(APPEAL_UNSEEN): nothing changes (closing told the author "the decision stands" about an
                appeal nobody had read: a tester; the Telegram group's Close did it after the console stopped)
        else ──► TicketService.close ──► the "appeal_seen" step when they read one ──► AnswerRelay.closed tells
                 whoever waits ──► Closing(CLOSED, told)            (closed already: Closing(UNCHANGED))
    clear_reviews(tickets, relay, records, ref, tutor): the moderation review found a held post acceptable
        ──► each open ticket reviewing the post gets a `post_cleared` step (the outcome, kept even when it stays open)
            and is closed by close_ticket (its author told the post respects the charter); the review ticket stayed in
            the queue after "aucun problème" (a tester)
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.appeals import mark_seen, pending
from bot.escalation import TicketService
from bot.relay import AnswerRelay
from bot.store.appeals import AppealRecords


class Closed(StrEnum):
    """What a request to close a ticket came to (the console's flash keys)."""

    CLOSED = "closed"
    APPEAL_UNSEEN = "appeal_unseen"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class Closing:
    """The outcome of `close_ticket`, and how many followers were told."""

    status: Closed
    told: int = 0


def close_ticket(tickets: TicketService, relay: AnswerRelay, ticket_id: int, tutor: str,
                 appeal_seen: bool = False) -> Closing:
    """Close a ticket for `tutor` unless an appeal on it is still unread (`appeal_seen`: the tutor says they read it);
    the followers are told (bot/relay.py).

    Example: ``close_ticket(services.tickets, services.relay, 12, "karim").status == Closed.APPEAL_UNSEEN``
    """
    unread = pending(tickets, ticket_id)
    if unread and not appeal_seen:
        return Closing(Closed.APPEAL_UNSEEN)
    if not tickets.close(ticket_id, tutor):
        return Closing(Closed.UNCHANGED)
    if unread:
        mark_seen(tickets, ticket_id, tutor)
    return Closing(Closed.CLOSED, relay.closed(ticket_id))


def clear_reviews(tickets: TicketService, relay: AnswerRelay, records: AppealRecords, ref: str,
                  tutor: str) -> list[tuple[int, Closing]]:
    """A tutor found the post `ref` ("<channel>:<post id>") acceptable: each open ticket reviewing it records the
    outcome and is closed, unless an appeal on it is unread; [(ticket id, its Closing)], oldest first."""
    done = []
    for ticket_id in records.open_reviews(ref):
        tickets.note(ticket_id, "post_cleared", tutor, ref[:255])
        done.append((ticket_id, close_ticket(tickets, relay, ticket_id, tutor)))
    return done
