"""What a newcomer found posting to the forum and reading the console (session of 2026-12-07, twenty-fourth): a
thread title with HTML was posted as is in Rafiq's list of similar threads, a payroll number stayed in clear, a
malformed JSON body was answered "champs : 15", and the Arabic stats page showed the week code reversed."""
from __future__ import annotations

import httpx
import pytest

from bot.channels.web import create_app
from bot.forum_policy import compose_reply
from moderation.personal_data import mask
from tests.channels.console_helpers import ServerThread


def test_similar_thread_titles_are_plain_text_in_a_forum_reply():
    reply = compose_reply("Réponse.", "fr", [("<i>Grille</i> <script>alert(2)</script>", "https://f/t/34"),
                                            ("Ancien [sujet]", "https://f/t/36")])
    assert "<script>" not in reply and "<i>" not in reply, reply
    assert "[Grille alert(2)](https://f/t/34)" in reply and "[Ancien sujet](https://f/t/36)" in reply, reply


@pytest.mark.parametrize("text, kept", [
    ("رقم بطاقتي الوطنية AB123456 ورقم التأجير 1234567، من فضلكم", "1234567"),
    ("mon numéro de matricule est 1234567", "1234567"),
    ("PPR : 1234567, merci de vérifier", "1234567"),
])
def test_a_payroll_number_is_masked(text, kept):
    assert kept not in mask(text, lang="fr"), mask(text, lang="fr")


@pytest.mark.parametrize("text", ["la somme de 150000 dh", "le module 3 en 2026", "j'ai 123456 points"])
def test_amounts_and_numbers_without_a_payroll_word_stay(text):
    assert mask(text, lang="fr") == text


@pytest.fixture
def server(make_services):
    with ServerThread(create_app(make_services())) as running:
        yield running


def test_a_malformed_json_body_is_called_malformed_json(server):
    response = httpx.post(server.url + "/api/ask", content=b'{"text": "abc",',
                          headers={"content-type": "application/json"})
    body = response.json()
    assert response.status_code == 422 and body["fields"] == ["body"], body
    assert "JSON valide" in body["message"]["fr"] and "JSON صالحا" in body["message"]["ar"], body


def test_a_post_merged_into_another_threads_ticket_is_not_told_that_question_is_its_own():
    # hamza (thread t33) was answered « جواب المؤطر(ة) amina عن سؤالك: «<Omar's question>» »
    from bot.relay import quoting
    from bot.store.schema import Ticket, TicketFollower

    ticket = Ticket(channel="forum", thread="etakwine:t31", question="Omar's question")
    asker = TicketFollower(channel="forum", recipient="etakwine:t31", lang="fr")
    merged = TicketFollower(channel="forum", recipient="etakwine:t33", lang="ar")
    assert quoting("tutor_answer_intro", ticket, asker) == "tutor_answer_intro"
    assert quoting("tutor_answer_intro", ticket, merged) == "tutor_answer_intro_unquoted"
