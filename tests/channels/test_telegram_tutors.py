"""Tickets on Telegram: /tutor, the tutors' group card, Claim / Close, a tutor's reply relayed once, /forget."""
from __future__ import annotations

from sqlalchemy import select

from bot.store.schema import Interaction, OutboxMessage, TelegramInbox, Ticket, TicketFollower
from tests.channels.conftest import TUTORS, unsure
from tests.channels.helpers import bot_messages, callbacks, press, redeliver, reply_count, until

OUT_OF_SCOPE = "Quand le ministère publiera-t-il la liste des formateurs retenus pour la mission <à l'étranger> & ailleurs ?"


async def test_tutor_request_is_posted_claimed_answered_and_relayed_exactly_once(start_bot, api):
    runtime = await start_bot()
    tickets = runtime.services.tickets
    api.push_message(601, "/lang fr", language_code="fr", first_name="Nadia")
    await reply_count(api, 601, 1)
    api.push_message(601, f"/tutor {OUT_OF_SCOPE}", language_code="fr", first_name="Nadia")
    ack = (await reply_count(api, 601, 2))[-1]
    assert "tuteur humain" in ack["text"]

    [card] = await reply_count(api, TUTORS, 1)
    ticket = tickets.get(1)
    assert (ticket.reason, ticket.lang, ticket.channel, ticket.question) == ("human_requested", "fr", "telegram",
                                                                             OUT_OF_SCOPE)
    assert "Ticket #1" in card["text"] and OUT_OF_SCOPE in card["text"]  # escaped on the wire, shown as typed
    assert "demande un tuteur" in card["text"] and "🟢" in card["text"]
    assert "Trouvé par Rafiq" in card["text"] and ("—" in card["text"] or "rien de proche" in card["text"])
    assert callbacks(card) == ["tk:claim:1", "tk:close:1"]
    await until(api, lambda: tickets.get(1).tutor_message_id == str(card["message_id"]))

    assert await press(api, TUTORS, "tk:claim:1", card["message_id"], user_id=9001, first_name="Karim") \
        == "✋ À vous · صارت لك"
    await until(api, lambda: "pris par Karim" in bot_messages(api, TUTORS)[0]["text"])
    assert callbacks(bot_messages(api, TUTORS)[0]) == ["tk:close:1"]
    lost = await press(api, TUTORS, "tk:claim:1", card["message_id"], user_id=9002, first_name="Salma")
    assert "Karim" in lost and tickets.get(1).claimed_by == "Karim"
    api.push_message(TUTORS, "/tickets", user_id=9002, first_name="Salma", chat_type="supergroup")
    listing = (await reply_count(api, TUTORS, 2))[-1]
    assert "#1" in listing["text"] and "pris par Karim" in listing["text"]

    answer = "La liste paraîtra <en juin> & sera envoyée aux centres."
    reply = api.push_message(TUTORS, answer, user_id=9001, first_name="Karim", chat_type="supergroup",
                             reply_to_message_id=card["message_id"])
    relayed = (await reply_count(api, 601, 3))[-1]
    assert "Karim" in relayed["text"] and answer in relayed["text"] and "Réponse de votre tuteur" in relayed["text"]
    await until(api, lambda: "répondu par Karim" in bot_messages(api, TUTORS)[0]["text"])
    assert any("réponse transmise (1)" in m["text"] for m in bot_messages(api, TUTORS))

    redeliver(api, reply)  # Telegram sends the tutor's reply again: nothing is relayed twice
    api.push_message(TUTORS, "Encore une précision.", user_id=9002, first_name="Salma", chat_type="supergroup",
                     reply_to_message_id=card["message_id"])
    await until(api, lambda: any("non transmise" in m["text"] for m in bot_messages(api, TUTORS)))
    assert [m["text"] for m in bot_messages(api, 601)].count(relayed["text"]) == 1
    assert len(bot_messages(api, 601)) == 3
    assert tickets.get(1).state == "answered" and tickets.get(1).answer == answer

    await press(api, TUTORS, "tk:close:1", card["message_id"], user_id=9001, first_name="Karim")
    await until(api, lambda: "clos" in bot_messages(api, TUTORS)[0]["text"])
    assert callbacks(bot_messages(api, TUTORS)[0]) == []


async def test_not_helpful_then_ask_a_tutor_opens_a_ticket_on_that_question(start_bot, api):
    runtime = await start_bot()
    api.push_message(602, "/lang ar")
    await reply_count(api, 602, 1)
    api.push_message(602, "ما هو التقويم التكويني؟")
    answer = (await reply_count(api, 602, 2))[-1]
    down = callbacks(answer)[1]
    await press(api, 602, down, answer["message_id"])
    offer = (await reply_count(api, 602, 3))[-1]
    await press(api, 602, callbacks(offer)[0], offer["message_id"])
    [card] = await reply_count(api, TUTORS, 1)
    ticket = runtime.services.tickets.get(1)
    assert ticket.reason == "not_helpful" and ticket.question == "ما هو التقويم التكويني؟" and ticket.lang == "ar"
    assert ticket.found and ticket.found[0]["id"] == "ass-formative"
    assert "ass-formative" in card["text"]
    assert "مؤطر" in (await reply_count(api, 602, 4))[-1]["text"]
    # someone else's button does nothing
    other = await press(api, 603, down, answer["message_id"], user_id=603, language_code="fr")
    assert other == "Ce bouton n'est plus valable."


async def test_question_rafiq_cannot_answer_goes_to_the_group_with_what_it_found(start_bot, tg_services, api):
    runtime = await start_bot(unsure(tg_services(), clarify=False))
    api.push_message(604, "Quand le ministère publiera-t-il la liste des formateurs retenus pour la mission "
                          "à l'étranger ?", language_code="fr")
    reply = (await reply_count(api, 604, 1))[-1]
    assert "tuteur" in reply["text"] and not callbacks(reply)
    [card] = await reply_count(api, TUTORS, 1)
    ticket = runtime.services.tickets.get(1)
    assert ticket.reason in ("low_confidence", "no_match") and "Ticket #1" in card["text"]
    assert "mission" in card["text"]
    await until(api, lambda: runtime.services.tickets.get(1).tutor_message_id == str(card["message_id"]))
    api.push_message(TUTORS, "En juin, sur le portail du ministère.", user_id=9003, first_name="Karim",
                     chat_type="supergroup", reply_to_message_id=card["message_id"])  # no claim needed
    relayed = (await reply_count(api, 604, 2))[-1]
    assert "En juin, sur le portail du ministère." in relayed["text"] and "Karim" in relayed["text"]
    await until(api, lambda: "répondu par Karim" in bot_messages(api, TUTORS)[0]["text"])
    assert len(bot_messages(api, 604)) == 2


async def test_forget_deletes_the_trainers_data(start_bot, api):
    runtime = await start_bot()
    store = runtime.services.store
    api.push_message(605, "/start", language_code="fr")
    [welcome] = await reply_count(api, 605, 1)
    await press(api, 605, "ob:consent:yes", welcome["message_id"], language_code="fr")
    api.push_message(605, "Comment préparer une séance de formation ?", language_code="fr")
    await reply_count(api, 605, 2)
    api.push_message(605, f"/tutor {OUT_OF_SCOPE}", language_code="fr")
    await reply_count(api, 605, 3)
    user = store.find_user("telegram", "605")
    assert user is not None and store.history(user.id)

    api.push_message(605, "/forget", language_code="fr")
    explain = (await reply_count(api, 605, 4))[-1]
    assert "effacer" in explain["text"] and callbacks(explain) == ["forget:yes", "forget:no"]
    await press(api, 605, "forget:yes", explain["message_id"], language_code="fr")
    await until(api, lambda: "Vos données sont effacées" in bot_messages(api, 605)[-1]["text"])

    assert store.find_user("telegram", "605") is None
    with store.session() as s:
        assert not list(s.scalars(select(Interaction).where(Interaction.user_id == user.id)))
        assert not list(s.scalars(select(TicketFollower).where(TicketFollower.user_id == user.id)))
        assert not list(s.scalars(select(OutboxMessage).where(OutboxMessage.user_id == user.id)))
        ticket = s.scalars(select(Ticket)).one()
        assert ticket.user_id is None and OUT_OF_SCOPE not in ticket.question
        assert not list(s.scalars(select(TelegramInbox).where(TelegramInbox.sender == "605")))


def test_a_distress_ticket_card_is_marked_red_and_urgent():
    from bot.channels.telegram.render import to_html
    from bot.channels.telegram.tutors import card_keyboard, card_runs

    ticket = Ticket(id=9, priority=0, question="je n'en peux plus", lang="fr", channel="telegram",
                    reason="distress", state="open", found=[])
    html = to_html(card_runs(ticket))
    assert html.startswith("<b>🔴 Ticket #9") and "URGENT" in html and "détresse" in html
    assert "rien de proche" in html
    assert card_keyboard(ticket) == [[{"label": "✋ Je prends · أتكفل", "action": "tk:claim:9"},
                                      {"label": "✅ Clore · إغلاق", "action": "tk:close:9"}]]


def test_a_card_names_the_reason_and_state_of_every_ticket_in_french_and_arabic():
    from bot.channels.telegram.render import to_html
    from bot.channels.telegram.tutors import card_runs
    from bot.texts import t

    for reason in ("low_confidence", "no_match", "clarify", "human_requested", "not_helpful", "distress",
                   "unsupported_language", "abusive_message", "forum_review", "forum_suggestion", "forum_unanswered"):
        ticket = Ticket(id=5, priority=2, question="?", lang="fr", channel="discourse", reason=reason,
                        state="claimed", claimed_by="Salma", found=[])
        html = to_html(card_runs(ticket))
        assert t(f"reason_{reason}", "fr") in html and t(f"reason_{reason}", "ar") in html, reason
        assert f" {reason}\n" not in html  # never the bare code
        assert "✋ pris par Salma · تكفل بها Salma" in html


async def test_the_sla_worker_reannounces_through_the_tutors_group(start_bot, api):
    from bot.escalation import TicketRequest

    runtime = await start_bot()
    services = runtime.services
    ticket, _ = services.tickets.open(TicketRequest(channel="telegram", recipient="606", question="Question oubliée",
                                                    lang="fr", reason="low_confidence"))
    await services.announcers.announce(ticket, again=True)  # the SLA worker's announcers
    [card] = await reply_count(api, TUTORS, 1)
    assert card["text"].startswith("⏰") and f"Ticket #{ticket.id}" in card["text"]
    await until(api, lambda: services.tickets.get(ticket.id).tutor_message_id == str(card["message_id"]))
