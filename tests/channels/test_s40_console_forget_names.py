"""Tester 3, §9 and §11: after /forget by its only follower, a ticket stayed open in the queue as "[effacé…]" for tutors
to claim and answer nobody; and relayed answers named the tutor by their login in lower case ("tuteur·rice amina")."""
from __future__ import annotations

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.channels.web import create_app
from bot.escalation import TicketRequest
from bot.store.schema import OutboxMessage
from tests.channels.console_helpers import ACCOUNTS, ConsoleClient

USER = "tst-anas-forget-000000000"


@pytest.fixture
def console(make_services):
    services = make_services(console_tokens=ACCOUNTS)
    with TestClient(create_app(services, warm=False), base_url="http://127.0.0.1") as client:
        yield services, client


def ask(client, text: str) -> dict:
    return client.post("/api/ask", json={"text": text, "user": USER, "lang": "fr"}).json()


def test_a_ticket_whose_only_follower_forgot_themself_is_closed_not_left_to_claim(console):
    services, client = console
    assert ask(client, "Je veux parler à un tuteur humain s'il vous plaît")["escalate"]
    [ticket] = services.tickets.queue()
    ask(client, "/forget")
    ask(client, "/forget ok")
    assert services.tickets.queue() == [], [(t.id, t.state, t.question) for t in services.tickets.queue()]
    assert services.tickets.get(ticket.id).state == "closed"
    ConsoleClient(client, "karim")
    page = client.get("/console/queue").text
    assert f'href="/console/tickets/{ticket.id}"' not in page


def test_a_ticket_another_trainer_still_follows_stays_open_after_forget(console):
    services, client = console
    assert ask(client, "Je veux parler à un tuteur humain s'il vous plaît")["escalate"]
    [ticket] = services.tickets.queue()
    services.tickets.open(TicketRequest("web", "tst-other-trainer-0000000", "Et moi aussi ?", "fr", "human_requested"))
    from bot.store.schema import TicketFollower
    with services.store.session() as s:  # the other trainer follows the same ticket
        s.add(TicketFollower(ticket_id=ticket.id, channel="web", recipient="tst-other-trainer-0000001", lang="fr"))
    ask(client, "/forget")
    ask(client, "/forget ok")
    assert services.tickets.get(ticket.id).state == "open"


def test_a_relayed_answer_names_the_tutor_as_a_name(console):
    services, client = console
    ticket, _ = services.tickets.open(TicketRequest("web", USER, "Quand paraît la liste ?", "fr", "human_requested"))
    ar, _ = services.tickets.open(TicketRequest("telegram", "4242", "متى تنشر اللائحة؟", "ar", "human_requested"))
    karim = ConsoleClient(client, "karim")
    for one in (ticket, ar):
        assert karim.post(f"/console/tickets/{one.id}/answer", text="En juin.").status_code == 303
    with services.store.session() as s:
        texts = {row.recipient: row.text for row in s.scalars(select(OutboxMessage))}
    assert "tuteur·rice Karim " in texts[USER] and "karim" not in texts[USER], texts[USER]
    assert "المؤطر(ة) Karim " in texts["4242"], texts["4242"]
