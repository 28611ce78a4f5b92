"""What a tester found in the relay of tutors' answers (round s39): a trainer who followed another's question (joined
it, or whose ticket was merged into it) was told "Réponse de votre tuteur·rice amina à votre question :" followed by
nothing, the question being left out on purpose (it is another's)."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.channels.web import create_app
from bot.escalation import TicketRequest
from bot.store.schema import OutboxMessage
from tests.channels.console_helpers import ACCOUNTS, ConsoleClient

ASKED = "Quand la liste des formateurs retenus pour la mission sera-t-elle publiée ?"
ANSWER = "La liste paraît le 15 décembre sur la plateforme."
FIX = "Correction : le 16 décembre, pas le 15."


@pytest.fixture
def console(make_services):
    services = make_services(console_tokens=ACCOUNTS)
    with TestClient(create_app(services, warm=False), base_url="http://127.0.0.1") as client:
        yield services, ConsoleClient(client, "karim")


def texts_to(services, recipient: str) -> list[str]:
    with services.store.session() as s:
        return [row.text for row in s.scalars(select(OutboxMessage).where(OutboxMessage.recipient == recipient)
                                              .order_by(OutboxMessage.id))]


def test_an_answer_to_a_merged_trainer_names_the_question_they_followed_without_a_dangling_colon(console):
    services, karim = console
    kept, _ = services.tickets.open(TicketRequest("web", "visitor-s39-asker-0001", ASKED, "fr", "human_requested"))
    fr, _ = services.tickets.open(TicketRequest("web", "visitor-s39-fr-0002", "Et la mission ?", "fr", "human_requested"))
    ar, _ = services.tickets.open(TicketRequest("telegram", "4242", "متى تنشر اللائحة؟", "ar", "human_requested"))
    for other in (fr, ar):
        assert karim.post(f"/console/tickets/{other.id}/merge", target=str(kept.id)).status_code == 303
    assert karim.post(f"/console/tickets/{kept.id}/answer", text=ANSWER).status_code == 303
    [asker] = texts_to(services, "visitor-s39-asker-0001")
    [french] = texts_to(services, "visitor-s39-fr-0002")
    [arabic] = texts_to(services, "4242")
    assert f"« {ASKED} »" in asker and "à votre question :" in asker  # the asker still gets their question quoted
    assert ASKED not in french and "à votre question :" not in french, french
    assert french.startswith("🧑‍🏫 Réponse de votre tuteur·rice Karim à la question que vous suiviez :\n\n" + ANSWER)
    assert ASKED not in arabic and "عن سؤالك:" not in arabic, arabic
    assert arabic.startswith("🧑‍🏫 جواب المؤطر(ة) Karim عن السؤال الذي تتابعه:\n\n" + ANSWER)


def test_a_correction_to_a_trainer_who_joined_says_which_answer_it_corrects(console):
    services, karim = console
    kept, _ = services.tickets.open(TicketRequest("web", "visitor-s39-asker-0003", ASKED, "fr", "human_requested"))
    other, _ = services.tickets.open(TicketRequest("web", "visitor-s39-fr-0004", "Et la mission ?", "fr",
                                                   "human_requested"))
    karim.post(f"/console/tickets/{other.id}/merge", target=str(kept.id))
    services.relay.answer(kept.id, "karim", ANSWER)
    assert services.relay.correct(kept.id, "karim", FIX) == 2
    correction = texts_to(services, "visitor-s39-fr-0004")[-1]
    assert correction.startswith("✏️ Correction de votre tuteur·rice Karim à sa réponse à la question que vous suiviez "
                                 ":\n\n" + FIX), correction
