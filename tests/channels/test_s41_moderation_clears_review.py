"""'Aucun problème' on a held forum post in the moderation review closes the post's review ticket (it stayed in the
queue), records the outcome on it and tells the author the post respects the charter, never "the decision stands";
an appeal nobody has read keeps the ticket open (the console's rule). Real HTTP (uvicorn), forum hooks, SQLite."""
from __future__ import annotations

import html

import httpx
import pytest
from sqlalchemy import select

from bot.store.schema import ModerationEntry, Ticket
from tests.channels.console_helpers import ACCOUNTS, ConsoleClient
from tests.channels.forum_support import forum_app, forum_engine, ngram  # noqa: F401  (fixtures)
from tests.channels.forum_support import GENERIC_SECRET, generic_webhook, wait_until
from tests.support.forum_standins import CallbackStandIn

TOXIC = "Tu es vraiment un imbécile, ferme-la et arrête de poser des questions idiotes."
APPEAL = "Je conteste : je plaisantais avec mon ami rachid, ce n'était pas une insulte."
CLEARED_FR = "il respecte bien la charte du forum"


@pytest.fixture
def callback():
    with CallbackStandIn() as standin:
        yield standin


def send(server, callback, post_id: str, text: str, author: str, reply_to: str | None = None) -> None:
    payload = {"event_id": f"ev-{post_id}", "forum": "etakwine", "thread_id": "t-2", "post_id": post_id,
               "author": author, "title": "Évaluation par les pairs", "text": text, "reply_to": reply_to,
               "created_at": "2026-12-07T18:00:00Z", "callback_url": callback.url}
    body, headers = generic_webhook(GENERIC_SECRET, payload)
    assert httpx.post(f"{server.url}/hooks/forum", content=body, headers=headers, timeout=30).status_code == 202


def notices_to(callback, author: str) -> list[str]:
    return [r["json"]["text"] for r in callback.received if (r["json"] or {}).get("kind") == "notify"
            and r["json"].get("author") == author]


def held_post(server, services, callback) -> tuple[Ticket, ModerationEntry]:
    """A toxic reply held on the forum: its review ticket and its decision in the moderation log."""
    send(server, callback, "p-4", "Comment organiser l'évaluation par les pairs ?", "nora.k")
    send(server, callback, "p-5", TOXIC, "youness.a", reply_to="p-4")
    wait_until(lambda: notices_to(callback, "youness.a"), timeout=60)
    with services.store.session() as s:
        review = wait_until(lambda: s.scalars(select(Ticket).where(Ticket.reason == "forum_review")).first(), 30)
        entry = s.scalars(select(ModerationEntry).where(ModerationEntry.verdict == "toxic")
                          .order_by(ModerationEntry.id.desc())).first()
    assert entry is not None and entry.action == "hold", entry
    return review, entry


def test_no_problem_closes_the_posts_review_ticket_and_tells_its_author(forum_app, callback):
    server, services, _ = forum_app(max_age_hours=24 * 365 * 10, settings={"console_tokens": ACCOUNTS})
    review, entry = held_post(server, services, callback)
    assert services.tickets.get(review.id).state == "open"
    with httpx.Client(base_url=server.url) as client:
        done = ConsoleClient(client, "karim").post(f"/console/moderation/{entry.id}/overturn", label="ok")
        assert done.status_code == 303 and f"closed={review.id}" in done.headers["location"], done.headers
        page = client.get(done.headers["location"].split("#")[0]).text
        assert f"Le ticket de relecture du message (n° {review.id}) est clos" in page
        client.get("/console/lang/ar")
        assert f"أُغلقت تذكرة مراجعة المنشور (رقم {review.id})" in client.get(done.headers["location"]).text
        queue = client.get("/console/queue").text
        assert f'data-ticket="{review.id}"' not in queue  # out of the tutors' queue
    ticket = services.tickets.get(review.id)
    history = services.tickets.history(review.id)
    assert ticket.state == "closed" and [(e.kind, e.actor) for e in history][-2:] == [("post_cleared", "karim"),
                                                                                       ("closed", "karim")], history
    told = wait_until(lambda: [n for n in notices_to(callback, "youness.a") if CLEARED_FR in n], timeout=60)
    assert told[0].startswith("Un tuteur a relu votre message « ") and "Rafiq s'était trompé" in told[0]
    assert not [n for n in notices_to(callback, "youness.a") if "maintenue" in n]  # not "the decision stands"


def test_an_unread_appeal_keeps_the_review_open_until_it_is_read(forum_app, callback):
    server, services, _ = forum_app(max_age_hours=24 * 365 * 10, settings={"console_tokens": ACCOUNTS})
    review, entry = held_post(server, services, callback)
    send(server, callback, "p-23", APPEAL, "youness.a", reply_to="p-5")
    wait_until(lambda: "appealed" in [e.kind for e in services.tickets.history(review.id)], timeout=60)
    with httpx.Client(base_url=server.url) as client:
        karim = ConsoleClient(client, "karim")
        done = karim.post(f"/console/moderation/{entry.id}/overturn", label="ok")
        assert f"kept={review.id}" in done.headers["location"] and "closed=" not in done.headers["location"]
        page = html.unescape(client.get(done.headers["location"].split("#")[0]).text)
        assert f"Le ticket n° {review.id} reste ouvert : l'auteur conteste la décision" in page
        assert f'href="/console/tickets/{review.id}"' in page
        assert services.tickets.get(review.id).state != "closed"
        assert "post_cleared" in [e.kind for e in services.tickets.history(review.id)]  # the outcome, recorded
        assert karim.post(f"/console/tickets/{review.id}/close", appeal_seen="1").status_code == 303
    assert services.tickets.get(review.id).state == "closed"
    told = wait_until(lambda: [n for n in notices_to(callback, "youness.a") if CLEARED_FR in n], timeout=60)
    assert told and not [n for n in notices_to(callback, "youness.a") if "maintenir la décision" in n]


def test_agreeing_or_another_class_leaves_the_review_to_the_tutors(forum_app, callback):
    server, services, _ = forum_app(max_age_hours=24 * 365 * 10, settings={"console_tokens": ACCOUNTS})
    review, entry = held_post(server, services, callback)
    with httpx.Client(base_url=server.url) as client:
        karim = ConsoleClient(client, "karim")
        done = karim.post(f"/console/moderation/{entry.id}/overturn", label="spam")
        assert "closed=" not in done.headers["location"] and "kept=" not in done.headers["location"]
    assert services.tickets.get(review.id).state == "open"
    assert "post_cleared" not in [e.kind for e in services.tickets.history(review.id)]
