"""Delivery through the outbox: restarts, Telegram errors, long messages, HTML."""
from __future__ import annotations

import pytest
import telegram
from sqlalchemy import select

from bot.app import build_services
from bot.channels.telegram.channel import update_key
from bot.channels.telegram.render import utf16_len
from bot.channels.telegram.sender import TelegramSender
from bot.store.outbox import DeliveryError
from bot.store.schema import OutboxMessage
from tests.channels.helpers import bot_messages, redeliver, reply_count, until
from tests.support._parse_mode import visible_text

QUESTION = "Comment préparer une séance de formation ?"


def _answers(api, chat_id: int) -> list[str]:
    return [m["text"] for m in bot_messages(api, chat_id) if "eng-session-preparation" in m["text"]]


def _states(services, recipient: str) -> list[str]:
    with services.store.session() as s:
        return list(s.scalars(select(OutboxMessage.state).where(OutboxMessage.recipient == recipient)
                              .order_by(OutboxMessage.id)))


async def test_restart_between_receiving_and_delivering_delivers_once_and_never_answers_twice(
        start_bot, tg_services, api):
    services = tg_services()
    first = await start_bot(services)
    api.fail_next("sendMessage", times=2, status=500)  # Telegram is down when the reply is ready
    update = api.push_message(801, QUESTION, language_code="fr")
    await until(api, lambda: len([c for c in api.failed if c.method == "sendMessage"]) >= 1)
    await first.stop()  # the bot goes away: the reply is in the outbox, not delivered
    with services.store.session() as s:
        row = s.scalars(select(OutboxMessage).where(OutboxMessage.dedupe_key == update_key(update["update_id"]))).one()
        assert row.state == "pending" and row.attempts >= 1
    assert not bot_messages(api, 801)

    again = build_services(services.settings, engine=services.engine)  # a new process on the same database
    await start_bot(again)
    redeliver(api, update)  # Telegram never got the offset confirmed: it delivers the same update again
    api.push_message(801, "/help", language_code="fr")  # processed after it (same chat, in order)
    await until(api, lambda: any("/calendar" in m["text"] for m in bot_messages(api, 801)))
    await until(api, lambda: _answers(api, 801))
    assert len(_answers(api, 801)) == 1
    assert await until(api, lambda: _states(again, "801") == ["delivered", "delivered"])
    again.store.dispose()


async def test_flood_control_and_server_errors_are_retried_without_loss(start_bot, api):
    runtime = await start_bot()
    api.fail_next("sendMessage", times=1, status=429, retry_after=1)
    api.fail_next("sendMessage", times=1, status=500)
    api.push_message(802, QUESTION, language_code="fr")
    await until(api, lambda: _answers(api, 802))
    assert [c.method for c in api.failed] == ["sendMessage", "sendMessage"]
    assert len(_answers(api, 802)) == 1
    assert await until(api, lambda: _states(runtime.services, "802") == ["delivered"])
    with runtime.services.store.session() as s:
        assert s.scalars(select(OutboxMessage.attempts).where(OutboxMessage.recipient == "802")).one() == 3


async def test_sender_maps_telegram_errors_to_retry_or_give_up(api, make_services):
    services = make_services()
    async with telegram.Bot(api.token, base_url=api.base_url, base_file_url=api.base_file_url) as bot:
        sender = TelegramSender(bot, services.store, services.tickets)
        api.fail_next("sendMessage", status=429, retry_after=7)
        try:
            await sender.send("42", "x", {})
        except DeliveryError as exc:
            assert exc.retry_after == 7 and not exc.permanent
        api.fail_next("sendMessage", status=500)
        try:
            await sender.send("42", "x", {})
        except DeliveryError as exc:
            assert exc.retry_after is None and not exc.permanent
        for status in (400, 403):
            api.fail_next("sendMessage", status=status)
            try:
                await sender.send("42", "x", {})
            except DeliveryError as exc:
                assert exc.permanent
        assert await sender.send("42", "x", {}) == "1"
    assert len(api.failed) == 4


async def test_a_long_message_is_split_at_words_with_balanced_markup(start_bot, api):
    runtime = await start_bot()
    words = [f"mot{i}<&>" if i % 7 == 0 else f"كلمة{i}" for i in range(1500)]
    body = " ".join(words)
    runs = [(body[:6000], None), (body[6000:], "i")]  # the italic run crosses a split
    runtime.channel.queue("test:long", 803, runs, "ar")
    await until(api, lambda: _states(runtime.services, "803") == ["delivered"])
    sent = api.sent(803)
    assert len(sent) == 4
    shown = [visible_text(m["text"], "HTML") for m in sent]  # the stand-in parsed the markup of each part
    assert all(utf16_len(text) <= 4096 for text in shown)
    rebuilt = " ".join(text.replace("\u200f", "").strip() for text in shown)
    assert rebuilt.split() == words  # nothing lost, no word cut in two
    assert sent[1]["text"].count("<i>") == sent[1]["text"].count("</i>")


async def test_html_is_escaped_and_arabic_lines_starting_in_latin_stay_right_to_left(start_bot, api):
    runtime = await start_bot()
    runtime.channel.queue("test:html", 804, "رابط المنصة:\ne-Takwine <https://etakwine.men.gov.ma> & 2026\nشكرا",
                          "ar")
    [message] = await reply_count(api, 804, 1)
    sent = api.sent(804)[0]["text"]
    assert "&lt;https://etakwine.men.gov.ma&gt; &amp; 2026" in sent
    assert message["text"].split("\n") == ["رابط المنصة:", "\u200fe-Takwine <https://etakwine.men.gov.ma> & 2026",
                                           "شكرا"]


class _FailsOnSecondCall:
    """A bot whose second sendMessage meets a server error (the middle of a long message)."""

    def __init__(self, bot, api) -> None:
        self.bot, self.api, self.calls = bot, api, 0

    async def send_message(self, *args, **kwargs):
        self.calls += 1
        if self.calls == 2:
            self.api.fail_next("sendMessage", status=500)
        return await self.bot.send_message(*args, **kwargs)


async def test_a_long_message_interrupted_midway_resumes_without_repeating_parts(api, make_services):
    services = make_services()
    text = " ".join(f"phrase{i}" for i in range(2000))  # about 4 parts
    async with telegram.Bot(api.token, base_url=api.base_url, base_file_url=api.base_file_url) as bot:
        sender = TelegramSender(_FailsOnSecondCall(bot, api), services.store, services.tickets)
        try:
            await sender.send("805", text, {"key": "test:resume"})
            raise AssertionError("the second part should have failed")
        except DeliveryError as exc:
            assert not exc.permanent
        await sender.send("805", text, {"key": "test:resume"})
    parts = [m["text"] for m in api.sent(805)]
    assert len(parts) == len(set(parts)) and " ".join(parts).split() == text.split()


class _Crash(BaseException):
    """The process dies in the middle of handling an update (not an error the bot could catch)."""


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database(request):
    """Settings overrides for the store: SQLite in tmp_path, or a throw-away PostgreSQL schema."""
    if request.param == "sqlite":
        yield {}
        return
    from tests.bot.escalation_helpers import pg_schema_url

    url, drop = pg_schema_url()
    yield {"database_url": url}
    drop()


async def test_a_crash_while_handling_an_update_loses_nothing(database, start_bot, tg_services, api):
    from bot.store.schema import TelegramInbox

    services = tg_services(**database)
    real = services.tutor.handle

    def dies(message):
        raise _Crash()

    services.tutor.handle = dies
    first = await start_bot(services)
    update = api.push_message(806, QUESTION, language_code="fr")
    await until(api, lambda: api.pending_updates == 0)  # Telegram considers it delivered
    with services.store.session() as s:
        assert await until(api, lambda: s.scalars(select(TelegramInbox.update_id)).all()) == [
            str(update["update_id"])]
    services.tutor.handle = real
    await first.stop()
    assert not bot_messages(api, 806)

    again = build_services(services.settings, engine=services.engine)
    second = await start_bot(again)
    await until(api, lambda: _answers(api, 806))
    await until(api, lambda: _states(again, "806") == ["delivered"])
    with again.store.session() as s:
        assert s.scalars(select(TelegramInbox)).all() == []
    assert len(_answers(api, 806)) == 1
    await second.stop()
    for used in (again, services):
        used.store.dispose()
