"""Edits of a forum post with an open ticket (tester 3, §7): the author took her phone number and e-mail out of her
question, but the ticket kept the old text and the tutor's public reply quoted it, "[téléphone masqué]" and all."""
from __future__ import annotations

import httpx
import pytest
from sqlalchemy import select

from bot.store.schema import Ticket
from tests.channels.forum_support import forum_app, forum_engine, ngram  # noqa: F401  (fixtures)
from tests.channels.forum_support import GENERIC_SECRET, generic_webhook, wait_until
from tests.support.forum_standins import CallbackStandIn

FIRST = ("Le ministère a-t-il publié la liste des formateurs retenus pour la mission à l'étranger ? Appelez-moi au "
         "06 12 34 56 78 ou écrivez à hanae.moussaoui@gmail.com svp, c'est urgent")
EDITED = "Le ministère a-t-il publié la liste des formateurs retenus pour la mission à l'étranger ? Merci d'avance."


@pytest.fixture
def callback():
    with CallbackStandIn() as standin:
        yield standin


def send(server, callback, event_id: str, text: str, event: str = "post_created") -> None:
    payload = {"event_id": event_id, "forum": "etakwine", "thread_id": "t-3", "post_id": "p-4", "author": "hanae.m",
               "title": "Mission à l'étranger", "text": text, "event": event, "created_at": "2026-12-07T18:00:00Z",
               "callback_url": callback.url}
    body, headers = generic_webhook(GENERIC_SECRET, payload)
    assert httpx.post(f"{server.url}/hooks/forum", content=body, headers=headers, timeout=30).status_code == 202


def test_an_edit_updates_the_open_ticket_and_the_tutors_reply_quotes_the_text_as_it_is(forum_app, callback):
    server, services, _ = forum_app(max_age_hours=24 * 365 * 10, settings={"forum_auto_reply": False})  # answers go to tutors
    send(server, callback, "ev-4", FIRST)

    def ticket():
        with services.store.session() as s:
            return s.scalar(select(Ticket).where(Ticket.thread == "etakwine/t-3"))
    first = wait_until(ticket, timeout=60)
    assert "[téléphone masqué]" in first.question
    send(server, callback, "ev-11", EDITED, event="post_edited")
    edited = wait_until(lambda: (row := ticket()) and "Merci d'avance" in row.question and row, timeout=60)
    assert "masqué" not in edited.question and "Mission à l'étranger" in edited.question, edited.question
    assert "edited" in [e.kind for e in services.tickets.history(edited.id)]
    services.relay.answer(edited.id, "amina", "La liste paraît en juin sur la plateforme.")
    got = callback.wait_for(lambda got: [r for r in got if "La liste paraît" in ((r["json"] or {}).get("text") or "")],
                            timeout=60)
    [reply] = [r["json"]["text"] for r in got if "La liste paraît" in ((r["json"] or {}).get("text") or "")]
    assert "Merci d'avance" in reply and "masqué" not in reply and "Appelez-moi" not in reply, reply
