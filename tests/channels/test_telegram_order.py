"""Order per chat (#12, defect 15): a reply held back by flood control (429) is not overtaken by the next
reply to the same chat, other chats do not wait for it, and two workers on one database keep the order."""
from __future__ import annotations

import asyncio
import threading

import pytest
import telegram

from bot.channels.telegram.sender import TelegramSender
from bot.store.outbox import DeliveryError, Outbox
from bot.store import Store
from tests.bot.escalation_helpers import pg_schema_url


async def test_a_reply_held_by_flood_control_is_not_overtaken_by_the_next_one(api, make_services):
    services = make_services()
    outbox = services.outbox
    for n in (1, 2, 3):
        outbox.enqueue(f"order:811:{n}", "telegram", "811", f"réponse {n}")
    outbox.enqueue("order:812:1", "telegram", "812", "autre conversation")
    api.fail_next("sendMessage", times=1, status=429, retry_after=1)  # the first reply to 811
    async with telegram.Bot(api.token, base_url=api.base_url, base_file_url=api.base_file_url) as bot:
        sender = TelegramSender(bot, services.store, services.tickets)
        await outbox.deliver_due("telegram", sender)
        assert [m["text"] for m in api.sent(812)] == ["autre conversation"]  # another chat does not wait
        assert api.sent(811) == []  # 2 and 3 wait for 1

        async def all_sent() -> bool:
            await outbox.deliver_due("telegram", sender)
            return len(api.sent(811)) == 3

        for _ in range(150):
            if await all_sent():
                break
            await asyncio.sleep(0.1)  # let the flood-control delay (1 s) pass
    assert [m["text"] for m in api.sent(811)] == ["réponse 1", "réponse 2", "réponse 3"]
    assert [m["text"] for m in api.messages(811)] == ["réponse 1", "réponse 2", "réponse 3"]
    assert [c.method for c in api.failed] == ["sendMessage"]


def _two_workers_deliver_in_order(url: str) -> None:
    """Two stores (two workers) drain one outbox; every recipient sees its messages once and in order."""
    first, second = Store(url), Store(url)
    try:
        first.migrate()
        expected: dict[str, list[int]] = {}
        for n in range(8):
            for chat in ("a", "b", "c", "d", "e"):
                row_id = Outbox(first).enqueue(f"k:{chat}:{n}", "telegram", chat, f"{chat}{n}")
                expected.setdefault(chat, []).append(row_id)
        total = sum(len(v) for v in expected.values())
        seen: list[tuple[str, int]] = []
        lock = threading.Lock()
        barrier = threading.Barrier(2)
        errors: list[BaseException] = []

        def work(store: Store) -> None:
            outbox = Outbox(store)
            try:
                barrier.wait(timeout=10)
                for _ in range(2000):
                    with lock:
                        if len(seen) >= total:
                            return
                    for row in outbox.claim_due("telegram"):
                        if row.id % 3 == 0 and row.attempts == 1:  # a first attempt meets flood control
                            outbox.mark_failed(row, DeliveryError("429", retry_after=0))
                            continue
                        with lock:
                            seen.append((row.recipient, row.id))  # "sent" before it is marked
                        outbox.mark_delivered(row.id, str(row.id))
            except BaseException as exc:  # surfaced below
                errors.append(exc)

        threads = [threading.Thread(target=work, args=(store,)) for store in (first, second)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert not errors, errors
        assert len(seen) == total and len(set(seen)) == total  # each once
        for chat, ids in expected.items():
            assert [row_id for who, row_id in seen if who == chat] == ids, chat
    finally:
        first.dispose()
        second.dispose()


def test_two_workers_on_one_sqlite_file_keep_each_chat_in_order(tmp_path):
    _two_workers_deliver_in_order(f"sqlite:///{tmp_path}/two.db")


@pytest.mark.postgres
def test_two_workers_on_one_postgresql_keep_each_chat_in_order():
    url, drop = pg_schema_url()
    try:
        _two_workers_deliver_in_order(url)
    finally:
        drop()
