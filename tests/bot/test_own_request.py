"""A request for a person from a trainer who already has one opens no second ticket (found by a newcomer: "wach
jawbni chi wa7d?" after a tutor's answer, and a second "je veux parler à un tuteur", each opened a new ticket)."""
from __future__ import annotations

from bot.own_request import asks_about_the_answer
from bot.texts import t
from bot.types import Intent, Reason
from tests.bot.helpers import say


def test_a_second_request_while_the_first_is_open_is_added_to_it(make_services):
    services = make_services()
    first = say(services, "je veux parler à un tuteur humain", user="own-1")
    assert first.reason == Reason.HUMAN_REQUESTED and first.ticket_id
    again = say(services, "je veux parler à un tuteur svp, c'est urgent", user="own-1")
    assert again.ticket_id == first.ticket_id and not again.ticket_created and again.intent == Intent.HUMAN
    assert again.reason == Reason.HUMAN_REQUESTED  # a request for a person, answered by the one already made
    assert f"n° {first.ticket_id}" in again.body and "déjà chez les tuteurs" in again.body
    assert "c'est urgent" in services.tickets.get(first.ticket_id).question
    assert len(services.tickets.queue()) == 1


def test_asking_whether_a_tutor_answered_gets_that_answer_back_and_no_ticket(make_services):
    services = make_services()
    first = say(services, "bghit nhder m3a chi mo2atir", user="own-2")
    assert first.reason == Reason.HUMAN_REQUESTED and first.ticket_id
    services.tickets.claim(first.ticket_id, "amina")
    services.tickets.answer(first.ticket_id, "amina", "Votre note sera corrigée lundi.")
    again = say(services, "wach jawbni chi wa7d?", user="own-2")
    assert again.ticket_id is None and "Votre note sera corrigée lundi." in again.body
    assert any(b.action == "tutor" for b in again.buttons)
    assert len(services.tickets.queue()) == 0


def test_a_new_request_after_an_answered_one_opens_a_new_ticket(make_services):
    services = make_services()
    first = say(services, "je veux parler à un tuteur humain", user="own-3")
    services.tickets.answer(first.ticket_id, "amina", "C'est réglé.")
    again = say(services, "je veux parler à un tuteur humain", user="own-3")
    assert again.reason == Reason.HUMAN_REQUESTED and again.ticket_id and again.ticket_id != first.ticket_id


def test_another_trainers_open_ticket_changes_nothing(make_services):
    services = make_services()
    first = say(services, "je veux parler à un tuteur humain", user="own-4")
    other = say(services, "je veux parler à un tuteur humain", user="own-5")
    assert other.ticket_id and other.ticket_id != first.ticket_id


def test_the_pending_reply_reads_in_both_languages(make_services):
    services = make_services()
    first = say(services, "بغيت نهضر مع شي مؤطر", user="own-6")
    again = say(services, "بغيت نهضر مع شي مؤطر عافاك", user="own-6")
    assert again.lang == "ar" and f"رقم {first.ticket_id}" in again.body and not again.ticket_created
    assert t("request_pending", "fr", n=1, question="q", eta="") != t("request_pending", "ar", n=1, question="q", eta="")


def test_asking_about_the_answer_is_heard_in_every_variety():
    for text in ("Personne ne m'a encore répondu ?", "toujours pas de réponse du tuteur", "wach jawbni chi wa7d?",
                 "واش شي حد جاوبني؟", "هل رد أحد على سؤالي؟", "مازال ما وصلني الجواب"):
        assert asks_about_the_answer(text), text
    for text in ("je veux parler à un tuteur humain", "bghit nhder m3a chi mo2atir", "أريد التحدث مع مؤطر",
                 # when will they answer: the guide's page on response times (a dev dialogue caught it)
                 "واخا، وشحال غادي يتعطل باش يجاوبني؟", "imta ghadi yjawbni?", "متى يجيب المؤطر على الأسئلة؟"):
        assert not asks_about_the_answer(text), text


def test_a_reply_naming_the_tutor_who_answered_goes_back_to_that_ticket(make_services):
    """"Merci Amina ! Et c'est valable aussi pour ceux de la cohorte précédente ?" after Amina's answer got a guide
    answer about changing cohort, and Amina never saw it (a newcomer)."""
    services = make_services()
    first = say(services, "je veux parler à un tuteur humain", user="own-7")
    services.tickets.answer(first.ticket_id, "amina", "Oui, les 30 heures comptent pour la formation continue.")
    reply = say(services, "Merci Amina ! Et c'est valable aussi pour ceux de la cohorte précédente ?", user="own-7")
    assert reply.ticket_id == first.ticket_id and reply.reason == Reason.HUMAN_REQUESTED and not reply.citations
    assert "amina" in reply.body and f"n° {first.ticket_id}" in reply.body
    ticket = services.tickets.get(first.ticket_id)
    assert ticket.state == "reopened" and "cohorte précédente" in ticket.question
    assert ticket.claimed_by == "amina"  # the trainer was told it went to her: it showed "taken by —" (a newcomer)


def test_a_date_asked_after_thanking_the_tutor_is_the_calendars(make_services):
    """"Merci Amina ! Et le devoir du module 3, c'est pour quand ?" reopened Amina's ticket (a newcomer): the
    calendar gives the date."""
    services = make_services()
    first = say(services, "je veux parler à un tuteur humain", user="own-10")
    services.tickets.answer(first.ticket_id, "amina", "C'est réglé.")
    reply = say(services, "Merci Amina ! Et le devoir du module 3, c'est pour quand ?", user="own-10")
    assert reply.intent == Intent.ORGANIZATIONAL and reply.ticket_id is None, reply.to_json()
    assert services.tickets.get(first.ticket_id).state == "answered"


def test_a_message_not_naming_the_tutor_is_read_as_usual(make_services):
    services = make_services()
    first = say(services, "je veux parler à un tuteur humain", user="own-8")
    services.tickets.answer(first.ticket_id, "amina", "C'est réglé.")
    reply = say(services, "Comment préparer une séance de formation ?", user="own-8")
    assert reply.ticket_id != first.ticket_id and services.tickets.get(first.ticket_id).state == "answered"


def test_a_request_after_distress_does_not_quote_the_distress_back(make_services):
    services = make_services()
    first = say(services, "je n'en peux plus de vivre, je veux en finir", user="own-9")
    assert first.reason == Reason.DISTRESS and first.ticket_id
    again = say(services, "je veux parler à un tuteur", user="own-9")
    assert again.ticket_id == first.ticket_id and "en finir" not in again.body and f"n° {first.ticket_id}" in again.body
