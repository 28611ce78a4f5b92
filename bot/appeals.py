"""Appeals of moderation decisions: "je conteste", "أطعن في القرار", "kan3ared" from the author of a moderated message.

    forum reply by the author of a held / hidden post (under it, or later in its thread)
        ├─ its review ticket still open ──► the appeal joins it ("appealed" step, an `appeal` item): read before closing
        └─ no open review ticket ─────────► an `appeal` ticket (the decision and the appeal), followed by the author alone
    chat message right after Rafiq answered a message as abuse or advertising
        ├─ the ticket it opened still open ► joined, as above
        └─ else ──────────────────────────► an `appeal` ticket (opened by the recorder)
The author is told the appeal reached the tutors; a review ticket with an appeal nobody has read is not closed with "the
decision stands" (`pending`, `mark_seen`). The guide's charter promises exactly this ("répondez à Rafiq par « je
conteste »"); the appeal went nowhere and the author was later told the decision stands (a tester).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import TYPE_CHECKING

from bot.clock import utcnow
from bot.escalation import OPEN_STATES, PRIORITY_HIGH, TicketRequest, TicketService
from bot.payloads import ForumRecipient
from bot.store.appeals import AppealRecords
from bot.texts import t
from bot.types import Decision, Intent, Kind, Message, Priority, Reason, TicketAsk
from retrieval.normalize import normalize_text

if TYPE_CHECKING:
    from bot.tutor import Tutor

CHAT_WINDOW = timedelta(hours=24)  # a chat appeal is about a message moderated this recently
_APPEAL = re.compile(
    r"\b(?:je\s+|j['’]\s*)?contest\w*|\bfai(?:s|re|t)\s+appel\b|\bappel\s+de\s+(?:la|cette)\s+d[ée]cision|\brecours\b"
    r"|\b(?:ka|kan|kay|n|ghan|ghadi\s+n)?(?:3ared|3ared|3tared|t3en|ta3en|ta3n|3tarad)\w*|\bi3tirad\w*"
    r"|(?:^|\s)(?:ا|ن|كن|كان|سا|سأ)?(?:طعن|عترض|عارض)\w*|اعتراض")


_HOW = re.compile(r"\b(?:comment|kifach|kifash|kifah|how)\b|(?:^|\s)كيف(?:اش)?(?:\s|$)|كيفاش")


def is_appeal(text: str) -> bool:
    """The message contests a decision ("je conteste", "je fais appel", "أطعن", "kan3ared"...); not a question on how
    to appeal ("comment contester ?", "كيف أطعن؟": the charter's page answers it)."""
    said = normalize_text(text or "")
    return bool(_APPEAL.search(said)) and not _HOW.search(said)


@dataclass(frozen=True)
class Appealed:
    """Where an appeal went: the ticket, whether it joined an open one, and what the author is told."""

    ticket_id: int
    joined: bool
    notice: str = ""


def _item(about: str, text: str, post_id: str = "") -> dict:
    return {"kind": "appeal", "about": about, "post_id": post_id, "text": text[:2000], "at": utcnow().isoformat()}


def pending(tickets: TicketService, ticket_id: int) -> bool:
    """The ticket holds an appeal (or is one) that no tutor has marked as read, nor answered, since it came."""
    ticket = tickets.get(ticket_id)
    if ticket is None:
        return False
    steps = [e.kind for e in tickets.history(ticket_id)]
    last = {kind: i for i, kind in enumerate(steps)}
    appealed = max(last.get("appealed", -1), 0 if ticket.reason == Reason.APPEAL else -1)
    return appealed >= 0 and appealed > max(last.get("appeal_seen", -1), last.get("answered", -1))


def mark_seen(tickets: TicketService, ticket_id: int, tutor: str) -> None:
    """A tutor read the appeal (the console's box ticked before closing)."""
    tickets.note(ticket_id, "appeal_seen", tutor)


class ModerationAppeals:
    """Lodges appeals where tutors will read them.

    Example::

        appeals = ModerationAppeals(tickets, AppealRecords(store), open_ticket=recorder.open_ticket)
        done = appeals.forum_post(post.channel, post.forum, post.thread_id, post.thread_key, post.post_id,
                                  post.author, post.reply_to, text, "fr", user_id)   # None: not an appeal
    """

    def __init__(self, tickets: TicketService, records: AppealRecords, open_ticket=None) -> None:
        self.tickets = tickets
        self.records = records
        self.open_ticket = open_ticket or tickets.open

    @classmethod
    def over(cls, store, tickets: TicketService, open_ticket=None) -> ModerationAppeals:
        """The appeals desk over the store (`open_ticket`: the recorder's, which tells the tutors)."""
        return cls(tickets, AppealRecords(store), open_ticket)

    def _join(self, ticket_id: int, item: dict, actor: str) -> Appealed | None:
        ticket = self.tickets.get(ticket_id)
        if ticket is None or ticket.state not in OPEN_STATES:
            return None
        self.tickets.add_found(ticket_id, (item,))
        self.tickets.note(ticket_id, "appealed", actor, item.get("post_id") or "")
        return Appealed(ticket_id, joined=True)

    def forum_post(self, channel: str, forum: str, thread_id: str, thread_key: str, post_id: str, author: str,
                   reply_to: str | None, text: str, lang: str, user_id: int | None) -> Appealed | None:
        """An appeal posted in a thread by the author of a post held or hidden there; None when they have none."""
        held = self.records.moderated_post(forum, thread_id, author, reply_to, thread_key)
        if held is None:
            return None
        item = _item(held.post_id, text, post_id)
        earlier = self.records.appeal_ticket(user_id, held.post_id) if user_id is not None else None
        for ticket_id in (held.review_ticket, earlier.id if earlier is not None else None):
            if ticket_id is not None and (joined := self._join(ticket_id, item, author)) is not None:
                return replace(joined, notice=t("appeal_received_forum", lang, number=joined.ticket_id))
        decision = {k: v for k, v in (held.verdict or {}).items()
                    if k in ("verdict", "action", "reason", "charter_section", "labels", "cues")}
        moderation = {"kind": "moderation", "post_id": held.post_id, "url": held.url, "text": held.text[:2000],
                      **decision}
        ticket, _ = self.open_ticket(TicketRequest(
            channel=channel, recipient=str(ForumRecipient.author_of(thread_key, held.post_id, author)),
            question=text, lang=lang, reason=Reason.APPEAL, priority=PRIORITY_HIGH, user_id=user_id,
            thread=thread_key, found=(moderation, item)))
        self.tickets.note(ticket.id, "appealed", author, post_id)
        return Appealed(ticket.id, joined=False, notice=t("appeal_received_forum", lang, number=ticket.id))


def chat_appeal(tutor: Tutor, text: str, lang: str, message: Message) -> Decision | None:
    """"je conteste" / "أطعن في القرار" in a chat right after Rafiq answered a message as abuse or advertising: the
    appeal reaches a tutor (it was answered with the charter's page on appeals, which says to write "je conteste")."""
    store, tickets = getattr(tutor.recorder, "store", None), getattr(tutor.recorder, "tickets", None)
    if store is None or tickets is None or not is_appeal(text):
        return None
    user = tutor.recorder.find_user(message)
    records = AppealRecords(store)
    moderated = records.moderated_message(user.id, CHAT_WINDOW) if user is not None else None
    if moderated is None:
        return None
    about = f"interaction:{moderated.id}"
    item = _item(about, text)
    appeals = ModerationAppeals(tickets, records)
    held = records.ticket_of_interaction(moderated.id)
    earlier = records.appeal_ticket(user.id, about)
    for ticket in (held, earlier):
        if ticket is not None and (joined := appeals._join(ticket.id, item, message.user)) is not None:
            return Decision(Kind.ANSWER, t("appeal_joined_chat", lang, number=joined.ticket_id), lang, Intent.HUMAN,
                            reason=Reason.APPEAL, ticket_id=joined.ticket_id)
    verdict = "spam" if moderated.reason == Reason.SPAM else "toxic"
    moderation = {"kind": "moderation", "text": moderated.text[:2000], "verdict": verdict,
                  "reason": moderated.reply_text[:500] if moderated.reply_text else ""}
    return Decision(Kind.ESCALATE, t("appeal_received_chat", lang, eta=tutor.eta_text(lang)), lang, Intent.HUMAN,
                    reason=Reason.APPEAL, ticket=TicketAsk(Reason.APPEAL, Priority.HIGH, found=(moderation, item),
                                                           question=text, matchable=False))
