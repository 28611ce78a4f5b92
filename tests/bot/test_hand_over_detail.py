"""Right after asking for a person, what the trainer adds is the reason of the request: "je veux parler à un tuteur
humain" then "c'est pour un problème de note sur mon devoir du module 2…" got the steps to submit an assignment
(found by a newcomer). It now goes to the open ticket, and the trainer is told so."""
from __future__ import annotations

from bot.texts import t
from bot.types import Intent, Reason
from tests.bot.helpers import read_at, say

DETAIL = "c'est pour un problème de note sur mon devoir du module 2, j'ai eu 8/20 sans commentaire"


def test_what_follows_a_hand_over_goes_to_the_open_ticket(make_services):
    services = make_services()
    read_at(services, 1.01)  # the guide is sure of nothing (the fake embedder places anything somewhere)
    asked = say(services, "je veux parler à un tuteur humain", user="detail-1")
    assert asked.reason == Reason.HUMAN_REQUESTED and asked.ticket_id
    reply = say(services, DETAIL, user="detail-1")
    assert reply.body == t("detail_added", "fr") and reply.intent == Intent.HUMAN and not reply.ticket_created
    ticket = services.tickets.get(asked.ticket_id)
    assert ticket.question.endswith(DETAIL) and "tuteur" in ticket.question
    assert "detail" in [e.kind for e in services.tickets.history(asked.ticket_id)]


def test_without_a_hand_over_just_before_the_same_words_are_read_as_usual(make_services):
    services = make_services()
    read_at(services, 1.01)
    reply = say(services, DETAIL, user="detail-2")
    assert reply.body != t("detail_added", "fr")


def test_a_question_after_a_hand_over_is_read_as_usual_and_the_tutor_reads_it_too(make_services):
    # the tutor did not see it: the ticket held "je veux parler à un tuteur" alone (a newcomer)
    services = make_services()
    asked = say(services, "je veux parler à un tuteur humain", user="detail-3")
    reply = say(services, "en attendant, comment préparer une séance de formation ?", user="detail-3")
    assert reply.body != t("detail_added", "fr") and not reply.ticket_created
    assert services.tickets.get(asked.ticket_id).question.endswith("comment préparer une séance de formation ?")


def test_a_detail_the_guide_would_answer_surely_still_goes_to_the_tutor(make_services):
    """"المشكل فالنقطة ديال الواجب الأول" after "بغيت نهضر مع شي مؤطر" got the guide's page on asking good questions."""
    services = make_services()
    asked = say(services, "بغيت نهضر مع شي مؤطر", user="detail-4")
    assert asked.reason == Reason.HUMAN_REQUESTED
    reply = say(services, "المشكل فالنقطة ديال الواجب الأول", user="detail-4")
    assert reply.body == t("detail_added", "ar") and not reply.citations, reply.to_json()


def test_the_tutor_sees_the_detail_in_the_console(make_services):
    from fastapi.testclient import TestClient

    from bot.channels.web import create_app
    from tests.channels.console_helpers import ACCOUNTS, ConsoleClient

    services = make_services(console_tokens=ACCOUNTS)
    read_at(services, 1.01)
    asked = say(services, "je veux parler à un tuteur humain", user="detail-5")
    say(services, DETAIL, user="detail-5")
    with TestClient(create_app(services, warm=False), base_url="http://127.0.0.1") as client:
        page = ConsoleClient(client, "karim").client.get(f"/console/tickets/{asked.ticket_id}")
    assert page.status_code == 200 and "8/20 sans commentaire" in page.text
    assert t("ev_detail", "fr") in page.text or t("ev_detail", "ar") in page.text
