"""Tutor-side dead ends (#12, defect 12): closing without an answer tells every trainer waiting (from the
tutors' group and from the console), a tutor can correct their answer, and a photo's caption and the
photo itself reach the trainer."""
from __future__ import annotations

import asyncio

import httpx
from sqlalchemy import select

from bot.channels.web import create_app
from bot.relay import CORRECTION_MARK
from bot.store.schema import OutboxMessage
from bot.texts import t
from tests.channels.conftest import TUTORS
from tests.channels.console_helpers import ACCOUNTS, ConsoleClient, ServerThread
from tests.channels.helpers import bot_messages, press, reply_count, until

QUESTION = "Quand le ministère publiera-t-il la liste des formateurs retenus pour la mission à l'étranger ?"


async def ask_a_tutor(api, runtime, chat_id: int, lang: str, n_before: int = 1) -> dict:
    """The trainer picks a language, then asks a tutor; returns the card in the tutors' group."""
    api.push_message(chat_id, f"/lang {lang}", language_code=lang)
    await reply_count(api, chat_id, n_before)
    api.push_message(chat_id, f"/tutor {QUESTION}", language_code=lang)
    await reply_count(api, chat_id, n_before + 1)
    card = (await reply_count(api, TUTORS, 1))[0]
    await until(api, lambda: runtime.services.tickets.get(1).tutor_message_id == str(card["message_id"]))
    return card


def closed_text(lang: str) -> str:
    return t("tutor_closed", lang, question=QUESTION, how=t("ask_again_telegram", lang))


async def test_closing_without_an_answer_tells_every_follower_in_their_language(start_bot, api):
    runtime = await start_bot()
    card = await ask_a_tutor(api, runtime, 621, "ar")
    api.push_message(622, "/lang fr", language_code="fr")
    await reply_count(api, 622, 1)
    api.push_message(622, f"/tutor {QUESTION}", language_code="fr")  # the same question: joins ticket #1
    await reply_count(api, 622, 2)
    assert len(runtime.services.tickets.followers(1)) == 2

    toast = await press(api, TUTORS, "tk:close:1", card["message_id"], user_id=9001, first_name="Karim")
    assert toast == "✅ Clos, 2 prévenu(s) · أغلقت، أُخبر 2"
    arabic = (await reply_count(api, 621, 3))[-1]["text"]
    french = (await reply_count(api, 622, 3))[-1]["text"]
    assert arabic == closed_text("ar") and "/tutor" in arabic
    # the trainer who joined is not shown the first asker's words (a private chat's question), only that it was closed
    assert french == t("tutor_closed_unquoted", "fr", how=t("ask_again_telegram", "fr")) and QUESTION not in french
    again = await press(api, TUTORS, "tk:close:1", card["message_id"], user_id=9002, first_name="Salma")
    assert again == "Déjà clos · مغلقة من قبل"
    assert runtime.services.relay.closed(1) == 0  # queued once: the dedupe key holds
    await until(api, lambda: "clos" in bot_messages(api, TUTORS)[0]["text"])
    assert len(bot_messages(api, 621)) == 3 and len(bot_messages(api, 622)) == 3


async def test_closing_from_the_console_tells_the_trainer_too(start_bot, tg_services, api):
    runtime = await start_bot(tg_services(console_tokens=ACCOUNTS))
    await ask_a_tutor(api, runtime, 623, "fr")
    with ServerThread(create_app(runtime.services, warm=False)) as server:
        def close() -> int:
            with httpx.Client(base_url=server.url) as client:
                return ConsoleClient(client, "karim").post("/console/tickets/1/close").status_code
        assert await asyncio.to_thread(close) == 303
        told = (await reply_count(api, 623, 3))[-1]["text"]
    assert told == closed_text("fr")
    with runtime.services.store.session() as s:
        keys = list(s.scalars(select(OutboxMessage.dedupe_key).where(OutboxMessage.recipient == "623")))
    assert [k for k in keys if k.startswith("closed:1:")] == [keys[-1]]


async def test_an_answered_ticket_closed_later_says_nothing_more(start_bot, api):
    runtime = await start_bot()
    card = await ask_a_tutor(api, runtime, 624, "fr")
    api.push_message(TUTORS, "En juin.", user_id=9001, first_name="Karim", chat_type="supergroup",
                     reply_to_message_id=card["message_id"])
    await reply_count(api, 624, 3)
    await press(api, TUTORS, "tk:close:1", card["message_id"], user_id=9001, first_name="Karim")
    await until(api, lambda: "clos" in bot_messages(api, TUTORS)[0]["text"])
    assert runtime.services.relay.closed(1) == 0
    assert len(bot_messages(api, 624)) == 3


async def test_the_tutor_who_answered_can_send_a_correction_marked_as_such(start_bot, api):
    runtime = await start_bot()
    tickets = runtime.services.tickets
    card = await ask_a_tutor(api, runtime, 625, "ar")
    api.push_message(TUTORS, "La liste paraîtra en juin.", user_id=9001, first_name="Karim",
                     chat_type="supergroup", reply_to_message_id=card["message_id"])
    await reply_count(api, 625, 3)
    await until(api, lambda: "corriger la réponse" in bot_messages(api, TUTORS)[0]["text"])

    fix = "Pardon : la liste paraîtra en juillet, pas en juin."
    update = api.push_message(TUTORS, fix, user_id=9001, first_name="Karim", chat_type="supergroup",
                              reply_to_message_id=card["message_id"])
    correction = (await reply_count(api, 625, 4))[-1]["text"].replace("\u200f", "")  # right-to-left marks
    assert correction == t("tutor_correction", "ar", tutor="Karim", question=QUESTION, answer=fix)
    assert correction.startswith("✏️ تصحيح")
    assert t("tutor_correction", "fr", tutor="K", question="q", answer="a").startswith("✏️ Correction")
    await until(api, lambda: any("correction transmise (1)" in m["text"] for m in bot_messages(api, TUTORS)))
    ticket = tickets.get(1)
    assert ticket.answer.startswith("La liste paraîtra en juin.") and f"{CORRECTION_MARK} (Karim)" in ticket.answer
    assert ticket.answer.endswith(fix)
    assert [(e.kind, e.actor, e.note) for e in tickets.history(1) if e.kind == "corrected"] == \
        [("corrected", "Karim", fix)]

    api._enqueue(update)  # Telegram delivers the correction again: not relayed twice
    api.push_message(TUTORS, "Je complète.", user_id=9002, first_name="Salma", chat_type="supergroup",
                     reply_to_message_id=card["message_id"])  # not her answer: refused as before
    await until(api, lambda: any("non transmise" in m["text"] for m in bot_messages(api, TUTORS)))
    assert len(bot_messages(api, 625)) == 4


async def test_a_photo_with_a_caption_relays_the_caption_and_the_photo(start_bot, api):
    runtime = await start_bot()
    card = await ask_a_tutor(api, runtime, 626, "fr")
    bare = api.push_photo(TUTORS, None, user_id=9001, first_name="Karim", chat_type="supergroup",
                          reply_to_message_id=card["message_id"])
    await until(api, lambda: any("légende de la photo" in m["text"] for m in bot_messages(api, TUTORS)
                                 if "text" in m))
    assert runtime.services.tickets.get(1).state != "answered"

    caption = "Voici la circulaire : la liste paraîtra en juin."
    shot = api.push_photo(TUTORS, caption, user_id=9001, first_name="Karim", chat_type="supergroup",
                          reply_to_message_id=card["message_id"])
    [photo] = await until(api, lambda: api.sent(626, method="sendPhoto"))
    assert photo["photo"] == shot["message"]["photo"][-1]["file_id"]  # the largest size
    assert bare["message"]["photo"][-1]["file_id"] != photo["photo"]
    shown = (await reply_count(api, 626, 3))[-1]
    assert shown["caption"] == t("tutor_answer_intro", "fr", tutor="Karim", question=QUESTION, answer=caption)
    assert shown["photo"][-1]["width"] == 1280
    ticket = runtime.services.tickets.get(1)
    assert ticket.state == "answered" and ticket.answer == caption
    await until(api, lambda: any("réponse transmise (1)" in m.get("text", "") for m in bot_messages(api, TUTORS)))


async def test_a_long_caption_goes_as_text_then_the_photo(start_bot, api):
    runtime = await start_bot()
    card = await ask_a_tutor(api, runtime, 627, "fr")
    caption = "Détail de la procédure. " * 40  # the intro and this exceed a caption's 1024 characters
    api.push_photo(TUTORS, caption, user_id=9001, first_name="Karim", chat_type="supergroup",
                   reply_to_message_id=card["message_id"])
    await until(api, lambda: api.sent(627, method="sendPhoto"))
    shown = bot_messages(api, 627)
    assert caption.strip() in shown[-2]["text"] and "caption" not in shown[-1] and shown[-1]["photo"]
