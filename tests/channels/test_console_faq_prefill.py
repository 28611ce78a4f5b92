"""The knowledge-base form offers one question, not the ticket's whole card (found by a newcomer: "bghit nhdr m3a
chi wa7d bnadem ↪ …" and the lines added to a ticket were offered as the FAQ entry's question)."""
from __future__ import annotations

import html
import re

import pytest
from fastapi.testclient import TestClient

from bot.channels.web import create_app
from bot.escalation import TicketRequest
from bot.store.ticket_details import question_asked
from tests.channels.console_helpers import ACCOUNTS, ConsoleClient


@pytest.mark.parametrize("question, reason, offered", [
    ("je veux parler à un tuteur\n↪ J'ai oublié mon mot de passe e-Takwine", "human_requested",
     "J'ai oublié mon mot de passe e-Takwine"),
    ("je veux parler à un tuteur", "human_requested", "je veux parler à un tuteur"),
    # a newcomer got « je veux parler à un humain » quoted back with the tutor's answer
    ("je veux parler à un humain\n+ mon devoir du module 2 a disparu", "human_requested",
     "mon devoir du module 2 a disparu"),
    ("ok et elle dure combien de temps ?\n↪ Où est le lien de la prochaine ?", "low_confidence",
     "ok et elle dure combien de temps ?"),
    ("Quand la liste sera-t-elle publiée ?\n+ c'est urgent, merci", "low_confidence", "Quand la liste sera-t-elle publiée ?"),
    # a forum thread's title, then its first post: the title was quoted back as the question (a newcomer)
    ("البعثة إلى الخارج\nمتى ستنشر الوزارة لائحة المكونين المختارين للبعثة إلى الخارج؟", "forum_suggestion",
     "متى ستنشر الوزارة لائحة المكونين المختارين للبعثة إلى الخارج؟"),
    ("Mission à l'étranger\nLa liste des formateurs retenus sera publiée quand", "low_confidence",
     "La liste des formateurs retenus sera publiée quand"),
])
def test_the_question_a_ticket_stands_for(question, reason, offered):
    assert question_asked(question, reason) == offered


def test_the_ticket_page_prefills_that_question(make_services):
    services = make_services(console_tokens=ACCOUNTS)
    ticket, _ = services.tickets.open(TicketRequest(
        "web", "trainer-prefill-0001", "bghit nhdr m3a chi wa7d bnadem\n↪ kifach nbdel lgroupe dyal live?", "ar",
        "human_requested"))
    with TestClient(create_app(services, warm=False), base_url="http://127.0.0.1") as client:
        ConsoleClient(client, "nadia")
        page = client.get(f"/console/tickets/{ticket.id}").text
    field = re.search(r'id="question_ar"[^>]*value="([^"]*)"', page, re.S)
    assert field and html.unescape(field.group(1)) == "kifach nbdel lgroupe dyal live?", page[:200]
