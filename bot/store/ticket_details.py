"""A trainer's own tickets: what they add to an open one (bot/hand_over.py, a person in distress: bot/recorder.py),
the newest one they follow (bot/own_request.py), and the question a ticket's card stands for."""
from __future__ import annotations

import re

from sqlalchemy import select

from bot.store.schema import Ticket, TicketEvent, TicketFollower
from bot.store.store import Store
from bot.types import OPEN_TICKET_STATES


def add_detail(store: Store, user_id: int, text: str, priority: int | None = None) -> int | None:
    """Add `text` to the newest open ticket `user_id` follows (of `priority`, when given): to its question, and
    a "detail" step of its history. The ticket's number, or None when they follow none."""
    with store.session() as s:
        query = (select(Ticket).join(TicketFollower, TicketFollower.ticket_id == Ticket.id)
                 .where(TicketFollower.user_id == user_id, Ticket.state.in_(OPEN_TICKET_STATES)))
        if priority is not None:
            query = query.where(Ticket.priority == priority)
        ticket = s.scalar(query.order_by(Ticket.id.desc()).limit(1))
        if ticket is None or not text.strip():
            return None
        ticket.question = f"{ticket.question}\n+ {text.strip()}"
        s.add(TicketEvent(ticket_id=ticket.id, kind="detail", note=text.strip()[:255]))
        return ticket.id


def newest_followed(store: Store, channel: str, recipient: str) -> Ticket | None:
    """The newest ticket followed from `recipient` on `channel` (a chat), whatever its state; None when none is."""
    with store.session() as s:
        return s.scalar(select(Ticket).join(TicketFollower, TicketFollower.ticket_id == Ticket.id)
                        .where(TicketFollower.channel == channel, TicketFollower.recipient == recipient)
                        .order_by(Ticket.id.desc()).limit(1))


def question_asked(ticket_question: str, reason: str, limit: int = 300) -> str:
    """The question a ticket stands for (quoted back with the tutor's answer, offered as a FAQ entry's): its first
    line, without the lines added after it (the question before a request for a person, "↪ …", and the trainer's
    details, "+ …"); for a bare request for a person ("je veux parler à un tuteur"), the question before it, else
    the first detail the trainer added ("mon devoir du module 2 a disparu")."""
    lines = [line.strip() for line in ticket_question.splitlines() if line.strip()]
    before = next((line[1:].strip() for line in lines[1:] if line.startswith("↪")), "") or next(
        (line[1:].strip() for line in lines[1:] if line.startswith("+")), "")
    first = lines[0] if lines else ""
    # a forum thread's title above its first post ("البعثة إلى الخارج" then the question): the post is the question
    # (the title was quoted back as the trainer's question, and prefilled as a FAQ entry's: a newcomer)
    text = next((line for line in lines[1:] if not line.startswith(("↪", "+"))), "")
    if text and len(first.split()) <= TITLE_WORDS and not QUESTION_MARK.search(first) and (
            QUESTION_MARK.search(text) or len(text.split()) > len(first.split())):
        first = text
    return (before if reason == "human_requested" and before else first)[:limit]


TITLE_WORDS = 8
QUESTION_MARK = re.compile(r"[?؟]")


def edit_question(store: Store, ticket_id: int, question: str) -> bool:
    """Replace an open ticket's question by the post's edited text (masked by the caller), with an "edited" step; False
    when the ticket is closed or answered, or the text is the same."""
    with store.session() as s:
        ticket = s.get(Ticket, ticket_id)
        if ticket is None or ticket.state not in OPEN_TICKET_STATES or not question.strip() \
                or ticket.question.strip() == question.strip():
            return False
        ticket.question = question.strip()
        s.add(TicketEvent(ticket_id=ticket.id, kind="edited", note=question.strip()[:255]))
        return True
