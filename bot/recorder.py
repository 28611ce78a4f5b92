"""Persists what the Tutor decided: the user, the interaction (masked text) and the ticket it asks for.

This is the one place where tickets are opened (`open_ticket`): the Tutor's decisions, a tutor request
from a button, an unanswered forum thread (`open_asked`) all come through here, so every new ticket reaches
the same listeners (the tutors' group, for one). The user's row is read once per message: the Tutor asks
`find_user` (for the language the trainer chose) and hands its id back to `record`.
"""
from __future__ import annotations

import logging
from dataclasses import replace
from datetime import timedelta
from typing import Callable, Protocol

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from bot.payloads import ForumRecipient
from bot.escalation import TicketRequest, TicketService
from bot.clock import aware
from bot.conversation import leans_on_conversation
from bot.store.schema import Interaction, Ticket, User, utcnow
from bot.store import Store
from bot.store.ticket_details import add_detail
from bot.types import Decision, Intent, Kind, Message, Priority, Reason

log = logging.getLogger(__name__)
# A request for a person typed in the chat carries the trainer's latest question of this many minutes (the
# conversation memory's default window), so that tutors see what it is about.
CONTEXT_MINUTES = 30
NOT_CONTEXT = frozenset({Intent.INVALID, Intent.GREETING, Intent.THANKS, Intent.HUMAN, Intent.MODERATED,
                         Intent.HANDED_OVER})
TicketListener = Callable[[Ticket], None]
MAX_QUESTION = 4000  # characters of a ticket's question kept for tutors
FORUM_SILENT = (Kind.IGNORE, Kind.MASK, Kind.HOLD, Kind.HIDE)  # forum posts Rafiq does not answer


class Recorder(Protocol):
    """Persists a handled message and its decision (opening the ticket it asks for); returns the
    decision with ids filled in. Also reads what the Tutor needs of the trainer's past (their row, an
    exchange of theirs, their latest exchanges)."""

    def find_user(self, message: Message) -> User | None: ...

    def record(self, message: Message, decision: Decision, stored_text: str,
               user_id: int | None = None) -> Decision: ...

    def open_asked(self, message: Message, decision: Decision) -> Decision: ...

    def interaction(self, message: Message, interaction_id: int) -> Interaction | None: ...

    def history(self, message: Message, limit: int = 20) -> list[Interaction]: ...


# channels whose page keeps the trainer's language choice (its language buttons): not stored on the user
PAGE_CHANNELS = frozenset({"web"})


class NullRecorder:
    """Keeps nothing: for one-off CLI questions."""

    def find_user(self, message: Message) -> User | None:
        """No stored user."""
        return None

    def record(self, message: Message, decision: Decision, stored_text: str,
               user_id: int | None = None) -> Decision:
        """Return the decision unchanged."""
        return decision

    def open_asked(self, message: Message, decision: Decision) -> Decision:
        """Return the decision unchanged (no ticket)."""
        return decision

    def interaction(self, message: Message, interaction_id: int) -> Interaction | None:
        """Nothing kept."""
        return None

    def history(self, message: Message, limit: int = 20) -> list[Interaction]:
        """Nothing kept."""
        return []


def forum_private_recipient(thread: str, post_id: str, author: str) -> str:
    """The follower id of a forum post's author alone (a private notice, not a public thread reply)."""
    return str(ForumRecipient.author_of(thread, post_id, author))


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

    def find_user(self, message: Message) -> User | None:
        """The sender's row (None before their first message)."""
        return self.store.find_user(message.channel, message.user)

    def interaction(self, message: Message, interaction_id: int) -> Interaction | None:
        """One of the sender's exchanges (None when it is someone else's or gone)."""
        user = self.find_user(message)
        row = self.store.interaction(interaction_id) if user is not None else None
        return row if row is not None and row.user_id == user.id else None

    def history(self, message: Message, limit: int = 20) -> list[Interaction]:
        """The sender's latest exchanges, newest first."""
        user = self.find_user(message)
        return self.store.history(user.id, limit=limit) if user is not None else []

    def record(self, message: Message, decision: Decision, stored_text: str,
               user_id: int | None = None) -> Decision:
        """Store the interaction (one transaction) and open (or join) the ticket the decision asks for.

        `user_id` is the sender's row when the Tutor already read it (`find_user`): it is not read again."""
        silent = message.context.is_forum and decision.kind in FORUM_SILENT and decision.ticket is None
        try:
            user_id, interaction_id = self._store(message, decision, stored_text, silent, user_id)
        except IntegrityError:  # the user was created by a concurrent message (or the known one deleted)
            user_id, interaction_id = self._store(message, decision, stored_text, silent, None)
        return self._open(message, replace(decision, interaction_id=interaction_id, user_id=user_id), stored_text,
                          user_id)

    def open_asked(self, message: Message, decision: Decision) -> Decision:
        """Open (or join) the ticket `decision` asks for, storing no interaction (an unanswered forum thread:
        its post came long ago); the question is not embedded again (the decision carries its vector or none)."""
        user = self.store.get_or_create_user(message.channel, message.user, message.display_name)
        return self._open(message, decision, message.text, user.id, embed=False)

    def _open(self, message: Message, decision: Decision, stored_text: str, user_id: int,
              embed: bool = True) -> Decision:
        """The ticket the decision asks for (none: the decision as it is)."""
        if decision.ticket is None:
            return decision
        ask = decision.ticket
        recipient = (forum_private_recipient(message.thread, message.external_id, message.display_name)
                     if ask.private else message.thread or message.user)
        vector = decision.query_vector if ask.matchable else None  # a bare request for a person: its own ticket
        if (vector is None and embed and ask.matchable and self.embed is not None and ask.priority > Priority.DISTRESS
                and stored_text.strip()):
            try:
                vector = tuple(float(x) for x in self.embed(stored_text))
            except Exception:
                log.exception("could not embed the question for ticket matching")
        question = ask.question or stored_text
        chat = not message.context.is_forum
        if chat and (own := add_detail(self.store, user_id, question, priority=Priority.DISTRESS)) is not None:
            self._tell_listeners(self.tickets.get(own))  # a person in distress has one ticket; tutors see it again
            return replace(decision, ticket_id=own, ticket_created=False)
        if not ask.matchable or (chat and leans_on_conversation(stored_text)):
            # "je veux parler à un tuteur", "ok et elle dure combien de temps ?": the card says what the
            # conversation was about; read with it, the message is this trainer's own (never joined by meaning)
            with_context = self._with_last_question(message, question, stored_text)
            vector = None if with_context != question else vector
            question = with_context
        ticket, created = self.open_ticket(TicketRequest(
            channel=message.channel, recipient=recipient, question=question[:MAX_QUESTION],
            lang=decision.lang, reason=str(ask.reason), priority=int(ask.priority), user_id=user_id,
            thread=message.thread, interaction_id=decision.interaction_id, found=ask.found, vector=vector))
        if not created and ask.reason == Reason.FORUM_SUGGESTION and ask.found:
            self.tickets.add_found(ticket.id, ask.found)  # joined the same question: keep the draft there
        return replace(decision, ticket_id=ticket.id, ticket_created=created)

    def _with_last_question(self, message: Message, request: str, stored_text: str) -> str:
        """A bare request for a person, followed by the trainer's latest question of the last CONTEXT_MINUTES."""
        since = utcnow() - timedelta(minutes=CONTEXT_MINUTES)
        rows = [row for row in self.history(message, limit=5) if row.intent not in NOT_CONTEXT and row.text.strip()
                and row.text != stored_text and aware(row.created_at) >= since]
        # a follow-up last ("non aucun des deux" after a choice of sections): the question it followed comes first,
        # which the card shows as the question (it showed only "non aucun des deux")
        asked = [rows[0].text] if rows else []
        if rows and rows[0].intent == Intent.FOLLOW_UP:
            first = next((row.text for row in rows[1:] if row.intent != Intent.FOLLOW_UP), "")
            asked = [first, *asked] if first else asked
        return "\n".join([request, *(f"↪ {line}" for line in asked)])

    def open_ticket(self, request: TicketRequest) -> tuple[Ticket, bool]:
        """Open (or join) a ticket and tell the listeners about a new one."""
        ticket, created = self.tickets.open(request)
        if created:
            self._tell_listeners(ticket)
        return ticket, created

    def _tell_listeners(self, ticket: Ticket) -> None:
        for listener in self.listeners:
            try:
                listener(ticket)
            except Exception:
                log.exception("a ticket listener failed on ticket #%d", ticket.id)

    def _store(self, message: Message, decision: Decision, text: str, silent: bool,
               user_id: int | None = None) -> tuple[int, int | None]:
        """The user (created on first contact; not read again when `user_id` is known) and, unless `silent`,
        the interaction, in one transaction."""
        with self.store.session() as s:
            seen = user_id is not None and s.execute(
                update(User).where(User.id == user_id).values(last_seen_at=utcnow())).rowcount == 1
            if not seen:
                user = s.scalar(select(User).where(User.channel == message.channel,
                                                   User.external_id == message.user))
                if user is None:
                    user = User(channel=message.channel, external_id=message.user,
                                display_name=(message.display_name or "")[:128])
                    s.add(user)
                    s.flush()
                else:
                    s.execute(update(User).where(User.id == user.id).values(last_seen_at=utcnow()))
                user_id = user.id
            if decision.lang_kept and message.channel not in PAGE_CHANNELS:  # the web page keeps it itself
                s.execute(update(User).where(User.id == user_id).values(lang=decision.lang))
            if silent:
                return user_id, None
            row = Interaction(
                user_id=user_id, channel=message.channel, thread=message.thread or message.user, text=text,
                detected_lang=decision.detected, reply_lang=decision.lang, intent=str(decision.intent),
                reply_text=decision.text, confidence=float(decision.confidence),
                citations=[{"id": c.id, "title": c.title, "lang": c.lang}
                           for c in decision.citations or decision.options],
                escalate=decision.escalate, reason=str(decision.reason))
            s.add(row)
            s.flush()
            return user_id, row.id
