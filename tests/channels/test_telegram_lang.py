"""A trainer who writes in Arabic is answered in Arabic by the channel too, whatever their Telegram app's
language (#12, defect 14): the reminders opt-in, and the notice of a burst (one a minute, never silence)."""
from __future__ import annotations

from bot.texts import both, t
from tests.channels.helpers import bot_messages, press, reply_count, until

QUESTION = "ما هو التقويم التكويني؟"


async def test_an_arabic_writer_with_an_english_telegram_gets_the_opt_in_and_the_burst_notice_in_arabic(
        start_bot, tg_services, api):
    await start_bot(tg_services(rate_limit_per_minute=3))
    api.push_message(731, QUESTION, language_code="en")
    await reply_count(api, 731, 1)
    api.push_message(731, "/reminders_on", language_code="en")
    confirmation = (await reply_count(api, 731, 2))[-1]
    assert confirmation["text"] == t("reminders_on_done", "ar")

    for i in range(6):  # one allowed, five dropped
        api.push_message(731, f"{QUESTION} {i}", language_code="en")
    await until(api, lambda: len(bot_messages(api, 731)) >= 4)
    api.push_message(731, "/help", language_code="en")  # another dropped message, same minute
    await press(api, 731, "reminders:off", confirmation["message_id"], language_code="en")  # never limited
    await until(api, lambda: t("reminders_off_done", "ar") in [m["text"] for m in bot_messages(api, 731)])
    texts = [m["text"] for m in bot_messages(api, 731)]
    assert texts.count(t("rate_limited", "ar")) == 1  # told once this minute, in Arabic
    assert t("rate_limited", "fr") not in texts
    assert len(texts) == 5  # answer, opt-in, one more answer, the notice, opt-out: nothing else


async def test_a_stranger_who_floods_commands_is_told_in_both_languages(start_bot, tg_services, api):
    await start_bot(tg_services(rate_limit_per_minute=1))
    for _ in range(3):
        api.push_message(732, "/calendar", language_code="en")
    notice = (await reply_count(api, 732, 2))[-1]
    assert notice["text"] == both("rate_limited")
