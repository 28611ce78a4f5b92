"""Appeals of moderation decisions on the forum (tester 3, §1): the author of a held post replied "je conteste" under it,
nothing followed, and a tutor closing the review then told him "the decision stands" about an appeal nobody had read."""
from __future__ import annotations

import httpx
import pytest
from sqlalchemy import select

from bot.store.schema import Ticket
from tests.channels.console_helpers import ACCOUNTS, ConsoleClient
from tests.channels.forum_support import forum_app, forum_engine, ngram  # noqa: F401  (fixtures)
from tests.channels.forum_support import GENERIC_SECRET, generic_webhook, wait_until
from tests.support.forum_standins import CallbackStandIn

TOXIC = "Tu es vraiment un imbécile, ferme-la et arrête de poser des questions idiotes."
APPEAL = "Je conteste : je plaisantais avec mon ami rachid, ce n'était pas une insulte. Je fais appel de la décision."


@pytest.fixture
def callback():
    with CallbackStandIn() as standin:
        yield standin


def post(callback_url: str, post_id: str, text: str, author: str, reply_to: str | None = None,
         thread: str = "t-2") -> dict:
    return {"event_id": f"ev-{post_id}", "forum": "etakwine", "thread_id": thread, "post_id": post_id,
            "author": author, "title": "Évaluation par les pairs", "text": text, "reply_to": reply_to,
            "created_at": "2026-12-07T18:00:00Z", "callback_url": callback_url}


def send(server, payload: dict) -> None:
    body, headers = generic_webhook(GENERIC_SECRET, payload)
    assert httpx.post(f"{server.url}/hooks/forum", content=body, headers=headers, timeout=30).status_code == 202


def notices_to(callback, author: str) -> list[str]:
    return [r["json"]["text"] for r in callback.received if (r["json"] or {}).get("kind") == "notify"
            and r["json"].get("author") == author]


def tickets(services) -> list[Ticket]:
    with services.store.session() as s:
        return list(s.scalars(select(Ticket).order_by(Ticket.id)))


def held_thread(server, services, callback) -> Ticket:
    send(server, post(callback.url, "p-4", "Comment organiser l'évaluation par les pairs ?", "nora.k"))
    send(server, post(callback.url, "p-5", TOXIC, "youness.a", reply_to="p-4"))
    wait_until(lambda: notices_to(callback, "youness.a"), timeout=60)
    [review] = wait_until(lambda: [t for t in tickets(services) if t.reason == "forum_review"], timeout=30)
    return review


def test_an_appeal_under_a_held_post_joins_its_review_and_must_be_read_before_closing(forum_app, callback):
    server, services, _ = forum_app(max_age_hours=24 * 365 * 10, settings={"console_tokens": ACCOUNTS})
    review = held_thread(server, services, callback)
    send(server, post(callback.url, "p-23", APPEAL, "youness.a", reply_to="p-5"))
    told = wait_until(lambda: [n for n in notices_to(callback, "youness.a") if "contestation" in n], timeout=60)
    assert f"n° {review.id}" in told[0], told
    ticket = services.tickets.get(review.id)
    assert [i for i in ticket.found if i.get("kind") == "appeal" and "plaisantais" in i.get("text", "")], ticket.found
    assert "appealed" in [e.kind for e in services.tickets.history(review.id)]
    with httpx.Client(base_url=server.url) as client:
        karim = ConsoleClient(client, "karim")
        page = client.get(f"/console/tickets/{review.id}").text
        assert 'id="appeal-pending"' in page and "plaisantais" in page and 'name="appeal_seen"' in page
        refused = karim.post(f"/console/tickets/{review.id}/close")
        assert refused.status_code == 303 and "m=appeal_unseen" in refused.headers["location"]
        assert services.tickets.get(review.id).state != "closed"
        assert not [n for n in notices_to(callback, "youness.a") if "maint" in n]
        assert karim.post(f"/console/tickets/{review.id}/close", appeal_seen="1").status_code == 303
    assert services.tickets.get(review.id).state == "closed"
    closed = wait_until(lambda: [n for n in notices_to(callback, "youness.a") if "maint" in n], timeout=60)
    assert "et votre contestation" in closed[0] and "explique comment contester" not in closed[0], closed


def test_an_appeal_after_the_review_was_closed_opens_an_appeal_ticket(forum_app, callback):
    server, services, _ = forum_app(max_age_hours=24 * 365 * 10)
    review = held_thread(server, services, callback)
    services.tickets.close(review.id, "amina")
    send(server, post(callback.url, "p-26", "أطعن في هذا القرار، لم أقصد الإساءة", "youness.a", reply_to="p-4"))
    [appeal] = wait_until(lambda: [t for t in tickets(services) if t.reason == "appeal"], timeout=60)
    kinds = [i.get("kind") for i in appeal.found]
    assert kinds == ["moderation", "appeal"] and appeal.found[0]["post_id"] == "p-5", appeal.found
    assert appeal.state == "open" and appeal.priority == 1
    told = wait_until(lambda: [n for n in notices_to(callback, "youness.a") if "طعن" in n], timeout=60)
    assert f"رقم {appeal.id}" in told[0], told


def test_a_reply_saying_je_conteste_from_someone_never_moderated_is_a_reply(forum_app, callback):
    server, services, forum = forum_app(max_age_hours=24 * 365 * 10)
    held_thread(server, services, callback)
    send(server, post(callback.url, "p-30", "Je conteste cette façon d'évaluer, elle me semble injuste.", "nora.k",
                      reply_to="p-4"))
    wait_until(lambda: ("ev-p-30", "done", "reply_seen") in forum.inbox.outcomes(), timeout=30)
    assert not [t for t in tickets(services) if t.reason == "appeal"]
    assert not notices_to(callback, "nora.k")


ABUSE = "nta wahd l7mar o mamfhamch, sir t9awed mn had lforum"


@pytest.mark.parametrize("appeal, lang, said", [("je conteste", "fr", "contestation"),
                                                ("أطعن في القرار", "ar", "طعن")])
def test_je_conteste_in_the_web_chat_after_a_reply_to_abuse_reaches_a_tutor(make_services, appeal, lang, said):
    from bot.channels.web import create_app
    from tests.channels.console_helpers import ServerThread

    services = make_services()
    user = f"tst-insult-{lang}-0000000000"
    with ServerThread(create_app(services, warm=False)) as server:
        first = httpx.post(server.url + "/api/ask", json={"text": ABUSE, "user": user, "lang": lang}, timeout=30).json()
        assert first["intent"] == "moderated", first
        [held] = tickets(services)
        reply = httpx.post(server.url + "/api/ask", json={"text": appeal, "user": user, "lang": lang}, timeout=30).json()
    assert said in reply["answer"] and "charte" not in reply["answer"] and "الميثاق" not in reply["answer"], reply
    assert f"{held.id}" in reply["answer"] and len(tickets(services)) == 1  # joined the open ticket of the abuse
    assert "appealed" in [e.kind for e in services.tickets.history(held.id)]
    assert [i for i in services.tickets.get(held.id).found if i.get("kind") == "appeal" and i["text"] == appeal]


def test_an_appeal_in_the_chat_once_the_ticket_is_closed_opens_an_appeal_ticket(make_services):
    from bot.channels.web import create_app
    from tests.channels.console_helpers import ServerThread

    services = make_services()
    user = "tst-insult-closed-000000000"
    with ServerThread(create_app(services, warm=False)) as server:
        httpx.post(server.url + "/api/ask", json={"text": ABUSE, "user": user, "lang": "fr"}, timeout=30)
        [held] = tickets(services)
        services.tickets.close(held.id, "amina")
        reply = httpx.post(server.url + "/api/ask", json={"text": "je conteste", "user": user, "lang": "fr"},
                           timeout=30).json()
    assert reply["escalate"] and "contestation" in reply["answer"], reply
    [appeal] = [t for t in tickets(services) if t.reason == "appeal"]
    assert [i.get("kind") for i in appeal.found] == ["moderation", "appeal"] and appeal.found[0]["text"] == ABUSE
