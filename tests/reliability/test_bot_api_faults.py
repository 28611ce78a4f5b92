"""The Bot API misbehaving while replies wait in the outbox: 429 with retry_after, 500, a closed
connection, a 30-second hang. The real Telegram runtime (python-telegram-bot, outbox worker, SQLite)
runs against the faulty stand-in over HTTP, with the production retry settings.

Chat A asks twice, its first reply meets the fault; chat B asks once. Each reply must arrive once,
A's in the order asked, and a hang on A's request must not hold B's reply back.
"""
from __future__ import annotations

import asyncio
import time
import pytest
from sqlalchemy import select

from bot.store.schema import OutboxMessage
from tests.support.bot_api_faults import CLOSED, HANG, FaultyBotApi

pytestmark = pytest.mark.reliability

CHAT_A, CHAT_B = 811, 812
FIRST = "Comment préparer une séance de formation ?"                 # eng-session-preparation
SECOND = "Comment fonctionne l'évaluation par les pairs ?"            # ass-peer
OTHER = "J'ai oublié mon mot de passe e-Takwine, comment me reconnecter ?"


@pytest.fixture
def faulty_api():
    """The Bot API stand-in that can fail, drop or hold one chat's requests."""
    with FaultyBotApi() as standin:
        yield standin


async def wait(predicate, timeout: float = 40.0, what: str = ""):
    """Poll `predicate()` without blocking the bot's loop; its value, or AssertionError."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = await asyncio.to_thread(predicate)
        if value:
            return value
        await asyncio.sleep(0.05)
    raise AssertionError(f"not within {timeout} s: {what}")


def outbox(services, chat: int) -> list[tuple[str, str]]:
    """(text, state) of a chat's outbox rows, in the order they were queued."""
    with services.store.session() as s:
        rows = s.execute(select(OutboxMessage.text, OutboxMessage.state)
                         .where(OutboxMessage.recipient == str(chat)).order_by(OutboxMessage.id))
        return [(text, state) for text, state in rows]


async def exchange(api: FaultyBotApi, services, telegram, fault) -> None:
    """Chat A asks, its first reply meets `fault`; A asks again and B asks; wait until all is delivered."""
    api.inject("sendMessage", fault, chat_id=CHAT_A, retry_after=3 if fault == 429 else None, seconds=30)
    runtime = await telegram(services, poll_timeout=1, outbox_interval=0.1)  # the production retry delays
    try:
        api.push_message(CHAT_A, FIRST, language_code="fr")
        await wait(lambda: [c for c in api.failed if c.method == "sendMessage"] or api.held, what="the fault")
        api.push_message(CHAT_A, SECOND, language_code="fr")  # answered while the first reply waits
        api.push_message(CHAT_B, OTHER, language_code="fr")
        await wait(lambda: len(outbox(services, CHAT_A)) == 2, what="both replies to A queued")
        await wait(lambda: api.sent(CHAT_B), what="B's reply")
        await wait(lambda: all(state == "delivered" for _, state in outbox(services, CHAT_A)),
                   what="A's replies delivered")
    finally:
        await runtime.stop()


@pytest.mark.parametrize("fault", [429, 500, CLOSED, HANG], ids=["429", "500", "closed", "hang"])
async def test_a_failing_bot_api_delivers_each_reply_once_and_in_order(fault, faulty_api, make_services, telegram):
    api = faulty_api
    await exchange(api, make_services(telegram_token=api.token, telegram_api_url=api.root_url), telegram, fault)
    delivered = [m["text"] for m in api.sent(CHAT_A)]
    assert len(delivered) == 2 and len(set(delivered)) == 2  # each reply once
    assert "eng-session-preparation" in delivered[0] and "ass-peer" in delivered[1], \
        f"chat A's replies arrived out of order after a {fault}: {[t[:60] for t in delivered]}"
    assert len(api.sent(CHAT_B)) == 1
    if fault == HANG:
        assert api.abandoned  # python-telegram-bot's own timeout ended the hang, not the stand-in's 30 s


async def test_a_hung_request_to_one_chat_does_not_hold_back_the_others(faulty_api, make_services, telegram):
    api = faulty_api
    await exchange(api, make_services(telegram_token=api.token, telegram_api_url=api.root_url), telegram, HANG)
    assert api.sent_while_held(CHAT_B), "chat B's reply waited until chat A's hung request was given up"
