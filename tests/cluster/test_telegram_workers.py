"""Telegram across workers on one PostgreSQL: any worker takes the webhook (secret checked), an update is
stored and answered once; with long polling one worker polls, the others stand by and take over."""
from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.app import add_telegram
from bot.channels.web import create_app
from bot.store.schema import OutboxMessage, TelegramInbox
from tests.channels.helpers import bot_messages, reply_count, until
from tests.support.bot_api import BotApiStandIn

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
SECRET = "cluster_Secret-18"
QUESTION = "Qu'est-ce que l'évaluation formative ?"


@pytest.fixture
def api():
    with BotApiStandIn() as standin:
        yield standin


@pytest.fixture
def tg_worker(make_worker, api):
    def make(name: str, **overrides):
        return make_worker(name, telegram_token=api.token, telegram_api_url=api.root_url, **overrides)
    return make


async def _serve(app) -> tuple[uvicorn.Server, asyncio.Task, str]:
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on"))
    task = asyncio.create_task(server.serve())
    while not server.started:
        if task.done():
            task.result()
        await asyncio.sleep(0.02)
    return server, task, f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"


def _inbox(services) -> list[str]:
    with services.store.session() as s:
        return list(s.scalars(select(TelegramInbox.update_id)))


async def test_the_same_update_sent_to_two_workers_is_stored_once_and_answered_once(tg_worker, api):
    webhook = {"telegram_webhook_url": "https://rafiq.example.org/telegram/webhook",
               "telegram_webhook_secret": SECRET}
    workers = [tg_worker(name, **webhook) for name in ("a", "b")]
    served = []
    for services in workers:
        add_telegram(services).outbox_interval = 0.1
        served.append(await _serve(create_app(services, warm=False)))
    try:
        update = api.update_for_webhook(1801, QUESTION, language_code="fr")
        async with httpx.AsyncClient() as client:
            hook = "/telegram/webhook"
            wrong = await client.post(served[1][2] + hook, json=update,
                                      headers={"X-Telegram-Bot-Api-Secret-Token": "nope"})
            assert wrong.status_code == 401
            answers = await asyncio.gather(*(client.post(url + hook, json=update, headers=api.webhook_headers())
                                             for _, _, url in served))
            assert [r.status_code for r in answers] == [200, 200]
            await reply_count(api, 1801, 1)
            await until(api, lambda: not _inbox(workers[0]))
            again = await client.post(served[1][2] + hook, json=update, headers=api.webhook_headers())
            assert again.status_code == 200  # Telegram's retry after the answer: skipped
            await asyncio.sleep(0.5)
            health = (await client.get(served[0][2] + "/health")).json()
            assert health["telegram"] == "webhook"
        assert len(bot_messages(api, 1801)) == 1 and len(api.sent(1801)) == 1
        with workers[0].store.session() as s:
            rows = s.scalars(select(OutboxMessage).where(OutboxMessage.recipient == "1801")).all()
        assert [r.state for r in rows] == ["delivered"]
    finally:
        for server, task, _ in served:
            server.should_exit = True
            await task


async def test_one_worker_long_polls_the_other_stands_by_and_takes_over(tg_worker, api):
    a, b = tg_worker("a"), tg_worker("b")
    runtimes = []
    for services in (a, b):
        runtime = add_telegram(services, start_with_app=False, poll_timeout=1, outbox_interval=0.1)
        runtime.inbox_worker.interval = 0.2
        await runtime.start()
        runtimes.append(runtime)
    try:
        assert sorted(r.mode for r in runtimes) == ["polling", "standby"]
        poller = next(r for r in runtimes if r.mode == "polling")
        standby = next(r for r in runtimes if r is not poller)
        with TestClient(create_app(standby.services, warm=False)) as client:
            assert client.get("/health").json()["telegram"] == "standby"
        api.push_message(1802, QUESTION, language_code="fr")
        await reply_count(api, 1802, 1)
        await poller.stop()
        await until(api, lambda: standby.mode == "polling", timeout=10)
        api.push_message(1802, "Qu'est-ce que l'évaluation sommative ?", language_code="fr")
        await reply_count(api, 1802, 2)
        assert len(api.sent(1802)) == 2
    finally:
        for runtime in runtimes:
            if runtime.started:
                await runtime.stop()


async def test_an_update_left_by_a_dead_worker_is_handled_by_a_live_one(tg_worker, api):
    b = tg_worker("b", telegram_webhook_url="https://rafiq.example.org/telegram/webhook",
                  telegram_webhook_secret=SECRET)
    update = api.update_for_webhook(1803, QUESTION, language_code="fr")
    with b.store.session() as s:  # worker "a" wrote it, then was killed: its lease ran out
        s.add(TelegramInbox(update_id=str(update["update_id"]), sender="1803", payload=update, holder="a:1:dead",
                            lease_until=datetime.now(timezone.utc) - timedelta(seconds=1)))
    fresh = api.update_for_webhook(1804, QUESTION, language_code="fr")
    with b.store.session() as s:  # another one, still leased to a live worker: not taken
        s.add(TelegramInbox(update_id=str(fresh["update_id"]), sender="1804", payload=fresh, holder="c:2:alive",
                            lease_until=datetime.now(timezone.utc) + timedelta(minutes=5)))
    runtime = add_telegram(b, start_with_app=False, outbox_interval=0.1)
    runtime.inbox_worker.interval = 0.2
    await runtime.start()
    try:
        await reply_count(api, 1803, 1)
        await until(api, lambda: _inbox(b) == [str(fresh["update_id"])])
        assert not bot_messages(api, 1804), "a live worker's update is left to it"
        assert len(api.sent(1803)) == 1
    finally:
        await runtime.stop()
