"""Webhook mode behind the FastAPI app, over real HTTP, as `rafiq serve` runs it."""
from __future__ import annotations

import asyncio
import logging

import httpx
import uvicorn

from bot.app import add_telegram
from bot.channels.web import create_app
from tests.channels.helpers import reply_count

SECRET = "s3cret_Token-42"


async def _serve(app) -> tuple[uvicorn.Server, asyncio.Task, str]:
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on"))
    task = asyncio.create_task(server.serve())
    while not server.started:
        if task.done():
            task.result()
        await asyncio.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    return server, task, f"http://127.0.0.1:{port}"


async def test_webhook_accepts_only_the_secret_and_answers_through_the_outbox(tg_services, api):
    services = tg_services(telegram_webhook_url="https://rafiq.example.org/telegram/webhook",
                           telegram_webhook_secret=SECRET)
    runtime = add_telegram(services)
    runtime.poll_timeout, runtime.outbox_interval = 1, 0.1
    server, task, url = await _serve(create_app(services, warm=False))
    try:
        assert api.webhook["url"] == "https://rafiq.example.org/telegram/webhook"
        assert api.webhook["secret_token"] == SECRET
        update = api.update_for_webhook(901, "/start", language_code="fr")
        async with httpx.AsyncClient(base_url=url) as client:
            hook = "/telegram/webhook"
            assert (await client.post(hook, json=update)).status_code == 401
            assert (await client.post(hook, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "nope"})
                    ).status_code == 401
            good = api.webhook_headers()
            assert (await client.post(hook, content=b"{not json", headers=good)).status_code == 400
            assert (await client.post(hook, json=update, headers=good)).status_code == 200
            [welcome] = await reply_count(api, 901, 1)
            assert "Rafiq" in welcome["text"]
            # Telegram retries the same update (e.g. our 200 was lost): not answered twice
            assert (await client.post(hook, json=update, headers=good)).status_code == 200
            help_update = api.update_for_webhook(901, "/help", language_code="fr")
            assert (await client.post(hook, json=help_update, headers=good)).status_code == 200
            await reply_count(api, 901, 2)
            assert (await client.get("/health")).json()["channels"] == ["web", "telegram"]
        assert len(api.sent(901)) == 2
        assert "getUpdates" not in [c.method for c in api.requests]
    finally:
        server.should_exit = True
        await task


def test_without_a_token_telegram_is_off_and_says_so(make_services, caplog):
    caplog.set_level(logging.INFO)
    services = make_services()
    assert add_telegram(services) is None
    assert services.telegram is None and services.channels == ["web"]
    assert services.lifecycle.names == ["sla", "index-sync"], "no Telegram worker, no scheduler"
    assert "RAFIQ_TELEGRAM_TOKEN is not set" in caplog.text
