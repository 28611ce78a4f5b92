"""A database outage at each step of the Telegram path, one step per test: the real Telegram runtime
(python-telegram-bot, inbox, outbox worker) on a throwaway PostgreSQL cluster that is stopped just
before one chosen statement runs and started again a second later (tests/reliability/outage.py).

Whatever the step, the running process recovers by itself: the update is kept, handled, answered once,
and its reply recorded; nobody has to restart `rafiq serve`. The production lease (60 s) is kept, so a
reply left to its lease would miss the 20 s these tests wait.
"""
from __future__ import annotations

import asyncio
import time

import pytest
from sqlalchemy import func, select

from bot.channels.telegram.channel import update_key
from bot.store.schema import OutboxMessage, TelegramInbox
from tests.reliability.outage import Plug, param

pytestmark = pytest.mark.reliability

QUESTION = "Comment préparer une séance de formation ?"          # eng-session-preparation
OTHER = "Comment fonctionne l'évaluation par les pairs ?"          # ass-peer


async def wait(predicate, timeout: float = 20.0, what=lambda: ""):
    """Poll `predicate()` off the loop until truthy (errors while the database is away count as not yet)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = await asyncio.to_thread(predicate)
        except Exception:
            value = None
        if value:
            return value
        await asyncio.sleep(0.1)
    raise AssertionError(f"not within {timeout} s: {what()}")


def rows(services) -> dict[str, tuple[str, str]]:
    """Outbox rows by dedupe key: (recipient, state)."""
    with services.store.session() as s:
        return {key: (recipient, state) for key, recipient, state in
                s.execute(select(OutboxMessage.dedupe_key, OutboxMessage.recipient, OutboxMessage.state))}


def unhandled(services) -> int:
    """Telegram updates received and not yet handled."""
    with services.store.session() as s:
        return s.scalar(select(func.count()).select_from(TelegramInbox))


@pytest.fixture
def on_cluster(cluster, api, make_services):
    """Services on the throwaway cluster, talking to the Bot API stand-in."""
    return make_services(database_url=cluster.url, telegram_token=api.token, telegram_api_url=api.root_url)


async def test_an_update_received_during_an_outage_is_kept_and_polling_goes_on(cluster, api, on_cluster, telegram):
    services = on_cluster
    runtime = await telegram(services, poll_timeout=1, outbox_interval=0.1)
    with Plug(services.store, cluster, lambda sql, _: sql.startswith("INSERT INTO telegram_inbox")) as plug:
        first = api.push_message(931, QUESTION, language_code="fr")
        await wait(plug.back.is_set, what=lambda: "the outage, then the database back")
    second = api.push_message(932, OTHER, language_code="fr")  # polling must still be running
    await wait(lambda: api.sent(931) and api.sent(932),
               what=lambda: f"both answered; sent {len(api.sent(931))}, {len(api.sent(932))}")
    await wait(lambda: unhandled(services) == 0, what=lambda: "no update left in the inbox")
    await runtime.stop()
    assert plug.pulled.is_set()
    assert rows(services)[update_key(first["update_id"])] == ("931", "delivered")
    assert rows(services)[update_key(second["update_id"])] == ("932", "delivered")
    assert len(api.sent(931)) == 1 and len(api.sent(932)) == 1


async def test_an_update_whose_handling_meets_an_outage_is_handled_again_without_a_restart(cluster, api, on_cluster,
                                                                                          telegram):
    services = on_cluster
    runtime = await telegram(services, poll_timeout=1, outbox_interval=0.1)
    already_answered = lambda sql, _: sql.startswith("SELECT outbox.id") and "outbox.dedupe_key =" in sql  # noqa: E731
    with Plug(services.store, cluster, already_answered) as plug:  # the first thing a handler asks the store
        update = api.push_message(941, QUESTION, language_code="fr")
        await wait(lambda: rows(services).get(update_key(update["update_id"])) == ("941", "delivered"),
                   what=lambda: f"the answer delivered; outbox {rows(services)}, sent {api.sent(941)}")
    await wait(lambda: unhandled(services) == 0, what=lambda: "the update done with")
    await runtime.stop()
    assert plug.pulled.is_set()
    sent = [m["text"] for m in api.sent(941)]
    assert len(sent) == 1 and "eng-session-preparation" in sent[0], sent  # the answer, once, and nothing else


async def test_an_update_handled_again_is_not_counted_twice_by_the_rate_limit(cluster, api, make_services, telegram):
    services = make_services(database_url=cluster.url, telegram_token=api.token, telegram_api_url=api.root_url,
                             rate_limit_per_minute=1)  # the question counts; its second run must not
    runtime = await telegram(services, poll_timeout=1, outbox_interval=0.1)
    queuing_the_reply = lambda sql, _: sql.startswith("INSERT INTO outbox")  # noqa: E731  (after the rate limit)
    with Plug(services.store, cluster, queuing_the_reply) as plug:
        update = api.push_message(945, QUESTION, language_code="fr")
        await wait(lambda: rows(services).get(update_key(update["update_id"])) == ("945", "delivered"),
                   what=lambda: f"the answer delivered; outbox {rows(services)}, sent {api.sent(945)}")
    await runtime.stop()
    assert plug.pulled.is_set()
    sent = [m["text"] for m in api.sent(945)]
    assert len(sent) == 1 and "eng-session-preparation" in sent[0], sent  # answered, not refused as too fast


async def test_a_send_accepted_while_the_database_is_down_is_recorded_and_not_sent_again(cluster, api, on_cluster,
                                                                                        telegram):
    services = on_cluster
    runtime = await telegram(services, poll_timeout=1, outbox_interval=0.1)
    recording = lambda sql, params: sql.startswith("UPDATE outbox SET") and param(params, "state") == "delivered"  # noqa: E731
    with Plug(services.store, cluster, recording) as plug:  # the Bot API took the reply; the record meets the outage
        update = api.push_message(951, QUESTION, language_code="fr")
        await wait(lambda: rows(services).get(update_key(update["update_id"])) == ("951", "delivered"),
                   what=lambda: f"the send recorded; outbox {rows(services)}")
    await runtime.stop()
    assert plug.pulled.is_set()
    assert len(api.sent(951)) == 1


async def test_a_claim_cut_by_an_outage_does_not_hold_the_replies_it_had_claimed(cluster, api, on_cluster, telegram):
    services = on_cluster
    for chat in (961, 962):  # two replies due at once: one claim takes both, one row after the other
        services.outbox.enqueue(f"test:{chat}", "telegram", str(chat), f"Bonjour {chat}")
    claim = lambda sql, _: sql.startswith("UPDATE outbox SET") and "attempts +" in sql  # noqa: E731
    with Plug(services.store, cluster, claim, nth=2) as plug:  # the first row is claimed, the second is cut
        runtime = await telegram(services, poll_timeout=1, outbox_interval=0.1)
        await wait(lambda: all(rows(services)[f"test:{chat}"][1] == "delivered" for chat in (961, 962)),
                   what=lambda: f"both delivered (the lease is 60 s); outbox {rows(services)}")
    await runtime.stop()
    assert plug.pulled.is_set()
    assert [len(api.sent(chat)) for chat in (961, 962)] == [1, 1]
