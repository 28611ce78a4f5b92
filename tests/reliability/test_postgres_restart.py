"""PostgreSQL restarted while trainers keep asking on Telegram: no question is lost or answered twice,
and the bot and its outbox worker reconnect by themselves.

The restart is `pg_ctl stop -m fast` (sessions cut while a burst of questions is being handled), an
outage of a second with questions still arriving, then `pg_ctl start`: a bare `pg_ctl restart -m fast`
is so short that it sometimes falls between two database calls and proves nothing.
The database is a throwaway cluster on its own port (tests/reliability/pg_cluster.py), never the shared
server; the test is skipped, saying why, where PostgreSQL is not installed.
"""
from __future__ import annotations

import asyncio
import time

import pytest
from sqlalchemy import func, select

from bot.channels.telegram.channel import update_key
from bot.store.schema import OutboxMessage, TelegramInbox
from bot.texts import t

pytestmark = pytest.mark.reliability

QUESTIONS = (
    "Comment préparer une séance de formation ?",
    "Comment fonctionne l'évaluation par les pairs ?",
    "Qu'est-ce que l'évaluation formative ?",
)
CHATS = tuple(range(901, 909))
SORRY = t("error", "fr")  # "something went wrong on my side": tolerated, as long as the answer follows


async def wait(predicate, timeout: float = 40.0, what=lambda: ""):
    """Poll `predicate()` off the loop until truthy; its value, or AssertionError saying `what()`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = await asyncio.to_thread(predicate)
        except Exception:  # the database may be restarting
            value = None
        if value:
            return value
        await asyncio.sleep(0.1)
    raise AssertionError(f"not within {timeout} s: {what()}")


def leftovers(services) -> tuple[int, int]:
    """(pending outbox rows, unhandled inbox rows)."""
    with services.store.session() as s:
        return (s.scalar(select(func.count()).select_from(OutboxMessage).where(OutboxMessage.state == "pending")),
                s.scalar(select(func.count()).select_from(TelegramInbox)))


async def test_a_postgresql_restart_under_load_loses_no_question_and_the_bot_reconnects(cluster, api, make_services,
                                                                                      telegram):
    # the production lease (60 s): a claim cut by the outage is freed when the database is back, not left to it
    services = make_services(database_url=cluster.url, telegram_token=api.token, telegram_api_url=api.root_url)
    asked: dict[int, list[int]] = {chat: [] for chat in CHATS}  # update ids
    turn = 0

    def ask() -> None:  # the next chat asks its next question
        nonlocal turn
        chat = CHATS[turn % len(CHATS)]
        text = QUESTIONS[len(asked[chat]) % len(QUESTIONS)]
        update = api.push_message(chat, text, language_code="fr", first_name=f"Stagiaire {chat}")
        asked[chat].append(update["update_id"])
        turn += 1

    runtime = await telegram(services, poll_timeout=1, outbox_interval=0.1)
    try:
        for _ in CHATS:  # a burst of questions ...
            ask()
        await wait(lambda: api.pending_updates == 0, 15, lambda: "the burst received")
        await asyncio.to_thread(cluster.stop)  # ... being handled when the database goes down (-m fast)
        for _ in CHATS:  # questions keep coming during the outage
            ask()
        await asyncio.sleep(1.0)  # the outage lasts a moment
        await asyncio.to_thread(cluster.start)
        for _ in CHATS:  # and after it, as usual
            ask()
        await wait(lambda: all(len(api.sent(chat)) >= len(asked[chat]) for chat in CHATS), 20,
                   lambda: f"an answer to each question; sent {[len(api.sent(c)) for c in CHATS]}, "
                           f"asked {[len(asked[c]) for c in CHATS]}, (pending, unhandled) {leftovers(services)}")
        await wait(lambda: leftovers(services) == (0, 0), 20,
                   lambda: f"no pending reply and no unhandled update: {leftovers(services)}")
    finally:  # a failure to stop must not hide the failure above
        (stop_error,) = await asyncio.gather(runtime.stop(), return_exceptions=True)

    assert stop_error is None, f"the bot did not stop cleanly: {stop_error!r}"
    with services.store.session() as s:  # each question has its reply, delivered
        replies = dict(s.execute(select(OutboxMessage.dedupe_key, OutboxMessage.state)
                                 .where(OutboxMessage.channel == "telegram")).all())
    for chat in CHATS:  # ... and, sent as many times as there are questions, none twice
        assert [replies.get(update_key(u)) for u in asked[chat]] == ["delivered"] * len(asked[chat]), chat
        sent = [m["text"] for m in api.sent(chat) if m["text"] != SORRY]
        assert len(sent) == len(asked[chat]), \
            f"chat {chat}: {len(asked[chat])} questions, {len(sent)} replies sent: {[t[:50] for t in sent]}"
