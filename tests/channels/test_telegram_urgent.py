"""Distress at night: the on-call group (RAFIQ_URGENT_CHAT_ID) is alerted at once and again, day and night."""
from __future__ import annotations

from datetime import timedelta

from bot.channels.telegram.tutors import TelegramAnnouncer
from bot.store.schema import utcnow
from bot.sla_worker import SlaWorker
from tests.channels.conftest import TUTORS
from tests.channels.helpers import bot_messages, callbacks, reply_count, until

ON_CALL = -100888


async def test_distress_alerts_the_on_call_group_and_again_until_claimed(start_bot, tg_services, api):
    runtime = await start_bot(tg_services(urgent_chat_id=str(ON_CALL)))
    api.push_message(811, "je n'en peux plus de vivre, je veux en finir", language_code="fr")
    reply = (await reply_count(api, 811, 1))[-1]
    assert "15" in reply["text"] and "141" in reply["text"] and "en priorité" not in reply["text"]
    [alert] = await reply_count(api, ON_CALL, 1)
    assert "URGENT" in alert["text"] and "permanence" in alert["text"] and not callbacks(alert)
    [card] = await reply_count(api, TUTORS, 1)
    assert callbacks(card), "the actionable card stays in the tutors' group"

    services = runtime.services
    [ticket] = services.tickets.unclaimed()
    await until(api, lambda: services.tickets.get(ticket.id).announced_at is not None)
    worker = SlaWorker(services.tickets, services.hours, TelegramAnnouncer(runtime.channel))
    later = utcnow() + timedelta(minutes=services.settings.sla_minutes + 1)
    assert await worker.tick(later) == [ticket.id]  # whatever the hour: distress runs on the wall clock
    await reply_count(api, ON_CALL, 2)


async def test_without_an_on_call_group_only_the_tutors_group_is_used(start_bot, tg_services, api):
    await start_bot(tg_services())
    api.push_message(812, "bghit nmout, ma b9itch 9ader", language_code="fr")
    await reply_count(api, 812, 1)
    await reply_count(api, TUTORS, 1)
    assert bot_messages(api, ON_CALL) == []
