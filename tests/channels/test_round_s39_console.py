"""What a tester found in the tutors' console (round s39): an answer over 8000 characters got the chat's raw JSON
error (a limit of 4000) and was lost; the gap page's period errors; the Arabic pages' mixed directions, raw channel
names, items run together and minutes counted in the wrong form; the stats page's blocks not saying their period."""
from __future__ import annotations

import html
import re

import pytest
from fastapi.testclient import TestClient

from bot.channels.web import create_app
from bot.escalation import TicketRequest
from tests.channels.console_helpers import ACCOUNTS, ConsoleClient

QUESTION = "Quand la liste des formateurs retenus pour la mission sera-t-elle publiée ?"


@pytest.fixture
def console(make_services):
    services = make_services(console_tokens=ACCOUNTS)
    with TestClient(create_app(services, warm=False), base_url="http://127.0.0.1") as client:
        yield services, client


def textarea(page: str) -> str:
    return html.unescape(page.split('id="answer"', 1)[1].split(">", 1)[1].split("</textarea>")[0])


@pytest.mark.parametrize("lang, said", [("fr", "Réponse non envoyée : elle fait 9000 caractères pour une limite de 8000"),
                                        ("ar", "لم يُرسل الجواب: عدد حروفه 9000 والحد الأقصى 8000")])
def test_an_answer_over_8000_characters_comes_back_to_be_shortened_not_lost(console, lang, said):
    services, client = console
    karim = ConsoleClient(client, "karim")
    client.get(f"/console/lang/{lang}")
    ticket, _ = services.tickets.open(TicketRequest("web", "visitor-s39-long-0001", QUESTION, "fr", "human_requested"))
    typed = ("Voici la réponse détaillée, avec des <balises> & des guillemets « ». " * 200)[:9000]
    response = karim.post(f"/console/tickets/{ticket.id}/answer", text=typed)
    assert response.status_code == 422 and response.headers["content-type"].startswith("text/html"), response.text[:300]
    page = response.text
    assert said in page and 'id="answer-error"' in page and "4000 caract" not in page, page[:500]
    assert textarea(page) == typed  # every character kept, escaped in the page
    assert services.tickets.get(ticket.id).state == "open" and not services.tickets.get(ticket.id).answer
    done = karim.post(f"/console/tickets/{ticket.id}/answer", text=typed[:8000])
    assert done.status_code == 303 and services.tickets.get(ticket.id).answer == typed[:8000]


def test_a_bad_value_in_a_console_address_is_not_told_the_chats_json_shape(console):
    _, client = console
    ConsoleClient(client, "nadia")
    body = client.get("/console/stats?weeks=abc").json()
    assert body["fields"] == ["weeks"] and '{"text"' not in body["message"]["fr"] and "4000" not in body["message"]["fr"]
    assert "Revenez à la page précédente" in body["message"]["fr"] and "ارجع إلى الصفحة السابقة" in body["message"]["ar"]


@pytest.mark.parametrize("query, lang, said, not_said", [
    ("since=2024-01-01&until=2026-12-01", "fr", "du 2024-01-01 au 2026-12-01, elle dépasse 366 jours", "Écrivez deux dates"),
    ("since=2024-01-01&until=2026-12-01", "ar", "الفترة من 2024-01-01 إلى 2026-12-01 أطول من 366 يوما", "اكتب تاريخين"),
    ("since=hier", "fr", "« hier » n'est pas une date ; écrivez-la comme 2026-11-01.", "→"),
    ("since=hier", "ar", "«hier» ليس تاريخا؛ اكتبه مثل 2026-11-01.", "→"),
    ("since=2026-11-01&until=demain", "fr", "« demain » n'est pas une date", "→"),
    ("since=2026-11-30&until=2026-11-01", "fr", "la date de fin (2026-11-01) précède celle du début (2026-11-30)", "→"),
])
def test_a_refused_period_of_the_gap_page_says_what_is_wrong_with_it(console, query, lang, said, not_said):
    _, client = console
    ConsoleClient(client, "nadia")
    client.get(f"/console/lang/{lang}")
    page = client.get(f"/console/gaps?{query}").text
    error = html.unescape(re.search(r'<p class="error" role="alert" id="period-error">(.*?)</p>', page, re.S).group(1))
    error = re.sub("[\u2066\u2069\u200e]", "", error)  # the marks keeping Arabic dates left to right (Chromium test)
    assert said in error and not_said not in error, error
    assert error.endswith("Ci-dessous : les 28 derniers jours." if lang == "fr" else "المعروض أدناه: الأيام الـ28 الأخيرة.")
