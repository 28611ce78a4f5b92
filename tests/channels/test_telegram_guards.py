"""Who gets an answer: group chats only when Rafiq is addressed, rate limits, and errors said kindly."""
from __future__ import annotations

import logging
from datetime import datetime

from bot.roles.organizational import calendar_text, next_text
from bot.texts import t
from tests.channels.helpers import bot_messages, callbacks, press, reply_count, until

QUESTION = "ما هو التقويم التكويني؟"
GROUP = -4242


async def test_group_chat_is_answered_only_when_rafiq_is_addressed(start_bot, api):
    await start_bot()
    api.push_message(GROUP, QUESTION, user_id=701, chat_type="group")  # not addressed: silence
    mention = api.push_message(GROUP, f"@rafiq_test_bot {QUESTION}", user_id=701, chat_type="group")
    [answer] = await reply_count(api, GROUP, 1)
    assert "ass-formative" in answer["text"]
    assert answer["reply_to_message"]["message_id"] == mention["message"]["message_id"]

    api.push_message(GROUP, "شكرا", user_id=702, chat_type="group", reply_to_message_id=answer["message_id"])
    api.push_message(GROUP, "/help@rafiq_test_bot", user_id=703, chat_type="group")
    api.push_message(GROUP, "/help@another_bot", user_id=703, chat_type="group")  # for another bot: silence
    api.push_message(GROUP, "Bonjour à tous", user_id=704, chat_type="group")  # silence
    api.push_message(GROUP, "/ask Comment préparer une séance de formation ?", user_id=704, chat_type="group")
    replies = await reply_count(api, GROUP, 4)
    await until(api, lambda: any("eng-session-preparation" in m["text"] for m in bot_messages(api, GROUP)))
    assert len(bot_messages(api, GROUP)) == 4  # mention, reply to the bot, /help, /ask
    assert "/ask" in replies[2]["text"]


async def test_a_trainer_writing_too_fast_is_told_once_to_wait(start_bot, tg_services, api):
    await start_bot(tg_services(rate_limit_per_minute=2))
    for _ in range(5):
        api.push_message(702, "Comment préparer une séance de formation ?", language_code="fr")
    api.push_message(702, "/lang", language_code="fr")  # a command counts too: refused silently
    menu_update = api.push_callback(702, 702, "lang:fr", 1, language_code="fr")  # buttons are never limited
    await until(api, lambda: any(str(c.params.get("callback_query_id")) == menu_update["callback_query"]["id"]
                                 for c in api.requests if c.method == "answerCallbackQuery"))
    await until(api, lambda: len(bot_messages(api, 702)) >= 3)
    texts = [m["text"] for m in bot_messages(api, 702)]
    assert sum("eng-session-preparation" in x for x in texts) == 2
    assert texts.count(t("rate_limited", "fr")) == 1


async def test_an_error_is_logged_with_its_traceback_and_the_user_is_told_in_their_language(
        start_bot, tg_services, api, caplog):
    services = tg_services()

    def broken(message):
        raise RuntimeError("database password is hunter2")

    services.tutor.handle = broken
    await start_bot(services)
    caplog.set_level(logging.ERROR)
    api.push_message(703, QUESTION, language_code="ar")
    [reply] = await reply_count(api, 703, 1)
    assert reply["text"] == t("error", "ar")
    assert "hunter2" not in reply["text"]
    record = next(r for r in caplog.records if r.name == "bot.channels.telegram")
    assert record.exc_info and "hunter2" in str(record.exc_info[1])


async def test_privacy_help_and_calendar_commands_answer_in_both_languages(start_bot, api):
    runtime = await start_bot()
    api.push_message(704, "/privacy", language_code="fr")
    [privacy] = await reply_count(api, 704, 1)
    for words in ("Ce que je garde", "Pourquoi", "Combien de temps", "Qui les voit", "ما أحتفظ به", "لماذا",
                  "إلى متى", "من يطلع عليها"):
        assert words in privacy["text"]
    api.push_message(704, "/next", language_code="fr")
    api.push_message(704, "/calendar", language_code="fr")
    api.push_message(704, "/reminders_on", language_code="fr")
    api.push_message(704, "/nimporte", language_code="fr")
    replies = await reply_count(api, 704, 5)
    calendar = runtime.channel.calendar()
    now = datetime.now(calendar.tz)
    assert replies[1]["text"] == next_text(calendar, "fr", now)
    assert replies[2]["text"] == calendar_text(calendar, "fr", now)
    assert "/reminders_off" in replies[3]["text"] and "/help" in replies[4]["text"]
    off = await press(api, 704, "reminders:off", replies[3]["message_id"], language_code="fr")
    assert "/reminders_on" in off
    assert callbacks(replies[3]) == []
