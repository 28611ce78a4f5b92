"""Persists what the Tutor decided: the user, the interaction (masked text) and the ticket it asks for.

This is the one place where tickets are opened (`open_ticket`): the Tutor's decisions, a tutor request
from a button, an unanswered forum thread all come through here, so every new ticket reaches the same
listeners (the tutors' group, for one).
"""
from __future__ import annotations

import logging
from dataclasses import replace
from typing import Callable

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from bot.escalation import TicketRequest, TicketService
from bot.store.schema import Interaction, Ticket, User, utcnow
from bot.store import Store
from bot.types import Decision, Kind, Message, Priority, Reason

log = logging.getLogger(__name__)
TicketListener = Callable[[Ticket], None]
FORUM_SILENT = (Kind.IGNORE, Kind.MASK, Kind.HOLD, Kind.HIDE)  # forum posts Rafiq does not answer


def forum_private_recipient(thread: str, post_id: str, author: str) -> str:
    """The follower id of a forum post's author alone (a private notice, not a public thread reply)."""
    return f"{thread}#{post_id}#{author}"[:128]


class StoreRecorder:
    """The Tutor's `Recorder` over the store; opens the ticket a Decision asks for.

    `embed` (optional) turns a question into a vector when the search did not already, so that the same
    question joins an open ticket. `listeners` hear of every new ticket.
    """

    def __init__(self, store: Store, tickets: TicketService, embed=None,
                 listeners: list[TicketListener] | None = None) -> None:
        self.store = store
        self.tickets = tickets
        self.embed = embed
        self.listeners: list[TicketListener] = list(listeners or [])

    def preferred_lang(self, message: Message) -> str | None:
        """The language the user chose, if any."""
        user = self.store.find_user(message.channel, message.user)
        return user.lang if user else None

    def record(self, message: Message, decision: Decision, stored_text: str) -> Decision:
        """Store the interaction (one transaction) and open (or join) the ticket the decision asks for."""
        silent = message.context.is_forum and decision.kind in FORUM_SILENT and decision.ticket is None
        try:
            user_id, interaction_id = self._store(message, decision, stored_text, silent)
        except IntegrityError:  # the user was created by a concurrent message: it exists now
            user_id, interaction_id = self._store(message, decision, stored_text, silent)
        decision = replace(decision, interaction_id=interaction_id)
        if decision.ticket is None:
            return decision
        ask = decision.ticket
        recipient = (forum_private_recipient(message.thread, message.external_id, message.display_name)
                     if ask.private else message.thread or message.user)
        vector = decision.query_vector
        if vector is None and self.embed is not None and ask.priority > Priority.DISTRESS and stored_text.strip():
            try:
                vector = tuple(float(x) for x in self.embed(stored_text))
            except Exception:
                log.exception("could not embed the question for ticket matching")
        ticket, created = self.open_ticket(TicketRequest(
            channel=message.channel, recipient=recipient, question=(ask.question or stored_text)[:4000],
            lang=decision.lang, reason=str(ask.reason), priority=int(ask.priority), user_id=user_id,
            thread=message.thread, interaction_id=interaction_id, found=ask.found, vector=vector))
        if not created and ask.reason == Reason.FORUM_SUGGESTION and ask.found:
            self.tickets.add_found(ticket.id, ask.found)  # joined the same question: keep the draft there
        return replace(decision, ticket_id=ticket.id, ticket_created=created)

    def open_ticket(self, request: TicketRequest) -> tuple[Ticket, bool]:
        """Open (or join) a ticket and tell the listeners about a new one."""
        ticket, created = self.tickets.open(request)
        if created:
            for listener in self.listeners:
                try:
                    listener(ticket)
                except Exception:
                    log.exception("a ticket listener failed on ticket #%d", ticket.id)
        return ticket, created

    def _store(self, message: Message, decision: Decision, text: str, silent: bool) -> tuple[int, int | None]:
        """The user (created on first contact) and, unless `silent`, the interaction, in one transaction."""
        with self.store.session() as s:
            user = s.scalar(select(User).where(User.channel == message.channel, User.external_id == message.user))
            if user is None:
                user = User(channel=message.channel, external_id=message.user,
                            display_name=(message.display_name or "")[:128])
                s.add(user)
                s.flush()
            else:
                s.execute(update(User).where(User.id == user.id).values(last_seen_at=utcnow()))
            if silent:
                return user.id, None
            row = Interaction(
                user_id=user.id, channel=message.channel, thread=message.thread or message.user, text=text,
                detected_lang=decision.detected, reply_lang=decision.lang, intent=str(decision.intent),
                reply_text=decision.text, confidence=float(decision.confidence),
                citations=[{"id": c.id, "title": c.title, "lang": c.lang}
                           for c in decision.citations or decision.options],
                escalate=decision.escalate, reason=str(decision.reason))
            s.add(row)
            s.flush()
            return user.id, row.id
