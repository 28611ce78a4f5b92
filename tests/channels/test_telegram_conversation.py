"""Conversations through the real python-telegram-bot Application and the Bot API stand-in."""
from __future__ import annotations

from bot.store.schema import Interaction
from tests.channels.helpers import bot_messages, callbacks, press, reply_count, until


async def test_arabic_conversation_from_start_to_a_cited_answer(start_bot, api):
    runtime = await start_bot()
    store = runtime.services.store
    api.push_message(501, "/start", language_code="ar")
    [welcome] = await reply_count(api, 501, 1)
    assert "رفيق" in welcome["text"] and callbacks(welcome) == ["ob:consent:yes", "ob:consent:no"]
    card = welcome["message_id"]

    await press(api, 501, "ob:consent:yes", card)
    await until(api, lambda: callbacks(bot_messages(api, 501)[0]) == ["ob:lang:ar", "ob:lang:fr"])
    await press(api, 501, "ob:lang:ar", card)
    await until(api, lambda: "ob:centre:crmef" in callbacks(bot_messages(api, 501)[0]))
    assert "سأجيبك بالعربية" in bot_messages(api, 501)[0]["text"]
    await press(api, 501, "ob:centre:crmef", card)
    cohort = await until(api, lambda: [c for c in callbacks(bot_messages(api, 501)[0])
                                       if c.startswith("ob:cohort:") and c != "ob:cohort:other"])
    await press(api, 501, cohort[0], card)
    done = await until(api, lambda: (m := bot_messages(api, 501)[0]) and "reminders:on" in callbacks(m) and m)
    assert "/reminders_on" in done["text"] and "/calendar" in done["text"]  # the onboarding checklist
    assert len(bot_messages(api, 501)) == 1  # every step edited the same message

    user = store.find_user("telegram", "501")
    assert (user.lang, user.centre, user.cohort, user.consent, user.onboarding_step) == (
        "ar", "crmef", cohort[0].split(":")[2], True, "done")

    api.push_message(501, "ما هو التقويم التكويني؟", language_code="ar")
    answer = (await reply_count(api, 501, 2))[-1]
    assert "ass-formative" in answer["text"] and "المصدر" in answer["text"]
    sent = api.sent(501)[-1]
    assert sent["parse_mode"] == "HTML" and "<i>📖" in sent["text"]
    with store.session() as s:
        interaction = s.query(Interaction).filter_by(user_id=user.id).one()
    assert callbacks(answer) == [f"fb:up:{interaction.id}", f"fb:down:{interaction.id}", f"tutor:{interaction.id}"]
    ar_menu = {c["command"]: c["description"] for c in api.commands(language_code="ar")}
    fr_menu = {c["command"]: c["description"] for c in api.commands(language_code="fr")}
    assert {"start", "help", "ask", "calendar", "next", "tutor", "lang", "privacy", "forget"} <= set(ar_menu)
    assert ar_menu["forget"] == "حذف معطياتي" and fr_menu["forget"] == "Effacer mes données"


async def test_french_question_during_onboarding_is_answered_and_feedback_is_kept(start_bot, api):
    runtime = await start_bot()
    store = runtime.services.store
    api.push_message(502, "/start", language_code="fr", first_name="Youssef")
    [welcome] = await reply_count(api, 502, 1)
    assert "Êtes-vous d'accord" in welcome["text"]
    await press(api, 502, "ob:consent:yes", welcome["message_id"], first_name="Youssef", language_code="fr")

    # onboarding is not finished: the question is answered anyway
    api.push_message(502, "Comment préparer une séance de formation ?", language_code="fr")
    answer = (await reply_count(api, 502, 2))[-1]
    assert "eng-session-preparation" in answer["text"] and "Source" in answer["text"]
    up, down, ask_tutor = callbacks(answer)
    interaction_id = int(up.rsplit(":", 1)[1])

    toast = await press(api, 502, up, answer["message_id"], language_code="fr")
    assert toast == "Merci pour votre avis !"
    with store.session() as s:
        assert s.get(Interaction, interaction_id).feedback == "up"

    await press(api, 502, down, answer["message_id"], language_code="fr")
    offer = (await reply_count(api, 502, 3))[-1]
    assert "tuteur" in offer["text"] and callbacks(offer) == [f"tutor_nh:{interaction_id}"]
    with store.session() as s:
        assert s.get(Interaction, interaction_id).feedback == "down"

    # the rest of onboarding still works afterwards
    await press(api, 502, "ob:lang:fr", welcome["message_id"], language_code="fr")
    await press(api, 502, "ob:centre:cfie", welcome["message_id"], language_code="fr")
    await press(api, 502, "ob:cohort:other", welcome["message_id"], language_code="fr")
    await until(api, lambda: "Pour bien démarrer" in bot_messages(api, 502)[0]["text"])
    user = store.find_user("telegram", "502")
    assert (user.lang, user.centre, user.cohort, user.onboarding_step) == ("fr", "cfie", "other", "done")


async def test_lang_command_switches_the_reply_language(start_bot, api):
    await start_bot()
    api.push_message(503, "/lang ar", language_code="fr")
    [confirm] = await reply_count(api, 503, 1)
    assert "بالعربية" in confirm["text"]
    api.push_message(503, "Comment préparer une séance de formation ?", language_code="fr")
    answer = (await reply_count(api, 503, 2))[-1]
    assert "المصدر" in answer["text"]  # answered in Arabic, the chosen language
    api.push_message(503, "/lang", language_code="fr")
    menu = (await reply_count(api, 503, 3))[-1]
    assert callbacks(menu) == ["lang:ar", "lang:fr"]
    await press(api, 503, "lang:fr", menu["message_id"])
    await until(api, lambda: "en français" in bot_messages(api, 503)[-1]["text"])
