"""The tutors' Telegram group follows the console's rule (bot/closing.py): a ticket whose author's appeal no tutor has
read is not closed by the card's Close button, the group is told why in French and Arabic, and nobody is told "the
decision stands"; once a tutor has read it (the console's box), Close closes it. Real bot, Bot API stand-in, SQLite."""
from __future__ import annotations

import asyncio

from tests.channels.conftest import TUTORS
from tests.channels.helpers import bot_messages, press, reply_count, until

ABUSE = "nta wahd l7mar o mamfhamch, sir t9awed mn had lforum"
TRAINER = 641


async def held_and_appealed(api, runtime) -> dict:
    """A trainer's abuse is held (a ticket, its card in the group), then they write "je conteste": the card."""
    api.push_message(TRAINER, "/lang fr", language_code="fr")
    await reply_count(api, TRAINER, 1)
    api.push_message(TRAINER, ABUSE, language_code="fr")
    await reply_count(api, TRAINER, 2)
    card = (await reply_count(api, TUTORS, 1))[0]
    tickets = runtime.services.tickets
    await until(api, lambda: tickets.get(1) is not None and tickets.get(1).tutor_message_id == str(card["message_id"]))
    api.push_message(TRAINER, "je conteste, ce n'était pas une insulte", language_code="fr")
    await reply_count(api, TRAINER, 3)
    assert "appealed" in [e.kind for e in tickets.history(1)], tickets.history(1)
    return card


async def test_close_in_the_group_waits_until_the_appeal_is_read(start_bot, tg_services, api):
    runtime = await start_bot(tg_services(public_url="https://rafiq.example.ma"))
    card = await held_and_appealed(api, runtime)
    tickets = runtime.services.tickets
    told_before = len(bot_messages(api, TRAINER))

    toast = await press(api, TUTORS, "tk:close:1", card["message_id"], user_id=9001, first_name="Karim")
    assert toast == "⛔ Non clos : contestation non lue · ⛔ لم تُغلق: طعن لم يُقرأ بعد"
    assert tickets.get(1).state != "closed"
    notice = await until(api, lambda: next((m["text"] for m in bot_messages(api, TUTORS)
                                            if "Ticket #1 non clos" in m["text"]), None))
    assert "l'auteur conteste la décision" in notice and "https://rafiq.example.ma/console/tickets/1" in notice
    assert "لم تُغلق التذكرة رقم 1" in notice and "يطعن في القرار" in notice
    await asyncio.sleep(0.5)  # nothing reaches the trainer: no "closed" nor "the decision stands"
    assert len(bot_messages(api, TRAINER)) == told_before
    assert "appeal_seen" not in [e.kind for e in tickets.history(1)]

    again = await press(api, TUTORS, "tk:close:1", card["message_id"], user_id=9002, first_name="Salma")
    assert again.startswith("⛔ Non clos") and tickets.get(1).state != "closed"  # pressed again: still the rule
    tickets.note(1, "appeal_seen", "karim")  # what the console's box records once a tutor read the appeal
    closed = await press(api, TUTORS, "tk:close:1", card["message_id"], user_id=9001, first_name="Karim")
    assert closed.startswith("✅ Clos"), closed
    assert tickets.get(1).state == "closed"
    await reply_count(api, TRAINER, told_before + 1)  # now the trainer is told


async def test_a_ticket_without_appeal_still_closes_at_once(start_bot, api):
    runtime = await start_bot()
    api.push_message(TRAINER, "/lang ar", language_code="ar")
    await reply_count(api, TRAINER, 1)
    api.push_message(TRAINER, ABUSE, language_code="ar")
    card = (await reply_count(api, TUTORS, 1))[0]
    await until(api, lambda: runtime.services.tickets.get(1).tutor_message_id == str(card["message_id"]))
    toast = await press(api, TUTORS, "tk:close:1", card["message_id"], user_id=9001, first_name="Karim")
    assert toast.startswith("✅ Clos") and runtime.services.tickets.get(1).state == "closed"
