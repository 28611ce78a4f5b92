"""kill -9 of `rafiq serve` at each step between a Telegram update and the recorded send, then a restart.

Each run pushes two questions to the Bot API stand-in, starts the real `rafiq serve` child with
RAFIQ_FAULT_KILL_AT naming one checkpoint (bot/faults.py), which dies there by SIGKILL; a second run
without the variable must answer every question, and answer none twice, except the one window the
docs state (docs/reliability.md): the Bot API took the message but Rafiq died before recording it,
so that one message goes out a second time (at least once).
"""
from __future__ import annotations

import time
from collections import Counter

import pytest
from sqlalchemy import func, select, update

from bot.store.schema import Interaction, OutboxMessage, TelegramInbox, utcnow
from bot.store import Store

pytestmark = pytest.mark.reliability

QUESTIONS = (
    (701, "Comment préparer une séance de formation ?", "fr"),
    (702, "كيف أنظم التقويم بين الأقران في مجموعتي من المتدربين؟", "ar"),
)
EXACTLY_ONCE = ("telegram.update.received", "telegram.update.saved", "telegram.update.handled",
                "outbox.sending", "outbox.delivered")
AT_LEAST_ONCE = "outbox.sent"  # the Bot API has the message; its answer died with the process


def _count(store: Store, query) -> int:
    with store.session() as s:
        return s.scalar(query)


def expire_leases(database_url: str) -> int:
    """Make the outbox rows a dead worker had leased due now, as they are once the lease (60 s) runs out."""
    store = Store(database_url)
    try:
        with store.session() as s:
            return s.execute(update(OutboxMessage).where(OutboxMessage.state == "pending")
                             .values(next_attempt_at=utcnow())).rowcount
    finally:
        store.dispose()


def settle(api, store: Store, chats: list[int], timeout: float = 60.0) -> None:
    """Wait until every chat has an answer and nothing is left: no pending reply, no unhandled or
    unconfirmed update (so a duplicate, if any, would already have been sent)."""
    deadline = time.monotonic() + timeout
    state = {}
    while time.monotonic() < deadline:
        state = {
            "unanswered": [c for c in chats if not api.sent(c)],
            "pending": _count(store, select(func.count()).select_from(OutboxMessage)
                              .where(OutboxMessage.state == "pending")),
            "inbox": _count(store, select(func.count()).select_from(TelegramInbox)),
            "unconfirmed": api.pending_updates,
        }
        if not state["unanswered"] and not (state["pending"] or state["inbox"] or state["unconfirmed"]):
            return
        time.sleep(0.1)
    raise AssertionError(f"not settled within {timeout} s: {state}")


@pytest.mark.parametrize("point", [*EXACTLY_ONCE, AT_LEAST_ONCE])
def test_kill_9_at_each_step_then_restart_answers_every_question_once(point, api, rafiq_server, serve_env):
    server = rafiq_server(RAFIQ_TELEGRAM_TOKEN=api.token, RAFIQ_TELEGRAM_API_URL=api.root_url)
    for chat, text, lang in QUESTIONS:
        api.push_message(chat, text, language_code=lang, first_name=f"Stagiaire {chat}")
    chats = [chat for chat, _, _ in QUESTIONS]

    server.start(kill_at=point)
    server.wait_killed()  # died by SIGKILL at exactly that checkpoint
    before = api.sent()
    expire_leases(serve_env["RAFIQ_DATABASE_URL"])  # as if the dead worker's 60 s lease had run out

    server.start()
    server.wait_ready()
    store = Store(serve_env["RAFIQ_DATABASE_URL"])
    try:
        settle(api, store, chats)
        asked = {chat: _count(store, select(func.count()).select_from(Interaction)
                              .where(Interaction.thread == str(chat))) for chat in chats}
    finally:
        store.dispose()
    server.stop()

    sent = api.sent()
    assert all(api.sent(chat) for chat in chats), sent  # every question answered
    assert asked == {chat: 1 for chat in chats}  # each question went through the Tutor once
    counts = Counter((str(m["chat_id"]), m["text"]) for m in sent)
    twice = {key: n for key, n in counts.items() if n > 1}
    if point == AT_LEAST_ONCE:
        assert len(before) == 1  # the message the Bot API accepted just before the kill ...
        in_flight = (str(before[0]["chat_id"]), before[0]["text"])
        assert twice == {in_flight: 2}  # ... is the only one sent again, once
    else:
        assert twice == {}, f"sent twice after a kill at {point}: {twice}"
    assert len(counts) == len(chats)  # one reply per question, nothing else
