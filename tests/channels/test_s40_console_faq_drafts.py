"""FAQ drafts in the console (tester 3, §6): "Brouillon de FAQ" and the ticket page pre-filled an entry with "Bonjour
Hanae, … — Amina", "Salam Fatima, ana Amina, l'tutrice dyalk…", the sentence asking to be called at "[téléphone masqué]",
a thread's title run into its post, and a French answer in the Arabic answer's field."""
from __future__ import annotations

import html
import re

import pytest
from fastapi.testclient import TestClient

from bot.channels.web import create_app
from bot.escalation import TicketRequest
from tests.channels.console_helpers import ACCOUNTS, ConsoleClient

LOGIN = ("Problème de connexion\nJe n'arrive pas à me connecter, le mot de passe est refusé. Appelez-moi au "
         "[téléphone masqué] ou écrivez à [e-mail masqué] svp, c'est urgent")
LOGIN_ANSWER = ("Bonjour Hanae, utilisez « Mot de passe oublié ? » sur la page de connexion, puis suivez le lien reçu "
                "par e-mail.\n\n— Amina")


@pytest.fixture
def console(make_services):
    services = make_services(console_tokens=ACCOUNTS)
    with TestClient(create_app(services, warm=False), base_url="http://127.0.0.1") as client:
        yield services, client


def fields(page: str) -> dict[str, str]:
    found = {}
    for lang in ("ar", "fr"):
        question = re.search(rf'id="question_{lang}"[^>]*value="([^"]*)"', page, re.S)
        answer = re.search(rf'id="answer_{lang}"[^>]*>([^<]*)</textarea>', page, re.S)
        found[f"question_{lang}"] = html.unescape(question.group(1)) if question else None
        found[f"answer_{lang}"] = html.unescape(answer.group(1)) if answer else None
    return found


def answered(services, question: str, lang: str, answer: str, channel: str = "forum") -> int:
    ticket, _ = services.tickets.open(TicketRequest(channel, f"etakwine/t-{len(question)}", question, lang,
                                                    "forum_suggestion"))
    services.tickets.answer(ticket.id, "amina", answer)
    return ticket.id


def test_a_gap_draft_keeps_no_greeting_signature_or_contact_sentence_and_parts_title_from_post(console):
    services, client = console
    ticket = answered(services, LOGIN, "fr", LOGIN_ANSWER)
    nadia = ConsoleClient(client, "nadia")
    done = nadia.post("/console/gaps/draft", tickets=str(ticket))
    assert done.status_code == 303 and f"/console/tickets/{ticket}" in done.headers["location"]
    drafted = fields(client.get(f"/console/tickets/{ticket}").text)
    assert drafted["question_fr"] == "Problème de connexion — Je n'arrive pas à me connecter, le mot de passe est refusé."
    assert drafted["answer_fr"] == ("Utilisez « Mot de passe oublié ? » sur la page de connexion, puis suivez le lien "
                                    "reçu par e-mail."), drafted
    assert drafted["question_ar"] == drafted["answer_ar"] == ""


@pytest.mark.parametrize("answer, field, expected", [
    ("Bonjour Kawtar, la grille d'évaluation du projet final est dans l'espace du module 4. — Amina", "answer_fr",
     "La grille d'évaluation du projet final est dans l'espace du module 4."),
    ("Salam Fatima, ana Amina, l'tutrice dyalk. La grille kayna f l'espace dyal module 4.", "answer_ar",
     "La grille kayna f l'espace dyal module 4."),
    ("السلام عليكم فاطمة، الشبكة موجودة في فضاء المجزوءة 4.\nمع تحياتي، أمينة", "answer_ar",
     "الشبكة موجودة في فضاء المجزوءة 4."),
])
def test_the_ticket_page_puts_the_answer_in_its_own_language_without_names(console, answer, field, expected):
    services, client = console
    ticket = answered(services, "chno hiya la grille d'évaluation dyal lmochro3 nihaii?", "ary-Latn", answer)
    ConsoleClient(client, "karim")
    drafted = fields(client.get(f"/console/tickets/{ticket}").text)
    assert drafted[field] == expected, drafted
    other = "answer_ar" if field == "answer_fr" else "answer_fr"
    assert drafted[other] == "" and drafted["question_ar"] == "chno hiya la grille d'évaluation dyal lmochro3 nihaii?"
