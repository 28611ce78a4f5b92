"""The coordinators' Monday message through the real outbox and TelegramSender, against the Bot API stand-in."""
from __future__ import annotations

import asyncio
from datetime import datetime

from bot.app import add_telegram, build_services
from bot.reports.monday import CoordinatorReport
from tests.bot.report_week_data import CASA, seed_week
from tests.channels.helpers import bot_messages, until

COORDINATORS = -100555
MONDAY = datetime(2026, 11, 30, 8, 5, tzinfo=CASA)
URL = "https://rafiq.example.ma"


def test_rafiq_serve_wires_the_job_only_when_the_chat_is_set(tg_services):
    plain = tg_services()
    add_telegram(plain)
    assert "coordinators-report" not in plain.lifecycle.names
    services = tg_services(coordinators_chat_id=str(COORDINATORS), public_url=URL + "/", timezone="Africa/Casablanca")
    add_telegram(services)
    [job] = [w for w in services.lifecycle.workers if w.name == "coordinators-report"]
    assert (job.chat_id, job.public_url, job.tz, job.outbox) == (str(COORDINATORS), URL, "Africa/Casablanca",
                                                                  services.outbox)


async def test_sent_once_to_the_coordinators_chat_across_passes_and_a_restart(tg_services, start_bot, api):
    services = tg_services(coordinators_chat_id=str(COORDINATORS), public_url=URL)
    seed_week(services.store)
    await start_bot(services)  # delivery as `rafiq serve` runs it (outbox worker woken by every message)
    job = CoordinatorReport(services.store, services.outbox, services.settings.coordinators_chat_id,
                            public_url=URL, interval=0.05, clock=lambda: MONDAY)
    await job.start()
    [message] = await until(api, lambda: bot_messages(api, COORDINATORS))
    await asyncio.sleep(0.5)  # ten more passes on Monday morning
    await job.stop()
    text = message["text"]
    assert text.startswith("📊 التقرير الأسبوعي لرفيق: 2026-W48") and "Rapport hebdomadaire de Rafiq : 2026-W48" in text
    assert "Questions : 7 (répondues : 2, transmises : 3, clarifiées : 1, hors sujet : 1)" in text
    assert "الأسئلة: 7 (أجاب رفيق: 2، أحيلت: 3، توضيح: 1، خارج الموضوع: 1)" in text
    assert text.count(f"{URL}/console/stats?week=2026-W48") == 2 and text.count(f"{URL}/console/gaps?week=2026-W48") == 2
    again = build_services(services.settings, engine=services.engine)  # a restarted worker, same database
    assert CoordinatorReport(again.store, again.outbox, str(COORDINATORS)).tick(MONDAY.replace(hour=11)) is None
    again.store.dispose()
    await asyncio.sleep(0.3)
    assert len(bot_messages(api, COORDINATORS)) == 1
    assert all(m["text"] != text for chat in (-100777,) for m in bot_messages(api, chat))  # not the tutors' group
