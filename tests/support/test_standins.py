"""Self-tests of the Telegram Bot API stand-in, driven by the real python-telegram-bot client.

The forum stand-ins are tested in ``test_forum_standins.py``.
"""

from __future__ import annotations

import asyncio
import datetime as dtm
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
import telegram
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, Conflict, InvalidToken, NetworkError, RetryAfter
from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes

from tests.support.bot_api import BotApiStandIn

KEYBOARD = InlineKeyboardMarkup([[InlineKeyboardButton("نعم", callback_data="helpful:1"),
                                  InlineKeyboardButton("Non", callback_data="helpful:0")]])


@pytest.fixture
def api() -> Iterator[BotApiStandIn]:
    with BotApiStandIn() as standin:
        yield standin


@pytest.fixture
async def bot(api: BotApiStandIn) -> AsyncIterator[telegram.Bot]:
    async with telegram.Bot(api.token, base_url=api.base_url,
                            base_file_url=api.base_file_url) as client:
        yield client


def _seconds(exc: RetryAfter) -> float:
    value = exc.retry_after
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)


async def test_get_me_names_the_bot_from_the_token(bot: telegram.Bot) -> None:
    me = await bot.get_me()
    assert (me.id, me.is_bot, me.username) == (123456, True, "rafiq_test_bot")


async def test_send_message_returns_a_message_and_records_decoded_fields(
        api: BotApiStandIn, bot: telegram.Bot) -> None:
    first = await bot.send_message(42, "42", reply_markup=KEYBOARD)
    second = await bot.send_message(42, "مرحبا")
    other = await bot.send_message(43, "Bonjour")
    assert (first.message_id, second.message_id, other.message_id) == (1, 2, 1)
    assert first.from_user.id == api.bot_id and first.chat.id == 42
    assert first.reply_markup == KEYBOARD
    sent = api.sent(chat_id=42)
    assert [m["text"] for m in sent] == ["42", "مرحبا"]  # a numeric text stays a string
    assert sent[0]["chat_id"] == 42
    assert sent[0]["reply_markup"]["inline_keyboard"][0][1]["callback_data"] == "helpful:0"


async def test_get_updates_hands_out_pushed_messages_and_honours_offset(
        api: BotApiStandIn, bot: telegram.Bot) -> None:
    pushed = api.push_message(42, "/start abc", language_code="fr")
    updates = await bot.get_updates(timeout=0)
    assert [u.update_id for u in updates] == [pushed["update_id"]]
    message = updates[0].message
    assert message.text == "/start abc" and message.from_user.language_code == "fr"
    assert message.entities[0].type == "bot_command" and message.entities[0].length == 6
    api.push_message(42, "سؤال")
    later = await bot.get_updates(offset=updates[0].update_id + 1, timeout=0)
    assert [u.message.text for u in later] == ["سؤال"]
    assert api.pending_updates == 1


async def test_get_updates_long_poll_returns_when_an_update_arrives(
        api: BotApiStandIn, bot: telegram.Bot) -> None:
    waiting = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.05)
    api.push_message(7, "salam")
    updates = await waiting
    assert [u.message.text for u in updates] == ["salam"]


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_injected_failures_map_to_ptb_errors(api: BotApiStandIn, bot: telegram.Bot) -> None:
    api.fail_next("sendMessage", status=429, retry_after=3)
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(42, "x")
    assert _seconds(caught.value) == 3
    api.fail_next("sendMessage", status=500)
    with pytest.raises(NetworkError):
        await bot.send_message(42, "x")
    api.fail_next("sendMessage", status=400)
    with pytest.raises(BadRequest):
        await bot.send_message(42, "x")
    assert (await bot.send_message(42, "ok")).text == "ok"
    assert [m["text"] for m in api.sent(42)] == ["ok"]
    assert len(api.failed) == 3
    assert [c.method for c in api.requests].count("sendMessage") == 4


async def test_wrong_token_is_invalid_token(api: BotApiStandIn) -> None:
    stranger = telegram.Bot("999:WRONG", base_url=api.base_url)
    with pytest.raises(InvalidToken):
        await stranger.get_me()
    await stranger.shutdown()


async def test_edits_follow_telegram_rules(api: BotApiStandIn, bot: telegram.Bot) -> None:
    sent = await bot.send_message(42, "Réponse", reply_markup=KEYBOARD)
    with pytest.raises(BadRequest, match="(?i)not modified"):
        await bot.edit_message_text("Réponse", chat_id=42, message_id=sent.message_id,
                                    reply_markup=KEYBOARD)
    edited = await bot.edit_message_text("Réponse (modifiée)", chat_id=42,
                                         message_id=sent.message_id)
    assert edited.edit_date is not None and edited.reply_markup is None
    again = await bot.edit_message_reply_markup(chat_id=42, message_id=sent.message_id,
                                               reply_markup=KEYBOARD)
    assert again.reply_markup == KEYBOARD
    user_message = api.push_message(42, "bonjour")["message"]["message_id"]
    with pytest.raises(BadRequest, match="(?i)can't be edited"):
        await bot.edit_message_text("x", chat_id=42, message_id=user_message)
    with pytest.raises(BadRequest, match="(?i)not found"):
        await bot.edit_message_text("x", chat_id=42, message_id=999)
    assert api.messages(42)[0]["text"] == "Réponse (modifiée)"


async def test_callback_queries_carry_a_full_message_and_can_be_answered(
        api: BotApiStandIn, bot: telegram.Bot) -> None:
    sent = await bot.send_message(42, "Utile ?", reply_markup=KEYBOARD)
    api.push_callback(42, user_id=42, data="helpful:1", message_id=sent.message_id)
    (update,) = await bot.get_updates(timeout=0)
    query = update.callback_query
    assert query.data == "helpful:1" and query.chat_instance
    assert query.message.message_id == sent.message_id and query.message.chat.id == 42
    assert await bot.answer_callback_query(query.id, text="Merci")
    with pytest.raises(BadRequest, match="(?i)query ID is invalid"):
        await bot.answer_callback_query("nope")


async def test_text_checks_parse_mode_length_and_button_data(bot: telegram.Bot) -> None:
    assert (await bot.send_message(1, "<b>a</b> &lt; b", parse_mode="HTML")).text == "a < b"
    for bad in ("<div>x</div>", "a < b", "<b>open"):
        with pytest.raises(BadRequest, match="(?i)can't parse entities"):
            await bot.send_message(1, bad, parse_mode="HTML")
    with pytest.raises(BadRequest, match="(?i)reserved"):
        await bot.send_message(1, "Fin.", parse_mode="MarkdownV2")
    with pytest.raises(BadRequest, match="(?i)too long"):
        await bot.send_message(1, "ا" * 4097)
    with pytest.raises(BadRequest, match="(?i)empty"):
        await bot.send_message(1, "   ")
    too_long = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="d" * 65)]])
    with pytest.raises(BadRequest, match="(?i)BUTTON_DATA_INVALID"):
        await bot.send_message(1, "x", reply_markup=too_long)


async def test_webhook_settings_and_updates_built_for_webhooks(
        api: BotApiStandIn, bot: telegram.Bot) -> None:
    with pytest.raises(BadRequest, match="(?i)HTTPS"):
        await bot.set_webhook("http://127.0.0.1:8000/telegram")
    assert await bot.set_webhook("https://rafiq.example/telegram", secret_token="s3cr3t_-")
    assert (await bot.get_webhook_info()).url == "https://rafiq.example/telegram"
    assert api.webhook_headers()["X-Telegram-Bot-Api-Secret-Token"] == "s3cr3t_-"
    with pytest.raises(Conflict):
        await bot.get_updates(timeout=0)
    data = api.update_for_webhook(42, "/aide")
    assert api.pending_updates == 0
    assert Update.de_json(data, bot).message.text == "/aide"
    assert await bot.delete_webhook()
    assert api.webhook == {} and await bot.get_updates(timeout=0) == ()


async def test_commands_are_stored_per_language(api: BotApiStandIn, bot: telegram.Bot) -> None:
    assert await bot.set_my_commands([("aide", "Aide")], language_code="fr")
    assert await bot.set_my_commands([("aide", "مساعدة")], language_code="ar")
    assert [c.description for c in await bot.get_my_commands(language_code="ar")] == ["مساعدة"]
    with pytest.raises(BadRequest, match="(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([("Aide!", "x")])
    assert await bot.delete_my_commands(language_code="fr")
    assert api.commands(language_code="fr") == []
    assert await bot.send_chat_action(42, "typing")


def test_raw_http_forms_json_multipart_and_unknown_methods(api: BotApiStandIn) -> None:
    url = f"{api.base_url}{api.token}"
    form = {"chat_id": "42", "text": "true",
            "reply_markup": '{"inline_keyboard": [[{"text": "a", "callback_data": "b"}]]}'}
    assert httpx.post(f"{url}/sendMessage", data=form).json()["ok"]
    assert httpx.post(f"{url}/sendMessage", json={"chat_id": 42, "text": "json"}).json()["ok"]
    reply = httpx.post(f"{url}/sendDocument", data={"chat_id": "42"},
                       files={"document": ("notes.txt", b"abc", "text/plain")}).json()
    assert reply == {"ok": True, "result": True}
    first, second = api.sent(42)
    assert first["text"] == "true" and first["reply_markup"]["inline_keyboard"][0][0]["text"] == "a"
    assert second["text"] == "json"
    (document,) = api.sent(42, method="sendDocument")
    assert document["document"] == {"filename": "notes.txt", "content_type": "text/plain", "size": 3}


def test_wait_for_reports_what_was_received(api: BotApiStandIn) -> None:
    httpx.post(f"{api.base_url}{api.token}/sendMessage", data={"chat_id": "5", "text": "hi"})
    assert api.wait_for(lambda sent: sent)[0]["text"] == "hi"
    with pytest.raises(AssertionError, match="(?i)sendMessage"):
        api.wait_for(lambda sent: len(sent) > 1, timeout=0.2)


async def test_ptb_application_polls_and_answers_a_command(api: BotApiStandIn) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.effective_message.reply_text("أهلا / Bienvenue")

    app = (ApplicationBuilder().token(api.token).base_url(api.base_url)
           .base_file_url(api.base_file_url).build())
    app.add_handler(CommandHandler("start", start))
    async with app:
        await app.start()
        await app.updater.start_polling(timeout=1, poll_interval=0)
        api.push_message(42, "/start")
        sent = await api.wait_for_async(lambda sent: sent, timeout=10)
        await app.updater.stop()
        await app.stop()
    assert sent[0]["text"] == "أهلا / Bienvenue" and sent[0]["chat_id"] == 42
    assert "deleteWebhook" in [c.method for c in api.requests]
