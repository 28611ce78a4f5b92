"""Persists what the Tutor decided: the user, the interaction (masked text) and any ticket."""
from __future__ import annotations

import logging
from dataclasses import replace

from bot.escalation import PRIORITY_NORMAL, TicketRequest, TicketService
from bot.store import Store
from bot.types import Message, Reply
from retrieval.types import Answer

log = logging.getLogger(__name__)


class StoreRecorder:
    """The Tutor's `Recorder` over the store; opens a ticket for every escalating reply.

    `embed` (optional) turns a question into a vector so that the same question joins an open ticket.
    """

    def __init__(self, store: Store, tickets: TicketService, embed=None, on_ticket=None) -> None:
        self.store = store
        self.tickets = tickets
        self.embed = embed
        self.on_ticket = on_ticket

    def preferred_lang(self, message: Message) -> str | None:
        """The language the user chose, if any."""
        user = self.store.find_user(message.channel, message.user)
        return user.lang if user else None

    def record(self, message: Message, reply: Reply, stored_text: str, detected: str,
               answer: Answer | None) -> Reply:
        """Store the interaction and open (or join) a ticket when the reply escalates."""
        user = self.store.get_or_create_user(message.channel, message.user, message.display_name)
        row = self.store.add_interaction(
            user_id=user.id, channel=message.channel, thread=message.thread or message.user,
            text=stored_text, detected_lang=detected, reply_lang=reply.lang, intent=reply.intent,
            reply_text=reply.text, confidence=float(reply.confidence),
            citations=[{"id": c.id, "title": c.title, "lang": c.lang} for c in reply.citations],
            escalate=reply.escalate, reason=reply.reason)
        reply = replace(reply, interaction_id=row.id)
        if not reply.escalate:
            return reply
        found = []
        if answer is not None:
            found = [{"id": p.chunk.section_id, "title": p.chunk.title, "lang": p.chunk.lang,
                      "confidence": round(p.confidence, 3), "text": p.chunk.text[:400]}
                     for p in answer.passages[:3]]
        vector = answer.query_vector if answer is not None else None  # embedded once, by the search
        if vector is None and self.embed is not None and stored_text.strip():
            try:
                vector = tuple(float(x) for x in self.embed(stored_text))
            except Exception:
                log.exception("could not embed the question for ticket matching")
        ticket, created = self.tickets.open(TicketRequest(
            channel=message.channel, recipient=message.thread or message.user, question=stored_text,
            lang=reply.lang, reason=reply.reason, priority=int(reply.extra.get("priority", PRIORITY_NORMAL)),
            user_id=user.id, thread=message.thread, interaction_id=row.id, found=tuple(found), vector=vector))
        if created and self.on_ticket is not None:
            self.on_ticket(ticket)
        return replace(reply, ticket_id=ticket.id, extra={**reply.extra, "ticket_created": created})
