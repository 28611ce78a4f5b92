"""Fixtures for the Telegram channel: the Bot API stand-in and a running bot over real services."""
from __future__ import annotations

import copy
from dataclasses import replace

import pytest

from tests.support.bot_api import BotApiStandIn

TUTORS = -100777  # the tutors' group chat id


@pytest.fixture
def api():
    """The Telegram Bot API stand-in on 127.0.0.1."""
    with BotApiStandIn() as standin:
        yield standin


@pytest.fixture
def tg_services(make_services, api):
    """Real services configured for the stand-in and a tutors' group."""
    def factory(**overrides):
        settings = {"telegram_token": api.token, "telegram_api_url": api.root_url,
                    "tutor_chat_id": str(TUTORS), **overrides}
        return make_services(**settings)
    return factory


def unsure(services, clarify: bool = True):
    """Make these services' Tutor unable to answer anything (a private copy of the shared engine); with
    `clarify=False` it does not offer a clarifying question either, and one the intent model calls off topic
    (an administration question) goes to a tutor too: every question becomes a ticket."""
    strict = copy.copy(services.engine)  # shares the read-only index; the shared engine is not touched
    strict._threshold_override = 1.01  # above any confidence
    if not clarify:
        strict._calibration = replace(strict.calibration, clarify_floor=9.0)
        services.tutor.off_topic_tickets = True
    services.engine = services.tutor.engine = strict
    return services


@pytest.fixture
async def start_bot(tg_services):
    """Start a Telegram runtime (long polling, fast outbox) on given or fresh services, wired as `rafiq serve`
    wires it (ticket cards, outbox wake-ups) but started here rather than by the app's lifecycle; stopped after."""
    from bot.app import add_telegram

    running = []

    async def start(services=None, **options):
        services = services or tg_services()
        settings = {"poll_timeout": 1, "outbox_interval": 0.1, "network_retry_after": 0.2, **options}
        runtime = add_telegram(services, start_with_app=False, **settings)
        await runtime.start()
        running.append(runtime)
        return runtime

    yield start
    for runtime in reversed(running):
        await runtime.stop()
