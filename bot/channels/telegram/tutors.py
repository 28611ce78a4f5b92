"""The tutors' Telegram group: ticket cards with Claim / Close, and tutors' replies relayed to trainers.

    ticket opened ──► card queued in the outbox ──► delivered: its message id stored on the ticket
    Claim / Close ──► TicketService.claim / close ──► the card edited (who has it, its state)
    a tutor replies to the card ──► TicketService.answer ──► AnswerRelay.deliver (outbox, once)
                    (again, after answering) ──► AnswerRelay.correct: a correction, marked as such
                    (a photo with a caption) ──► the caption is the answer, the photo goes with it
    Close without an answer ──► AnswerRelay.closed: the trainers are told, and how to ask again

The group is shared by tutors of both languages, so every label is in French and Arabic.
"""
from __future__ import annotations

import asyncio
import logging
import re
from typing import TYPE_CHECKING

from bot.channels.telegram.channel import CHANNEL, TelegramChannel, update_key
from bot.channels.telegram.render import Run
from bot.closing import Closed, close_ticket
from bot.escalation import PRIORITY_DISTRESS, PRIORITY_HIGH, TicketError
from bot.texts import TEXTS, t
from bot.types import TicketState

if TYPE_CHECKING:
    from bot.store.schema import Ticket  # the rows TicketService hands out, for annotations only

URGENT_HINT = ("Alerte de permanence : prenez le ticket dans le groupe des tuteurs ou la console · "
               "تنبيه المداومة: تكفّلوا بالتذكرة في مجموعة المؤطرين أو في لوحة التحكم")

log = logging.getLogger(__name__)
QUESTION_MAX = 1500
CARD_ID = re.compile(r"#(\d+)")

STATE_MARKS = {TicketState.OPEN: "🆕", TicketState.REOPENED: "🔁", TicketState.CLAIMED: "✋",
               TicketState.ANSWERED: "💬", TicketState.CLOSED: "✅"}


def bilingual(key: str, **values: object) -> str:
    """A catalogue text as the tutors' group reads it: 'français · عربية'."""
    return f"{t(key, 'fr', **values)} · {t(key, 'ar', **values)}"


def reason_text(reason: str) -> str:
    """Why the ticket was opened, in both languages (the code itself if it has no label)."""
    return bilingual(f"reason_{reason}") if f"reason_{reason}" in TEXTS else reason


def state_text(state: str, who: str) -> str:
    """'✋ pris par Salma · تكفل بها Salma' (the code itself if it has no label)."""
    by = {TicketState.CLAIMED: "state_claimed_by", TicketState.ANSWERED: "state_answered_by"}
    key = by.get(state, f"state_{state}")
    return f"{STATE_MARKS.get(state, '•')} {bilingual(key, who=who)}" if key in TEXTS else state


def priority_mark(priority: int) -> str:
    """🔴 distress, 🟠 high, 🟢 normal."""
    return "🔴" if priority <= PRIORITY_DISTRESS else "🟠" if priority == PRIORITY_HIGH else "🟢"


def card_runs(ticket: Ticket, waiting: int = 1, overdue: bool = False) -> list[Run]:
    """The ticket as the tutors' group sees it (bilingual labels)."""
    urgent = " — URGENT · عاجل" if ticket.priority <= PRIORITY_DISTRESS else ""
    runs: list[Run] = []
    if overdue:
        runs += [("⏰ Toujours sans tuteur · ما زالت دون مؤطر", "b"), ("\n", None)]
    question = ticket.question if len(ticket.question) <= QUESTION_MAX else ticket.question[:QUESTION_MAX] + "…"
    runs += [(f"{priority_mark(ticket.priority)} Ticket #{ticket.id} · تذكرة{urgent}", "b"), ("\n", None),
             (f"❓ Question · السؤال ({ticket.lang}, {ticket.channel}) :", "b"), (f"\n{question}\n\n", None),
             ("🔎 Trouvé par Rafiq · ما وجده رفيق :", "b"), ("\n", None)]
    for p in (ticket.found or [])[:3]:
        runs.append((f"• {p.get('title', '')} [{p.get('id', '')}, {p.get('lang', '')}] — "
                     f"{float(p.get('confidence', 0)):.2f}\n", None))
        excerpt = " ".join(str(p.get("text", "")).split())
        if excerpt:
            runs += [(f"{excerpt[:160]}…", "i"), ("\n", None)]
    if not ticket.found:
        runs.append(("rien de proche · لا شيء قريب\n", None))
    reason = reason_text(ticket.reason)
    state = state_text(ticket.state, ticket.claimed_by or ticket.answered_by or "?")
    for label, value in (("⚠️ Raison · السبب :", reason), ("👥 En attente · في الانتظار :", str(waiting)),
                         ("📌 État · الحالة :", state)):
        runs += [("\n" if label.startswith("⚠️") else "", None), (label, "b"), (f" {value}\n", None)]
    if ticket.state not in (TicketState.ANSWERED, TicketState.CLOSED):
        runs.append(("↩️ Répondez à ce message pour répondre · ردوا على هذه الرسالة للإجابة", "i"))
    elif ticket.state == TicketState.ANSWERED:
        runs.append(("↩️ Répondez à ce message pour corriger la réponse · ردوا على هذه الرسالة لتصحيح الجواب", "i"))
    return [r for r in runs if r[0]]


def card_keyboard(ticket: Ticket) -> list[list[dict]]:
    """Claim and Close while open; Close once claimed or answered; nothing once closed."""
    claim = {"label": "✋ Je prends · أتكفل", "action": f"tk:claim:{ticket.id}"}
    close = {"label": "✅ Clore · إغلاق", "action": f"tk:close:{ticket.id}"}
    if ticket.state in (TicketState.OPEN, TicketState.REOPENED):
        return [[claim, close]]
    return [[close]] if ticket.state in (TicketState.CLAIMED, TicketState.ANSWERED) else []


def _card(channel: TelegramChannel, ticket: Ticket, overdue: bool = False) -> tuple[list[Run], list]:
    waiting = len(channel.tickets.followers(ticket.id))
    return card_runs(ticket, waiting, overdue), card_keyboard(ticket)


def announce(channel: TelegramChannel, ticket: Ticket) -> bool:
    """Queue a new ticket's card for the tutors' group; False when there is no group."""
    _alert_on_call(channel, ticket, "card")
    if not channel.tutor_chat:
        return False
    runs, keyboard = _card(channel, ticket)
    return channel.queue(f"ticket:{ticket.id}:card", channel.tutor_chat, runs, None, keyboard,
                         kind="ticket_card", ticket_id=ticket.id)


def _alert_on_call(channel: TelegramChannel, ticket: Ticket, occasion: str) -> None:
    """A distress ticket also alerts the on-call group (RAFIQ_URGENT_CHAT_ID), day and night.

    The card there has no buttons: tutors claim and answer in their group or the console.
    """
    if ticket.priority > PRIORITY_DISTRESS or not channel.urgent_chat:
        return
    runs = card_runs(ticket, len(channel.tickets.followers(ticket.id)), occasion != "card")
    runs = runs + [("\n\n" + URGENT_HINT, "i")]
    channel.queue(f"ticket:{ticket.id}:urgent:{occasion}", channel.urgent_chat, runs, None, None,
                  kind="urgent_alert", ticket_id=ticket.id)


def announce_again(channel: TelegramChannel, ticket: Ticket) -> bool:
    """Post again the card of a ticket nobody claimed in time (once per announcement it follows)."""
    since = ticket.announced_at.timestamp() if ticket.announced_at else 0
    _alert_on_call(channel, ticket, f"again:{int(since)}")
    if not channel.tutor_chat:
        return False
    runs, keyboard = _card(channel, ticket, overdue=True)
    return channel.queue(f"ticket:{ticket.id}:again:{int(since)}", channel.tutor_chat, runs, None, keyboard,
                         kind="ticket_card", ticket_id=ticket.id)


class TelegramAnnouncer:
    """The tutors' group as a ticket listener (`opened`: a new ticket's card) and as the SLA worker's
    `TicketAnnouncer` (`announce`: the card again when nobody claimed it in time); `bot.app` plugs it in.

    Example: ``announcer.opened(ticket)``; ``await TelegramAnnouncer(channel).announce(ticket, again=True)``
    """

    def __init__(self, channel: TelegramChannel) -> None:
        self.channel = channel

    def opened(self, ticket: Ticket) -> None:
        """Queue a new ticket's card (from any thread); a failure is logged, the ticket stands."""
        try:
            announce(self.channel, ticket)
        except Exception:  # the console and the SLA pass still show it
            log.exception("could not queue the card of ticket #%s", ticket.id)

    async def announce(self, ticket: Ticket, again: bool) -> None:
        """Queue the ticket's card (a reminder card when `again`)."""
        fresh = await asyncio.to_thread(self.channel.tickets.get, ticket.id) or ticket
        await asyncio.to_thread(announce_again if again else announce, self.channel, fresh)


def _edit_card(channel: TelegramChannel, key: str, ticket_id: int, message_id: int | str | None) -> None:
    ticket = channel.tickets.get(ticket_id)
    if ticket is None or not message_id:
        return
    runs, keyboard = _card(channel, ticket)
    channel.queue(key, channel.tutor_chat, runs, None, keyboard, op="edit", message_id=int(message_id),
                  kind="ticket_edit")


def claim(channel: TelegramChannel, update_id: int, ticket_id: int, tutor: str, message_id: int) -> str:
    """A tutor pressed Claim: exactly one tutor wins; returns the short answer to show them."""
    if channel.tickets.claim(ticket_id, tutor):
        _edit_card(channel, update_key(update_id), ticket_id, message_id)
        return "✋ À vous · صارت لك"
    ticket = channel.tickets.get(ticket_id)
    if ticket is None:
        return "Ticket introuvable · تذكرة غير موجودة"
    if ticket.claimed_by == tutor and ticket.state == TicketState.CLAIMED:
        return "Vous l'avez déjà · سبق أن تكفلت بها"
    who = ticket.claimed_by or ticket.answered_by or "?"
    return state_text(ticket.state, who)


def close(channel: TelegramChannel, update_id: int, ticket_id: int, tutor: str, message_id: int) -> str:
    """A tutor pressed Close: the trainers still waiting are told; returns the short answer to show them. A ticket
    whose author's appeal no tutor has read stays open, as in the console (bot/closing.py): the group is told to read
    it on the ticket's page and close it there (the button closed it and told the author "the decision stands")."""
    done = close_ticket(channel.tickets, channel.services.relay, ticket_id, tutor)
    if done.status == Closed.CLOSED:
        _edit_card(channel, update_key(update_id), ticket_id, message_id)
        told = done.told
        return f"✅ Clos, {told} prévenu(s) · أغلقت، أُخبر {told}" if told else "✅ Clos · أغلقت"
    if done.status == Closed.APPEAL_UNSEEN:
        page = f"{channel.services.settings.public_url.rstrip('/')}/console/tickets/{ticket_id}"
        said = {lang: t("tg_appeal_unseen", lang, number=ticket_id, link=page, box=t("appeal_seen_box", lang))
                for lang in ("fr", "ar")}
        channel.queue(update_key(update_id), channel.tutor_chat, f"{said['fr']}\n\n{said['ar']}", None,
                      reply_to=message_id)
        return bilingual("tg_appeal_unseen_short")
    return "Déjà clos · مغلقة من قبل"


def ticket_for_reply(channel: TelegramChannel, replied_id: int, replied_text: str, replied_by_bot: bool
                     ) -> Ticket | None:
    """The ticket a tutor's reply is about: the card's message id, else the '#id' on a bot card."""
    ticket = channel.tickets.by_tutor_message(str(replied_id))
    if ticket is None and replied_by_bot and "Ticket #" in replied_text:
        found = CARD_ID.search(replied_text)
        ticket = channel.tickets.get(int(found.group(1))) if found else None
    return ticket


def tutor_reply(channel: TelegramChannel, update_id: int, ticket: Ticket, tutor: str, text: str,
                message_id: int, card_id: int, photo: str | None = None) -> int:
    """Record a tutor's answer (or, once answered, their correction) and relay it, with the photo it
    carries, to everyone waiting; returns how many were queued."""
    relay = channel.services.relay
    attached = {"channel": CHANNEL, "file_id": photo} if photo else None
    if not (text or "").strip():  # a photo without a caption: the caption is the answer
        channel.queue(update_key(update_id), channel.tutor_chat,
                      f"📷 Ticket #{ticket.id} : ajoutez votre réponse en légende de la photo · "
                      "أضيفوا جوابكم تعليقا على الصورة.", None, reply_to=message_id)
        return 0
    try:
        queued = relay.answer(ticket.id, tutor, text, attached)
    except TicketError:
        corrected = relay.correct(ticket.id, tutor, text, attached)
        if corrected is not None:
            channel.queue(update_key(update_id), channel.tutor_chat,
                          f"✏️ Ticket #{ticket.id} : correction transmise ({corrected}) · "
                          f"أُرسل التصحيح ({corrected}).", None, reply_to=message_id)
            return corrected
        current = channel.tickets.get(ticket.id)
        who = (current.claimed_by or current.answered_by or "?") if current else "?"
        state = state_text(current.state, who) if current else "?"
        channel.queue(update_key(update_id), channel.tutor_chat,
                      f"⛔ Ticket #{ticket.id} : {state}. Réponse non transmise · لم يُرسل الجواب.",
                      None, reply_to=message_id)
        return 0
    channel.queue(update_key(update_id), channel.tutor_chat,
                  f"📨 Ticket #{ticket.id} : réponse transmise ({queued}) · أُرسل الجواب ({queued}).",
                  None, reply_to=message_id)
    _edit_card(channel, update_key(update_id, "card"), ticket.id, card_id)
    return queued


def queue_text(channel: TelegramChannel, limit: int = 30) -> str:
    """The open tickets, most urgent first, with who has each one (the tutors' /tickets command)."""
    tickets = channel.tickets.queue(limit=limit)
    if not tickets:
        return "Aucun ticket ouvert · لا توجد تذاكر مفتوحة"
    lines = [f"🎫 Tickets ouverts · التذاكر المفتوحة ({len(tickets)})"]
    for ticket in tickets:
        who = state_text(ticket.state, ticket.claimed_by or "?")
        question = " ".join(ticket.question.split())
        lines.append(f"{priority_mark(ticket.priority)} #{ticket.id} · {who} · {ticket.lang} · "
                     f"{question[:80]}{'…' if len(question) > 80 else ''}")
    return "\n".join(lines)


def list_tickets(channel: TelegramChannel, update_id: int) -> None:
    """Queue the list of open tickets for the tutors' group."""
    channel.queue(update_key(update_id), channel.tutor_chat, queue_text(channel), None)
