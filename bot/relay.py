"""Tells everyone waiting on a ticket what a tutor did, through the outbox, in their language, once each:
the answer (`deliver`), a correction of it (`correct`), or that it was closed without an answer (`closed`;
for a forum post held for the charter, that the review upheld the decision, with the section and the appeal, or that
a tutor found the post acceptable: a `post_cleared` step, bot/closing.py).

A tutor's photo travels as ``photo={"channel": ..., "file_id": ...}``: followers on that channel get the
photo itself, the others a line saying that a photo could not be shown there.
"""
from __future__ import annotations

import hashlib
import logging
from typing import Callable

from sqlalchemy import update

from bot.appeals import pending
from bot.escalation import TicketService
from bot.payloads import TutorRelay
from bot.store.outbox import Outbox
from bot.store.schema import Ticket, TicketFollower, utcnow
from bot.store.ticket_details import question_asked
from bot.texts import t
from bot.types import Reason, TicketState
from moderation.messages import APPEAL_SECTION, CLASS_SECTIONS, section_title

log = logging.getLogger(__name__)
CORRECTION_MARK = "✏️ Correction · تصحيح"


class AnswerRelay:
    """Queues what the followers of a ticket must hear, once per answer, correction or closing.

    Example: ``AnswerRelay(tickets, outbox).deliver(ticket_id)`` after ``tickets.answer(...)``.
    """

    def __init__(self, tickets: TicketService, outbox: Outbox) -> None:
        self.tickets = tickets
        self.outbox = outbox

    def answer(self, ticket_id: int, tutor: str, text: str, photo: dict | None = None) -> int:
        """Record a tutor's answer and queue it for every follower (the one way to answer a ticket,
        from the console or the tutors' group); TicketError when the ticket cannot take it."""
        self.tickets.answer(ticket_id, tutor, text)
        return self.deliver(ticket_id, photo)

    def deliver(self, ticket_id: int, photo: dict | None = None) -> int:
        """Queue the ticket's answer for every follower; returns how many messages were queued."""
        ticket = self.tickets.get(ticket_id)
        if ticket is None or not ticket.answer:
            return 0
        version = int(ticket.answered_at.timestamp()) if ticket.answered_at else 0
        # a cry for help or giving up is no question: "the answer to your question « تعبت »" (a newcomer)
        intro = "tutor_word_intro" if ticket.reason in (Reason.DISTRESS, Reason.DISCOURAGED) else "tutor_answer_intro"
        return self._queue(ticket, "answer", str(version), photo, lambda f: t(
            lead_in(intro, ticket, f), f.lang, tutor=display_name(ticket.answered_by or ""),
            question=question_asked(ticket.question, ticket.reason), answer=ticket.answer))

    def correct(self, ticket_id: int, tutor: str, text: str, photo: dict | None = None) -> int | None:
        """Record a correction by the tutor who answered, and queue it for every follower; returns how many
        were queued, or None when the ticket has no answer of this tutor to correct."""
        text = text.strip()
        ticket = self.tickets.get(ticket_id)
        if not text or ticket is None or not ticket.answer or ticket.answered_by != tutor:
            return None
        with self.tickets.store.session() as s:  # kept with the answer, for the console and the FAQ
            s.execute(update(Ticket).where(Ticket.id == ticket_id, Ticket.answered_by == tutor)
                      .values(answer=Ticket.answer + f"\n\n{CORRECTION_MARK} ({tutor}) :\n{text}",
                              updated_at=utcnow()))
        self.tickets.note(ticket_id, "corrected", tutor, text[:255])
        digest = hashlib.sha1(text.encode()).hexdigest()[:12]
        return self._queue(ticket, "correction", digest, photo, lambda f: t(
            lead_in("tutor_correction", ticket, f), f.lang, tutor=display_name(tutor), question=question_asked(ticket.question, ticket.reason),
            answer=text))

    def closed(self, ticket_id: int) -> int:
        """Tell every follower that a tutor closed the question without answering it, and how to ask again
        (nothing when it was answered); returns how many messages were queued."""
        ticket = self.tickets.get(ticket_id)
        if ticket is None or ticket.state != TicketState.CLOSED:
            return 0
        steps = [e.kind for e in self.tickets.history(ticket_id)]
        last = {kind: i for i, kind in enumerate(steps)}
        if last.get("answered", -1) > last.get("reopened", -1):
            return 0  # the answer they got still stands
        closing = str(steps.count("closed"))
        review = moderation_item(ticket)
        if review is not None:  # a post held for the charter: not "ask again", but the review's outcome
            if pending(self.tickets, ticket_id):  # "the decision stands" to an appeal nobody read (a tester)
                log.warning("ticket #%d closed with an appeal no tutor marked as read: its author is not told", ticket_id)
                return 0
            appealed = ticket.reason == Reason.APPEAL or "appealed" in steps
            question = str(review.get("text") or "")[:300] if ticket.reason == Reason.APPEAL else ticket.question[:300]
            if last.get("post_cleared", -1) > last.get("reopened", -1):  # a tutor found the post acceptable
                return self._queue(ticket, "closed", closing, None, lambda f: t(
                    "tutor_cleared_review", f.lang, question=question or ticket.question[:300]))
            return self._queue(ticket, "closed", closing, None, lambda f: review_closed(
                review, f.lang, question or ticket.question[:300], appealed))
        return self._queue(ticket, "closed", closing, None, lambda f: t(
            quoting("tutor_closed", ticket, f), f.lang, question=question_asked(ticket.question, ticket.reason),
            how=t("ask_again_telegram" if f.channel == "telegram" else "ask_again", f.lang)))

    def _queue(self, ticket: Ticket, kind: str, version: str, photo: dict | None,
               text_for: Callable[[TicketFollower], str]) -> int:
        queued = 0
        for follower in self.tickets.followers(ticket.id):
            text = text_for(follower)
            same_channel = bool(photo) and photo.get("channel") == follower.channel
            payload = TutorRelay(f"tutor_{kind}", ticket.id, follower.lang, photo["file_id"] if same_channel else "")
            if photo and not same_channel:
                text += "\n\n" + t("tutor_photo_elsewhere", follower.lang)
            key = f"{kind}:{ticket.id}:{follower.id}:{version}"
            if self.outbox.enqueue(key, follower.channel, follower.recipient, text, payload.to_json(),
                                   user_id=follower.user_id) is not None:
                queued += 1  # the outbox wakes each follower's channel worker
        return queued




def display_name(login: str) -> str:
    """A tutor's console login as a name to show a trainer: "amina" → "Amina", "fatima.zahra" → "Fatima Zahra" (the
    relay said "Réponse de votre tuteur·rice amina", a tester); a login already capitalised is kept."""
    words = [w for w in login.replace(".", " ").replace("_", " ").split() if w]
    return " ".join(w if not w.islower() else w[:1].upper() + w[1:] for w in words)


def quoting(key: str, ticket: Ticket, follower: TicketFollower) -> str:
    """The text key for a follower: quoting the ticket's question to its own asker; else its "_unquoted" twin (a forum
    thread joined to a web trainer's ticket was answered in public under that trainer's private question, a newcomer)."""
    asker = follower.channel == ticket.channel and follower.recipient == ticket.thread
    if asker or key == "tutor_word_intro":
        return key
    # another's question, even a public post, is not "your question" (a forum post merged into another thread's ticket
    # was answered quoting that thread's question as its own, a newcomer)
    return f"{key}_unquoted"


# without the question quoted, "Réponse … à votre question :" ended on a colon with nothing after it (a tester)
FOLLOWED = {"tutor_answer_intro_unquoted": "tutor_answer_followed",
            "tutor_correction_unquoted": "tutor_correction_followed"}


def lead_in(key: str, ticket: Ticket, follower: TicketFollower) -> str:
    """The text key of an answer or a correction for a follower: `quoting`'s, except that to a trainer who did not ask
    the ticket's question (joined or merged into it) it is "the question you were following", said without a quote."""
    chosen = quoting(key, ticket, follower)
    return FOLLOWED.get(chosen, chosen)


def moderation_item(ticket: Ticket) -> dict | None:
    """The moderation record of a held or hidden forum post's review ticket; None for any other ticket."""
    if ticket.reason not in (Reason.FORUM_REVIEW, Reason.APPEAL):
        return None
    return next((item for item in ticket.found or () if isinstance(item, dict) and item.get("kind") == "moderation"
                 and (ticket.reason == Reason.FORUM_REVIEW or item.get("post_id"))), None)  # a chat's: "ask again"


def review_closed(item: dict, lang: str, question: str, appealed: bool = False) -> str:
    """The author's notice when a tutor closed their post's review without an answer: the decision stands,
    with the charter section it breaks and the one on appeals (once the author appealed: that the appeal was read)."""
    section = item.get("charter_section") or CLASS_SECTIONS.get(str(item.get("verdict", ""))) or "charter-respect"
    if appealed:
        return t("tutor_closed_appeal", lang, question=question, title=section_title(section, lang), section=section)
    return t("tutor_closed_review", lang, question=question, title=section_title(section, lang), section=section,
             appeal_title=section_title(APPEAL_SECTION, lang), appeal=APPEAL_SECTION)
